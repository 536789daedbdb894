// The shape of the site's configuration (src/site.config.ts), as a schema: the types come from it, and
// `defineSiteConfig()` checks the values when the config is loaded (build, dev server, scripts, the
// comment receiver), failing with every wrong setting named instead of a page that quietly breaks.
// Whether each navigation category exists is checked once the content is loaded (content/site-data.ts).
import { z } from 'astro/zod';
import type { CommentProvider } from './comments/provider';
import { editorError, invalidSiteConfig } from './content/messages.ts';

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
  /** How dates are printed: the Hijri date beside the Gregorian one, and the Gregorian month names. */
  dates: z.strictObject({
    /** «الثلاثاء 10 جمادى الأولى 1446 هـ - 12 نوفمبر 2024 م» on articles and in the header. */
    hijri: z.boolean({ error: 'true or false' }),
    /** "standard" («نوفمبر») or "levant" («تشرين الثاني»). */
    months: z.enum(['standard', 'levant'], {
      error: '"standard" (نوفمبر) or "levant" (تشرين الثاني)',
    }),
  }),
  /** Categories shown in the header, in order: each a category slug (file name in content/categories/). */
  navigation: z.array(z.strictObject({ category: z.string().trim().min(1) })),
  /** Headlines in the home page's «آخر الأخبار» strip. */
  homeLatestCount: count(),
  /** The site's accounts elsewhere, linked from the footer with their icons. */
  social: z.array(
    z.strictObject({
      network: z.enum(['x', 'facebook', 'instagram', 'youtube', 'telegram', 'whatsapp'], {
        error: 'x, facebook, instagram, youtube, telegram or whatsapp',
      }),
      url: z.url({ protocol: /^https$/, error: 'an https URL' }),
    }),
  ),
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
    /** Secondary stories beside the home page's lead. */
    homeSecondaryCount: count(),
    /** Opinion pieces in the home page's opinion strip. */
    homeOpinionCount: count(),
    /** A breaking story without `breakingUntil` leaves the «عاجل» bar this many hours after its date. */
    breakingHours: count(),
    /** Breaking stories the bar shows at most (newest first). */
    breakingLimit: count(),
    /** Newest stories suggested on the 404 page. */
    notFoundSuggestions: count(),
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
