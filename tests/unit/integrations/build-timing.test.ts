import { describe, expect, it } from 'vitest';
import { timed, timingLine, timingPattern } from '../../../src/integrations/build-timing';

describe('timed', () => {
  it('returns the result and logs one parseable line when a logger is given', () => {
    const lines: string[] = [];
    const result = timed(
      'related articles',
      () => 21 * 2,
      '3 articles',
      (line) => lines.push(line),
    );
    expect(result).toBe(42);
    expect(lines).toHaveLength(1);
    const match = timingPattern.exec(lines[0]!);
    expect(match?.[1]).toBe('related articles');
    expect(Number(match?.[2])).toBeGreaterThanOrEqual(0);
    expect(lines[0]).toMatch(/ ms for 3 articles$/);
  });

  it('logs nothing when timings are off', () => {
    const logged: string[] = [];
    const original = console.log;
    console.log = (line: string) => logged.push(line);
    try {
      expect(timed('x', () => 'value', undefined, null)).toBe('value');
      delete process.env.AFAQ_TIMINGS;
      expect(timed('y', () => 'other')).toBe('other');
    } finally {
      console.log = original;
    }
    expect(logged).toEqual([]);
  });

  it('formats milliseconds with one decimal', () => {
    expect(timingLine('step', 1234.567)).toBe('[afaq-timing] step: 1234.6 ms');
  });
});
