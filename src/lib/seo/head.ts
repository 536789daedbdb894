// Metadata for search engines and social networks, built as plain data by pure functions:
// head tags (Open Graph, Twitter), JSON-LD (NewsArticle, BreadcrumbList, WebSite), the Google News
// sitemap and robots.txt. Pages and endpoints only render what these return.

export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageSeo {
  siteName: string;
  /** The page's own title (og:title); the <title> element adds the site name. */
  title: string;
  description: string;
  /** Absolute canonical URL. */
  canonical: string;
  locale: string;
  type: 'website' | 'article';
  image: SocialImage;
  /** Latest change of what the page shows (og:updated_time, and the sitemap's lastmod). */
  updated?: Date;
  article?: {
    publishedTime: Date;
    modifiedTime?: Date;
    section?: string;
    tags?: readonly string[];
    author?: string;
  };
}

export interface MetaTag {
  /** `property` for Open Graph, `name` for the rest. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export function headMetaTags(seo: PageSeo): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const named = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const tags: MetaTag[] = [
    named('description', seo.description),
    og('og:site_name', seo.siteName),
    og('og:locale', seo.locale),
    og('og:type', seo.type),
    og('og:title', seo.title),
    og('og:description', seo.description),
    og('og:url', seo.canonical),
    og('og:image', seo.image.url),
    og('og:image:width', String(seo.image.width)),
    og('og:image:height', String(seo.image.height)),
    og('og:image:alt', seo.image.alt),
  ];
  if (seo.updated) tags.push(og('og:updated_time', seo.updated.toISOString()));
  if (seo.article) {
    const { publishedTime, modifiedTime, section, tags: articleTags = [], author } = seo.article;
    tags.push(og('article:published_time', publishedTime.toISOString()));
    tags.push(og('article:modified_time', (modifiedTime ?? publishedTime).toISOString()));
    if (section) tags.push(og('article:section', section));
    if (author) tags.push(og('article:author', author));
    for (const tag of articleTags) tags.push(og('article:tag', tag));
  }
  tags.push(
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', seo.title),
    named('twitter:description', seo.description),
    named('twitter:image', seo.image.url),
    named('twitter:image:alt', seo.image.alt),
  );
  return tags;
}

export interface Organization {
  name: string;
  url: string;
  logo: { url: string; width: number; height: number };
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  url: string;
  datePublished: Date;
  dateModified?: Date;
  author?: string;
  /** Used as the author organisation when there is no named author ("وكالات"). */
  source?: string;
  section?: string;
  keywords?: readonly string[];
  images: readonly string[];
  publisher: Organization;
}

type JsonLd = Record<string, unknown>;

function organization(org: Organization): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    name: org.name,
    url: org.url,
    logo: { '@type': 'ImageObject', url: org.logo.url, width: org.logo.width, height: org.logo.height },
  };
}

/** Google recommends headlines of at most 110 characters. */
export function truncateHeadline(text: string, max = 110): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  const author = input.author
    ? { '@type': 'Person', name: input.author }
    : { '@type': 'Organization', name: input.source ?? input.publisher.name, ...(input.source ? {} : { url: input.publisher.url }) };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: truncateHeadline(input.headline),
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.datePublished.toISOString(),
    dateModified: (input.dateModified ?? input.datePublished).toISOString(),
    inLanguage: 'ar',
    author: [author],
    publisher: organization(input.publisher),
    image: [...input.images],
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords?.length ? { keywords: input.keywords.join('، ') } : {}),
  };
}

export function breadcrumbJsonLd(items: ReadonlyArray<{ name: string; url: string }>): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

/** The home page's WebSite, with the site search as a SearchAction. */
export function websiteJsonLd(input: { name: string; url: string; searchUrl: string; publisher: Organization }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    inLanguage: 'ar',
    publisher: organization(input.publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`);
}

/** Articles published in the `days` before `now` (and not after it). */
export function publishedWithin<T extends { date: Date }>(articles: readonly T[], now: Date, days: number): T[] {
  const from = now.getTime() - days * 24 * 60 * 60 * 1000;
  return articles.filter((article) => article.date.getTime() >= from && article.date.getTime() <= now.getTime());
}

export interface NewsSitemapEntry {
  url: string;
  title: string;
  date: Date;
}

/** A Google News sitemap (news:publication with name and language, publication date, title). */
export function newsSitemapXml(entries: readonly NewsSitemapEntry[], publication: { name: string; language: string }): string {
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
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}

/** The page's og:updated_time, read back from built HTML (used for the sitemap's lastmod). */
export function lastmodFromHtml(html: string): Date | undefined {
  const match = /<meta\s+property="og:updated_time"\s+content="([^"]+)"/.exec(html);
  const date = match ? new Date(match[1]!) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Pages that ask not to be indexed (404, search) stay out of the sitemap. */
export function isNoindexHtml(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/.test(html);
}

/** What a page hands to BaseLayout (and it to SeoHead) beyond title and description. */
export interface SeoOptions {
  type?: 'website' | 'article';
  /** Defaults to the site's social image. */
  image?: SocialImage;
  updated?: Date;
  article?: PageSeo['article'];
  jsonLd?: unknown[];
  /** Keeps the page out of search engines and the sitemap (404, search). */
  noindex?: boolean;
  /** Previous and next pages of a paginated list. */
  prev?: string;
  next?: string;
}
