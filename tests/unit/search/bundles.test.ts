// The search page's merge of the index's bundles (src/lib/search/bundles.ts), with Pagefind's own
// browser script on real bundles served over HTTP: newest first across bundles, counts per filter.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byBundle,
  openSearchIndex,
  type PagefindModule,
  type SearchIndex,
} from '../../../src/lib/search/bundles';
import { serveStatic, type StaticServer } from '../../helpers/static-server';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afaq-bundles-'));
const sizes = [9, 17, 40]; // newest block first, as bundles.json lists them
const names = sizes.map((size, i) => `b${i}-${size}`);
/** Every article's URL, newest first; those with the word searched for. */
const newestFirst: string[] = [];
const withWord = new Set<string>();
let server: StaticServer;
let index: SearchIndex;
/** Searches sent to Pagefind. */
let searches = 0;

beforeAll(async () => {
  let n = 0;
  // Oldest block first, so that publication order runs through the blocks.
  for (let b = sizes.length - 1; b >= 0; b--) {
    const { index: bundle } = await pagefind.createIndex({ forceLanguage: 'ar' });
    for (let i = 0; i < sizes[b]!; i++, n++) {
      const url = `/articles/a${n}/`;
      const date = new Date(Date.UTC(2024, 0, 1, n)).toISOString();
      const word = n % 3 === 0 ? 'الصين' : 'روسيا';
      if (word === 'الصين') withWord.add(url);
      newestFirst.unshift(url);
      await bundle!.addHTMLFile({
        url,
        content:
          `<html lang="ar"><head><meta data-pagefind-sort="date:${date}">` +
          `<meta data-pagefind-filter="year:${2024 + (n % 2)}"></head><body>` +
          `<article data-pagefind-body><h1>خبر ${n}</h1><p>${word} ${'النفط '.repeat(1 + (n % 5))}</p></article></body></html>`,
      });
    }
    await bundle!.writeFiles({ outputPath: path.join(dir, 'pagefind', names[b]!) });
  }
  await pagefind.close();
  server = await serveStatic(dir);
  index = await openSearchIndex(
    server.url,
    async (url) => {
      // A query string makes each opened index its own module instance.
      const module = (await import(
        `${pathToFileURL(path.join(dir, url.slice(server.url.length))).href}?${encodeURIComponent(dir)}`
      )) as PagefindModule;
      return {
        ...module,
        search: (...args: Parameters<PagefindModule['search']>) => {
          searches++;
          return module.search(...args);
        },
      };
    },
    async () => ({ bundles: names.map((name, i) => ({ path: `${name}/`, pages: sizes[i]! })) }),
  );
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const urls = async (found: Awaited<ReturnType<SearchIndex['search']>>) =>
  Promise.all(
    (found?.results ?? []).map(async (hit) => new URL((await hit.data()).url, 'http://x').pathname),
  );

describe('openSearchIndex', () => {
  it('sorts newest first across bundles, as one index would', async () => {
    const before = searches;
    const found = await index.search('الصين', { sort: { date: 'desc' } });
    expect(await urls(found)).toEqual(newestFirst.filter((url) => withWord.has(url)));
    expect(searches - before, 'one search, not one per bundle').toBe(1);
    const oldest = await index.search('الصين', { sort: { date: 'asc' } });
    expect(await urls(oldest)).toEqual(newestFirst.filter((url) => withWord.has(url)).reverse());
  });

  it('finds the results of every bundle by relevance, with filter counts of all of them', async () => {
    const found = await index.search('الصين');
    expect(new Set(await urls(found))).toEqual(withWord);
    // The bundles' own filter is not shown; the others count the results of every bundle.
    expect(found!.filters).not.toHaveProperty('part');
    const filtered = await index.search('النفط', { filters: { year: '2025' } });
    expect(filtered!.filters.year).toEqual({ '2024': 0, '2025': filtered!.results.length });
    expect(filtered!.results.length).toBe(newestFirst.length / 2);
  });

  it('sorts within a filter too', async () => {
    const found = await index.search('النفط', {
      sort: { date: 'desc' },
      filters: { year: '2025' },
    });
    const expected = newestFirst.filter((url) => Number(/\d+/.exec(url)![0]) % 2 === 1);
    expect(await urls(found)).toEqual(expected);
  });

  it('an index without articles finds nothing', async () => {
    const empty = await openSearchIndex(
      '/',
      () => Promise.reject(new Error('not loaded')),
      async () => ({
        bundles: [],
      }),
    );
    expect((await empty.search('الصين'))?.results).toEqual([]);
  });
});

describe('byBundle', () => {
  const hit = (bundle: number, score: number) => ({ bundle, score });
  // Three bundles of 3, 4 and 5 pages: weights 4×5, 5, 1.
  const weights = [20, 5, 1];
  it('assigns each result to its bundle by weight, the last-ranked ones by the counts', () => {
    const merged = [hit(0, 40), hit(0, 20), hit(1, 15), hit(2, 4), hit(2, 1), hit(0, 0), hit(2, 0)];
    expect(byBundle(merged, [3, 1, 3], weights)?.map((list) => list.map((h) => h.bundle))).toEqual([
      [0, 0, 0],
      [1],
      [2, 2, 2],
    ]);
  });

  it('says when the results do not have that shape', () => {
    expect(byBundle([hit(0, 2.5)], [1], [1])).toBeUndefined();
    expect(byBundle([hit(0, 0), hit(1, 5)], [1, 1], weights.slice(1))).toBeUndefined();
    expect(byBundle([hit(0, 0), hit(1, 0)], [2, 0], weights.slice(1))).toBeUndefined();
    expect(byBundle([hit(0, 20)], [2], [20])).toBeUndefined();
  });
});
