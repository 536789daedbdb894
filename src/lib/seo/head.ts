// Head tags for search engines and social networks (Open Graph, Twitter) as plain data, and what a
// built page says about itself in its head (read back for the sitemap). SeoHead.astro renders them.

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
