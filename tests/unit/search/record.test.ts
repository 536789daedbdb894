import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
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
  const $ = cheerio.load(record.html);

  it('is an HTML document for Pagefind: the title as <h1>, a paragraph per line, then the forms', () => {
    expect(record.url).toBe('/articles/x/');
    expect($('html').attr('lang')).toBe('ar');
    expect($('[data-pagefind-body] h1').text()).toBe('الصين <تستضيف> "شويغو"');
    expect($('[data-pagefind-body] p').first().text()).toBe('وصل شويغو لبكين.');
    expect($('[data-pagefind-body] p').eq(1).text()).toContain('& المشاورات');
    expect($('[data-pagefind-body] p').last().text()).toMatch(new RegExp(`^${formsMarker} .*بكين`));
    expect(record.html).not.toContain('<تستضيف>');
  });
  it("carries the section, the date (sort and meta) and year/month filters in the site's time zone", () => {
    const values = (attribute: string) =>
      $(`meta[${attribute}]`)
        .map((_, el) => $(el).attr(attribute))
        .get();
    expect(values('data-pagefind-filter')).toEqual([
      'section:politics',
      'year:2024',
      'month:2024-12',
    ]);
    expect(values('data-pagefind-meta')).toEqual([
      'date:2024-11-30T22:30:00.000Z',
      'section:سياسة',
    ]);
    expect(values('data-pagefind-sort')).toEqual(['date:2024-11-30T22:30:00.000Z']);
  });
  it('is the same for the same article and lexicon', () => {
    expect(
      searchRecord(article, buildSearchLexicon([searchText(article), 'بكين']), {
        timeZone: 'Asia/Riyadh',
      }),
    ).toEqual(record);
  });
});
