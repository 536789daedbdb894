import { describe, expect, it } from 'vitest';
import {
  listPages,
  numberedPageCount,
  pagerItems,
  pagerView,
} from '../../../src/lib/view/pagination';
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

const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i); // n … 1

describe('listPages', () => {
  it('keeps a list shorter than two pages on its first page', () => {
    expect(listPages(newestFirst(39), 20)).toEqual([{ number: 0, items: newestFirst(39) }]);
    expect(numberedPageCount(39, 20)).toBe(0);
    expect(listPages([], 20)).toEqual([{ number: 0, items: [] }]);
  });

  it('numbers full pages from the oldest end, the first page holding the rest (pageSize to 2 × pageSize − 1)', () => {
    const pages = listPages(newestFirst(65), 20);
    expect(pages.map((page) => [page.number, page.items.length])).toEqual([
      [0, 25],
      [2, 20],
      [1, 20],
    ]);
    expect(pages.at(-1)!.items).toEqual(newestFirst(20)); // the 20 oldest
    expect(pages.flatMap((page) => page.items)).toEqual(newestFirst(65));
  });

  it('changes only the first page when a story comes, until it hands a full page on', () => {
    const before = listPages(newestFirst(65), 20);
    expect(listPages(newestFirst(66), 20).slice(1)).toEqual(before.slice(1));
    const rolled = listPages(newestFirst(80), 20);
    expect(rolled.map((page) => page.number)).toEqual([0, 3, 2, 1]);
    expect(rolled.slice(2)).toEqual(before.slice(1)); // pages 2 and 1 keep their stories
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => listPages([], 0)).toThrow(RangeError);
  });
});

describe('pagerItems', () => {
  const render = (current: number, numbered: number) =>
    pagerItems(current, numbered)
      .map((item) =>
        item.kind === 'gap' ? '…' : item.current ? `[${item.page}]` : String(item.page),
      )
      .join(' ');

  it('shows the first page (0), the neighbours, the oldest page (1) and gaps, in reading order', () => {
    expect(render(0, 0)).toBe('[0]');
    expect(render(0, 10)).toBe('[0] 10 … 1');
    expect(render(5, 10)).toBe('0 … 6 [5] 4 … 1');
    expect(render(1, 10)).toBe('0 … 2 [1]');
    expect(render(2, 2)).toBe('0 [2] 1');
    expect(render(8, 10)).toBe('0 10 9 [8] 7 … 1'); // never a gap hiding a single page
  });

  it('does not depend on how many pages there are far above the current one', () => {
    expect(pagerItems(5, 9)).toEqual(pagerItems(5, 30));
    expect(pagerItems(1, 5)).toEqual(pagerItems(1, 500));
  });

  it('rejects a page outside the list', () => {
    expect(() => pagerItems(4, 3)).toThrow(RangeError);
  });
});

describe('pagerView', () => {
  const labels = {
    number: (n: number) => new Intl.NumberFormat('ar-u-nu-arab').format(n),
    pageN: (page: string) => `الصفحة ${page}`,
    goToPage: (page: string) => `الانتقال إلى الصفحة ${page}`,
    newest: 'الأحدث',
  };
  it('links the newer page (prev) and the older one (next), labels in the chosen digits', () => {
    const view = pagerView(2, 3, (page) => `/p/${page}/`, labels);
    expect(view).toMatchObject({ shown: true, prev: '/p/3/', next: '/p/1/', status: 'الصفحة ٢' });
    expect(view.items.map((item) => item.label)).toEqual(['الأحدث', '٣', '٢', '١']);
    expect(view.items.find((item) => item.current)?.ariaLabel).toBe('الانتقال إلى الصفحة ٢');
  });
  it('goes from the first page to the newest numbered page, and from that one back to the first', () => {
    expect(pagerView(0, 3, String, labels)).toMatchObject({
      prev: undefined,
      next: '3',
      status: 'الأحدث',
    });
    expect(pagerView(3, 3, String, labels).prev).toBe('0');
    expect(pagerView(1, 3, String, labels).next).toBeUndefined();
  });
  it('shows no pager for a list that fits on its first page', () => {
    expect(pagerView(0, 0, String, labels).shown).toBe(false);
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
    const pager = listPager('category', 'politics', 3, 3);
    expect(pager.prev).toBe(`${site.basePath}category/politics/`);
    expect(pager.next).toBe(`${site.basePath}category/politics/2/`);
    expect(pager.status).toBe('الصفحة 3');
  });

  it('numbers the titles of later pages, and counts articles with the Arabic plural', () => {
    expect(pagedTitle('أخبار سياسة', 0)).toBe('أخبار سياسة');
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
