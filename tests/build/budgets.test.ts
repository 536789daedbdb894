// Page-weight budgets (gzip bytes are deterministic, so these are exact) and image markup rules, read
// from the built sites.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { readFile } from 'node:fs/promises';
import { KB, kb, measurePage } from '../helpers/page-weight';
import { listBuiltPages } from '../helpers/built-pages';
import { fixtureDist, seedArticleId, siteDist } from '../helpers/sites';

/** The page budgets, in bytes (gzip; fonts as sent, woff2 being compressed already). */
const budget = { html: 25 * KB, css: 20 * KB, js: 8 * KB, total: 100 * KB, preloadedFonts: 2 };

describe('the seed article page stays within its budget', () => {
  it('HTML ≤ 25 KB, CSS ≤ 20 KB, JS ≤ 8 KB, ≤ 2 preloaded fonts, first load ≤ 100 KB (gzip)', async () => {
    const weight = await measurePage(
      siteDist,
      path.join(siteDist, 'articles', seedArticleId, 'index.html'),
    );
    const rows = [
      ['HTML', weight.html, budget.html],
      ['CSS (external + inline)', weight.css, budget.css],
      ['JS (external + inline)', weight.js, budget.js],
      [`fonts preloaded (${weight.preloadedFonts.length} files)`, weight.fonts, undefined],
      ['first load (HTML + CSS + JS + fonts)', weight.total, budget.total],
    ] as const;
    console.log(
      `Seed article page weight, gzip (budget):\n${rows
        .map(
          ([label, bytes, limit]) =>
            `  ${label.padEnd(40)} ${kb(bytes).padStart(6)} KB${limit ? `  (≤ ${kb(limit)} KB)` : ''}`,
        )
        .join('\n')}`,
    );

    // The measurement sees the page's real assets (a budget over nothing would always pass).
    expect(weight.stylesheets.length + (weight.inlineCss > 0 ? 1 : 0)).toBeGreaterThan(0);
    expect(weight.preloadedFonts.length).toBeGreaterThan(0);
    expect(weight.html).toBeGreaterThan(2 * KB);

    expect(weight.html, 'HTML over budget').toBeLessThanOrEqual(budget.html);
    expect(weight.css, 'CSS over budget').toBeLessThanOrEqual(budget.css);
    expect(weight.js, 'JavaScript over budget').toBeLessThanOrEqual(budget.js);
    expect(weight.preloadedFonts.length, 'too many preloaded fonts').toBeLessThanOrEqual(
      budget.preloadedFonts,
    );
    expect(weight.total, 'first load over budget').toBeLessThanOrEqual(budget.total);
  });
});

describe('the search page stays light', () => {
  it('its own script (results, filters, verification) is ≤ 6 KB gzip; Pagefind loads only on the first search', async () => {
    const weight = await measurePage(siteDist, path.join(siteDist, 'search', 'index.html'));
    console.log(`Search page JS, gzip: ${kb(weight.js)} KB (≤ 6 KB); HTML ${kb(weight.html)} KB`);
    expect(weight.js).toBeGreaterThan(1 * KB);
    expect(weight.js, 'search page JavaScript over budget').toBeLessThanOrEqual(6 * KB);
    const html = await readFile(path.join(siteDist, 'search', 'index.html'), 'utf8');
    expect(html).not.toContain('pagefind.js"');
    expect(html).not.toMatch(/<link[^>]+pagefind/);
  });
});

describe('images are responsive, modern, sized and lazy unless they lead', () => {
  it('every <img> on every fixture page has srcset/sizes, a webp/avif source, width and height, and a loading mode', async () => {
    const pages = await listBuiltPages(fixtureDist);
    let checked = 0;
    const problems: string[] = [];
    for (const page of pages) {
      const $ = cheerio.load(await readFile(path.join(fixtureDist, page.file), 'utf8'));
      $('img').each((_, element) => {
        const img = $(element);
        const src = img.attr('src') ?? '';
        // Vector images scale by themselves: no srcset needed.
        if (/\.svg(\?|$)/i.test(src)) return;
        checked++;
        const where = `${page.url} <img src="${src}">`;
        if (!/\.(webp|avif)(\?|$)/i.test(src)) problems.push(`${where}: not webp/avif`);
        const srcset = img.attr('srcset') ?? '';
        if (srcset.split(',').filter(Boolean).length < 2)
          problems.push(`${where}: srcset with fewer than 2 widths`);
        if (
          srcset &&
          !srcset.split(',').every((candidate) => /\.(webp|avif)(\?|\s|$)/i.test(candidate.trim()))
        )
          problems.push(`${where}: srcset has a non-modern format`);
        if (!img.attr('sizes')) problems.push(`${where}: no sizes`);
        if (!/^\d+$/.test(img.attr('width') ?? '') || !/^\d+$/.test(img.attr('height') ?? ''))
          problems.push(`${where}: width/height missing (layout shift)`);
        if (!['lazy', 'eager'].includes(img.attr('loading') ?? ''))
          problems.push(`${where}: no loading="lazy|eager"`);
        if (img.attr('alt') === undefined) problems.push(`${where}: no alt`);
      });
    }
    // The fixture has an article with an image (tests/fixtures/content/articles/satellite-launch.mdx).
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
