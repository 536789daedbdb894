// What Pagefind indexes for one article (the seam between the build pipeline and search quality):
//
//   const lexicon = buildSearchLexicon(articles.map(searchText));   // one pass over every article
//   for (const article of articles)
//     await index.addCustomRecord(searchRecord(article, lexicon, { timeZone }));   // Pagefind's Node API
//
// The record (never published) is the title, the text, and after a marker the FORMS of the article's
// words that Pagefind's Arabic stemmer would not find: hamza on the line ("مسؤول" → "مسءول"), particle
// clusters reduced ("وبالصين" → "الصين"), proclitics removed where the corpus attests the bare word and
// the word never takes "ال" ("لبكين" → "بكين", but "وزير" stays: "الوزير" shows its و is part of it), ه
// written for ة where the corpus has the ة spelling ("غزه" → "غزة"), the other spellings of a name that
// the corpus has ("شويغو" ↔ "شويجو", "أميركا" ↔ "أمريكا") and a loose key for names (looseKey). Metadata
// (title, section, date), filters (section, year, month) and the date sort are the record's own.
import {
  cleanWord,
  foldWord,
  isArabicWord,
  lilPattern,
  looseKey,
  looseToken,
  pagefindSpelling,
  readings,
  textWords,
  withoutProclitic,
  formsMarker,
  variantKey,
} from './words';

export { formsMarker };
import { monthKey } from '../content/archive';

/** One article as search sees it. `url` is the page's URL without the base path ("/articles/x/"). */
export interface SearchArticle {
  url: string;
  title: string;
  /** The article's text (its body as plain text; headings and paragraphs, no navigation). */
  text: string;
  section: { id: string; name: string };
  date: Date;
}

/** What the corpus attests, from every article's words (buildSearchLexicon). */
export interface SearchLexicon {
  /** Folded words, and the same without a plain "ال". */
  vocabulary: Set<string>;
  /** Words seen after "ال": their first letter is no proclitic ("الوزير" → "وزير"). */
  definite: Set<string>;
  /** Folded words written with ة somewhere. */
  taMarbuta: Set<string>;
  /** Spellings of one name, by variantKey, where the corpus has more than one. */
  variants: Map<string, string[]>;
}

/** The text of an article that the lexicon is built from (title and text). */
export const searchText = (article: Pick<SearchArticle, 'title' | 'text'>) =>
  `${article.title}\n${article.text}`;

/**
 * The distinct words of a text, in order of first appearance. What the build's index step keeps per
 * article between builds (src/integrations/search-index.ts), relying on two properties that
 * tests/unit/search/record.test.ts checks: a text's forms depend only on its distinct words (each word
 * contributing its own), and the lexicon only on the set of the corpus's words, taken in sorted order.
 */
export const searchWords = (text: string): string[] => [...new Set(textWords(text))];

/** Words whose spellings are merged: names (never after "ال", not a verb-like 4-letter form) and long words. */
function mergesSpellings(folded: string, lexicon: SearchLexicon): boolean {
  if (!isArabicWord(folded)) return false;
  return (
    folded.length >= 6 ||
    (folded.length >= 4 && !lexicon.definite.has(folded) && !/^[يتن].{3}$/.test(folded))
  );
}

/** The lexicon of a corpus: one pass over every article's searchText(). */
export function buildSearchLexicon(texts: Iterable<string>): SearchLexicon {
  const lexicon: SearchLexicon = {
    vocabulary: new Set(),
    definite: new Set(),
    taMarbuta: new Set(),
    variants: new Map(),
  };
  // Each distinct written word once (news repeats its words: far fewer distinct words than words).
  const seen = new Set<string>();
  const spellings = new Map<string, string>();
  for (const text of texts)
    for (const word of textWords(text)) {
      if (seen.has(word)) continue;
      seen.add(word);
      const folded = foldWord(word);
      lexicon.vocabulary.add(folded);
      if (folded.startsWith('ال') && folded.length >= 5) {
        lexicon.vocabulary.add(folded.slice(2));
        lexicon.definite.add(folded.slice(2));
      }
      if (word.endsWith('ة')) lexicon.taMarbuta.add(folded);
      // One spelling per folded word, whatever the order of the texts (the smallest).
      const spelling = pagefindSpelling(word);
      const known = spellings.get(folded);
      if (known === undefined || spelling < known) spellings.set(folded, spelling);
    }
  const groups = new Map<string, string[]>();
  for (const [folded, spelling] of spellings) {
    if (!mergesSpellings(folded, lexicon)) continue;
    const key = variantKey(folded);
    const group = groups.get(key);
    if (group) group.push(spelling);
    else groups.set(key, [spelling]);
  }
  for (const [key, group] of groups) if (group.length > 1) lexicon.variants.set(key, group);
  return lexicon;
}

