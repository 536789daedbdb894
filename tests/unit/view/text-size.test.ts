import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import {
  applyTextSize,
  isTextSize,
  readTextSize,
  textSizeBootScript,
  textSizeStorageKey,
} from '../../../src/lib/view/text-size';

/** Runs the inline boot script against a stored value, as the browser would before paint. */
function boot(stored: string | null, throws = false): Record<string, string> {
  const dataset: Record<string, string> = {};
  runInNewContext(textSizeBootScript, {
    localStorage: {
      getItem: (key: string) => {
        if (throws) throw new Error('SecurityError');
        return key === textSizeStorageKey ? stored : null;
      },
    },
    document: { documentElement: { dataset } },
  });
  return dataset;
}

describe('text size boot script', () => {
  it('applies a stored larger size before paint', () => {
    expect(boot('large')).toEqual({ textSize: 'large' });
    expect(boot('larger')).toEqual({ textSize: 'larger' });
  });
  it('leaves the page alone for normal, junk, nothing stored, or no storage', () => {
    expect(boot('normal')).toEqual({});
    expect(boot('"><script>')).toEqual({});
    expect(boot(null)).toEqual({});
    expect(boot('large', true)).toEqual({});
  });
});

describe('text size helpers', () => {
  it('reads and applies the size on <html>', () => {
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    expect(readTextSize(root)).toBe('normal');
    applyTextSize(root, 'larger');
    expect(root.dataset.textSize).toBe('larger');
    expect(readTextSize(root)).toBe('larger');
    applyTextSize(root, 'normal');
    expect(root.dataset.textSize).toBeUndefined();
  });
  it('knows its sizes', () => {
    expect(isTextSize('large')).toBe(true);
    expect(isTextSize('huge')).toBe(false);
  });
});
