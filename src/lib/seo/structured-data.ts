// Structured data (JSON-LD): NewsArticle (LiveBlogPosting for live coverage), Person and ProfilePage,
// BreadcrumbList and WebSite, built as plain data.

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
  /** The writer: a name, and for an author file their page and profiles. */
  author?: PersonInput;
  /** Used as the author organisation when there is no named author ("وكالات"). */
  source?: string;
  section?: string;
  keywords?: readonly string[];
  images: readonly string[];
  publisher: Organization;
}

type JsonLd = Record<string, unknown>;

export interface PersonInput {
  name: string;
  /** Their page on this site (absolute). */
  url?: string;
  jobTitle?: string;
  description?: string;
  /** Absolute URL of their photo. */
  image?: string;
  /** Their profiles elsewhere (absolute URLs). */
  sameAs?: readonly string[];
}

export function personJsonLd(person: PersonInput): JsonLd {
  return {
    '@type': 'Person',
    name: person.name,
    ...(person.url ? { url: person.url } : {}),
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.description ? { description: person.description } : {}),
    ...(person.image ? { image: person.image } : {}),
    ...(person.sameAs?.length ? { sameAs: [...person.sameAs] } : {}),
  };
}

/** A writer's page: a ProfilePage about the Person. */
export function profilePageJsonLd(person: PersonInput & { url: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: person.url,
    inLanguage: 'ar',
    mainEntity: personJsonLd(person),
  };
}

export interface LiveUpdateInput {
  time: Date;
  headline: string;
  text: string;
  /** Absolute URL of the update on the page (with its #fragment). */
  url: string;
}

/**
 * Live coverage: the article's NewsArticle as a LiveBlogPosting, with its coverage period and one
 * BlogPosting per update, newest first.
 */
export function liveBlogPostingJsonLd(
  article: JsonLd,
  coverage: { start: Date; end?: Date; updates: readonly LiveUpdateInput[] },
): JsonLd {
  return {
    ...article,
    '@type': 'LiveBlogPosting',
    coverageStartTime: coverage.start.toISOString(),
    ...(coverage.end ? { coverageEndTime: coverage.end.toISOString() } : {}),
    liveBlogUpdate: coverage.updates.map((update) => ({
      '@type': 'BlogPosting',
      headline: truncateHeadline(update.headline),
      datePublished: update.time.toISOString(),
      articleBody: update.text,
      url: update.url,
    })),
  };
}

function organization(org: Organization): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    name: org.name,
    url: org.url,
    logo: {
      '@type': 'ImageObject',
      url: org.logo.url,
      width: org.logo.width,
      height: org.logo.height,
    },
  };
}

/** Google recommends headlines of at most 110 characters. */
export function truncateHeadline(text: string, max = 110): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  const author = input.author
    ? personJsonLd(input.author)
    : {
        '@type': 'Organization',
        name: input.source ?? input.publisher.name,
        ...(input.source ? {} : { url: input.publisher.url }),
      };
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
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** The home page's WebSite, with the site search as a SearchAction. */
export function websiteJsonLd(input: {
  name: string;
  url: string;
  searchUrl: string;
  publisher: Organization;
}): JsonLd {
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
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
