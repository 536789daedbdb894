// The one typed configuration of the site. Deployment-specific values (URL, base path, content
// folder) come from environment variables through deploy.config.mjs; everything else lives here.
import { basePath, commentsEnv, contentDir, siteUrl } from './deploy.config.mjs';
import { resolveCommentProvider } from './lib/comments/provider';

export type DigitStyle = 'latn' | 'arab';
export type CommentProvider =
  | { kind: 'none' }
  | { kind: 'netlify'; formName: string }
  | { kind: 'endpoint'; url: string };

export interface NavItem {
  /** A category slug (file name in content/categories/). */
  category: string;
}

export interface ReaderConfig {
  /** Articles per page on category and tag pages. */
  pageSize: number;
  /** Articles in each category block of the home page. */
  homeCategoryCount: number;
  /** Items in the RSS feed. */
  feedSize: number;
  /** The Google News sitemap lists articles published in the last N days. */
  newsSitemapDays: number;
  /** Default social image (in public/), made by scripts/make-social-images.mjs. */
  socialImage: { path: string; width: number; height: number };
  /** Publisher logo for structured data (in public/). */
  logo: { path: string; width: number; height: number };
  ogLocale: string;
}

export interface SiteConfig {
  name: string;
  /** Latin transliteration used where Arabic cannot go (feeds' generator, file names). */
  nameLatin: string;
  url: string;
  basePath: string;
  contentDir: string;
  locale: 'ar';
  direction: 'rtl';
  /** Digits in dates and numbers: Latin (0-9, common in Maghreb and online news) or Arabic-Indic (٠-٩). */
  digits: DigitStyle;
  /** IANA time zone used to print dates and decide what is "published". */
  timeZone: string;
  /** Categories shown in the header, in order. */
  navigation: NavItem[];
  /** Articles on the home page's "latest" list. */
  homeLatestCount: number;
  /** Related articles shown under each article. */
  relatedCount: number;
  /** Words per minute used for the reading-time estimate of Arabic text. */
  readingWordsPerMinute: number;
  comments: CommentProvider;
  /** Reader features (issue 5): list pages, feeds and social metadata. */
  reader: ReaderConfig;
}

export const site: SiteConfig = {
  name: 'آفاق نيوز',
  nameLatin: 'Afaq News',
  url: siteUrl,
  basePath,
  contentDir,
  locale: 'ar',
  direction: 'rtl',
  digits: 'latn',
  timeZone: 'Asia/Riyadh',
  navigation: [
    { category: 'politics' },
    { category: 'international' },
    { category: 'economy' },
    { category: 'technology' },
    { category: 'sports' },
    { category: 'culture' },
  ],
  homeLatestCount: 12,
  relatedCount: 4,
  readingWordsPerMinute: 180,
  /** Where the comment form posts: COMMENTS_PROVIDER / COMMENTS_ENDPOINT (default: the receiver at <base>api/comments). */
  comments: resolveCommentProvider(commentsEnv, basePath),
  reader: {
    pageSize: 10,
    homeCategoryCount: 4,
    feedSize: 20,
    newsSitemapDays: 2,
    socialImage: { path: 'og-default.png', width: 1200, height: 630 },
    logo: { path: 'logo.png', width: 600, height: 60 },
    ogLocale: 'ar_AR',
  },
};
