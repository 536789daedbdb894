// Paginated lists (category and tag pages): how many pages, and the numbers a pager shows. The URL of
// each page comes from routes.ts (listUrl).
/** Number of pages for `count` items (at least one, so an empty list still has its page). */
export function pageCount(count: number, pageSize: number): number {
  if (!(pageSize >= 1)) throw new RangeError(`pageSize must be at least 1, got ${pageSize}`);
  return Math.max(1, Math.ceil(count / pageSize));
}

export type PagerItem = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/**
 * The page numbers a pager shows: always the first and last, the current one with `around`
 * neighbours on each side, and a gap where numbers are skipped (never a gap hiding a single page).
 */
export function pagerItems(current: number, total: number, around = 1): PagerItem[] {
  if (total < 1 || current < 1 || current > total)
    throw new RangeError(`page ${current} of ${total}`);
  const shown = new Set<number>([1, total]);
  for (let page = current - around; page <= current + around; page++)
    if (page >= 1 && page <= total) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2) items.push({ kind: 'page', page: page - 1, current: false });
    else if (page - previous > 2) items.push({ kind: 'gap' });
    items.push({ kind: 'page', page, current: page === current });
    previous = page;
  }
  return items;
}

export interface PagerView {
  current: number;
  total: number;
  prev?: string;
  next?: string;
  items: Array<{ label: string; url?: string; current?: boolean; ariaLabel?: string }>;
  status: string;
}

/** Everything Pagination.astro shows, with numbers in the site's digit style. */
export function pagerView(
  current: number,
  total: number,
  urlFor: (page: number) => string,
  labels: {
    number: (n: number) => string;
    pageOf: (page: string, total: string) => string;
    goToPage: (page: string) => string;
  },
): PagerView {
  return {
    current,
    total,
    prev: current > 1 ? urlFor(current - 1) : undefined,
    next: current < total ? urlFor(current + 1) : undefined,
    items: pagerItems(current, total).map((item) =>
      item.kind === 'gap'
        ? { label: '…' }
        : {
            label: labels.number(item.page),
            url: urlFor(item.page),
            current: item.current,
            ariaLabel: labels.goToPage(labels.number(item.page)),
          },
    ),
    status: labels.pageOf(labels.number(current), labels.number(total)),
  };
}
