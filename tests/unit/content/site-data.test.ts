// loadSiteData() over a mocked astro:content (the way Starlight's __tests__/test-utils.ts mocks it):
// the collections as plain entries in, the data every page reads out.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { site } from '../../../src/site.config';
import { readingMinutes } from '../../../src/lib/arabic/reading-time';

interface Entries {
  categories: Array<{ id: string; data: { name: string; description?: string; order: number; kind?: string; definite?: string; heading?: string } }>;
  articles: Array<Record<string, unknown>>;
  comments: Array<{ id: string; data: Record<string, unknown> }>;
  authors: Array<{ id: string; data: Record<string, unknown> }>;
  pages: Array<{ id: string; data: Record<string, unknown> }>;
}

const collections: Entries = { categories: [], articles: [], comments: [], authors: [], pages: [] };

vi.mock('astro:content', () => ({
  getCollection: async (name: keyof Entries) => collections[name],
}));

const { loadSiteData } = await import('../../../src/lib/content/site-data');

const now = new Date('2025-01-01T00:00:00Z');
const names: Record<string, string> = {
  politics: 'سياسة',
  international: 'دولي',
  economy: 'اقتصاد',
  technology: 'تكنولوجيا',
  sports: 'رياضة',
  culture: 'ثقافة',
};

function article(
  id: string,
  fields: { category?: string; date?: string; draft?: boolean; tags?: string[]; body?: string; author?: string; breaking?: boolean; breakingUntil?: string } = {},
) {
  const body = fields.body ?? 'نص الخبر عن الطاقة والنفط في الأسواق العالمية.';
  return {
    id,
    filePath: `content/articles/${id}.mdx`,
    body,
    // What content sync stores with the entry (src/lib/content/article-loader.ts).
    rendered: { html: '', metadata: { afaq: { body: `digest-${id}`, readingMinutes: readingMinutes(body, site.readingWordsPerMinute) } } },
    data: {
      title: `عنوان ${id}`,
      description: `موجز ${id}`,
      date: new Date(`${fields.date ?? '2024-11-12'}T08:00:00Z`),
      category: { id: fields.category ?? 'economy', collection: 'categories' },
      tags: fields.tags ?? [],
      author: fields.author,
      draft: fields.draft ?? false,
      // The schema's defaults, as getCollection() returns them.
      breaking: fields.breaking ?? false,
      breakingUntil: fields.breakingUntil ? new Date(fields.breakingUntil) : undefined,
      live: false,
      corrections: [],
    },
  };
}

beforeEach(() => {
  collections.categories = Object.entries(names).map(([id, name], order) => ({ id, data: { name, order } }));
  collections.articles = [
    article('oil-old', { date: '2024-10-01', tags: ['النفط'] }),
    article('oil-new', { date: '2024-11-20', tags: ['النفط', 'أوبك'] }),
    article('vote', { category: 'politics', date: '2024-11-01', body: 'الانتخابات والبرلمان.' }),
    article('draft', { draft: true }),
    article('future', { date: '2030-01-01' }),
  ];
  collections.authors = [
    { id: 'ahmad-salem', data: { name: 'أحمد سالم', role: 'كاتب رأي', bio: 'نبذة.', photo: { src: '/a.jpg', width: 400, height: 400, format: 'jpg' }, links: [] } },
  ];
  collections.pages = [
    { id: 'privacy', data: { title: 'سياسة الخصوصية', description: '…', order: 3 } },
    { id: 'about', data: { title: 'من نحن', description: '…', order: 1 } },
  ];
  collections.comments = [
    { id: 'c1', data: { id: 'c1', article: 'oil-new', parent: null, name: 'قارئ', website: null, date: new Date('2024-11-21T10:00:00Z'), body: 'تعليق' } },
    { id: 'c2', data: { id: 'c2', article: 'oil-new', parent: 'c1', name: 'آخر', website: null, date: new Date('2024-11-21T11:00:00Z'), body: 'ردّ' } },
  ];
});

