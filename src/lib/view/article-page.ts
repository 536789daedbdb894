// Everything an article page shows besides its body, as one view model: the page hands each part to
// its component. Plain data in, plain data out (the page renders the body and makes the social image).
import { t } from '../../i18n/ar';
import type { ArticleSummary } from '../content/articles';
import {
  commentFormSettings,
  emptyThread,
  type CommentFormSettings,
  type CommentThreadView,
} from '../comments/view';
import { categoryUrl, homeUrl, tagUrl } from '../routes';
import { articleSeo, type ArticleSeo } from '../seo/article';
import type { SeoOptions, SocialImage } from '../seo/head';
import {
  dateView,
  readingTimeLabel,
  toCardView,
  type ArticleCardView,
  type DateView,
} from './cards';
import { buildToc, type Heading, type TocEntry } from './toc';

export interface ArticlePageInput {
  /** The headings Astro collected while rendering the body (ids from rehype-slug). */
  headings: readonly Heading[];
  /** The page's own path (Astro.url.pathname). */
  pathname: string;
  related: readonly ArticleSummary[];
  /** The article's approved comments, if it has any. */
  thread?: CommentThreadView;
  /** The article's own social image (seo/social-image.ts), if it has one. */
  socialImage?: SocialImage;
}

/** What ArticleHeader.astro shows. */
export interface ArticleHeaderView {
  title: string;
  description: string;
  category: { name: string; url: string };
  published: DateView;
  updated?: DateView;
  source?: string;
  author?: string;
  readingTime: string;
}

export interface ArticlePageView {
  seo: SeoOptions;
  breadcrumbs: Array<{ label: string; url?: string }>;
  header: ArticleHeaderView;
  toc: TocEntry[];
  tags: Array<{ name: string; url: string }>;
  share: ArticleSeo['share'];
  related: ArticleCardView[];
  comments: { articleId: string; thread: CommentThreadView; form?: CommentFormSettings };
}

export function articlePageView(article: ArticleSummary, input: ArticlePageInput): ArticlePageView {
  const category = { name: article.category.name, url: categoryUrl(article.category.id) };
  const { seo, share } = articleSeo(article, input.pathname, input.socialImage);
  return {
    seo,
    breadcrumbs: [
      { label: t.home, url: homeUrl() },
      { label: category.name, url: category.url },
      { label: article.title },
    ],
    header: {
      title: article.title,
      description: article.description,
      category,
      published: dateView(article.date),
      updated: article.updated ? dateView(article.updated) : undefined,
      source: article.source,
      author: article.author,
      readingTime: readingTimeLabel(article.readingMinutes),
    },
    toc: buildToc(input.headings),
    tags: article.tags.map((tag) => ({ name: tag, url: tagUrl(tag) })),
    share,
    related: input.related.map(toCardView),
    comments: {
      articleId: article.id,
      thread: input.thread ?? emptyThread,
      form: commentFormSettings(),
    },
  };
}
