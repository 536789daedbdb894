// The article page's view model from plain data: what each component of the page receives.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/lib/content/articles';
import { articlePageView } from '../../../src/lib/view/article-page';
import { site } from '../../../src/site.config';

const politics = { id: 'politics', name: 'سياسة', order: 1 };
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
      author: 'مراسلنا',
      source: 'وكالات',
      readingTime: '3 دقائق قراءة',
    });
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
});
