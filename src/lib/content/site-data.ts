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
import { groupTagsBySlug, type TagGroup } from './tags';
import { computeRelated } from './related';
import { timed } from '../../integrations/build-timing';
import { buildCommentThreads } from '../comments/threads';
import { toThreadView, type CommentThreadView } from '../comments/view';
import {
  editorError,
  editorWarning,
  missingCategory,
  orphanComment,
  unknownNavigationCategory,
} from './messages';
import { resolveByline, type AuthorProfile } from './authors';
import { breakingKey, selectBreaking } from './breaking';
import { definiteForm } from '../arabic/definite';
import { calendarDay } from '../arabic/dates';
import { t } from '../../i18n/ar';
import type { ImageMetadata } from 'astro';

/** One of the site's own pages (content/pages/<slug>.md). */
export interface SitePage {
  id: string;
  title: string;
  description: string;
  order: number;
  entry: CollectionEntry<'pages'>;
}
import { mdxToPlainText } from '../arabic/text';
import { BodyStore } from './body-store';
import { cacheKeyOf, objectKeyOf } from '../view/cache-keys';
import { toCardView } from '../view/cards';
import type { ArticleMeta } from './article-loader';
import { relatedListsKey, type RelatedResult } from './related-lists';

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
  /** Writers with an author file, by name. */
  authors: AuthorProfile<ImageMetadata>[];
  /** Each writer's published articles, newest first (every author has a list, maybe empty). */
  articlesByAuthor: Map<string, ArticleSummary[]>;
  /** The «عاجل» bar of this build: breaking stories in force, newest first. */
  breaking: ArticleSummary[];
  /**
   * What every page shows besides its own content and changes without any article changing: the
   * breaking bar (its stories expire with time) and the header's date. A page cached between builds
   * must be rendered again when this changes: page cache keys include it.
   */
  chromeKey: string;
  /** The site's own pages, in footer order. */
  pages: SitePage[];
  /** The time this build publishes at: what is published, "now" on every page (and in the search index). */
  now: Date;
  /**
   * What every page shows that is not code (settings, navigation, the footer's year): part of every
   * page's cache key (view/cache-keys.ts). Anything new that every page shows (a site-wide bar of
   * breaking news) goes in here, so that it re-renders every page when it changes.
   */
  siteKey: string;
}

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= loadSiteData(buildTime());
  return cached;
}

/**
 * The build's time, the same for every page and the search index: the post-build integration sets
 * AFAQ_BUILD_TIME when the build starts (src/integrations/post-build.ts); elsewhere (dev) now.
 */
export function buildTime(): Date {
  const time = process.env.AFAQ_BUILD_TIME;
  return time ? new Date(time) : new Date();
}

