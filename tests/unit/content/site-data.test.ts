// loadSiteData() over a mocked astro:content (the way Starlight's __tests__/test-utils.ts mocks it):
// the collections as plain entries in, the data every page reads out.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { site } from '../../../src/site.config';

interface Entries {
  categories: Array<{ id: string; data: { name: string; description?: string; order: number } }>;
  articles: Array<Record<string, unknown>>;
  comments: Array<{ id: string; data: Record<string, unknown> }>;
}

const collections: Entries = { categories: [], articles: [], comments: [] };

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

function article(id: string, fields: { category?: string; date?: string; draft?: boolean; tags?: string[]; body?: string } = {}) {
  return {
    id,
    filePath: `content/articles/${id}.mdx`,
    body: fields.body ?? 'نص الخبر عن الطاقة والنفط في الأسواق العالمية.',
    data: {
      title: `عنوان ${id}`,
      description: `موجز ${id}`,
      date: new Date(`${fields.date ?? '2024-11-12'}T08:00:00Z`),
      category: { id: fields.category ?? 'economy', collection: 'categories' },
      tags: fields.tags ?? [],
      draft: fields.draft ?? false,
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
    await expect(loadSiteData(now)).rejects.toThrow(/content\/articles\/lost\.mdx: category "weather" does not exist/);
  });
});
