import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import {
  headMetaTags,
  isNoindexHtml,
  lastmodFromHtml,
  type PageSeo,
} from '../../../src/lib/seo/head';
import {
  breadcrumbJsonLd,
  liveBlogPostingJsonLd,
  newsArticleJsonLd,
  personJsonLd,
  profilePageJsonLd,
  serializeJsonLd,
  truncateHeadline,
  websiteJsonLd,
} from '../../../src/lib/seo/structured-data';
import {
  escapeXml,
  feedItems,
  newsEntries,
  newsSitemapXml,
  publishedWithin,
  robotsTxt,
} from '../../../src/lib/seo/feeds';
import { shareLinks } from '../../../src/lib/seo/share';
import { nextTheme, themeBootScript, themeStorageKey } from '../../../src/lib/view/theme';
import type { ArticleSummary } from '../../../src/lib/content/articles';

const publisher = {
  name: 'آفاق نيوز',
  url: 'https://x.test/',
  logo: { url: 'https://x.test/logo.png', width: 600, height: 60 },
};
const image = { url: 'https://x.test/og.png', width: 1200, height: 630, alt: 'شعار' };

describe('headMetaTags', () => {
  const base: PageSeo = {
    siteName: 'آفاق نيوز',
    title: 'مباحثات في بكين',
    description: 'وصف الخبر',
    canonical: 'https://x.test/articles/a/',
    locale: 'ar_AR',
    type: 'article',
    image,
  };
  const lookup = (seo: PageSeo) => {
    const tags = headMetaTags(seo);
    return (key: string) => tags.filter((tag) => tag.key === key).map((tag) => tag.content);
  };
  it('has Open Graph and Twitter tags with the Arabic locale', () => {
    const get = lookup(base);
    expect(get('og:locale')).toEqual(['ar_AR']);
    expect(get('og:url')).toEqual([base.canonical]);
    expect(get('og:image')).toEqual([image.url]);
    expect(get('twitter:card')).toEqual(['summary_large_image']);
    expect(get('description')).toEqual(['وصف الخبر']);
    expect(get('article:published_time')).toEqual([]);
  });
  it('adds article times (modified falls back to published), section and one tag each', () => {
    const get = lookup({
      ...base,
      article: {
        publishedTime: new Date('2024-11-12T00:00:00Z'),
        section: 'سياسة',
        tags: ['الصين', 'روسيا'],
      },
    });
    expect(get('article:published_time')).toEqual(['2024-11-12T00:00:00.000Z']);
    expect(get('article:modified_time')).toEqual(['2024-11-12T00:00:00.000Z']);
    expect(get('article:section')).toEqual(['سياسة']);
    expect(get('article:tag')).toEqual(['الصين', 'روسيا']);
  });
  it('uses property= for Open Graph and name= for the rest', () => {
    const tags = headMetaTags(base);
    expect(tags.find((tag) => tag.key === 'og:title')?.attribute).toBe('property');
    expect(tags.find((tag) => tag.key === 'twitter:title')?.attribute).toBe('name');
  });
});

