import { describe, expect, it } from 'vitest';
import { compareNewestFirst, groupByCategory, selectPublished, sortCategories } from '../../../src/lib/content/articles';

const category = (id: string) => ({ id, name: id, order: 1 });
const article = (id: string, date: string, extra: Partial<{ draft: boolean; tags: string[]; category: string }> = {}) => ({
  id,
  date: new Date(date),
  draft: extra.draft ?? false,
  tags: extra.tags ?? [],
  category: category(extra.category ?? 'politics'),
});

describe('selectPublished', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  const all = [
    article('old', '2024-01-01'),
    article('new', '2024-06-01'),
    article('draft', '2024-05-01', { draft: true }),
    article('future', '2026-01-01'),
  ];

  it('keeps public articles, newest first', () => {
    expect(selectPublished(all, now).map((a) => a.id)).toEqual(['new', 'old']);
  });

  it('includes drafts and scheduled articles for previews', () => {
    expect(selectPublished(all, now, true).map((a) => a.id)).toEqual(['future', 'new', 'draft', 'old']);
  });

  it('breaks date ties by id so the order is stable', () => {
    const tied = [article('b', '2024-01-01'), article('a', '2024-01-01')];
    expect([...tied].sort(compareNewestFirst).map((a) => a.id)).toEqual(['a', 'b']);
  });
});

describe('grouping', () => {
  const list = [
    article('a', '2024-03-01', { tags: ['الصين', 'روسيا'], category: 'politics' }),
    article('b', '2024-02-01', { tags: ['الصين', 'الصين'], category: 'economy' }),
  ];

  it('groups by category, with an empty list for empty categories', () => {
    const groups = groupByCategory(list, ['politics', 'economy', 'sports']);
    expect(groups.get('politics')?.map((a) => a.id)).toEqual(['a']);
    expect(groups.get('economy')?.map((a) => a.id)).toEqual(['b']);
    expect(groups.get('sports')).toEqual([]);
  });

  it('sorts categories by order then name', () => {
    const sorted = sortCategories([
      { order: 2, name: 'اقتصاد' },
      { order: 1, name: 'سياسة' },
      { order: 2, name: 'ثقافة' },
    ]);
    expect(sorted.map((c) => c.name)).toEqual(['سياسة', 'اقتصاد', 'ثقافة']);
  });
});
