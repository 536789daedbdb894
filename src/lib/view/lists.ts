// Display-ready values for the list pages (category, tag and archive pages): pagers, titles, month
// labels and counts, with numbers in the site's digit style.
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import { lastModified, type ArticleSummary } from '../content/articles';
import { formatArabicMonth } from '../arabic/dates';
import { listUrl, type ListKind } from '../routes';
import { siteNumber } from './cards';
import { listPages, numberedPageCount, pagerView, type PagerView } from './pagination';
import { toCardView, type ArticleCardView } from './cards';
import { cacheKeyOf, objectKeyOf } from './cache-keys';

/** The pager of page `current` (0: the first) of a list with `numbered` numbered pages (view/pagination.ts). */
export function listPager(
  kind: ListKind,
  slug: string,
  current: number,
  numbered: number,
): PagerView {
  return pagerView(current, numbered, (page) => listUrl(kind, slug, page), {
    number: siteNumber,
    pageN: t.pageN,
    goToPage: t.goToPage,
    newest: t.newestPage,
  });
}

/** "أخبار سياسة" on the first page (0), "أخبار سياسة — الصفحة 2" on numbered page 2 (titles differ per page). */
export function pagedTitle(title: string, page: number): string {
  return page === 0 ? title : `${title} — ${t.pageN(siteNumber(page))}`;
}

export function monthLabel(sample: Date): string {
  return formatArabicMonth(sample, { digits: site.digits, timeZone: 'UTC' });
}

export function articleCountLabel(count: number): string {
  return t.articleCount(count, siteNumber);
}

/** The newest change among a list's articles (its page's lastmod). */
export function latestChange(
  articles: ReadonlyArray<Pick<ArticleSummary, 'date' | 'updated' | 'corrections'>>,
): Date | undefined {
  let latest: Date | undefined;
  for (const article of articles) {
    const changed = lastModified(article);
    if (!latest || changed > latest) latest = changed;
  }
  return latest;
}

/** One page of a category's or a tag's list, ready to render, with its incremental-build key. */
export interface ListPageView {
  /** 0 for the list's first page, k for numbered page k (from the oldest: view/pagination.ts). */
  number: number;
  cards: ArticleCardView[];
  pager: PagerView;
  /** The page's lastmod: its newest story's change. */
  updated?: Date;
  cacheKey: string;
}

/** Every page of a list of stories (newest first); `identity` is what else the page shows (its title). */
export function listPageViews(
  kind: ListKind,
  slug: string,
  articles: readonly ArticleSummary[],
  identity: unknown,
  siteKey: string,
): ListPageView[] {
  const numbered = numberedPageCount(articles.length, site.reader.pageSize);
  return listPages(articles, site.reader.pageSize).map(({ number, items }) => {
    const cards = items.map(toCardView);
    const pager = listPager(kind, slug, number, numbered);
    const updated = latestChange(items);
    return {
      number,
      cards,
      pager,
      updated,
      cacheKey: cacheKeyOf(siteKey, identity, number, cards.map(objectKeyOf), pager, updated),
    };
  });
}