/** The site's data from the collections (getSiteData() caches it for the build). */
export async function loadSiteData(now = new Date()): Promise<SiteData> {
  const [categoryEntries, articleEntries, commentEntries, authorEntries, pageEntries] = await Promise.all([
    getCollection('categories'),
    getCollection('articles'),
    getCollection('comments'),
    getCollection('authors'),
    getCollection('pages'),
  ]);

  const categories = sortCategories(
    categoryEntries.map((entry) => {
      const definite = entry.data.definite ?? definiteForm(entry.data.name);
      return { id: entry.id, ...entry.data, definite, heading: entry.data.heading ?? t.categoryArticles(definite) } satisfies CategoryInfo;
    }),
  );
  const authors = authorEntries
    .map((entry): AuthorProfile<ImageMetadata> => ({ id: entry.id, ...entry.data }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ar'));
  const authorById = new Map(authors.map((author) => [author.id, author]));
  const authorsDir = `${site.contentDir}/authors`;
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
      ...bylineFields(entry.data.author, authorById, { file: entry.filePath ?? entry.id, authorsDir }),
      source: entry.data.source,
      image: entry.data.image,
      imageAlt: entry.data.imageAlt,
      draft: entry.data.draft,
      breaking: entry.data.breaking,
      breakingUntil: entry.data.breakingUntil,
      live: entry.data.live,
      liveUntil: entry.data.liveUntil,
      corrections: entry.data.corrections,
      readingMinutes: articleMeta(entry).readingMinutes,
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
  const breaking = selectBreaking(articles, now, { maxHours: site.reader.breakingHours, limit: site.reader.breakingLimit });
  const articlesByAuthor = new Map(authors.map((author) => [author.id, articles.filter((a) => a.authorProfile?.id === author.id)]));
  // Each article's related-articles terms, computed at content sync (article-loader.ts); an article
  // without them (no build cache: tests) is analysed from its text.
  let termsRead: ReturnType<BodyStore['readTerms']> | undefined;
  const terms = () =>
    (termsRead ??= import.meta.env.AFAQ_CACHE_DIR ? new BodyStore(import.meta.env.AFAQ_CACHE_DIR).readTerms() : new Map());

  const pages = pageEntries
    .map((entry) => ({ id: entry.id, ...entry.data, entry }))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'ar'));
  const chromeKey = `${breakingKey(breaking)}|${calendarDay(now, site.timeZone)}`;
  const computed = () =>
    // AFAQ_TIMINGS=1 logs how long this takes (read by `npm run bench`).
    timed(
      'related articles',
      () =>
        computeRelated(articles, site.relatedCount, {
          terms: (article) => terms().get(article.id)?.terms,
          bodyText: (article) => mdxToPlainText(entryById.get(article.id)?.body ?? ''),
          now,
        }),
      `${articles.length} articles`,
    );
  // The pages wait for the related lists of the post-build child (related-job.ts): meanwhile, what is
  // made once per build anyway and needs no lists — every card a list shows and its cache key, the
  // groups, the comment threads.
  const fromBuild = relatedFromBuild(articles, now);
  for (const article of articles) objectKeyOf(toCardView(article));
  const articlesByCategory = groupByCategory(
    articles,
    categories.map((category) => category.id),
  );
  const tagGroups = groupTagsBySlug(articles);
  const commentsByArticle = new Map(
    [...buildCommentThreads(commentEntries.map((entry) => entry.data))].map(([article, threads]) => [article, toThreadView(threads)]),
  );
  const relatedById = (await fromBuild) ?? computed();

  return {
    now,
    siteKey: cacheKeyOf(
      site,
      categories,
      navigation,
      pages.map(({ id, title, order }) => [id, title, order]),
      chromeKey,
    ),
    articles,
    categories,
    categoryById,
    navigation,
    articlesByCategory,
    tagGroups,
    relatedById,
    entryById,
    authors,
    articlesByAuthor,
    breaking,
    chromeKey,
    pages,
    commentsByArticle,
  };
}

/** `author:` as the summary's fields: the author file it names, or the free-text byline. */
function bylineFields(
  value: string | undefined,
  authors: ReadonlyMap<string, AuthorProfile<ImageMetadata>>,
  where: { file: string; authorsDir: string },
): Pick<ArticleSummary, 'author' | 'authorProfile'> {
  const byline = resolveByline(value, authors, where);
  if (!byline) return {};
  return byline.kind === 'profile' ? { author: byline.author.name, authorProfile: byline.author } : { author: byline.name };
}

/**
 * The related lists the post-build integration's child process computed for this build (from the
 * same inputs: integrations/related-job.ts), when there are any: `astro build` with the integration.
 * Undefined otherwise (dev, tests), or if they do not fit the articles published here.
 */
async function relatedFromBuild(
  articles: readonly ArticleSummary[],
  now: Date,
): Promise<Map<string, ArticleSummary[]> | undefined> {
  const pending = (globalThis as Record<symbol, unknown>)[relatedListsKey] as
    | Promise<RelatedResult | undefined>
    | undefined;
  const result = pending && (await pending);
  if (!result || result.buildTime !== now.toISOString()) return undefined;
  const byId = new Map(articles.map((article) => [article.id, article]));
  const lists = new Map<string, ArticleSummary[]>();
  for (const article of articles) {
    // Own properties only: an id is a file name, and "constructor" is one.
    if (!Object.hasOwn(result.related, article.id)) return undefined;
    const list: ArticleSummary[] = [];
    for (const id of result.related[article.id]!) {
      const related = byId.get(id);
      if (!related) return undefined;
      list.push(related);
    }
    lists.set(article.id, list);
  }
  return lists.size === Object.keys(result.related).length ? lists : undefined;
}

/** What content sync stored about an article besides its frontmatter (article-loader.ts). */
export function articleMeta(entry: Pick<CollectionEntry<'articles'>, 'id' | 'filePath' | 'rendered'>): ArticleMeta {
  const meta = entry.rendered?.metadata?.afaq as ArticleMeta | undefined;
  if (!meta) throw new Error(`${entry.filePath ?? entry.id}: no compiled body (the articles loader did not run?)`);
  return meta;
}
