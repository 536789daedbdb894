import { describe, expect, it } from 'vitest';
import {
  cleanWord,
  foldWord,
  looseKey,
  pagefindSpelling,
  readings,
  stems,
  textWords,
  variantKey,
  withoutProclitic,
  wordKeys,
} from '../../../src/lib/search/words';

const meet = (a: string, b: string) =>
  wordKeys(a).some((key) => wordKeys(b, { lil: false }).includes(key));

describe('foldWord: one spelling for the ways a word is written', () => {
  it('folds hamza seats, alef forms, ى/ي, ة/ه, tatweel, tashkeel, digits and presentation forms', () => {
    expect(foldWord('مسؤول')).toBe(foldWord('مسئول'));
    expect(foldWord('مسؤول')).toBe(foldWord('مسءول'));
    expect(foldWord('إستراتيجية')).toBe(foldWord('استراتيجيه'));
    expect(foldWord('المستشفى')).toBe(foldWord('المستشفي'));
    expect(foldWord('بكـــين')).toBe('بكين');
    expect(foldWord('بَكِين')).toBe('بكين');
    expect(foldWord('٥٧')).toBe('57');
    expect(foldWord('ﺑﻜﻴﻦ')).toBe('بكين');
    expect(foldWord('ڤيينا')).toBe('فيينا');
  });
  it('cleanWord keeps the letters as written; pagefindSpelling puts hamza on the line', () => {
    expect(cleanWord('غَزّة')).toBe('غزة');
    expect(pagefindSpelling('مسؤول')).toBe('مسءول');
    expect(pagefindSpelling('رئيس')).toBe('رءيس');
  });
  it('splits text into words at punctuation and hyphens', () => {
    expect(textWords('سو-57، «بكين» و GPT-4')).toEqual(['سو', '57', 'بكين', 'و', 'GPT', '4']);
  });
});

describe('readings, stems and keys', () => {
  it('reduces particle clusters before "ال" and drops "ال"; "لل" only where asked', () => {
    expect(readings('وبالصين')).toEqual(['وبالصين', 'الصين', 'صين']);
    expect(readings('للصين')).toEqual(['للصين', 'الصين', 'صين']);
    expect(readings('للافروف', { lil: false })).toEqual(['للافروف']);
    expect(readings('بالغ')).toEqual(['بالغ']);
    expect(readings('وزير')).toEqual(['وزير']);
  });
  it('strips one suffix, keeping enough letters', () => {
    expect(stems('صينيه')).toEqual(expect.arrayContaining(['صين', 'صيني']));
    expect(stems('محادثات')).toContain('محادث');
    expect(stems('لبنان')).toEqual(['لبنان']);
    expect(stems('بكين')).toEqual(['بكين']);
  });
  it('forms of one word meet', () => {
    for (const [a, b] of [
      ['الصين', 'الصينية'],
      ['صين', 'والصين'],
      ['الصينية', 'الصيني'],
      ['روسيا', 'الروسية'],
      ['أمريكا', 'الأمريكية'],
      ['المفاوضات', 'مفاوضات'],
      ['غزه', 'غزة'],
      ['مسئول', 'المسؤولين'],
    ])
      expect(meet(a!, b!), `${a} / ${b}`).toBe(true);
  });
  it('words that only share letters do not', () => {
    for (const [a, b] of [
      ['كينيا', 'بكين'],
      ['زير', 'وزير'],
      ['الهند', 'الهندسة'],
      ['مصر', 'المصرف'],
      ['بيرو', 'بيروت'],
      ['لبن', 'لبنان'],
      ['روما', 'رومانيا'],
      ['الغرب', 'المغرب'],
    ])
      expect(meet(a!, b!), `${a} / ${b}`).toBe(false);
  });
});

describe('proclitics, name variants and loose keys', () => {
  it('offers the word without a proclitic or a pair, longest removal first', () => {
    expect(withoutProclitic('ولبكين')).toEqual(['بكين', 'لبكين']);
    expect(withoutProclitic('وإف', 2)).toEqual(['إف']);
    expect(withoutProclitic('ولد')).toEqual([]);
    expect(withoutProclitic('روسيا')).toEqual([]);
  });
  it('variantKey merges g letters and ير/ري, looseKey also drops inner long vowels', () => {
    expect(variantKey(foldWord('شويغو'))).toBe(variantKey(foldWord('شويقو')));
    expect(variantKey(foldWord('أميركا'))).toBe(variantKey(foldWord('أمريكا')));
    expect(variantKey(foldWord('ترامب'))).not.toBe(variantKey(foldWord('ترمب')));
    expect(looseKey(foldWord('ترامب'))).toBe(looseKey(foldWord('ترمب')));
    expect(looseKey(foldWord('زيلينسكي'))).toBe(looseKey(foldWord('زيلنسكي')));
    expect(looseKey(foldWord('جوتيريش'))).toBe(looseKey(foldWord('غوتيريش')));
    expect(looseKey('قال')).toBe('قال');
  });
});
