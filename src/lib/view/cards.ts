// Display-ready values for an article, computed from site settings. Pages call these and hand the
// strings to presentational components.
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import type { ArticleSummary } from '../content/articles';
import { formatArabicDate, formatArabicShortDate, toIsoDate } from '../arabic/dates';
import { arabicPluralCategory, formatNumber } from '../arabic/numbers';
import { pagePath } from '../routes';
import { textToSlug } from '../arabic/slugs';

const dateOptions = { digits: site.digits, timeZone: site.timeZone };

export const articleUrl = (id: string) => pagePath(site.basePath, 'articles', id);
export const categoryUrl = (id: string) => pagePath(site.basePath, 'category', id);
export const tagUrl = (tag: string) => pagePath(site.basePath, 'tag', textToSlug(tag));
export const homeUrl = () => pagePath(site.basePath);

export interface DateView {
  iso: string;
  long: string;
  short: string;
}

export function dateView(date: Date): DateView {
  return {
    iso: toIsoDate(date),
    long: formatArabicDate(date, dateOptions),
    short: formatArabicShortDate(date, dateOptions),
  };
}

export function readingTimeLabel(minutes: number): string {
  return t.readingTime(formatNumber(minutes, site.digits), arabicPluralCategory(minutes));
}

/** What a card in a list needs. */
export interface ArticleCardView {
  id: string;
  url: string;
  title: string;
  description: string;
  categoryName: string;
  categoryUrl: string;
  date: DateView;
  image?: ArticleSummary['image'];
  imageAlt?: string;
}

export function toCardView(article: ArticleSummary): ArticleCardView {
  return {
    id: article.id,
    url: articleUrl(article.id),
    title: article.title,
    description: article.description,
    categoryName: article.category.name,
    categoryUrl: categoryUrl(article.category.id),
    date: dateView(article.date),
    image: article.image,
    imageAlt: article.imageAlt,
  };
}
