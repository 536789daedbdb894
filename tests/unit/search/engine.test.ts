// The search engine against a stand-in for Pagefind that, like Pagefind, finds too much: every page
// with a word beginning like a query term (shortened to three letters), so verification has work.
import { describe, expect, it } from 'vitest';
import { createSearch, type PagefindApi } from '../../../src/lib/search/engine';
import { formsMarker } from '../../../src/lib/search/words';

interface Page {
  url: string;
  title: string;
  text: string;
  forms?: string[];
  date?: string;
}

function fakePagefind(pages: Page[]) {
  const calls: Array<{ term: string; options: unknown }> = [];
  let loads = 0;
  const api: PagefindApi = {
    async search(term, options) {
      calls.push({ term, options });
      const terms = term.replace(/"/g, '').split(' ');
      const words = (page: Page) =>
        `${page.title} ${page.text} ${(page.forms ?? []).join(' ')}`.split(/[\s.،]+/);
      const found = pages.filter((page) =>
        terms.every((t) => words(page).some((word) => word.includes(t.slice(0, 3)))),
      );
      return {
        results: found.map((page) => ({
          id: page.url,
          data: async () => {
            loads++;
            const content = `${page.title}. ${page.text}${page.forms ? ` ${formsMarker} ${page.forms.join(' ')}` : ''}`;
            return {
              url: page.url,
              content,
              meta: { title: page.title, date: page.date, section: 'سياسة' },
            };
          },
        })),
      };
    },
  };
  return { api, calls, loads: () => loads };
}

const beijing = (n: number, word = 'بكين'): Page[] =>
  Array.from({ length: n }, (_, i) => ({
    url: `/b${i}/`,
    title: `خبر ${i}`,
    text: `زار الوفد ${word} أمس.`,
    date: '2025-01-01T00:00:00Z',
  }));

describe('createSearch', () => {
  it("drops Pagefind's false hits and says there is nothing when nothing is left", async () => {
    const { api, loads } = fakePagefind(beijing(5));
    const page = await createSearch(api, 'كينيا').next();
    expect(page).toEqual({ results: [], total: 0, exact: true, more: false });
    expect(loads()).toBeGreaterThan(0);
  });

  it('returns a page of results with a marked title and excerpt, then the next page, with an honest count', async () => {
    const { api } = fakePagefind(beijing(25));
    const search = createSearch(api, 'بكين', { pageSize: 10 });
    const first = await search.next();
    expect(first.results).toHaveLength(10);
    expect(first.more).toBe(true);
    expect(first.exact).toBe(false);
    expect(first.total).toBe(25);
    expect(first.results[0]!.excerpt.find((part) => part.mark)?.text).toBe('بكين');
    expect(first.results[0]!.section).toBe('سياسة');
    expect(first.results[0]!.date?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    const second = await search.next();
    expect(second.results).toHaveLength(20);
    const third = await search.next();
    expect(third.results).toHaveLength(25);
    expect(third).toMatchObject({ exact: true, total: 25, more: false });
  });

  it('searches the bare word where the articles found show the split ("لبكين" → "بكين")', async () => {
    const pages = [
      { url: '/l/', title: 'خبر', text: 'وصل لبكين.', forms: ['بكين'] },
      ...beijing(3),
    ];
    const { api, calls } = fakePagefind(pages);
    const page = await createSearch(api, 'لبكين').next();
    expect(page.results.map((result) => result.url).sort()).toEqual([
      '/b0/',
      '/b1/',
      '/b2/',
      '/l/',
    ]);
    expect(calls.map((call) => call.term)).toEqual(['لبكين', 'بكين']);
  });

  it('falls back to the words without proclitics, then to loose keys, when nothing is found', async () => {
    const { api, calls } = fakePagefind([
      { url: '/t/', title: 'خبر', text: 'قال ترامب.', forms: ['qxترمب'] },
      ...beijing(2),
    ]);
    expect((await createSearch(api, 'لبكين').next()).results).toHaveLength(2);
    expect(calls.at(-1)!.term).toBe('بكين');
    const loose = await createSearch(api, 'ترمب').next();
    expect(loose.results.map((result) => result.url)).toEqual(['/t/']);
    expect(calls.at(-1)!.term).toBe('"qxترمب"');
  });

  it('gives up after checking a bounded number of candidates that all fail', async () => {
    const { api, loads } = fakePagefind(beijing(200));
    await createSearch(api, 'كينيا', { giveUpAfter: 30 }).next();
    expect(loads()).toBeLessThanOrEqual(30 + 2 * 20 + 10);
  });

  it('passes filters and the newest-first order to Pagefind', async () => {
    const { api, calls } = fakePagefind(beijing(1));
    await createSearch(api, 'بكين', {
      filters: { section: 'politics', year: '2025', month: undefined },
      order: 'newest',
    }).next();
    expect(calls[0]!.options).toEqual({
      filters: { section: 'politics', year: '2025' },
      sort: { date: 'desc' },
    });
  });

  it('finds nothing to do for an empty query', async () => {
    const { api, calls } = fakePagefind(beijing(1));
    expect((await createSearch(api, '  ').next()).results).toEqual([]);
    expect(calls).toEqual([]);
  });
});
