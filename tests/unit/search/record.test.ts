import { describe, expect, it } from 'vitest';
import {
  buildSearchLexicon,
  formsMarker,
  searchForms,
  searchRecord,
  searchText,
  type SearchArticle,
} from '../../../src/lib/search/record';

const lexiconOf = (...texts: string[]) => buildSearchLexicon(texts);

describe('searchForms: what Pagefind is given besides the words', () => {
  it('reduces particle clusters to "ال" and puts hamza on the line', () => {
    const forms = searchForms('زار وبالصين مسؤول', lexiconOf('زار وبالصين مسؤول'));
    expect(forms).toContain('الصين');
    expect(forms).toContain('مسءول');
    expect(forms).not.toContain('زار');
  });
  it('removes a proclitic only where the bare word is attested and the word never takes "ال"', () => {
    const lexicon = lexiconOf('زار بكين', 'وصل لبكين', 'الوزير ووزير وزير', 'واشنطن');
    expect(searchForms('وصل لبكين', lexicon)).toContain('بكين');
    expect(searchForms('قال ووزير', lexicon)).toContain('وزير');
    const minister = searchForms('قال وزير', lexicon);
    expect(minister).not.toContain('زير');
    expect(minister).toContain('الوزير');
    expect(searchForms('واشنطن', lexicon)).not.toContain('اشنطن');
  });
  it('reads "لل" as ل + "ال" unless the corpus has the word with its own ل', () => {
    expect(searchForms('للصين', lexiconOf('الصين', 'للصين'))).toContain('الصين');
    const lavrov = searchForms('للافروف', lexiconOf('لافروف', 'للافروف'));
    expect(lavrov).toContain('لافروف');
    expect(lavrov).not.toContain('الافروف');
  });
  it("adds the ة spelling of a ه word the corpus writes with ة, and the corpus's other spellings of a name", () => {
    const lexicon = lexiconOf('غزة', 'غزه', 'شويغو', 'شويجو', 'أميركا', 'أمريكا', 'عليه');
    expect(searchForms('في غزه', lexicon)).toContain('غزة');
    expect(searchForms('عليه', lexicon)).not.toContain('علية');
    expect(searchForms('قال شويجو', lexicon)).toContain('شويغو');
    expect(searchForms('زار أميركا', lexicon)).toContain('أمريكا');
  });
  it('gives names a loose key token, not words seen after "ال"', () => {
    const lexicon = lexiconOf('ترامب', 'الوزير وزير');
    expect(searchForms('ترامب', lexicon).some((form) => form.startsWith('qx'))).toBe(true);
    expect(searchForms('وزير', lexicon).some((form) => form.startsWith('qx'))).toBe(false);
  });
});

describe('searchRecord: the seam between the build and search', () => {
  const article: SearchArticle = {
    url: '/articles/x/',
    title: 'الصين <تستضيف> "شويغو"',
    text: 'وصل شويغو لبكين.\nوقال إن المحادثات & المشاورات مستمرة.',
    section: { id: 'politics', name: 'سياسة' },
    date: new Date('2024-11-30T22:30:00Z'),
  };
  const record = searchRecord(article, buildSearchLexicon([searchText(article), 'بكين']), {
    timeZone: 'Asia/Riyadh',
  });

  it('is a custom record for Pagefind: the title, a line per block of text, then the forms', () => {
    expect(record.url).toBe('/articles/x/');
    expect(record.language).toBe('ar');
    const lines = record.content.split('\n');
    expect(lines[0]).toBe('الصين <تستضيف> "شويغو"');
    expect(lines[1]).toBe('وصل شويغو لبكين.');
    expect(lines[2]).toContain('& المشاورات');
    expect(lines.at(-1)).toMatch(new RegExp(`^${formsMarker} .*بكين`));
    expect(record.meta.title).toBe('الصين <تستضيف> "شويغو"');
  });
  it("carries the section, the date (sort and meta) and year/month filters in the site's time zone", () => {
    expect(record.filters).toEqual({ section: ['politics'], year: ['2024'], month: ['2024-12'] });
    expect(record.meta).toMatchObject({ date: '2024-11-30T22:30:00.000Z', section: 'سياسة' });
    expect(record.sort).toEqual({ date: '2024-11-30T22:30:00.000Z' });
  });
  it('takes the forms the caller computed already, and they are the ones it would compute', () => {
    const lexicon = buildSearchLexicon([searchText(article), 'بكين']);
    const forms = searchForms(searchText(article), lexicon);
    expect(searchRecord(article, lexicon, { timeZone: 'Asia/Riyadh', forms })).toEqual(record);
  });
  it('is the same for the same article and lexicon', () => {
    expect(
      searchRecord(article, buildSearchLexicon([searchText(article), 'بكين']), {
        timeZone: 'Asia/Riyadh',
      }),
    ).toEqual(record);
  });
});
