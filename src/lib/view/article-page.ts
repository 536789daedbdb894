// Everything an article page shows besides its body, as one view model: the page hands each part to
// its component. Plain data in, plain data out (the page renders the body and makes the social image).
import { t } from '../../i18n/ar';
import type { ImageMetadata } from 'astro';
import { lastModified, type ArticleSummary } from '../content/articles';
import { isLiveNow, type LiveUpdate } from '../content/live';
import { toAuthorView, type AuthorView } from './authors';
import {
  commentFormSettings,
  emptyThread,
  type CommentFormSettings,
  type CommentThreadView,
} from '../comments/view';
import { authorUrl, categoryUrl, homeUrl, tagUrl } from '../routes';
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
  /** A live coverage page's updates, newest first (content/live.ts). */
  updates?: readonly LiveUpdate[];
  /** The build's time: whether live coverage is still live, the comment form's "shown at". */
  now?: Date;
}

export interface CorrectionView {
  date: DateView;
  text: string;
}

/** What ArticleHeader.astro shows. */
export interface ArticleHeaderView {
  title: string;
  description: string;
  category: { name: string; url: string };
  published: DateView;
  /** «آخر تحديث» (with its time of day): `updated` or the newest correction. */
  updated?: DateView;
  source?: string;
  /** The byline; `url` when it names an author file. */
  author?: { name: string; url?: string };
  readingTime: string;
  /** Live coverage: `now` while it is live («مباشر»), `ended` after liveUntil. */
  live?: 'now' | 'ended';
}

export interface ArticlePageView {
  seo: SeoOptions;
  breadcrumbs: Array<{ label: string; url?: string }>;
  header: ArticleHeaderView;
  /** The cover photo under the headline. */
  cover?: { image: ImageMetadata; alt: string };
  /** The writer's box at the end, for an author file. */
  authorBox?: AuthorView;
  corrections: CorrectionView[];
  /** Live coverage has no table of contents: its updates are its structure. */
  live: boolean;
  toc: TocEntry[];
  tags: Array<{ name: string; url: string }>;
  share: ArticleSeo['share'];
  related: ArticleCardView[];
  comments: { articleId: string; thread: CommentThreadView; form?: CommentFormSettings };
}

export function articlePageView(article: ArticleSummary, input: ArticlePageInput): ArticlePageView {
  const category = { name: article.category.name, url: categoryUrl(article.category.id) };
  const { seo, share } = articleSeo(article, input.pathname, input.socialImage, input.updates);
  const modified = lastModified(article);
  const profile = article.authorProfile;
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
      updated: modified > article.date ? dateView(modified) : undefined,
      source: article.source,
      author: article.author
        ? { name: article.author, url: profile ? authorUrl(profile.id) : undefined }
        : undefined,
      readingTime: readingTimeLabel(article.readingMinutes),
      live: article.live
        ? isLiveNow(article, input.now ?? new Date())
          ? 'now'
          : 'ended'
        : undefined,
    },
    cover: article.image ? { image: article.image, alt: article.imageAlt ?? '' } : undefined,
    authorBox: profile ? toAuthorView(profile) : undefined,
    corrections: article.corrections.map((correction) => ({
      date: dateView(correction.date),
      text: correction.text,
    })),
    live: article.live,
    toc: article.live ? [] : buildToc(input.headings),
    tags: article.tags.map((tag) => ({ name: tag, url: tagUrl(tag) })),
    share,
    related: input.related.map(toCardView),
    comments: {
      articleId: article.id,
      thread: input.thread ?? emptyThread,
      form: commentFormSettings(input.now),
    },
  };
}
