// The one read of each built page after a build (noindex, lastmod, CSP), kept for pages that did not
// change, and the sitemaps written from it.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../../src/integrations/built-files';
import { earlyScan, readPageHtml, scanPages } from '../../../src/integrations/page-scan';
import { writeSitemaps } from '../../../src/integrations/sitemap';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afaq-page-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const policy = `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">`;
function page(file: string, head: string, body = ''): BuiltPage {
  const full = path.join(dir, file);
  writeFileSync(full, `<html><head>${policy}${head}</head><body>${body}</body></html>`);
  const written = new Date('2024-06-01T00:00:00Z');
  utimesSync(full, written, written);
  const stats = statSync(full);
  return { file, size: stats.size, mtimeMs: stats.mtimeMs };
}

describe('scanPages', () => {
  it('reads a cold build’s thousands of pages with the same findings as one page at a time', async () => {
    const many = Array.from({ length: 1200 }, (_, n) =>
      page(
        `many-${n}.html`,
        n % 2 ? '<meta name="robots" content="noindex">' : '',
        n % 3 ? '' : '<b style="color:red">x</b>',
      ),
    );
    const scan = await scanPages(dir, many);
    expect(scan.read).toBe(1200);
    for (const [n, item] of many.entries()) {
      const alone = (await scanPages(dir, [item])).pages.get(item.file);
      expect(scan.pages.get(item.file), item.file).toEqual(alone);
      expect(alone!.noindex).toBe(n % 2 === 1);
      expect(alone!.problems.length).toBe(n % 3 ? 0 : 1);
    }
  }, 60_000);

  it('keeps no page in memory through what it found in it (a slice of the page keeps all of it)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const filler = '<p>' + 'نص الخبر '.repeat(100_000) + '</p>';
    gc();
    const before = process.memoryUsage().heapUsed;
    // Forty distinct 2 MB pages (each built anew, as a read file is), every finding kept.
    const found = Array.from({ length: 40 }, (_, n) =>
      readPageHtml(
        `<html><head>${policy}<meta name="n" content="${n}"></head><body>${filler}${n}<b style="color:red">x</b></body></html>`,
      ),
    );
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(
      found.every((page) => page.policy?.startsWith('script-src') && page.problems.length === 1),
    ).toBe(true);
    // 80 MB if each finding held its page; a few KB otherwise.
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });

  it('reads noindex and lastmod from the head, and the inline code the page’s CSP blocks', async () => {
    const pages = [
      page('404.html', '<meta name="robots" content="noindex, follow">'),
      page(
        'index.html',
        '<meta property="og:updated_time" content="2024-11-02T10:00:00.000Z">',
        // Not in the head: not the page's robots tag.
        '<meta name="robots" content="noindex"><p style="color:red">x</p>',
      ),
    ];
    const scan = await scanPages(dir, pages);
    expect(scan.pages.get('404.html')).toMatchObject({ noindex: true, lastmod: undefined });
    expect(scan.pages.get('index.html')).toMatchObject({
      noindex: false,
      lastmod: '2024-11-02T10:00:00.000Z',
      problems: [{ kind: 'style attribute', snippet: 'style="color:red"' }],
    });
    expect(scan.policies).toHaveLength(1);
    expect(scan.read).toBe(2);
  });

  it('reads a page again only when its size or modification time changed', async () => {
    const cache = path.join(dir, 'cache', 'scan.json');
    const head = (year: number) =>
      `<meta property="og:updated_time" content="${year}-01-01T00:00:00.000Z">`;
    const first = page('cached.html', head(2024));
    expect((await scanPages(dir, [first], cache)).pages.get('cached.html')?.lastmod).toBe(
      '2024-01-01T00:00:00.000Z',
    );
    // Same size and time, other content: the cached answer (an incremental build's skipped page).
    const same = page('cached.html', head(2025));
    const again = await scanPages(dir, [same], cache);
    expect(again.pages.get('cached.html')?.lastmod).toBe('2024-01-01T00:00:00.000Z');
    expect(again.read).toBe(0);
    // Rewritten (a new modification time): read again.
    const full = path.join(dir, 'cached.html');
    utimesSync(full, new Date(), new Date('2024-06-02T00:00:00Z'));
    const rewritten = { ...same, mtimeMs: statSync(full).mtimeMs };
    expect((await scanPages(dir, [rewritten], cache)).pages.get('cached.html')?.lastmod).toBe(
      '2025-01-01T00:00:00.000Z',
    );
  });
});

