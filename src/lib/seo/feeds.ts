// Data for the RSS feed, the Google News sitemap and robots.txt, from the published articles.
import type { ArticleSummary } from '../content/articles';
import { escapeXml, publishedWithin, type NewsSitemapEntry } from './head';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  categories: string[];
  customData?: string;
}

/** The newest `count` articles as RSS items (category first, then the tags; dc:creator for the author). */
export function feedItems(articles: readonly ArticleSummary[], count: number, urlFor: (id: string) => string): FeedItem[] {
  return articles.slice(0, count).map((article) => ({
    title: article.title,
    link: urlFor(article.id),
    description: article.description,
    pubDate: article.date,
    categories: [article.category.name, ...article.tags],
    customData: article.author ? `<dc:creator>${escapeXml(article.author)}</dc:creator>` : undefined,
  }));
}

/** The Google News sitemap's entries: articles of the last `days` days. */
export function newsEntries(
  articles: readonly ArticleSummary[],
  now: Date,
  days: number,
  urlFor: (id: string) => string,
): NewsSitemapEntry[] {
  return publishedWithin(articles, now, days).map((article) => ({ url: urlFor(article.id), title: article.title, date: article.date }));
}
