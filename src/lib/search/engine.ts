// Searching the Pagefind index with verification, page by page. Used by the search page's script and,
// in Node, by the search-quality test (same code, same index). It asks Pagefind, loads each candidate's
// stored content in small batches, keeps those that contain a form of every query word (query.ts) and
// builds what a result shows. When the strict search finds nothing it tries, in turn: ه kept as typed,
// the words without their proclitics, then names in other transliterations (loose keys).
import { excerpt, highlighter, markWords, type TextPart } from './excerpt';
import {
  looseQuery,
  pagefindQuery,
  parseQuery,
  resultWords,
  splitsShown,
  verifies,
  type Leniency,
  type QueryWord,
  type ResultWords,
} from './query';

/** The part of Pagefind's browser API that search uses (pagefind.js, same in Node). */
export interface PagefindApi {
  search(
    term: string,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindHit[] } | null>;
}
export interface PagefindHit {
  id: string;
  data(): Promise<{ url: string; content: string; meta: Record<string, string | undefined> }>;
}

export interface SearchFilters {
  section?: string;
  year?: string;
  month?: string;
}
export type SearchOrder = 'relevance' | 'newest';

export interface SearchResult {
  url: string;
  title: TextPart[];
  section?: string;
  date?: Date;
  excerpt: TextPart[];
}

export interface SearchPage {
  /** Every result found so far (this page's are the last ones). */
  results: SearchResult[];
  /** How many results there are: exact when every candidate was checked, else estimated from those checked. */
  total: number;
  exact: boolean;
  /** Whether next() can return more. */
  more: boolean;
}

export interface SearchOptions {
  filters?: SearchFilters;
  order?: SearchOrder;
  /** Results per page (default 10). */
  pageSize?: number;
  /**
   * Candidates checked before a search that has found nothing gives up (default 30; 20 for the
   * fallbacks). Pagefind ranks words of the query's length first, so true matches come early.
   */
  giveUpAfter?: number;
}

interface Stage {
  words: QueryWord[];
  leniency: Leniency;
  hits: PagefindHit[];
  checked: number;
  found: Array<SearchResult & { words: ResultWords }>;
  seen: Set<string>;
  isMatch: (word: string) => boolean;
  /** Candidates checked before giving up while nothing is found. */
  patience: number;
}

export interface Search {
  /** The next page of results (the first page on the first call). */
  next(): Promise<SearchPage>;
}

export function createSearch(
  pagefind: PagefindApi,
  query: string,
  options: SearchOptions = {},
): Search {
  const { filters = {}, order = 'relevance', pageSize = 10, giveUpAfter = 30 } = options;
  const words = parseQuery(query);
  const pagefindFilters = Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value),
  ) as Record<string, string>;
  const searchOptions = {
    filters: pagefindFilters,
    ...(order === 'newest' ? { sort: { date: 'desc' as const } } : {}),
  };

  const stage = async (
    term: string,
    stageWords: QueryWord[],
    leniency: Leniency,
    patience = giveUpAfter,
  ): Promise<Stage> => {
    const found = await pagefind.search(term, searchOptions);
    return {
      words: stageWords,
      leniency,
      hits: found?.results ?? [],
      checked: 0,
      found: [],
      seen: new Set(),
      isMatch: highlighter(stageWords, leniency),
      patience,
    };
  };

  /** Checks candidates until `want` more results are found, the candidates end, or it gives up. */
  const fill = async (current: Stage, want: number) => {
    const target = current.found.length + want;
    while (current.found.length < target && current.checked < current.hits.length) {
      if (current.found.length === 0 && current.checked >= current.patience) break;
      const batch = current.hits.slice(
        current.checked,
        current.checked + Math.max(pageSize, target - current.found.length),
      );
      current.checked += batch.length;
      const loaded = await Promise.all(batch.map((hit) => hit.data()));
      for (const data of loaded) {
        const result = resultWords(data.content);
        if (current.seen.has(data.url) || !verifies(current.words, result, current.leniency))
          continue;
        current.seen.add(data.url);
        const date = data.meta.date ? new Date(data.meta.date) : undefined;
        const title = data.meta.title ?? data.url;
        // Pagefind's content starts with the title (the record's <h1>): the excerpt is from the text.
        const text = result.text.startsWith(title)
          ? result.text.slice(title.length).replace(/^[.\s]+/, '')
          : result.text;
        current.found.push({
          url: data.url,
          title: markWords(title, current.isMatch),
          section: data.meta.section,
          date: date && !Number.isNaN(date.getTime()) ? date : undefined,
          excerpt: excerpt(text, current.isMatch),
          words: result,
        });
      }
    }
  };

  let current: Stage | undefined;
  let shown = 0;

  const first = async (): Promise<Stage | undefined> => {
    if (words.length === 0) return undefined;
    const strict = await stage(pagefindQuery(words), words, 'strict');
    await fill(strict, pageSize);
    if (strict.found.length > 0) {
      // A word the articles found show to be a proclitic and a word ("لبكين" with the form "بكين"):
      // searched as the bare word, which finds the articles that only have "بكين" too.
      const splits = splitsShown(
        words,
        strict.found.map((result) => result.words),
      );
      if (splits.some(Boolean)) {
        const bareWords = words.map((word, i) => ({
          ...word,
          bare: splits[i] ? [splits[i]!] : [],
        }));
        const split = await stage(pagefindQuery(words, { bare: splits }), bareWords, 'bare');
        await fill(split, pageSize);
        if (split.found.length >= strict.found.length) return split;
      }
      return strict;
    }
    const fallbacks: Array<[term: string, words: QueryWord[], leniency: Leniency]> = [
      [pagefindQuery(words, { taMarbuta: false }), words, 'strict'],
      [pagefindQuery(words, { bare: words.map((word) => word.bare[0]) }), words, 'bare'],
      [looseQuery(words), words, 'loose'],
    ];
    const tried = new Set([pagefindQuery(words)]);
    let last = strict;
    for (const [term, stageWords, leniency] of fallbacks) {
      if (tried.has(term) && leniency === 'strict') continue;
      tried.add(term);
      last = await stage(term, stageWords, leniency, Math.ceil((giveUpAfter * 2) / 3));
      await fill(last, pageSize);
      if (last.found.length > 0) return last;
    }
    return last;
  };

  return {
    async next() {
      if (!current) current = await first();
      else await fill(current, pageSize);
      if (!current) return { results: [], total: 0, exact: true, more: false };
      shown = Math.min(current.found.length, shown + pageSize);
      const exact = current.checked >= current.hits.length || current.found.length === 0;
      const total = exact
        ? current.found.length
        : Math.max(
            current.found.length,
            Math.round((current.hits.length * current.found.length) / current.checked),
          );
      return {
        results: current.found.slice(0, shown).map(({ words: _words, ...result }) => result),
        total,
        exact,
        more:
          shown < current.found.length ||
          (current.checked < current.hits.length && !(current.found.length === 0)),
      };
    },
  };
}