describe('loadSiteData', () => {
  it('publishes what is neither a draft nor dated after now, newest first, with reading times', async () => {
    const data = await loadSiteData(now);
    expect(data.articles.map((a) => a.id)).toEqual(['oil-new', 'vote', 'oil-old']);
    expect(data.articles[0]).toMatchObject({ category: { id: 'economy', name: 'اقتصاد' }, readingMinutes: 1, filePath: 'content/articles/oil-new.mdx' });
    expect([...data.entryById.keys()].sort()).toEqual(['oil-new', 'oil-old', 'vote']);
  });

  it('groups articles by category and tags, and relates each article to others', async () => {
    const data = await loadSiteData(now);
    expect(data.articlesByCategory.get('economy')!.map((a) => a.id)).toEqual(['oil-new', 'oil-old']);
    expect(data.articlesByCategory.get('culture')).toEqual([]);
    expect(new Map(data.tagGroups.map((group) => [group.name, group.articles.length]))).toEqual(
      new Map([
        ['أوبك', 1],
        ['النفط', 2],
      ]),
    );
    expect(data.relatedById.get('oil-new')![0]!.id).toBe('oil-old');
    expect(data.relatedById.get('oil-new')!.map((a) => a.id)).not.toContain('draft');
  });

  it('gives the header its categories in the order of site.navigation', async () => {
    const data = await loadSiteData(now);
    expect(data.navigation.map((category) => category.id)).toEqual(site.navigation.map((item) => item.category));
  });

  it('builds comment threads, replies nested, with their count label', async () => {
    const thread = (await loadSiteData(now)).commentsByArticle.get('oil-new')!;
    expect(thread.count).toBe(2);
    expect(thread.countLabel).toBe('تعليقان');
    expect(thread.comments.map((c) => [c.id, c.replies.map((r) => r.id)])).toEqual([['c1', ['c2']]]);
  });

  it('fails naming src/site.config.ts when a navigation category has no file, and suggests the near one', async () => {
    collections.categories = collections.categories.filter((category) => category.id !== 'politics');
    collections.categories.push({ id: 'politic', data: { name: 'سياسة', order: 1 } });
    await expect(loadSiteData(now)).rejects.toThrow(/src\/site\.config\.ts: navigation: .*"politics".*did you mean "politic"/s);
  });

  it('fails naming the article file when its category does not exist', async () => {
    collections.articles.push(article('lost', { category: 'weather' }));
    await expect(loadSiteData(now)).rejects.toThrow(/content\/articles\/lost\.mdx: القسم "weather" غير موجود/);
  });

  it('resolves bylines: an author file by its id, free text as written; lists each writer\'s articles', async () => {
    collections.articles.push(article('column', { author: 'ahmad-salem', date: '2024-11-15' }), article('report', { author: 'مراسل آفاق', date: '2024-11-14' }));
    const data = await loadSiteData(now);
    const byId = new Map(data.articles.map((a) => [a.id, a]));
    expect(byId.get('column')).toMatchObject({ author: 'أحمد سالم', authorProfile: { id: 'ahmad-salem', role: 'كاتب رأي' } });
    expect(byId.get('report')).toMatchObject({ author: 'مراسل آفاق' });
    expect(byId.get('report')!.authorProfile).toBeUndefined();
    expect(data.authors.map((a) => a.id)).toEqual(['ahmad-salem']);
    expect(data.articlesByAuthor.get('ahmad-salem')!.map((a) => a.id)).toEqual(['column']);
  });

  it('fails naming the article file and the field for an author id with no file, suggesting the near one', async () => {
    collections.articles.push(article('typo', { author: 'ahmad-slem' }));
    await expect(loadSiteData(now)).rejects.toThrow(/content\/articles\/typo\.mdx: author: .*"ahmad-slem".*"ahmad-salem"/);
  });

  it('gives each section its definite form and heading, from the file or by default', async () => {
    collections.categories.push({ id: 'opinion', data: { name: 'رأي', order: 9, kind: 'opinion', definite: 'الرأي', heading: 'مقالات الرأي' } });
    const data = await loadSiteData(now);
    expect(data.categoryById.get('politics')).toMatchObject({ definite: 'السياسة', heading: 'أخبار السياسة' });
    expect(data.categoryById.get('opinion')).toMatchObject({ definite: 'الرأي', heading: 'مقالات الرأي', kind: 'opinion' });
  });

  it('puts breaking stories in force in the bar, newest first, and keys the chrome on them and the day', async () => {
    collections.articles.push(
      article('flash', { date: '2024-12-31', breaking: true, breakingUntil: '2025-01-02T00:00:00Z' }),
      article('gone', { date: '2024-12-30', breaking: true, breakingUntil: '2024-12-31T00:00:00Z' }),
    );
    const data = await loadSiteData(now);
    expect(data.breaking.map((a) => a.id)).toEqual(['flash']);
    const later = await loadSiteData(new Date('2025-01-03T00:00:00Z'));
    expect(later.breaking).toEqual([]);
    expect(later.chromeKey).not.toBe(data.chromeKey);
    // Same bar, same day: same key (pages cached between builds stay valid).
    expect((await loadSiteData(new Date('2025-01-01T01:00:00Z'))).chromeKey).toBe(data.chromeKey);
  });

  it('lists the site\'s own pages in their order', async () => {
    expect((await loadSiteData(now)).pages.map((page) => page.id)).toEqual(['about', 'privacy']);
  });
});
