// Reader features in real Chromium: Arabic search on the real site build (also under a sub-path),
// the theme toggle (remembered, no flash), print media and share links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { externalRequests, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { buildSite } from '../helpers/build-site';
import { seedArticleId, siteDist } from '../helpers/sites';
import { fixtureContent } from '../helpers/paths';
import { t } from '../../src/i18n/ar';

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveStatic(siteDist)]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

/** Runs a query through the search page's form and returns the result links. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(
    (loading) => {
      const status = document.querySelector('[data-search-status]')?.textContent?.trim() ?? '';
      return status !== '' && status !== loading;
    },
    t.searchLoading,
    { timeout: 15_000 },
  );
  return page.$$eval('[data-search-results] a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

// Each query is a form of a word in the seed article that differs from the form written there.
const seedQueries = [
  { query: 'الصين', note: 'as written' },
  { query: 'الصينية', note: 'feminine adjective; the article has الصين and الصيني' },
  { query: 'صين', note: 'without the article' },
  { query: 'بكين', note: 'as written' },
  { query: 'وبكين', note: 'with the conjunction و' },
  { query: 'بالصين', note: 'with بال' },
  { query: 'وللصين', note: 'with ولل' },
  { query: 'والمحادثات', note: 'with وال; the article has المحادثات' },
  { query: 'والروسية', note: 'with وال; the article has الروسية' },
  { query: 'لبكين', note: 'with the preposition ل (searched as بكين)' },
  { query: 'شويجو', note: 'another spelling of شويغو' },
  { query: 'سو-٥٧', note: 'Arabic-Indic digits; the article has سو-57' },
  { query: 'وأوكرانيا', note: 'و before alef, which the stemmer keeps' },
  { query: 'شويغو روسيا', note: 'two words' },
];

describe('search (real site build)', () => {
  it.each(seedQueries)('finds the seed article for "$query" ($note)', async ({ query }) => {
    const { page, requests, context } = await openPage(browser, { name: `search-${query}` });
    await page.goto(`${site.url}search/`, { waitUntil: 'networkidle' });
    expect(await search(page, query)).toContain(`/articles/${seedArticleId}/`);
    expect(externalRequests(requests)).toEqual([]);
    await context.close();
  });

  it('reads ?q= from the address, shows an Arabic count, the title, description and date, and finds nothing for an absent word', async () => {
    const { page, context } = await openPage(browser, { name: 'search-query-string' });
    await page.goto(`${site.url}search/?q=${encodeURIComponent('شويغو')}`, {
      waitUntil: 'networkidle',
    });
    await page.waitForSelector('[data-search-results] li');
    expect(await page.inputValue('#search-input')).toBe('شويغو');
    const item = page.locator('[data-search-results] li').first();
    expect(await item.locator('a').textContent()).toContain('بكين');
    expect(await item.locator('time').getAttribute('datetime')).toMatch(/^2024-11-12/);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/نتيجة|نتائج|نتيجتان/);
    await saveScreenshot(page, 'search-results');
    expect(await search(page, 'كنغر')).toEqual([]);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      t.searchNoResults('كنغر'),
    );
    // Words that only share letters with the article's: كينيا (بكين), زير (وزير).
    expect(await search(page, 'كينيا')).toEqual([]);
    expect(await search(page, 'زير')).toEqual([]);
    await context.close();
  });

  it('without JavaScript, explains and offers the sections and the archive', async () => {
    const { page, context } = await openPage(browser, {
      javaScriptEnabled: false,
      name: 'search-nojs',
    });
    await page.goto(`${site.url}search/`);
    // (Playwright's text selectors skip <noscript>, so the paragraph is located by CSS.)
    const message = page.locator('[data-search] noscript p');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toBe(t.searchNoScript);
    expect(await page.locator('[data-search] a[href$="/archive/"]').isVisible()).toBe(true);
    expect(await page.locator('[data-search] a[href*="/category/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

// On the fixture content: an exact result must not depend on what the newsroom has published.
describe('search under a sub-path (BASE_PATH=/afaq)', () => {
  let sub: StaticServer;
  beforeAll(async () => {
    const build = await buildSite({
      name: 'reader-subpath',
      contentDir: fixtureContent,
      env: { BASE_PATH: '/afaq' },
    });
    if (!build.ok) throw new Error(build.output);
    sub = await serveStatic(build.outDir, '/afaq/');
  });
  afterAll(async () => sub?.close());

  it('loads the index from /afaq/pagefind/ and links results under /afaq/', async () => {
    const { page, requests, context } = await openPage(browser, { name: 'search-subpath' });
    await page.goto(`${sub.url}search/`, { waitUntil: 'networkidle' });
    // «أوبك» is in one fixture article only.
    const results = await search(page, 'أوبك');
    expect(results).toEqual(['/afaq/articles/opec-output-cut/']);
    expect(requests.some((url) => new URL(url).pathname.startsWith('/afaq/pagefind/'))).toBe(true);
    expect(externalRequests(requests)).toEqual([]);
    const response = await page.goto(`${sub.origin}${results[0]}`);
    expect(response?.status()).toBe(200);
    await context.close();
  });
});

describe('theme', () => {
  const state = (page: Page) =>
    page.evaluate(() => ({
      theme: document.documentElement.dataset.theme ?? null,
      scheme: getComputedStyle(document.documentElement).colorScheme,
      background: getComputedStyle(document.body).backgroundColor,
      pressed: document.querySelector('#theme-toggle')?.getAttribute('aria-pressed') ?? null,
    }));

  it('follows the system, toggles, and remembers the choice across reloads with no flash', async () => {
    const { page, context } = await openPage(browser, {
      colorScheme: 'light',
      name: 'theme-toggle',
    });
    const url = `${site.url}articles/${seedArticleId}/`;
    await page.goto(url);
    const light = await state(page);
    expect(light).toMatchObject({ theme: null, pressed: 'false' });
    expect(light.scheme).not.toContain('dark');

    await page.click('#theme-toggle');
    const dark = await state(page);
    expect(dark).toMatchObject({ theme: 'dark', pressed: 'true' });
    expect(dark.background).not.toBe(light.background);

    // On reload, record the theme at the first moment the body exists (before any bundled script).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as any).__firstTheme = { theme: document.documentElement.dataset.theme ?? null };
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    // data-theme is already set when the body starts, before the first paint (which waits for the CSS).
    expect(await page.evaluate(() => (window as any).__firstTheme)).toMatchObject({
      theme: 'dark',
    });
    expect(await state(page)).toMatchObject({
      theme: 'dark',
      pressed: 'true',
      background: dark.background,
    });

    await page.click('#theme-toggle');
    await page.reload();
    expect(await state(page)).toMatchObject({
      theme: 'light',
      pressed: 'false',
      background: light.background,
    });
    await context.close();
  });

  it('applies the system dark theme without JavaScript, and hides the toggle', async () => {
    const { page, context } = await openPage(browser, {
      colorScheme: 'dark',
      javaScriptEnabled: false,
      name: 'theme-nojs',
    });
    await page.goto(`${site.url}`);
    const result = await page.evaluate(
      () => getComputedStyle(document.documentElement).colorScheme,
    );
    expect(result).toContain('dark');
    expect(await page.locator('#theme-toggle').isVisible()).toBe(false);
    await context.close();
  });
});

describe('print', () => {
  it('prints the article alone: no navigation, share links, tags, related stories, comments or back-to-top', async () => {
    const { page, context } = await openPage(browser, { name: 'print' });
    await page.goto(`${site.url}articles/${seedArticleId}/`, { waitUntil: 'networkidle' });
    const chrome = [
      'body > header',
      'body > footer',
      'nav[aria-label="' + t.breadcrumbs + '"]',
      '[data-share]',
      '#comments',
      'section[aria-labelledby="tags-heading"]',
      '.back-to-top',
      '#theme-toggle',
    ];
    const present = await Promise.all(
      chrome.map(async (selector) => [selector, await page.locator(selector).count()] as const),
    );
    expect(present.filter(([, count]) => count === 0).map(([s]) => s)).toEqual([]);
    // On screen they show (back-to-top only once the reader scrolls, so it is left out here).
    for (const selector of chrome.filter((s) => s !== '.back-to-top')) {
      expect(await page.locator(selector).first().isVisible(), `screen: ${selector}`).toBe(true);
    }

    await page.emulateMedia({ media: 'print' });
    for (const selector of chrome) {
      expect(await page.locator(selector).first().isVisible(), `print: ${selector}`).toBe(false);
    }
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('.article-body p').first().isVisible()).toBe(true);
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('.article-body p')!).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    await context.close();
  });
});

describe('share links', () => {
  it('copy-link copies the article URL where the clipboard is available', async () => {
    const { page, context } = await openPage(browser, { name: 'share-copy' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(`${site.url}articles/${seedArticleId}/`);
    const button = page.locator('[data-share-copy]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await page.waitForFunction(
      (text) => document.querySelector('[data-share-status]')?.textContent === text,
      t.shareCopied,
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    await context.close();
  });
});
