// The article page's view model from plain data: what each component of the page receives.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/lib/content/articles';
import { articlePageView } from '../../../src/lib/view/article-page';
import { site } from '../../../src/site.config';

const politics = {
  id: 'politics',
  name: 'سياسة',
  definite: 'السياسة',
  heading: 'أخبار السياسة',
  order: 1,
  kind: 'news' as const,
};
const article: ArticleSummary = {
  id: 'shoigu-beijing',
  title: 'شويغو في بكين',
  description: 'مباحثات أمنية',
  date: new Date('2024-11-12T08:00:00Z'),
  updated: new Date('2024-11-13T08:00:00Z'),
  category: politics,
  tags: ['الصين', 'روسيا'],
  author: 'مراسلنا',
  source: 'وكالات',
  draft: false,
  breaking: false,
  live: false,
  corrections: [],
  readingMinutes: 3,
};
const other: ArticleSummary = {
  ...article,
  id: 'moscow',
  title: 'موسكو',
  updated: undefined,
  tags: [],
};
const base = site.basePath;
const origin = site.url.replace(/\/+$/, '');

describe('articlePageView', () => {
  const view = articlePageView(article, {
    headings: [
      { depth: 2, slug: 'الخلفية', text: 'الخلفية' },
      { depth: 3, slug: 'تفاصيل', text: 'تفاصيل' },
    ],
    pathname: `${base}articles/shoigu-beijing/`,
    related: [other],
  });

  it('gives the breadcrumbs and the header their links, dates and reading time', () => {
    expect(view.breadcrumbs).toEqual([
      { label: 'الرئيسية', url: base },
      { label: 'سياسة', url: `${base}category/politics/` },
      { label: 'شويغو في بكين' },
    ]);
    expect(view.header).toMatchObject({
      title: 'شويغو في بكين',
      category: { name: 'سياسة', url: `${base}category/politics/` },
      published: { iso: '2024-11-12T08:00:00.000Z' },
      updated: { iso: '2024-11-13T08:00:00.000Z' },
      author: { name: 'مراسلنا' },
      source: 'وكالات',
      readingTime: '3 دقائق قراءة',
    });
    expect(view.header.live).toBeUndefined();
    expect(view.authorBox).toBeUndefined();
    expect(view.cover).toBeUndefined();
  });

  it('nests the table of contents and links every tag to its page', () => {
    expect(view.toc).toEqual([
      {
        slug: 'الخلفية',
        text: 'الخلفية',
        children: [{ slug: 'تفاصيل', text: 'تفاصيل', children: [] }],
      },
    ]);
    expect(view.tags.map((tag) => [tag.name, decodeURIComponent(tag.url)])).toEqual([
      ['الصين', `${base}tag/الصين/`],
      ['روسيا', `${base}tag/روسيا/`],
    ]);
  });

  it('shows related stories as cards and an empty comment thread with the form', () => {
    expect(view.related.map((card) => card.url)).toEqual([`${base}articles/moscow/`]);
    expect(view.comments).toMatchObject({
      articleId: 'shoigu-beijing',
      thread: { count: 0, comments: [] },
    });
    expect(view.comments.form === undefined).toBe(site.comments.kind === 'none');
  });

  it('builds the metadata: article Open Graph fields, NewsArticle and breadcrumb JSON-LD, share links', () => {
    const url = `${origin}${base}articles/shoigu-beijing/`;
    expect(view.seo).toMatchObject({
      type: 'article',
      updated: article.updated,
      article: { section: 'سياسة', tags: ['الصين', 'روسيا'] },
    });
    const [news, crumbs] = view.seo.jsonLd as Array<Record<string, any>>;
    expect(news).toMatchObject({
      '@type': 'NewsArticle',
      url,
      image: [`${origin}${base}${site.reader.socialImage.path}`],
    });
    expect(crumbs!.itemListElement.map((item: { item: string }) => item.item)).toEqual([
      `${origin}${base}`,
      `${origin}${base}category/politics/`,
      url,
    ]);
    expect(view.share.url).toBe(url);
    expect(view.share.links.map((link) => link.service)).toEqual([
      'whatsapp',
      'telegram',
      'x',
      'facebook',
      'email',
    ]);
  });

  it('uses the article’s own social image when it has one', () => {
    const socialImage = {
      url: 'https://cdn.test/cover.jpg',
      width: 1200,
      height: 800,
      alt: 'غلاف',
    };
    const withImage = articlePageView(article, {
      headings: [],
      pathname: '/',
      related: [],
      socialImage,
    });
    expect(withImage.seo.image).toEqual(socialImage);
    expect((withImage.seo.jsonLd as Array<Record<string, any>>)[0]!.image).toEqual([
      'https://cdn.test/cover.jpg',
    ]);
  });

  it("links an author file's byline, gives its box, and names a Person with url and sameAs", () => {
    const photo = { src: '/a.jpg', width: 400, height: 400, format: 'jpg' as const };
    const profile = {
      id: 'ahmad-salem',
      name: 'أحمد سالم',
      role: 'كاتب رأي',
      bio: 'نبذة',
      photo,
      links: [{ network: 'x' as const, url: 'https://x.com/a' }],
    };
    const view = articlePageView(
      { ...article, author: 'أحمد سالم', authorProfile: profile },
      { headings: [], pathname: '/', related: [] },
    );
    expect(view.header.author).toEqual({ name: 'أحمد سالم', url: `${base}author/ahmad-salem/` });
    expect(view.authorBox).toMatchObject({
      name: 'أحمد سالم',
      url: `${base}author/ahmad-salem/`,
      links: [{ url: 'https://x.com/a', icon: 'x' }],
    });
    const news = (view.seo.jsonLd as Array<Record<string, any>>)[0]!;
    expect(news.author).toEqual([
      {
        '@type': 'Person',
        name: 'أحمد سالم',
        url: `${origin}${base}author/ahmad-salem/`,
        jobTitle: 'كاتب رأي',
        sameAs: ['https://x.com/a'],
      },
    ]);
  });

  it('shows corrections, and the newest one as «آخر تحديث» and dateModified', () => {
    const corrected = {
      ...article,
      corrections: [{ date: new Date('2024-11-14T09:30:00Z'), text: 'صُحّح الرقم.' }],
    };
    const view = articlePageView(corrected, { headings: [], pathname: '/', related: [] });
    expect(view.corrections).toEqual([
      { date: expect.objectContaining({ iso: '2024-11-14T09:30:00.000Z' }), text: 'صُحّح الرقم.' },
    ]);
    expect(view.header.updated?.iso).toBe('2024-11-14T09:30:00.000Z');
    expect((view.seo.jsonLd as Array<Record<string, any>>)[0]!.dateModified).toBe(
      '2024-11-14T09:30:00.000Z',
    );
  });

  it('makes live coverage a LiveBlogPosting without a table of contents, «مباشر» until liveUntil', () => {
    const live = { ...article, live: true, liveUntil: new Date('2024-11-12T20:00:00Z') };
    const updates = [
      { time: new Date('2024-11-12T10:00:00Z'), text: 'تحديث', anchor: 'update-20241112T100000Z' },
    ];
    const during = articlePageView(live, {
      headings: [{ depth: 2, slug: 'x', text: 'x' }],
      pathname: '/articles/live/',
      related: [],
      updates,
      now: new Date('2024-11-12T12:00:00Z'),
    });
    expect(during.header.live).toBe('now');
    expect(during.toc).toEqual([]);
    const data = (during.seo.jsonLd as Array<Record<string, any>>)[0]!;
    expect(data['@type']).toBe('LiveBlogPosting');
    expect(data.liveBlogUpdate[0]).toMatchObject({
      headline: article.title,
      url: `${origin}/articles/live/#update-20241112T100000Z`,
    });
    const after = articlePageView(live, {
      headings: [],
      pathname: '/',
      related: [],
      updates,
      now: new Date('2024-11-12T21:00:00Z'),
    });
    expect(after.header.live).toBe('ended');
  });
});
