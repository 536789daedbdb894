// The search index as the search page sees it: the Pagefind bundles the build writes
// (src/integrations/search-index.ts, one per block of articles: blocks.ts), listed newest block
// first in <base>pagefind/bundles.json, merged into one Pagefind instance with mergeIndex(). Each
// bundle gets a synthetic filter `part` (its name) so that the results' counts per bundle are known.
//
// Pagefind merges bundles by score. That is right for relevance, but with a sort each bundle's score
// is the result's rank among that bundle's pages (the last one 0), so the merged list interleaves the
// bundles. The blocks hold consecutive articles, so "newest first" is each bundle's sorted results,
// bundle after bundle: a second merged instance, opened on the first such search, weighs each
// bundle (indexWeight) so that every rank of a newer bundle outscores the older bundles' ranks; only
// the last-ranked page of each bundle (score 0 whatever the weight) is put back in place, by the
// counts per bundle. Other sorts, or results that do not fit that shape (another Pagefind), ask each
// bundle on its own (one search per bundle).

/** The part of Pagefind's browser API used here (pagefind.js). */
export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<{ url: string; content: string; meta: Record<string, string | undefined> }>;
}

export interface PagefindResponse {
  results: PagefindHit[];
  filters: Record<string, Record<string, number>>;
  [key: string]: unknown;
}

export interface PagefindOptions {
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindOptions): Promise<PagefindResponse | null>;
}

/** pagefind/bundles.json */
export interface BundleList {
  /** Newest block first. */
  bundles: Array<{
    /** Folder under pagefind/ ("b0002048-512/"). */
    path: string;
    /** Articles in it. */
    pages: number;
  }>;
}

export interface SearchIndex {
  search(term: string | null, options?: PagefindOptions): Promise<PagefindResponse | null>;
}

const partFilter = 'part';

/**
 * Opens the index under `base` ("/" or "/afaq/"): `load` imports a bundle's pagefind.js (a URL with
 * a query string must give a module instance of its own), `list` fetches bundles.json. Result URLs
 * get `base` (records are indexed without it).
 */
export async function openSearchIndex(
  base: string,
  load: (url: string) => Promise<PagefindModule>,
  list: (url: string) => Promise<BundleList>,
): Promise<SearchIndex> {
  const { bundles } = await list(`${base}pagefind/bundles.json`);
  if (bundles.length === 0) {
    return { search: async () => ({ results: [], filters: {} }) };
  }
  const parts = bundles.map((bundle) => bundle.path.replace(/\/$/, ''));
  const open = async (query: string, weights?: readonly number[]) => {
    const pagefind = await load(`${base}pagefind/${bundles[0]!.path}pagefind.js${query}`);
    const weight = (i: number) => (weights ? { indexWeight: weights[i] } : {});
    // In one call: Pagefind reads basePath only with the first options.
    await pagefind.options({
      basePath: `${base}pagefind/${bundles[0]!.path}`,
      baseUrl: base,
      // On the page's own thread: no worker script to download (Pagefind searches in a few ms here).
      noWorker: true,
      mergeFilter: { [partFilter]: parts[0] },
      ...weight(0),
    });
    for (const [i, bundle] of bundles.entries()) {
      if (i === 0) continue;
      await pagefind.mergeIndex(`${base}pagefind/${bundle.path}`, {
        mergeFilter: { [partFilter]: parts[i] },
        ...weight(i),
      });
    }
    await pagefind.init();
    return pagefind;
  };
  const pagefind = await open('');
  let newestFirst: Promise<PagefindModule> | undefined;
  // Bundle i's ranks are below pages[i]: each newer bundle weighs more than all ranks of the next.
  const weights = bundles.map(() => 1);
  for (let i = bundles.length - 2; i >= 0; i--) {
    weights[i] = weights[i + 1]! * Math.max(2, bundles[i + 1]!.pages);
  }

  const eachBundle = async (term: string | null, options: PagefindOptions) =>
    Promise.all(
      parts.map(
        async (part) =>
          (
            await pagefind.search(term, {
              ...options,
              filters: { ...options.filters, [partFilter]: part },
            })
          )?.results ?? [],
      ),
    );
  const withoutPart = (found: PagefindResponse): PagefindResponse => {
    const { [partFilter]: _part, ...filters } = found.filters ?? {};
    return { ...found, filters };
  };

  return {
    async search(term, options = {}) {
      const sort = Object.entries(options.sort ?? {});
      if (parts.length === 1 || sort.length === 0) {
        const found = await pagefind.search(term, options);
        return found && withoutPart(found);
      }
      if (sort.length === 1 && sort[0]![1] === 'desc') {
        const sorted = await (newestFirst ??= open('?newest-first', weights));
        const found = await sorted.search(term, options);
        if (!found) return found;
        const counts = parts.map((part) => found.filters[partFilter]?.[part] ?? 0);
        const lists = byBundle(found.results, counts, weights);
        found.results = (lists ?? (await eachBundle(term, options))).flat();
        return withoutPart(found);
      }
      // Oldest first (or another sort): bundle by bundle, in the order of the blocks.
      const found = await pagefind.search(term, options);
      if (!found) return found;
      const lists = await eachBundle(term, options);
      found.results = (sort[0]![1] === 'asc' ? lists.reverse() : lists).flat();
      return withoutPart(found);
    },
  };
}

/**
 * The results of each bundle, newest bundle first, from the weighted instance's merge of results
 * sorted newest first: `merged` by score, bundle i's scores its ranks times `weights[i]` (0 for its
 * last-ranked page, which therefore comes at the end, in bundle order); `counts` the results of each
 * bundle. Undefined when the results do not fit that shape.
 */
export function byBundle<T extends { score: number }>(
  merged: readonly T[],
  counts: readonly number[],
  weights: readonly number[],
): T[][] | undefined {
  if (counts.reduce((sum, count) => sum + count, 0) !== merged.length) return undefined;
  const lists = counts.map((): T[] => []);
  const last: T[] = [];
  let bundle = 0;
  for (const hit of merged) {
    if (hit.score === 0) {
      last.push(hit);
      continue;
    }
    if (last.length) return undefined; // a positive score after a zero
    while (bundle < weights.length && hit.score < weights[bundle]! * (1 - 1e-9)) bundle++;
    if (bundle === weights.length) return undefined;
    const rank = hit.score / weights[bundle]!;
    if (Math.abs(rank - Math.round(rank)) > 1e-6) return undefined;
    lists[bundle]!.push(hit);
  }
  // The last-ranked pages: one per bundle that has a result more than its positive scores.
  const owners = counts.flatMap((count, i) => {
    const missing = count - lists[i]!.length;
    return missing === 1 ? [i] : missing === 0 ? [] : [-1];
  });
  if (owners.includes(-1) || owners.length !== last.length) return undefined;
  owners.forEach((owner, i) => lists[owner]!.push(last[i]!));
  return lists;
}
