// A reader's query: what Pagefind is asked, and which of its results truly contain a form of every
// query word. Pagefind's stemmer and prefix matching find too much ("كينيا" finds "بكين": both stem to
// "كين"…; "زير" finds "وزير"); a result is kept only when each query word meets one of its words or
// indexed forms (wordKeys), and dropped otherwise.
import {
  foldWord,
  formsMarker,
  isArabicWord,
  isLooseToken,
  looseKey,
  looseToken,
  pagefindSpelling,
  readings,
  textWords,
  withoutProclitic,
  wordKeys,
} from './words';

export interface QueryWord {
  /** The word as typed, tashkeel and tatweel removed. */
  typed: string;
  /** Its keys (wordKeys): a result's word is a form of it when their keys meet. */
  keys: string[];
  /** The word without a proclitic ("لبكين" → "بكين"), folded; accepted where the index shows the split. */
  bare: string[];
  /** Its loose keys (a name in another transliteration), accepted only when nothing else is found. */
  loose: string[];
}

/** How lenient a search is: strict forms; + proclitics removed (for the words in `bare`); + loose keys. */
export type Leniency = 'strict' | 'bare' | 'loose';

export function parseQuery(query: string): QueryWord[] {
  return textWords(query).map((word) => {
    const folded = foldWord(word);
    const keys = wordKeys(word);
    return {
      typed: pagefindSpelling(word),
      keys,
      bare: readings(folded).length > 1 ? [] : withoutProclitic(folded),
      loose: [...new Set(keys.map(looseKey))],
    };
  });
}

/**
 * The spelling of a query word Pagefind is asked for: our shortest stem (at least 3 letters), whose
 * other forms Pagefind's prefix matching finds ("مفاوضات" → "مفاوض", which its stemmer gives
 * "المفاوضات" but not "مفاوضات"), with ة for a final ه (its stemmer keeps them apart; `taMarbuta`
 * false keeps ه: "فيه").
 */
export function pagefindTerm(word: string, taMarbuta = true): string {
  const spelling = pagefindSpelling(word).replace(/[أإآ]/g, 'ا');
  if (!isArabicWord(spelling) || spelling.length < 3) return foldWord(word);
  const shortest = wordKeys(spelling)
    .filter((key) => key.length >= 3)
    .reduce((a, b) => (b.length < a.length ? b : a), spelling);
  return taMarbuta ? shortest.replace(/ه$/, 'ة') : shortest;
}

/** The Pagefind search for the query's words (`bare`: which words to search without their proclitic). */
export function pagefindQuery(
  words: QueryWord[],
  { bare = [], taMarbuta = true }: { bare?: Array<string | undefined>; taMarbuta?: boolean } = {},
): string {
  return words.map((word, i) => pagefindTerm(bare[i] ?? word.typed, taMarbuta)).join(' ');
}

/** The loose search: each word's loose token (indexed for the names of other spellings), quoted to match it exactly. */
export function looseQuery(words: QueryWord[]): string {
  return words
    .map((word) => {
      const base = readings(foldWord(word.typed)).at(-1)!;
      return isArabicWord(base) && base.length >= 4
        ? `"${looseToken(looseKey(base))}"`
        : pagefindTerm(word.typed);
    })
    .join(' ');
}

/** A result's stored content split: the article's text (shown) and the keys of every word and form. */
export interface ResultWords {
  text: string;
  keys: Set<string>;
  loose: Set<string>;
}

export function resultWords(content: string): ResultWords {
  const at = content.indexOf(formsMarker);
  const keys = new Set<string>();
  const loose = new Set<string>();
  for (const word of textWords(content)) {
    if (word === formsMarker) continue;
    if (isLooseToken(word)) {
      loose.add(word.slice(2));
      continue;
    }
    for (const key of wordKeys(word, { lil: false })) {
      keys.add(key);
      loose.add(looseKey(key));
    }
  }
  return { text: (at === -1 ? content : content.slice(0, at)).trim(), keys, loose };
}

/** Whether one query word has a form in the result, at a leniency. */
export function matchesWord(
  word: QueryWord,
  result: Pick<ResultWords, 'keys' | 'loose'>,
  leniency: Leniency,
): boolean {
  if (word.keys.some((key) => result.keys.has(key))) return true;
  if (leniency === 'strict') return false;
  if (word.bare.some((rest) => wordKeys(rest).some((key) => result.keys.has(key)))) return true;
  return leniency === 'loose' && word.loose.some((key) => result.loose.has(key));
}

/** Whether a result has a form of every query word: the check that drops Pagefind's false hits. */
export function verifies(
  words: QueryWord[],
  result: Pick<ResultWords, 'keys' | 'loose'>,
  leniency: Leniency,
): boolean {
  return words.every((word) => matchesWord(word, result, leniency));
}

/**
 * Which query words the index shows to be a proclitic and a word ("لبكين" where the articles found
 * also have the form "بكين"): for each word, the bare word to search instead, or undefined.
 */
export function splitsShown(
  words: QueryWord[],
  results: ReadonlyArray<Pick<ResultWords, 'keys'>>,
): Array<string | undefined> {
  return words.map((word) =>
    word.bare.find((rest) => results.some((result) => result.keys.has(rest))),
  );
}
