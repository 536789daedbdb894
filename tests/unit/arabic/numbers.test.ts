import { describe, expect, it } from 'vitest';
import { arabicPluralCategory, formatNumber } from '../../../src/lib/arabic/numbers';

describe('formatNumber', () => {
  it('honours the digit style', () => {
    expect(formatNumber(1234, 'latn')).toBe('1,234');
    expect(formatNumber(1234, 'arab')).toBe('١٬٢٣٤');
    expect(formatNumber(7, 'arab')).toBe('٧');
  });
});

describe('arabicPluralCategory', () => {
  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [10, 'few'],
    [11, 'many'],
    [99, 'many'],
    [100, 'other'],
    [102, 'other'],
    [103, 'few'],
  ] as const)('%i → %s', (count, category) => {
    expect(arabicPluralCategory(count)).toBe(category);
  });
});
