// The one configuration of the site. Deployment-specific values (URL, base path, content folder,
// comments) come from environment variables through deploy.config.mjs; everything else lives here.
// The meaning of each setting, and what is allowed, is in src/lib/site-config.ts.
import { basePath, commentsEnv, contentDir, siteUrl } from './deploy.config.mjs';
import { resolveCommentProvider } from './lib/comments/provider.ts';
import { defineSiteConfig } from './lib/site-config.ts';

export type { SiteConfig } from './lib/site-config.ts';

export const site = defineSiteConfig({
  name: 'آفاق نيوز',
  nameLatin: 'Afaq News',
  url: siteUrl,
  basePath,
  contentDir,
  locale: 'ar',
  direction: 'rtl',
  digits: 'latn',
  timeZone: 'Asia/Riyadh',
  dates: { hijri: true, months: 'standard' },
  navigation: [
    { category: 'politics' },
    { category: 'international' },
    { category: 'economy' },
    { category: 'technology' },
    { category: 'sports' },
    { category: 'culture' },
  ],
  homeLatestCount: 8,
  social: [
    { network: 'x', url: 'https://x.com/afaq_news_example' },
    { network: 'facebook', url: 'https://www.facebook.com/afaq.news.example' },
    { network: 'youtube', url: 'https://www.youtube.com/@afaq-news-example' },
    { network: 'telegram', url: 'https://t.me/afaq_news_example' },
  ],
  relatedCount: 4,
  readingWordsPerMinute: 180,
  /** Where the comment form posts: COMMENTS_PROVIDER / COMMENTS_ENDPOINT (default: the receiver at <base>api/comments). */
  comments: resolveCommentProvider(commentsEnv, basePath),
  reader: {
    pageSize: 10,
    homeCategoryCount: 4,
    homeSecondaryCount: 4,
    homeOpinionCount: 4,
    breakingHours: 12,
    breakingLimit: 3,
    notFoundSuggestions: 4,
    feedSize: 20,
    newsSitemapDays: 2,
    socialImage: { path: 'og-default.png', width: 1200, height: 630 },
    logo: { path: 'logo.png', width: 600, height: 60 },
    ogLocale: 'ar_AR',
  },
});
