// Arabic text normalisation and tokenisation, shared by related articles and search.
//
//   normalizeArabic   tashkeel and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی/ک → ي/ك,
//                     Arabic-Indic digits (٠-٩, ۰-۹) → 0-9, Latin lower-cased
//   tokenize          normalised words (split on anything that is not a letter or digit, so on
//                     ، ؛ ؟ « » “ ” and Latin punctuation alike), the definite article and the
//                     prefixes that carry it removed (ال، وال، بال، كال، فال، لل …), stopwords dropped
//   createProcliticFolder
//                     the single-letter proclitics و ف ب ل ك (وبكين → بكين) are removed only where the
//                     bare word is attested in the corpus at least as often, because no fixed rule can
//                     tell وزير or بريطانيا or فرنسا from و + زير, ب + ريطانيا, ف + رنسا.
//
// No suffix stemmer: light Arabic suffix rules collide on proper nouns (بكين، فلسطين، الصين lose ين),
// which are exactly the words that make two news stories related; TF-IDF copes with plural forms.
import { arabicStopwordList } from './stopwords';

const STRIP =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200C-\u200F]/g;
const FOLD_MAP: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ک: 'ك',
};
for (let digit = 0; digit <= 9; digit++) {
  FOLD_MAP[String.fromCharCode(0x0660 + digit)] = String(digit); // ٠-٩ Arabic-Indic
  FOLD_MAP[String.fromCharCode(0x06f0 + digit)] = String(digit); // ۰-۹ Extended Arabic-Indic (Persian, Urdu)
}
const FOLD = new RegExp(`[${Object.keys(FOLD_MAP).join('')}]`, 'g');
const WORD = /[\p{L}\p{N}]+/gu;

/** Normalises Arabic spelling variants so that the same word always compares equal. */
export function normalizeArabic(text: string): string {
  return text
    .replace(STRIP, '')
    .replace(FOLD, (char) => FOLD_MAP[char] ?? char)
    .toLowerCase();
}

/** Arabic-Indic and Extended Arabic-Indic digits as Latin digits; everything else unchanged. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (char) => FOLD_MAP[char] ?? char);
}

/** The words of a text, normalised, in order (no prefix stripping, no stopword removal). */
export function splitWords(text: string): string[] {
  return normalizeArabic(text).match(WORD) ?? [];
}

/**
 * Prefixes that carry the definite article, longest first. Removed when at least two letters remain
 * (the rule of Larkey's Light10 stemmer), so الصين، والصين، بالصين، للصين all become صين.
 */
const ARTICLE_PREFIXES = [
  'وبال',
  'وكال',
  'فبال',
  'ولل',
  'فلل',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ال',
] as const;
/** Words that begin like an article but are not one. */
const ARTICLE_EXCEPTIONS = new Set(['الله', 'اللهم']);

/** Removes the definite article and the prefixes attached to it from one normalised word. */
export function stripDefiniteArticle(word: string): string {
  if (ARTICLE_EXCEPTIONS.has(word)) return word;
  for (const prefix of ARTICLE_PREFIXES) {
    if (word.length - prefix.length >= 2 && word.startsWith(prefix))
      return word.slice(prefix.length);
  }
  return word;
}

// Built on first use, so that a module importing only normalizeArabic (the search page's script) does
// not carry the stopword list.
let stopwords: ReadonlySet<string> | undefined;
const stopwordSet = () => (stopwords ??= new Set(arabicStopwordList.map(normalizeArabic)));

/**
 * Whether a normalised word is a stopword, as written, without a leading و/ف ("وقال", "فإن"), or
 * without its article ("بالإضافة").
 */
export function isStopword(word: string): boolean {
  if (stopwordSet().has(word)) return true;
  if ((word.startsWith('و') || word.startsWith('ف')) && stopwordSet().has(word.slice(1)))
    return true;
  const bare = stripDefiniteArticle(word);
  return bare !== word && stopwordSet().has(bare);
}

export interface TokenizeOptions {
  /** Keep stopwords (default false). */
  keepStopwords?: boolean;
  /** Shortest token kept, in characters (default 2). */
  minLength?: number;
}

/**
 * The index term of one normalised word (from `splitWords`): the word without its article, or null for
 * a stopword or a word shorter than `minLength` once stripped.
 */
export function termOf(word: string, options: TokenizeOptions = {}): string | null {
  const { keepStopwords = false, minLength = 2 } = options;
  if (!keepStopwords && isStopword(word)) return null;
  const term = stripDefiniteArticle(word);
  return term.length >= minLength ? term : null;
}

/** Index terms of a text: normalised words without their article, stopwords and one-letter words removed. */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const tokens: string[] = [];
  for (const word of splitWords(text)) {
    const term = termOf(word, options);
    if (term !== null) tokens.push(term);
  }
  return tokens;
}

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const PROCLITIC_PAIRS = new Set(['وب', 'ول', 'وك', 'فب', 'فل', 'فك']);
/** A proclitic is only removed when at least this many letters remain. */
const MIN_STEM = 3;

/**
 * Folds words carrying the single-letter proclitics و ف ب ل ك (and pairs such as وب) onto the bare word,
 * but only where the corpus attests the bare word at least as often as the prefixed one: وبكين → بكين
 * in a corpus that mentions بكين, while وزير (no زير) and بكين (كين rarer) stay as they are.
 * `frequencies` maps each tokenized term to how often it occurs (document frequency is best).
 */
export function createProcliticFolder(
  frequencies: ReadonlyMap<string, number>,
): (term: string) => string {
  const memo = new Map<string, string>();
  const attested = (candidate: string, own: number) => {
    const count = frequencies.get(candidate) ?? 0;
    return count > 0 && count >= own && !stopwordSet().has(candidate);
  };
  const fold = (term: string): string => {
    const cached = memo.get(term);
    if (cached !== undefined) return cached;
    let result = term;
    if (term.length - 1 >= MIN_STEM && PROCLITICS.has(term[0]!)) {
      const own = frequencies.get(term) ?? 0;
      const rest = term.slice(1);
      if (attested(rest, own)) result = fold(rest);
      else if (
        term.length - 2 >= MIN_STEM &&
        PROCLITIC_PAIRS.has(term.slice(0, 2)) &&
        attested(term.slice(2), own)
      ) {
        result = fold(term.slice(2));
      }
    }
    memo.set(term, result);
    return result;
  };
  return fold;
}
