// Pure functions over the article list: which articles are public, in what order, grouped how.
// They take plain data so they can be unit-tested without Astro.
import type { ImageMetadata } from 'astro';
import type { AuthorProfile } from './authors';

export interface CategoryInfo {
  id: string;
  /** The label in the navigation and on cards («سياسة»). */
  name: string;
  /** The definite form, for «المزيد من السياسة». */
  definite: string;
  /** The section page's heading («أخبار السياسة», «مقالات الرأي»). */
  heading: string;
  description?: string;
  order: number;
  /** Opinion sections show the writer first. */
  kind: 'news' | 'opinion';
}

export interface Correction {
  date: Date;
  text: string;
}

export interface ArticleSummary {
  /** The URL slug (file name, or the `slug` field). */
  id: string;
  title: string;
  description: string;
  date: Date;
  updated?: Date;
  category: CategoryInfo;
  tags: string[];
  /** The byline as shown: the author file's name, or the free text `author:` holds. */
  author?: string;
  /** The author file `author:` names, if it names one. */
  authorProfile?: AuthorProfile<ImageMetadata>;
  source?: string;
  image?: ImageMetadata;
  imageAlt?: string;
  draft: boolean;
  /** In the «عاجل» bar until breakingUntil (or the site's default window). */
  breaking: boolean;
  breakingUntil?: Date;
  /** Live coverage, «مباشر» until liveUntil. */
  live: boolean;
  liveUntil?: Date;
  corrections: Correction[];
  readingMinutes: number;
  /** The article's source path relative to the project root, for error messages. */
  filePath?: string;
}

/** The latest change to what the article says: its date, `updated`, or its newest correction. */
export function lastModified(article: Pick<ArticleSummary, 'date' | 'updated' | 'corrections'>): Date {
  let latest = article.updated && article.updated > article.date ? article.updated : article.date;
  for (const correction of article.corrections) if (correction.date > latest) latest = correction.date;
  return latest;
}

/** Newest first; equal dates fall back to the id so the order never depends on file-system order. */
export function compareNewestFirst(a: Pick<ArticleSummary, 'date' | 'id'>, b: Pick<ArticleSummary, 'date' | 'id'>): number {
  return b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id);
}

/**
 * The articles a build publishes, newest first. Drafts and articles dated after `now` are left out
 * unless `includeUnpublished` (the dev server, so editors can preview them).
 */
export function selectPublished<T extends Pick<ArticleSummary, 'date' | 'id' | 'draft'>>(
  articles: readonly T[],
  now: Date,
  includeUnpublished = false,
): T[] {
  return articles
    .filter((article) => includeUnpublished || (!article.draft && article.date.getTime() <= now.getTime()))
    .sort(compareNewestFirst);
}

/** Categories in display order (their `order`, then Arabic name). */
export function sortCategories<T extends Pick<CategoryInfo, 'order' | 'name'>>(categories: readonly T[]): T[] {
  return [...categories].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'ar'));
}

/** Articles of each category, keeping the given (newest-first) order. Every category gets a list. */
export function groupByCategory<T extends { category: Pick<CategoryInfo, 'id'> }>(
  articles: readonly T[],
  categoryIds: readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>(categoryIds.map((id) => [id, []]));
  for (const article of articles) {
    const list = groups.get(article.category.id);
    if (list) list.push(article);
    else groups.set(article.category.id, [article]);
  }
  return groups;
}
