// Paginated lists (a category's or a tag's stories), laid out so that publishing a story changes as
// few pages as possible (incremental builds re-render only pages that change): numbered pages count
// from the OLDEST end and always hold exactly `pageSize` stories, so page 1 holds the oldest stories
// for good and a new story never moves the others between pages. The list's first page (its URL
// without a number) holds the newest stories, between `pageSize` and 2 × `pageSize` − 1 of them. A
// new story changes that page only; every `pageSize` stories it hands its oldest `pageSize` on to a
// new numbered page, and the pagers of the three numbered pages before it change. The URL of each page
// comes from routes.ts (listUrl).

export interface ListPage<T> {
  /** 0 for the list's first page (the newest stories); k ≥ 1 for numbered page k, counted from the oldest. */
  number: number;
  /** Newest first. */
  items: T[];
}

/** Numbered pages of a list of `total` stories: all full, the first page keeping at least `pageSize`. */
export function numberedPageCount(total: number, pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  return total >= 2 * pageSize ? Math.floor(total / pageSize) - 1 : 0;
}

/** The pages of a newest-first list, in reading order: the first page, then K, K − 1, …, 1. */
export function listPages<T>(newestFirst: readonly T[], pageSize: number): ListPage<T>[] {
  const total = newestFirst.length;
  const numbered = numberedPageCount(total, pageSize);
  const pages: ListPage<T>[] = [
    { number: 0, items: newestFirst.slice(0, total - numbered * pageSize) },
  ];
  for (let k = numbered; k >= 1; k--) {
    pages.push({
      number: k,
      items: newestFirst.slice(total - k * pageSize, total - (k - 1) * pageSize),
    });
  }
  return pages;
}

export type PagerItem = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/**
 * What the pager of page `current` (0 = the first page) shows when the list has `numbered` numbered
 * pages: the first page, the current page's neighbours, numbered page 1 (the oldest) and gaps between
 * them (never a gap hiding a single page). For a numbered page k only whether pages k + 1 to k + 3
 * exist matters, so its pager changes only when one of those appears.
 */
export function pagerItems(current: number, numbered: number): PagerItem[] {
  if (!Number.isInteger(current) || current < 0 || current > numbered)
    throw new RangeError(`page ${current} of ${numbered}`);
  // Positions in reading order: the first page at 0, then numbered, numbered − 1, …, 1.
  const position = (page: number) => (page === 0 ? 0 : numbered - page + 1);
  const pageAt = (index: number) => (index === 0 ? 0 : numbered - index + 1);
  const shown = new Set<number>([0]);
  if (numbered >= 1) shown.add(1);
  const here = position(current);
  for (let index = here - 1; index <= here + 1; index++)
    if (index >= 0 && index <= numbered) shown.add(pageAt(index));
  const items: PagerItem[] = [];
  let previous = -1;
  for (const page of [...shown].sort((a, b) => position(a) - position(b))) {
    const index = position(page);
    if (index - previous === 2)
      items.push({ kind: 'page', page: pageAt(index - 1), current: false });
    else if (index - previous > 2) items.push({ kind: 'gap' });
    items.push({ kind: 'page', page, current: page === current });
    previous = index;
  }
  return items;
}

/** Everything Pagination.astro shows. */
export interface PagerView {
  /** False for a list that fits on its first page: no pager. */
  shown: boolean;
  /** The page with newer stories (rel="prev") and the one with older stories (rel="next"). */
  prev?: string;
  next?: string;
  items: Array<{ label: string; url?: string; current?: boolean; ariaLabel?: string }>;
  status: string;
}

/** The pager of page `current` (0 = first) of a list with `numbered` numbered pages. */
export function pagerView(
  current: number,
  numbered: number,
  urlFor: (page: number) => string,
  labels: {
    number: (n: number) => string;
    pageN: (page: string) => string;
    goToPage: (page: string) => string;
    newest: string;
  },
): PagerView {
  const newer = current === 0 ? undefined : current === numbered ? 0 : current + 1;
  const older =
    current === 0 ? (numbered >= 1 ? numbered : undefined) : current > 1 ? current - 1 : undefined;
  const label = (page: number) => (page === 0 ? labels.newest : labels.number(page));
  return {
    shown: numbered >= 1,
    prev: newer === undefined ? undefined : urlFor(newer),
    next: older === undefined ? undefined : urlFor(older),
    items: pagerItems(current, numbered).map((item) =>
      item.kind === 'gap'
        ? { label: '…' }
        : {
            label: label(item.page),
            url: urlFor(item.page),
            current: item.current,
            ariaLabel: item.page === 0 ? labels.newest : labels.goToPage(labels.number(item.page)),
          },
    ),
    status: current === 0 ? labels.newest : labels.pageN(labels.number(current)),
  };
}
