// The shape of the site's configuration (src/site.config.ts), as a schema: the types come from it, and
// `defineSiteConfig()` checks the values when the config is loaded (build, dev server, scripts, the
// comment receiver), failing with every wrong setting named instead of a page that quietly breaks.
// Whether each navigation category exists is checked once the content is loaded (content/site-data.ts).
import { z } from 'astro/zod';
import type { CommentProvider } from './comments/provider';
import { editorError, invalidSiteConfig } from './content/messages';

const wholeNumber = 'a whole number, at least 1';
const count = () =>
  z.number({ error: wholeNumber }).int({ error: wholeNumber }).min(1, { error: wholeNumber });
const imageFile = z.strictObject({ path: z.string().min(1), width: count(), height: count() });
const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const siteConfigSchema = z.strictObject({
  name: z.string().trim().min(1),
  /** Latin transliteration used where Arabic cannot go (feeds' generator, file names). */
  nameLatin: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL (SITE_URL)' }),
  basePath: z.string().regex(/^\/(?:.+\/)?$/, { error: 'starts and ends with "/" (BASE_PATH)' }),
  contentDir: z.string().min(1),
  locale: z.literal('ar'),
  direction: z.literal('rtl'),
  /** Digits in dates and numbers: Latin (0-9, common in Maghreb and online news) or Arabic-Indic (٠-٩). */
  digits: z.enum(['latn', 'arab'], { error: '"latn" (0-9) or "arab" (٠-٩)' }),
  /** IANA time zone used to print dates and decide what is "published". */
  timeZone: z.string().refine(isTimeZone, { error: 'an IANA time zone such as "Asia/Riyadh"' }),
  /** Categories shown in the header, in order: each a category slug (file name in content/categories/). */
  navigation: z.array(z.strictObject({ category: z.string().trim().min(1) })),
  /** Articles on the home page's "latest" list. */
  homeLatestCount: count(),
  /** Related articles shown under each article. */
  relatedCount: count(),
  /** Words per minute used for the reading-time estimate of Arabic text. */
  readingWordsPerMinute: count(),
  /** Where the comment form posts (resolveCommentProvider, from COMMENTS_* variables, checks it). */
  comments: z.custom<CommentProvider>(),
  /** Reader features: list pages, feeds and social metadata. */
  reader: z.strictObject({
    /** Articles per page on category and tag pages. */
    pageSize: count(),
    /** Articles in each category block of the home page. */
    homeCategoryCount: count(),
    /** Items in the RSS feed. */
    feedSize: count(),
    /** The Google News sitemap lists articles published in the last N days. */
    newsSitemapDays: count(),
    /** Default social image (in public/), made by scripts/make-social-images.mjs. */
    socialImage: imageFile,
    /** Publisher logo for structured data (in public/). */
    logo: imageFile,
    ogLocale: z.string().min(2),
  }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type NavItem = SiteConfig['navigation'][number];
export type ReaderConfig = SiteConfig['reader'];

/** The config, checked: throws one message naming every wrong setting. */
export function defineSiteConfig(config: SiteConfig): SiteConfig {
  const result = siteConfigSchema.safeParse(config);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`,
  );
  throw editorError(invalidSiteConfig(problems));
}