describe('JSON-LD', () => {
  const input = {
    headline: 'مباحثات أمنية صينية روسية في بكين',
    description: 'وصف',
    url: 'https://x.test/articles/a/',
    datePublished: new Date('2024-11-12T00:00:00Z'),
    images: [image.url],
    publisher,
  };
  it('describes a NewsArticle with the fields Google reads', () => {
    const data = newsArticleJsonLd({
      ...input,
      dateModified: new Date('2024-11-13T00:00:00Z'),
      author: { name: 'سارة' },
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: input.headline,
      datePublished: '2024-11-12T00:00:00.000Z',
      dateModified: '2024-11-13T00:00:00.000Z',
      inLanguage: 'ar',
      author: [{ '@type': 'Person', name: 'سارة' }],
      mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
      image: [image.url],
      publisher: { name: 'آفاق نيوز', logo: { '@type': 'ImageObject', url: publisher.logo.url } },
    });
  });
  it('credits the source, or else the publisher, when there is no named author', () => {
    expect(newsArticleJsonLd({ ...input, source: 'وكالات' }).author).toEqual([
      { '@type': 'Organization', name: 'وكالات' },
    ]);
    expect(newsArticleJsonLd(input).author).toEqual([
      { '@type': 'Organization', name: 'آفاق نيوز', url: 'https://x.test/' },
    ]);
    expect(newsArticleJsonLd(input).dateModified).toBe('2024-11-12T00:00:00.000Z');
  });
  it('names a writer with an author file as a Person with their page and profiles', () => {
    const author = {
      name: 'أحمد سالم',
      url: 'https://x.test/author/ahmad-salem/',
      jobTitle: 'كاتب رأي',
      sameAs: ['https://x.com/a'],
    };
    expect(newsArticleJsonLd({ ...input, author }).author).toEqual([
      {
        '@type': 'Person',
        name: 'أحمد سالم',
        url: 'https://x.test/author/ahmad-salem/',
        jobTitle: 'كاتب رأي',
        sameAs: ['https://x.com/a'],
      },
    ]);
    expect(personJsonLd({ name: 'سارة', sameAs: [] })).toEqual({ '@type': 'Person', name: 'سارة' });
  });
  it('describes a writer page as a ProfilePage about the Person', () => {
    const data = profilePageJsonLd({
      name: 'أحمد سالم',
      url: 'https://x.test/author/a/',
      image: 'https://x.test/_astro/a.jpg',
      sameAs: ['https://x.com/a'],
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://x.test/author/a/',
      inLanguage: 'ar',
      mainEntity: {
        '@type': 'Person',
        name: 'أحمد سالم',
        url: 'https://x.test/author/a/',
        image: 'https://x.test/_astro/a.jpg',
        sameAs: ['https://x.com/a'],
      },
    });
  });
  it('turns live coverage into a LiveBlogPosting with one BlogPosting per update', () => {
    const news = newsArticleJsonLd(input);
    const data = liveBlogPostingJsonLd(news, {
      start: new Date('2024-11-12T07:00:00Z'),
      end: new Date('2024-11-12T20:00:00Z'),
      updates: [
        {
          time: new Date('2024-11-12T09:15:00Z'),
          headline: 'النتائج',
          text: 'أعلنت النتائج.',
          url: `${input.url}#update-1`,
        },
      ],
    });
    expect(data).toMatchObject({
      '@type': 'LiveBlogPosting',
      headline: input.headline,
      coverageStartTime: '2024-11-12T07:00:00.000Z',
      coverageEndTime: '2024-11-12T20:00:00.000Z',
      liveBlogUpdate: [
        {
          '@type': 'BlogPosting',
          headline: 'النتائج',
          datePublished: '2024-11-12T09:15:00.000Z',
          articleBody: 'أعلنت النتائج.',
          url: `${input.url}#update-1`,
        },
      ],
    });
    expect(liveBlogPostingJsonLd(news, { start: new Date(0), updates: [] })).not.toHaveProperty(
      'coverageEndTime',
    );
  });
  it('truncates headlines past 110 characters', () => {
    const long = 'خبر '.repeat(40).trim();
    const headline = truncateHeadline(long);
    expect([...headline].length).toBeLessThanOrEqual(110);
    expect(headline.endsWith('…')).toBe(true);
    expect(truncateHeadline('قصير')).toBe('قصير');
  });
  it('numbers breadcrumb items from 1', () => {
    const data = breadcrumbJsonLd([
      { name: 'الرئيسية', url: 'https://x.test/' },
      { name: 'سياسة', url: 'https://x.test/category/politics/' },
    ]);
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: 'https://x.test/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'سياسة',
        item: 'https://x.test/category/politics/',
      },
    ]);
  });
  it('gives the home page a WebSite with the site search', () => {
    const data = websiteJsonLd({
      name: 'آفاق',
      url: 'https://x.test/',
      searchUrl: 'https://x.test/search/',
      publisher,
    });
    expect(data).toMatchObject({
      '@type': 'WebSite',
      potentialAction: { target: { urlTemplate: 'https://x.test/search/?q={search_term_string}' } },
    });
  });
  it('serializes so that text cannot close the script element, and parses back', () => {
    const json = serializeJsonLd({ headline: '</script><b>خبر' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ headline: '</script><b>خبر' });
  });
});

