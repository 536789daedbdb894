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

/** ب/ك/ل/و/ف, alone or paired (وب, ول, وك, فب, فل, فك), attached to a word. */
const proclitic = /^(?:[وف][بلك]|[وفبلك])/u;
/** Letters left after a proclitic for the rest to count as a word. */
const minRest = 3;

/** The word without a leading single-letter proclitic (or pair), if at least three letters remain. */
export function withoutProclitic(word: string): string[] {
  const bare = word.normalize('NFC').replace(diacritics, '');
  const forms: string[] = [];
  const match = proclitic.exec(bare);
  if (!match) return forms;
  for (let length = match[0].length; length >= 1; length--) {
    const rest = bare.slice(length);
    if (rest.length >= minRest) forms.push(rest);
  }
  return forms;
}

/** The Arabic words of a text, diacritics removed. */
export function arabicWords(text: string): string[] {
  return (text.match(arabicWord) ?? []).map((word) =>
    word.normalize('NFC').replace(diacritics, ''),
  );
}

/**
 * The forms of a text's words worth indexing besides the words themselves, each once:
 * particle clusters before "ال" reduced ("وبالصين" → "الصين"), and a single proclitic removed where
 * the bare word occurs in the corpus (`vocabulary`): "لبكين" → "بكين", "وأوكرانيا" → "أوكرانيا",
 * but "وزير" stays (no "زير" in the corpus).
 */
export function extraSearchForms(
  text: string,
  vocabulary: ReadonlySet<string> = new Set(),
): string[] {
  const forms = new Set<string>();
  for (const word of arabicWords(text)) {
    const reduced = reduceParticles(word);
    if (reduced !== word) forms.add(reduced);
    else for (const rest of withoutProclitic(word)) if (vocabulary.has(rest)) forms.add(rest);
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

export interface QueryPlan {
  /** Searches whose results are shown together, results of the first first. */
  searches: string[];
  /** Run only when those find nothing: every word without its proclitic ("لبكين" → "بكين"). */
  fallback?: string;
}

/**
 * The searches for a reader's query. Pagefind matches word prefixes, so removing a proclitic from the
 * query always ("بكين" → "كين") would add unrelated results ("كينيا"); it is done only where the stemmer
 * leaves a gap and little can collide (و/ف before alef: "وأوكرانيا" → "أوكرانيا"), and otherwise only as a
 * fallback when nothing was found.
 */
export function queryPlan(query: string): QueryPlan {
  const first = normaliseQuery(query);
  if (!first) return { searches: [] };
  const words = first.split(' ');
  const searches = [first];
  const beforeAlef = words
    .map((word) => (/^[وف][اأإآ]/u.test(word) && word.length - 1 >= minRest ? word.slice(1) : word))
    .join(' ');
  if (beforeAlef !== first) searches.push(beforeAlef);
  const stripped = words
    .map((word) => (word === reduceParticles(word) ? (withoutProclitic(word)[0] ?? word) : word))
    .join(' ');
  return searches.includes(stripped) ? { searches } : { searches, fallback: stripped };
}