/** The forms of one written word (see the header); memoised per lexicon, as words repeat across articles. */
function wordForms(word: string, lexicon: SearchLexicon): readonly string[] {
  let memo = formsMemo.get(lexicon);
  if (!memo) formsMemo.set(lexicon, (memo = new Map()));
  const known = memo.get(word);
  if (known) return known;
  const forms: string[] = [];
  const spelling = pagefindSpelling(word);
  if (spelling !== cleanWord(word)) forms.push(spelling);
  const folded = foldWord(word);
  // The word without its particles, as the loose key and the variants are computed from.
  let base = folded;
  const cluster = readings(spelling.replace(/[أإآ]/g, 'ا'), { lil: false });
  if (cluster.length > 1) {
    const rest = cluster.at(-1)!;
    forms.push(`ال${rest}`);
    // Pagefind stems a bare "وزير" to "زير" but "الوزير" to "وزير": the bare form meets bare queries.
    if (/^[وفبكل]/.test(rest)) forms.push(rest);
    base = readings(folded, { lil: false }).at(-1)!;
  } else {
    const lilRest = lilPattern.exec(spelling)?.[2];
    if (
      lilRest &&
      (lexicon.vocabulary.has(foldWord(`ال${lilRest}`)) ||
        !lexicon.vocabulary.has(foldWord(`ل${lilRest}`)))
    ) {
      forms.push(`ال${lilRest}`);
      base = foldWord(lilRest);
    } else {
      if (/^[وفبكل]/.test(folded) && lexicon.definite.has(folded)) forms.push(`ال${spelling}`);
      // A proclitic is removed where the bare word is attested and the word never takes "ال".
      const bare = withoutProclitic(folded, 2);
      const at = bare.findIndex(
        (rest) => lexicon.vocabulary.has(rest) && !lexicon.definite.has(folded),
      );
      if (at !== -1) {
        forms.push(withoutProclitic(spelling, 2)[at]!);
        base = bare[at]!;
      }
    }
  }
  const variants = lexicon.variants.get(variantKey(base));
  if (variants && mergesSpellings(base, lexicon)) forms.push(...variants);
  if (spelling.endsWith('ه') && lexicon.taMarbuta.has(folded))
    forms.push(`${spelling.slice(0, -1)}ة`);
  if (!lexicon.definite.has(base)) {
    const key = looseKey(base);
    if (key !== base) forms.push(looseToken(key));
  }
  memo.set(word, forms);
  return forms;
}
const formsMemo = new WeakMap<SearchLexicon, Map<string, readonly string[]>>();

/** The forms of an article's words to index besides the words themselves (see the header), each once. */
export function searchForms(text: string, lexicon: SearchLexicon): string[] {
  const written = new Set(textWords(text).map(cleanWord));
  const forms = new Set<string>();
  for (const word of new Set(textWords(text)))
    for (const form of wordForms(word, lexicon)) forms.add(form);
  for (const word of written) forms.delete(word);
  return [...forms];
}

/**
 * What Pagefind indexes for an article: a custom record for `addCustomRecord()` (no HTML for Pagefind
 * to parse: about twice as fast to index as the same text given as a page).
 */
export interface SearchRecord {
  url: string;
  /** The title, the text a line per block, then after `formsMarker` the extra forms. */
  content: string;
  language: 'ar';
  meta: { title: string; date: string; section: string };
  filters: { section: string[]; year: string[]; month: string[] };
  sort: { date: string };
}

/**
 * The search record of an article (see the header). Pure: same article and lexicon, same record.
 * `forms`, when the caller has them already, are searchForms(searchText(article), lexicon).
 */
export function searchRecord(
  article: SearchArticle,
  lexicon: SearchLexicon,
  { timeZone, forms }: { timeZone: string; forms?: readonly string[] },
): SearchRecord {
  const extra = forms ?? searchForms(searchText(article), lexicon);
  const month = monthKey(article.date, timeZone);
  const date = article.date.toISOString();
  const lines = article.text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const content = [
    article.title,
    ...lines,
    ...(extra.length ? [`${formsMarker} ${extra.join(' ')}`] : []),
  ].join('\n');
  return {
    url: article.url,
    content,
    language: 'ar',
    meta: { title: article.title, date, section: article.section.name },
    filters: { section: [article.section.id], year: [month.slice(0, 4)], month: [month] },
    sort: { date },
  };
}