describe('news sitemap and robots.txt', () => {
  it('writes Google News entries that parse back', () => {
    const xml = newsSitemapXml(
      [
        {
          url: 'https://x.test/articles/a/',
          title: 'أخبار "الصين" & روسيا',
          date: new Date('2024-11-12T09:00:00Z'),
        },
      ],
      { name: 'آفاق نيوز', language: 'ar' },
    );
    const parsed = new XMLParser().parse(xml);
    const url = parsed.urlset.url;
    expect(url.loc).toBe('https://x.test/articles/a/');
    expect(url['news:news']['news:publication']).toEqual({
      'news:name': 'آفاق نيوز',
      'news:language': 'ar',
    });
    expect(url['news:news']['news:publication_date']).toBe('2024-11-12T09:00:00.000Z');
    expect(url['news:news']['news:title']).toBe('أخبار "الصين" & روسيا');
  });
  it('writes a valid empty news sitemap', () => {
    const parsed = new XMLParser().parse(newsSitemapXml([], { name: 'x', language: 'ar' }));
    expect(parsed.urlset).toBe('');
  });
  it('selects the articles of the last days, not future ones', () => {
    const now = new Date('2024-11-12T12:00:00Z');
    const articles = [
      { date: new Date('2024-11-12T00:00:00Z') },
      { date: new Date('2024-11-10T13:00:00Z') },
      { date: new Date('2024-11-10T11:00:00Z') },
      { date: new Date('2024-11-13T00:00:00Z') },
    ];
    expect(publishedWithin(articles, now, 2)).toEqual(articles.slice(0, 2));
  });
  it('names the sitemaps in robots.txt', () => {
    const robots = robotsTxt([
      'https://x.test/afaq/sitemap-index.xml',
      'https://x.test/afaq/news-sitemap.xml',
    ]);
    expect(robots).toContain('User-agent: *');
    expect(robots.match(/^Sitemap: (.+)$/gm)).toEqual([
      'Sitemap: https://x.test/afaq/sitemap-index.xml',
      'Sitemap: https://x.test/afaq/news-sitemap.xml',
    ]);
  });
  it('escapes XML text', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
  it('reads lastmod and noindex back from built HTML', () => {
    expect(
      lastmodFromHtml(
        '<meta property="og:updated_time" content="2024-10-06T00:00:00.000Z">',
      )?.toISOString(),
    ).toBe('2024-10-06T00:00:00.000Z');
    expect(lastmodFromHtml('<meta property="og:updated_time" content="soon">')).toBeUndefined();
    expect(isNoindexHtml('<meta name="robots" content="noindex, follow">')).toBe(true);
    expect(isNoindexHtml('<meta name="description" content="noindex">')).toBe(false);
  });
});

describe('feeds', () => {
  const article = (
    id: string,
    date: string,
    extra: Partial<ArticleSummary> = {},
  ): ArticleSummary => ({
    id,
    title: `عنوان ${id}`,
    description: 'وصف',
    date: new Date(date),
    category: {
      id: 'politics',
      name: 'سياسة',
      definite: 'السياسة',
      heading: 'أخبار السياسة',
      order: 1,
      kind: 'news',
    },
    tags: ['الصين'],
    draft: false,
    breaking: false,
    live: false,
    corrections: [],
    readingMinutes: 1,
    ...extra,
  });
  it('makes RSS items of the newest articles with category, tags and author', () => {
    const items = feedItems(
      [article('a', '2024-11-12', { author: 'سارة & علي' }), article('b', '2024-11-11')],
      1,
      (id) => `https://x.test/${id}/`,
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      link: 'https://x.test/a/',
      categories: ['سياسة', 'الصين'],
      customData: '<dc:creator>سارة &amp; علي</dc:creator>',
    });
  });
  it('lists recent articles for the news sitemap', () => {
    const entries = newsEntries(
      [article('a', '2024-11-12'), article('b', '2024-11-01')],
      new Date('2024-11-12T10:00:00Z'),
      2,
      (id) => id,
    );
    expect(entries.map((entry) => entry.url)).toEqual(['a']);
  });
});

describe('shareLinks', () => {
  const url = 'https://x.test/articles/a/';
  const title = 'مباحثات في بكين & موسكو';
  const links = shareLinks(url, title, `${title}\n\n${url}`);
  it('links to each service with the URL and title encoded', () => {
    expect(links.map((link) => link.service)).toEqual([
      'whatsapp',
      'telegram',
      'x',
      'facebook',
      'email',
    ]);
    for (const link of links) {
      const parsed = new URL(link.href);
      const values = [...parsed.searchParams.values()].join(' ');
      expect(values).toContain(link.service === 'email' ? title : url);
    }
    expect(new URL(links[1]!.href).searchParams.get('text')).toBe(title);
  });
  it('uses plain https links (mailto for e-mail), no scripts', () => {
    expect(links.every((link) => /^(https:|mailto:)/.test(link.href))).toBe(true);
  });
});

describe('theme', () => {
  it('toggles to the other theme', () => {
    expect(nextTheme(true)).toBe('light');
    expect(nextTheme(false)).toBe('dark');
  });
  it('boot script applies only a stored light or dark choice', () => {
    const dataset: Record<string, string> = {};
    const run = (stored: string | null) => {
      for (const key of Object.keys(dataset)) delete dataset[key];
      new Function('localStorage', 'document', themeBootScript)(
        { getItem: (key: string) => (key === themeStorageKey ? stored : null) },
        { documentElement: { dataset } },
      );
      return dataset.theme;
    };
    expect(run('dark')).toBe('dark');
    expect(run('light')).toBe('light');
    expect(run('purple')).toBeUndefined();
    expect(run(null)).toBeUndefined();
  });
});
