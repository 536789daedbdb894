// Loads the collections once per build and turns them into ready-to-render data. Every page imports
// `getSiteData()`; the work runs the first time and the same promise serves every later page. The only
// Astro-bound call is getCollection() (tests mock astro:content); everything else is plain data.
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../../site.config';
import {
  groupByCategory,
  selectPublished,
  sortCategories,
  type ArticleSummary,
  type CategoryInfo,
} from './articles';
import { readingMinutes } from '../arabic/reading-time';
import { groupTagsBySlug, type TagGroup } from './tags';
import { computeRelated } from './related';
import { timed } from '../../integrations/build-timing';
import { mdxToPlainText } from '../arabic/text';
import { buildCommentThreads } from '../comments/threads';
import { toThreadView, type CommentThreadView } from '../comments/view';
import {
  editorError,
  editorWarning,
  missingCategory,
  orphanComment,
  unknownNavigationCategory,
} from './messages';

export interface SiteData {
  /** Published articles, newest first. */
  articles: ArticleSummary[];
  categories: CategoryInfo[];
  categoryById: Map<string, CategoryInfo>;
  /** The header's categories, in the order of site.navigation (each one checked to exist). */
  navigation: CategoryInfo[];
  articlesByCategory: Map<string, ArticleSummary[]>;
  /** Tag pages: spellings that share a URL slug are one group. */
  tagGroups: TagGroup<ArticleSummary>[];
  /** Related articles of each published article (computed once for the whole corpus). */
  relatedById: Map<string, ArticleSummary[]>;
  /** The collection entry behind each published article, for `render()`. */
  entryById: Map<string, CollectionEntry<'articles'>>;
  /** Approved comments of each article that has any, as ready-to-render threads. */
  commentsByArticle: Map<string, CommentThreadView>;
}

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= loadSiteData();
  return cached;
}

/** The site's data from the collections (getSiteData() caches it for the build). */
export async function loadSiteData(now = new Date()): Promise<SiteData> {
  const [categoryEntries, articleEntries, commentEntries] = await Promise.all([
    getCollection('categories'),
    getCollection('articles'),
    getCollection('comments'),
  ]);

  const categories = sortCategories(
    categoryEntries.map((entry) => ({ id: entry.id, ...entry.data }) satisfies CategoryInfo),
  );
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const navigation = site.navigation.map(({ category: id }) => {
    const category = categoryById.get(id);
    if (!category) throw editorError(unknownNavigationCategory(id, categories.map((c) => c.id)));
    return category;
  });

  const summaries = articleEntries.map((entry): ArticleSummary => {
    const category = categoryById.get(entry.data.category.id);
    if (!category) {
      // Astro checks references too; this keeps the message explicit if that ever changes.
      throw editorError(missingCategory(entry.data.category.id, site.contentDir), entry.filePath ?? entry.id);
    }
    return {
      id: entry.id,
      title: entry.data.title,
      description: entry.data.description,
      date: entry.data.date,
      updated: entry.data.updated,
      category,
      tags: entry.data.tags,
      author: entry.data.author,
      source: entry.data.source,
      image: entry.data.image,
      imageAlt: entry.data.imageAlt,
      draft: entry.data.draft,
      readingMinutes: readingMinutes(entry.body ?? '', site.readingWordsPerMinute),
      filePath: entry.filePath,
    };
  });

  const articles = selectPublished(summaries, now, import.meta.env.AFAQ_PREVIEW_UNPUBLISHED === true);
  const published = new Set(articles.map((article) => article.id));
  const entryById = new Map(articleEntries.filter((entry) => published.has(entry.id)).map((entry) => [entry.id, entry]));
  // A comment on a draft or scheduled article waits for it; one on an article that is gone is said.
  const known = new Set(articleEntries.map((entry) => entry.id));
  for (const entry of commentEntries) {
    if (!known.has(entry.data.article)) {
      editorWarning(orphanComment(entry.id, entry.data.article, site.contentDir), entry.filePath ?? entry.id);
    }
  }

  return {
    articles,
    categories,
    categoryById,
    navigation,
    articlesByCategory: groupByCategory(articles, categories.map((category) => category.id)),
    tagGroups: groupTagsBySlug(articles),
    // AFAQ_TIMINGS=1 logs how long this takes (read by `npm run bench`).
    relatedById: timed(
      'related articles',
      () =>
        computeRelated(articles, site.relatedCount, {
          bodyText: (article) => mdxToPlainText(entryById.get(article.id)?.body ?? ''),
          now,
        }),
      `${articles.length} articles`,
    ),
    entryById,
    commentsByArticle: new Map(
      [...buildCommentThreads(commentEntries.map((entry) => entry.data))].map(([article, threads]) => [article, toThreadView(threads)]),
    ),
  };
}