describe('earlyScan', () => {
  it('reads the pages written so far once; the scan at the end keeps them only if unchanged', async () => {
    const out = path.join(dir, 'early');
    mkdirSync(path.join(out, 'articles', 'a'), { recursive: true });
    mkdirSync(path.join(out, 'pagefind'), { recursive: true });
    const head = (year: number) =>
      `<meta property="og:updated_time" content="${year}-01-01T00:00:00.000Z">`;
    const write = (file: string, html: string) => {
      writeFileSync(path.join(out, file), html);
      const written = new Date('2024-06-01T00:00:00Z');
      utimesSync(path.join(out, file), written, written);
    };
    const whole = (year: number) =>
      `<html><head>${policy}${head(year)}</head><body></body></html>\n`;
    write('articles/a/index.html', whole(2024));
    write('kept.html', whole(2023));
    // Half written (Astro is still at it), and not a page of ours.
    write('half.html', whole(2024).slice(0, 40));
    write('pagefind/x.html', whole(2024));
    const early = earlyScan(out);
    expect(await early.pass()).toBe(2);
    expect([...early.found.keys()].sort()).toEqual(['articles/a/index.html', 'kept.html']);
    // A second pass reads only what is new: the half-written page, now complete.
    write('half.html', whole(2022));
    expect(await early.pass()).toBe(1);
    expect(await early.pass()).toBe(0);

    // Rewritten after it was read (another time): the scan at the end reads it again.
    writeFileSync(path.join(out, 'articles/a/index.html'), whole(2025));
    const stat = (file: string): BuiltPage => {
      const stats = statSync(path.join(out, file));
      return { file, size: stats.size, mtimeMs: stats.mtimeMs };
    };
    const files = ['articles/a/index.html', 'half.html', 'kept.html'];
    const scan = await scanPages(out, files.map(stat), undefined, early);
    expect(files.map((file) => scan.pages.get(file)?.lastmod?.slice(0, 4))).toEqual([
      '2025',
      '2022',
      '2023',
    ]);
    // What the early passes found counts as read by this build.
    expect(scan.read).toBe(3);
  });
});

describe('writeSitemaps', () => {
  it('lists every indexable page with its lastmod, in files of at most `limit` URLs, and an index', async () => {
    const pages = [
      page('404.html', ''),
      page('index.html', '<meta property="og:updated_time" content="2024-11-02T10:00:00.000Z">'),
      page('search.html', '<meta name="robots" content="noindex">'),
      page('a&b.html', '<meta property="og:updated_time" content="2024-12-01T00:00:00.000Z">'),
      page('c.html', ''),
    ];
    writeFileSync(path.join(dir, 'sitemap-7.xml'), 'left by an earlier build');
    const scan = await scanPages(dir, pages);
    const job = { outDir: dir, site: 'https://news.example', basePath: '/afaq/', pages, scan };
    expect(await writeSitemaps(job, 2)).toBe(3);
    const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
    expect(read('sitemap-0.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" ' +
        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">' +
        '<url><loc>https://news.example/afaq/</loc><lastmod>2024-11-02T10:00:00.000Z</lastmod></url>' +
        '<url><loc>https://news.example/afaq/a%26b.html</loc><lastmod>2024-12-01T00:00:00.000Z</lastmod></url>' +
        '</urlset>',
    );
    expect(read('sitemap-1.xml')).toContain(
      '<url><loc>https://news.example/afaq/c.html</loc></url>',
    );
    expect(read('sitemap-index.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        '<sitemap><loc>https://news.example/afaq/sitemap-0.xml</loc><lastmod>2024-12-01T00:00:00.000Z</lastmod></sitemap>' +
        '<sitemap><loc>https://news.example/afaq/sitemap-1.xml</loc></sitemap></sitemapindex>',
    );
    expect(() => read('sitemap-7.xml')).toThrow();
  });
});
