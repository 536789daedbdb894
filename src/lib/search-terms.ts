// Helps Pagefind's Arabic stemmer with attached particles. Measured on Pagefind 1.6 (see README):
// its stemmer removes "ال" and a leading "و" before most letters, so "الصينية" finds "الصين" and
// "بكين" finds "وبكين", but it keeps clusters such as "وال", "بال", "لل" ("والصينية", "وبالصين",
// "للصين" are not found by "الصين"). We index, next to each article, the forms of its words with
// those clusters reduced to "ال", and reduce the reader's query the same way.

const diacritics = /[\u064B-\u065F\u0670\u0640]/g;
/** A particle cluster before "ال": و/ف, ب/ك/ل, or both ("وبال", "فكال"). */
const beforeArticle = /^(?:[وف][بكل]?|[بكل])ال(.+)$/u;
/** ل + ال written "لل", optionally after و/ف ("للصين", "وللمرة"). */
const lilArticle = /^[وف]?لل(.+)$/u;
const arabicWord = /[\u0621-\u0669\u066E-\u06D3\u06FA-\u06FF]+/gu;

/** "والصينية" → "الصينية", "وبالصين" → "الصين", "للصين" → "الصين"; other words unchanged. */
export function reduceParticles(word: string): string {
  const bare = word.normalize('NFC').replace(diacritics, '');
  const rest = (beforeArticle.exec(bare) ?? lilArticle.exec(bare))?.[1];
  // At least three letters after "ال", so short words ("والي", "بالغ", "والدة") are left alone.
  return rest && rest.length >= 3 ? `ال${rest}` : bare;
}

/** The reduced forms of a text's words that differ from the words themselves, each once. */
export function extraSearchForms(text: string): string[] {
  const forms = new Set<string>();
  for (const word of text.match(arabicWord) ?? []) {
    const reduced = reduceParticles(word);
    if (reduced !== word.replace(diacritics, '')) forms.add(reduced);
  }
  return [...forms];
}

/** The query Pagefind receives: each word's particle cluster reduced, spacing collapsed. */
export function normaliseQuery(query: string): string {
  return query
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => word.replace(arabicWord, (arabic) => reduceParticles(arabic)))
    .join(' ');
}
