import { describe, expect, it } from 'vitest';
import { pageCount, pagerItems, pagerView } from '../../../src/lib/view/pagination';
import { groupTagsBySlug } from '../../../src/lib/content/tags';
import {
  articleCountLabel,
  latestChange,
  listPager,
  monthLabel,
  pagedTitle,
} from '../../../src/lib/view/lists';
import { site } from '../../../src/site.config';
import { groupByMonth, monthKey } from '../../../src/lib/content/archive';

describe('pageCount', () => {
  it('rounds up and keeps one page for an empty list', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
  });
});

describe('pagerItems', () => {
  const render = (current: number, total: number) =>
    pagerItems(current, total)
      .map((item) =>
        item.kind === 'gap' ? '…' : item.current ? `[${item.page}]` : String(item.page),
      )
      .join(' ');
  it('shows every page of a short list', () => {
    expect(render(1, 1)).toBe('[1]');
    expect(render(2, 4)).toBe('1 [2] 3 4');
  });
  it('elides long runs but never hides a single page behind a gap', () => {
    expect(render(5, 10)).toBe('1 … 4 [5] 6 … 10');
    expect(render(3, 10)).toBe('1 2 [3] 4 … 10');
    expect(render(10, 10)).toBe('1 … 9 [10]');
  });
  it('rejects a current page outside the list', () => {
    expect(() => pagerItems(3, 2)).toThrow(RangeError);
  });
});

describe('pagerView', () => {
  const labels = {
    number: (n: number) => new Intl.NumberFormat('ar-u-nu-arab').format(n),
    pageOf: (page: string, total: string) => `الصفحة ${page} من ${total}`,
    goToPage: (page: string) => `الانتقال إلى الصفحة ${page}`,
  };
  it('links prev and next and labels pages in the chosen digits', () => {
    const view = pagerView(2, 3, (page) => `/p/${page}/`, labels);
    expect(view.prev).toBe('/p/1/');
    expect(view.next).toBe('/p/3/');
    expect(view.status).toBe('الصفحة ٢ من ٣');
    expect(view.items.map((item) => item.label)).toEqual(['١', '٢', '٣']);
    expect(view.items.find((item) => item.current)?.ariaLabel).toBe('الانتقال إلى الصفحة ٢');
  });
  it('has no prev on the first page and no next on the last', () => {
    expect(pagerView(1, 2, String, labels).prev).toBeUndefined();
    expect(pagerView(2, 2, String, labels).next).toBeUndefined();
  });
});

describe('groupTagsBySlug', () => {
  const article = (id: string, tags: string[]) => ({ id, tags });
  it('merges spellings that share a slug into one page with each article once', () => {
    const groups = groupTagsBySlug([
      article('a', ['كرة القدم', 'كرة-القدم']),
      article('b', ['كرة القدم']),
      article('c', ['كُرة القدم', 'النفط']),
    ]);
    const football = groups.find((group) => group.slug === 'كرة-القدم')!;
    expect(football.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(football.name).toBe('كرة القدم'); // the most used spelling
    expect(football.spellings).toHaveLength(3);
    expect(groups.map((group) => group.slug)).toEqual(['النفط', 'كرة-القدم']);
  });
  it('skips tags that leave no slug', () => {
    expect(groupTagsBySlug([article('a', ['—'])])).toEqual([]);
  });
});

describe('groupByMonth', () => {
  it('groups by month in the site time zone, newest month and article first', () => {
    const articles = [
      { id: 'a', date: new Date('2024-10-31T22:30:00Z') }, // 1 November in Riyadh (UTC+3)
      { id: 'b', date: new Date('2024-10-15T00:00:00Z') },
      { id: 'c', date: new Date('2024-11-20T00:00:00Z') },
    ];
    const months = groupByMonth(articles, 'Asia/Riyadh');
    expect(months.map((month) => month.key)).toEqual(['2024-11', '2024-10']);
    expect(months[0]!.articles.map((a) => a.id)).toEqual(['c', 'a']);
    expect(months[0]!.sample.getUTCMonth()).toBe(10);
    expect(monthKey(articles[0]!.date, 'UTC')).toBe('2024-10');
  });
});

describe('list page labels', () => {
  it('links a list page’s pager to the other pages of the same list', () => {
    const pager = listPager('category', 'politics', 2, 3);
    expect(pager.prev).toBe(`${site.basePath}category/politics/`);
    expect(pager.next).toBe(`${site.basePath}category/politics/3/`);
    expect(pager.status).toBe('الصفحة 2 من 3');
  });

  it('numbers the titles of later pages, and counts articles with the Arabic plural', () => {
    expect(pagedTitle('أخبار سياسة', 1)).toBe('أخبار سياسة');
    expect(pagedTitle('أخبار سياسة', 2)).toBe('أخبار سياسة — الصفحة 2');
    expect([1, 2, 3, 11].map(articleCountLabel)).toEqual([
      'خبر واحد',
      'خبران',
      '3 أخبار',
      '11 خبراً',
    ]);
    expect(monthLabel(new Date(Date.UTC(2024, 10, 15, 12)))).toBe('نوفمبر 2024');
  });

  it('dates a list by its newest change', () => {
    const day = (d: number) => new Date(Date.UTC(2024, 10, d));
    expect(
      latestChange([
        { date: day(1), corrections: [] },
        { date: day(2), updated: day(9), corrections: [] },
        { date: day(5), corrections: [] },
      ]),
    ).toEqual(day(9));
    // A correction is a change too.
    expect(
      latestChange([
        { date: day(2), updated: day(9), corrections: [{ date: day(12), text: 'تصحيح' }] },
      ]),
    ).toEqual(day(12));
    expect(latestChange([])).toBeUndefined();
  });
});
