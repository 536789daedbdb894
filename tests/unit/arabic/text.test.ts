import { describe, expect, it } from 'vitest';
import { countWords, mdxToPlainText } from '../../../src/lib/arabic/text';
import { readingMinutes } from '../../../src/lib/arabic/reading-time';

describe('mdxToPlainText', () => {
  it('keeps prose and drops MDX syntax', () => {
    const source = [
      "import Note from './Note.astro';",
      '',
      '## عنوان فرعي',
      '',
      'نص **مهم** مع [رابط](https://example.com) و<Note type="x">ملاحظة</Note>.',
      '',
      '![صورة الوزير](./a.jpg)',
      '',
      '```js',
      'const code = 1;',
      '```',
    ].join('\n');
    const text = mdxToPlainText(source);
    expect(text).toBe('عنوان فرعي نص مهم مع رابط و ملاحظة . صورة الوزير');
    expect(text).not.toContain('import');
    expect(text).not.toContain('code');
  });
});

describe('countWords', () => {
  it('counts Arabic, Latin and digits alike, ignoring punctuation', () => {
    expect(countWords('المقاتلة سو-57 تحلّق، في معرض Airshow China!')).toBe(8);
    expect(countWords('')).toBe(0);
    expect(countWords('  ،؛؟  ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes('كلمة', 180)).toBe(1);
    expect(readingMinutes(Array(450).fill('كلمة').join(' '), 180)).toBe(3);
    expect(readingMinutes(Array(900).fill('كلمة').join(' '), 180)).toBe(5);
  });
  it('rejects a non-positive speed', () => {
    expect(() => readingMinutes('نص', 0)).toThrow(RangeError);
  });
});
