// Arabic word forms for search, shared by the index (record.ts) and the search page (query.ts):
// one spelling for the ways a word is written, its readings with attached particles, light suffix
// stems, and the spelling Pagefind is given. Pure functions, small enough for the browser.
//
//   keys("وبالصينية") → الصينيه, صينيه, الصين, صين, …   two words are forms of each other when their keys meet
//   pagefindSpelling("مسؤول") → "مسءول"                 what Pagefind indexes and is asked
import { normalizeArabic } from '../arabic/normalize';

const marks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
/** What normalizeArabic leaves: hamza seats, and letters of Persian and Maghrebi transliteration. */
const searchFolds: Record<string, string> = {
  ؤ: 'ء',
  ئ: 'ء',
  ڤ: 'ف',
  ڥ: 'ف',
  پ: 'ب',
  چ: 'ج',
  ژ: 'ز',
  گ: 'غ',
  ڭ: 'غ',
  ڨ: 'ق',
  ۀ: 'ه',
};
const searchFold = /[ؤئڤڥپچژگڭڨۀ]/g;

/** The word as readers see it: presentation forms unfolded, tashkeel and tatweel removed. */
export function cleanWord(word: string): string {
  return word.normalize('NFKC').replace(marks, '');
}

/** One spelling for every way a word is written (alef forms, ى/ي, ة/ه, hamza seats, digits, case). */
export function foldWord(word: string): string {
  return normalizeArabic(cleanWord(word)).replace(
    searchFold,
    (letter) => searchFolds[letter] ?? letter,
  );
}

/** The spelling Pagefind gets, in the index and in queries: hamza on the line (its stemmer keeps seats apart). */
export function pagefindSpelling(word: string): string {
  return cleanWord(word).replace(/[ؤئ]/g, 'ء');
}

const wordPattern = /[\p{L}\p{N}\u064B-\u065F\u0670\u0640]+/gu;

/** The words of a text with where they are (letters and digits; punctuation and hyphens split words). */
export function wordSpans(text: string): Array<{ word: string; start: number; end: number }> {
  return [...text.matchAll(wordPattern)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The words of a text. */
export function textWords(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

export const isArabicWord = (word: string) => /^[\u0621-\u064A]+$/.test(word);

/** و/ف, ب/ك/ل or both before "ال" ("وبالصين"): always a particle cluster. */
const beforeArticle = /^(?:[وف]?[بكل]?)ال(.{3,})$/u;
/** "لل" + word: ل + "ال" + word, or ل + a word beginning with ل ("للافروف"). */
export const lilPattern = /^([وف]?)لل(.{3,})$/u;

/**
 * The readings of a folded word that are always the same word: itself, with a particle cluster
 * reduced to "ال" ("وبالصين" → "الصين") and without "ال" ("صين"). "لل" is read as ل + "ال" only
 * with `lil` (a query: "للصين"); in an article the index decides (record.ts), as "للافروف" is
 * ل + "لافروف".
 */
export function readings(word: string, { lil = true } = {}): string[] {
  if (!isArabicWord(word)) return [word];
  const match = beforeArticle.exec(word) ?? (lil ? lilPattern.exec(word) : null);
  if (!match) return [word];
  const rest = match.at(-1)!;
  return [...new Set([word, `ال${rest}`, rest])];
}

/** Suffixes (folded) and the letters that must remain: nisba, feminine, plurals, duals, pronouns. */
const suffixes: ReadonlyArray<readonly [suffix: string, keep: number]> = [
  ['يه', 3],
  ['ي', 3],
  ['ه', 3],
  ['ا', 3],
  ['يا', 3],
  ['يين', 3],
  ['يون', 3],
  ['يات', 3],
  ['ات', 4],
  ['ان', 4],
  ['ين', 4],
  ['ون', 4],
  ['ها', 3],
  ['هم', 3],
  ['هما', 3],
  ['كم', 3],
  ['نا', 4],
];

/** The word and its stems without one suffix ("صينيه" → "صين", "صيني"; "روسيا" → "روسي", "روس"). */
export function stems(word: string): string[] {
  const out = [word];
  if (!isArabicWord(word)) return out;
  for (const [suffix, keep] of suffixes)
    if (word.endsWith(suffix) && word.length - suffix.length >= keep)
      out.push(word.slice(0, -suffix.length));
  return out;
}

/** Every key of a word: its readings and their stems. "الصين" and "الصينية" meet at "صين"; "بكين" and "كينيا" never meet. */
export function wordKeys(word: string, options?: { lil?: boolean }): string[] {
  return [...new Set(readings(foldWord(word), options).flatMap(stems))];
}

const proclitic = /^(?:[وف][بكل]|[وفبكل])/u;

/** The word without a leading proclitic (و ف ب ك ل or a pair such as ول), longest removal first. */
export function withoutProclitic(word: string, minRest = 3): string[] {
  if (!isArabicWord(word)) return [];
  const match = proclitic.exec(word);
  if (!match) return [];
  const out: string[] = [];
  for (let length = match[0].length; length >= 1; length--)
    if (word.length - length >= minRest) out.push(word.slice(length));
  return out;
}

/**
 * A loose key for a name transliterated several ways: one letter for g (غ/ج/ق) and the long vowels
 * inside the word dropped ("ترامب"/"ترمب", "زيلينسكي"/"زيلنسكي", "غوتيريش"/"جوتيريش"). Native words
 * collide at this key ("يقوم"/"يقيم"), so it is only searched when nothing else is found.
 */
export function looseKey(folded: string): string {
  if (!isArabicWord(folded) || folded.length < 4) return folded;
  const g = folded.replace(/[غجق]/g, 'ج');
  return g[0] + g.slice(1, -1).replace(/[اوي]/g, '') + g.at(-1);
}

/** How a loose key is indexed and searched: a token no written word can be. */
export const looseToken = (key: string) => `qx${key}`;
export const isLooseToken = (word: string) => word.startsWith('qx');

/** How names vary in writing: g as غ/ج/ق, and "ير" before a consonant as "ري" ("أميركا" → "امريكا"). */
export function variantKey(folded: string): string {
  return folded.replace(/[غجق]/g, 'ج').replace(/ير(?=[^اويه]|$)/g, 'ري');
}

/** The word that separates an article's text from its forms in what Pagefind stores (query.ts splits there). */
export const formsMarker = 'qxqx';
