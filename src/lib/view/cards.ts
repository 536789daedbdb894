// Display-ready values for an article (its card in lists, its dates, its reading time), computed from
// site settings. Pages call these and hand the strings to presentational components.
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import type { ArticleSummary } from '../content/articles';
import { formatArabicDate, formatArabicShortDate, toIsoDate } from '../arabic/dates';
import { formatNumber } from '../arabic/numbers';
import { articleUrl, categoryUrl } from '../routes';

const dateOptions = { digits: site.digits, timeZone: site.timeZone };

/** A number in the site's digit style. */
export const siteNumber = (n: number) => formatNumber(n, site.digits);

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
  return t.readingTime(minutes, siteNumber);
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
