// Data for the RSS feed, the Google News sitemap and robots.txt, from the published articles.
import type { ArticleSummary } from '../content/articles';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  categories: string[];
  customData?: string;
}

/** The newest `count` articles as RSS items (category first, then the tags; dc:creator for the author). */
export function feedItems(
  articles: readonly ArticleSummary[],
  count: number,
  urlFor: (id: string) => string,
): FeedItem[] {
  return articles.slice(0, count).map((article) => ({
    title: article.title,
    link: urlFor(article.id),
    description: article.description,
    pubDate: article.date,
    categories: [article.category.name, ...article.tags],
    customData: article.author
      ? `<dc:creator>${escapeXml(article.author)}</dc:creator>`
      : undefined,
  }));
}

/** The Google News sitemap's entries: articles of the last `days` days. */
export function newsEntries(
  articles: readonly ArticleSummary[],
  now: Date,
  days: number,
  urlFor: (id: string) => string,
): NewsSitemapEntry[] {
  return publishedWithin(articles, now, days).map((article) => ({
    url: urlFor(article.id),
    title: article.title,
    date: article.date,
  }));
}

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`,
  );
}

/** Articles published in the `days` before `now` (and not after it). */
export function publishedWithin<T extends { date: Date }>(
  articles: readonly T[],
  now: Date,
  days: number,
): T[] {
  const from = now.getTime() - days * 24 * 60 * 60 * 1000;
  return articles.filter(
    (article) => article.date.getTime() >= from && article.date.getTime() <= now.getTime(),
  );
}

export interface NewsSitemapEntry {
  url: string;
  title: string;
  date: Date;
}

/** A Google News sitemap (news:publication with name and language, publication date, title). */
export function newsSitemapXml(
  entries: readonly NewsSitemapEntry[],
  publication: { name: string; language: string },
): string {
  const urls = entries.map(
    (entry) => `  <url>
    <loc>${escapeXml(entry.url)}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(publication.name)}</news:name>
        <news:language>${escapeXml(publication.language)}</news:language>
      </news:publication>
      <news:publication_date>${entry.date.toISOString()}</news:publication_date>
      <news:title>${escapeXml(entry.title)}</news:title>
    </news:news>
  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}${urls.length ? '\n' : ''}</urlset>
`;
}

export function robotsTxt(sitemaps: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join(
    '\n',
  );
}
