import { describe, expect, it } from 'vitest';
import { arabicPluralCategory, formatNumber } from '../../../src/lib/arabic/numbers';

describe('formatNumber', () => {
  it('honours the digit style', () => {
    expect(formatNumber(1234, 'latn')).toBe('1,234');
    expect(formatNumber(1234, 'arab')).toBe('١٬٢٣٤');
    expect(formatNumber(7, 'arab')).toBe('٧');
  });

  it('remembers small whole numbers per digit style, and formats every other number as Intl does', () => {
    for (const digits of ['latn', 'arab', 'latn'] as const) {
      const intl = new Intl.NumberFormat(`ar-u-nu-${digits}`, { useGrouping: true });
      for (const value of [0, 7, 42, 9_999, 10_000, 123_456, 2.5, -3]) {
        expect(formatNumber(value, digits), `${value} ${digits}`).toBe(intl.format(value));
        expect(formatNumber(value, digits), `${value} ${digits}, again`).toBe(intl.format(value));
      }
    }
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

  it('gives what Intl.PluralRules gives, remembered or not', () => {
    const rules = new Intl.PluralRules('ar');
    for (const count of [...Array.from({ length: 300 }, (_, i) => i), 10_003, 1.5, -1]) {
      expect(arabicPluralCategory(count), String(count)).toBe(rules.select(count));
      expect(arabicPluralCategory(count), `${count}, again`).toBe(rules.select(count));
    }
  });
});
