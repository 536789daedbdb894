import { describe, expect, it } from 'vitest';
import {
  looseQuery,
  pagefindQuery,
  pagefindTerm,
  parseQuery,
  resultWords,
  splitsShown,
  verifies,
} from '../../../src/lib/search/query';
import { formsMarker } from '../../../src/lib/search/words';

const result = (text: string, forms: string[] = []) =>
  resultWords(forms.length ? `${text} ${formsMarker} ${forms.join(' ')}` : text);

describe('parseQuery and what Pagefind is asked', () => {
  it("asks for our shortest stem, in Pagefind's spelling, with ة for a final ه", () => {
    expect(pagefindTerm('المفاوضات')).toBe('مفاوض');
    expect(pagefindTerm('غزه')).toBe('غزة');
    expect(pagefindTerm('غزه', false)).toBe('غزه');
    expect(pagefindTerm('مسئول')).toBe('مسءول');
    expect(pagefindTerm('سو')).toBe('سو');
    expect(pagefindTerm('٥٧')).toBe('57');
    expect(pagefindQuery(parseQuery('  وبالصين   سو-٥٧ '))).toBe('صين سو 57');
  });
  it("keeps each word's proclitic-less form aside, and quotes loose tokens", () => {
    const [word] = parseQuery('لبكين');
    expect(word!.bare).toEqual(['بكين']);
    expect(parseQuery('وبالصين')[0]!.bare).toEqual([]);
    expect(pagefindQuery(parseQuery('لبكين روسيا'), { bare: ['بكين', undefined] })).toBe(
      'بكين روس',
    );
    expect(looseQuery(parseQuery('ترمب'))).toBe('"qxترمب"');
  });
  it('finds nothing to search in punctuation', () => {
    expect(parseQuery(' ، « » ')).toEqual([]);
  });
});

describe('verifies: a result must contain a form of every query word', () => {
  it("drops what Pagefind's stemmer and prefixes confuse", () => {
    expect(verifies(parseQuery('كينيا'), result('زار الوفد بكين ولبكين'), 'strict')).toBe(false);
    expect(verifies(parseQuery('زير'), result('قال الوزير ووزير الدفاع'), 'strict')).toBe(false);
    expect(verifies(parseQuery('الهند'), result('كلية الهندسة'), 'strict')).toBe(false);
    expect(verifies(parseQuery('كينيا بكين'), result('زار بكين'), 'strict')).toBe(false);
  });
  it('keeps forms, from the text or the indexed forms', () => {
    expect(verifies(parseQuery('الصينية'), result('وصل إلى الصين'), 'strict')).toBe(true);
    expect(verifies(parseQuery('بكين'), result('وصل لبكين', ['بكين']), 'strict')).toBe(true);
    expect(
      verifies(parseQuery('شويجو بكين'), result('قال شويغو في بكين', ['شويجو']), 'strict'),
    ).toBe(true);
    expect(verifies(parseQuery('سو-٥٧'), result('المقاتلة سو-57'), 'strict')).toBe(true);
  });
  it('accepts a proclitic-less form only when lenient, and loose keys only when loose', () => {
    const bare = parseQuery('لبكين');
    expect(verifies(bare, result('زار بكين'), 'strict')).toBe(false);
    expect(verifies(bare, result('زار بكين'), 'bare')).toBe(true);
    const loose = parseQuery('ترمب');
    expect(verifies(loose, result('قال ترامب', ['qxترمب']), 'bare')).toBe(false);
    expect(verifies(loose, result('قال ترامب', ['qxترمب']), 'loose')).toBe(true);
  });
  it('splits the text from the forms', () => {
    expect(result('نص الخبر.', ['الصين']).text).toBe('نص الخبر.');
  });
});

describe('splitsShown: a proclitic the index removed in the articles found', () => {
  it('names the bare word to search instead, per query word', () => {
    const words = parseQuery('لبكين روسيا');
    expect(splitsShown(words, [result('وصل لبكين', ['بكين'])])).toEqual(['بكين', undefined]);
    expect(splitsShown(parseQuery('وزير'), [result('وزير الدفاع', ['الوزير'])])).toEqual([
      undefined,
    ]);
  });
});
