import { describe, expect, it } from 'vitest';
import { closestField, editDistance, unknownFieldsMessage } from '../../../src/lib/content/messages';
import { findImpossibleDates } from '../../../src/lib/content/frontmatter';

describe('unknown frontmatter fields', () => {
  it('suggests the field an editor probably meant', () => {
    expect(closestField('titel')).toBe('title');
    expect(closestField('catgory')).toBe('category');
    expect(closestField('imagealt')).toBe('imageAlt');
    expect(closestField('xyzzy')).toBeUndefined();
  });

  it('names the unknown key and the allowed ones', () => {
    const message = unknownFieldsMessage(['titel']);
    expect(message).toContain('"titel"');
    expect(message).toContain('"title"');
    expect(message).toContain('Allowed fields: title, description');
  });

  it('computes edit distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('findImpossibleDates', () => {
  const file = (date: string) => `---\ntitle: "x"\ndate: ${date}\nupdated: 2024-02-29\n---\n\nنص\n`;

  it('flags dates YAML would roll over', () => {
    expect(findImpossibleDates(file('2024-13-45'), ['date', 'updated'])).toEqual([{ field: 'date', value: '2024-13-45' }]);
    expect(findImpossibleDates(file('"2023-02-29"'), ['date'])).toEqual([{ field: 'date', value: '2023-02-29' }]);
  });

  it('accepts real dates, leap days and timestamps', () => {
    expect(findImpossibleDates(file('2024-11-12'), ['date', 'updated'])).toEqual([]);
    expect(findImpossibleDates(file('2024-11-12T08:30:00+03:00'), ['date'])).toEqual([]);
  });

  it('leaves values that are not date-shaped to the schema', () => {
    expect(findImpossibleDates(file('yesterday'), ['date'])).toEqual([]);
    expect(findImpossibleDates('no frontmatter', ['date'])).toEqual([]);
  });
});
