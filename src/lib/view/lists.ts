// Display-ready values for the reader features (pagers, archive, structured data), computed from
// site settings. Pages call these and hand the results to presentational components.
import { getImage } from 'astro:assets';
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import type { ArticleSummary } from '../content/articles';
import { formatArabicMonth } from '../arabic/dates';
import { arabicPluralCategory, formatNumber } from '../arabic/numbers';
import { listPageUrl, pagerView, type ListKind, type PagerView } from './pagination';
import { absoluteUrl, joinBase, pagePath } from '../routes';
import type { Organization, SocialImage } from '../seo/head';

export const archiveUrl = () => pagePath(site.basePath, 'archive');
/** A month page of the archive; `key` is "YYYY-MM" (see groupByMonth). */
export const archiveMonthUrl = (key: string) => pagePath(site.basePath, 'archive', key);
export const searchUrl = () => pagePath(site.basePath, 'search');
export const feedUrl = () => joinBase(site.basePath, 'rss.xml');
export const absolute = (path: string) => absoluteUrl(site.url, path);

const number = (n: number) => formatNumber(n, site.digits);

export function listPager(kind: ListKind, slug: string, current: number, total: number): PagerView {
  return pagerView(current, total, (page) => listPageUrl(site.basePath, kind, slug, page), {
    number,
    pageOf: t.pageOf,
    goToPage: t.goToPage,
  });
}

/** "أخبار سياسة" on page 1, "أخبار سياسة — الصفحة 2" after it (titles must differ per page). */
export function pagedTitle(title: string, page: number): string {
  return page === 1 ? title : `${title} — ${t.pageN(number(page))}`;
}

export function monthLabel(sample: Date): string {
  return formatArabicMonth(sample, { digits: site.digits, timeZone: 'UTC' });
}

export function articleCountLabel(count: number): string {
  return t.articleCount(number(count), arabicPluralCategory(count));
}

/** The newest change among a list's articles (its page's lastmod). */
export function latestChange(articles: readonly ArticleSummary[]): Date | undefined {
  let latest: Date | undefined;
  for (const article of articles) {
    const changed = article.updated ?? article.date;
    if (!latest || changed > latest) latest = changed;
  }
  return latest;
}

export function publisher(): Organization {
  const { logo } = site.reader;
  return {
    name: site.name,
    url: absolute(pagePath(site.basePath)),
    logo: { url: absolute(joinBase(site.basePath, logo.path)), width: logo.width, height: logo.height },
  };
}

/** An article's own image as a 1200px-wide social image, or undefined to use the site default. */
export async function articleSocialImage(article: ArticleSummary): Promise<SocialImage | undefined> {
  if (!article.image) return undefined;
  const image = await getImage({ src: article.image, width: 1200, format: 'jpeg' });
  const width = Number(image.attributes.width ?? 1200);
  const height = Number(image.attributes.height ?? Math.round((article.image.height / article.image.width) * width));
  return { url: absolute(image.src), width, height, alt: article.imageAlt ?? article.title };
}
