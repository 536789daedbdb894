// Display-ready values for the list pages (category, tag and archive pages): pagers, titles, month
// labels and counts, with numbers in the site's digit style.
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import { lastModified, type ArticleSummary } from '../content/articles';
import { formatArabicMonth } from '../arabic/dates';
import { listUrl, type ListKind } from '../routes';
import { siteNumber } from './cards';
import { pagerView, type PagerView } from './pagination';

export function listPager(kind: ListKind, slug: string, current: number, total: number): PagerView {
  return pagerView(current, total, (page) => listUrl(kind, slug, page), {
    number: siteNumber,
    pageOf: t.pageOf,
    goToPage: t.goToPage,
  });
}

/** "أخبار سياسة" on page 1, "أخبار سياسة — الصفحة 2" after it (titles must differ per page). */
export function pagedTitle(title: string, page: number): string {
  return page === 1 ? title : `${title} — ${t.pageN(siteNumber(page))}`;
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
