// A sub-path deployment (BASE_PATH=/afaq) served from /afaq/ like a static host that applies
// dist/_headers, in Chromium: every page reachable by links answers 200 with all its assets, nothing
// leaves /afaq/ or the machine, search works, the video embed stays private until clicked, and the
// Content-Security-Policy from _headers raises no violation.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  headersForPath,
  parseHeadersFile,
  type HeaderRule,
} from '../../src/integrations/headers-file';
import { axeViolations } from '../helpers/axe';
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { listBuiltPages } from '../helpers/built-pages';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { buildSubpathSite, componentsArticleId } from '../helpers/subpath-site';

let browser: Browser;
let server: StaticServer;
let outDir: string;
let rules: HeaderRule[];

beforeAll(async () => {
  const build = await buildSubpathSite('e2e-subpath');
  outDir = build.outDir;
  rules = parseHeadersFile(await readFile(path.join(outDir, '_headers'), 'utf8'));
  [browser, server] = await Promise.all([
    launchBrowser(),
    serveStatic(outDir, '/afaq/', { headers: (urlPath) => headersForPath(rules, urlPath) }),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** Records CSP violations (events and console errors) from the first script on every page. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  return async () => [
    ...consoleErrors.splice(0),
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
}

/** Links to other pages of the site in the served HTML (like a crawler: <noscript> links count), without #fragments or queries. */
function internalLinks(html: string, pageUrl: string): string[] {
  const $ = cheerio.load(html, { scriptingEnabled: false }); // parse <noscript> content as elements
  const origin = new URL(pageUrl).origin;
  return $('a[href]')
    .toArray()
    .map((link) => new URL($(link).attr('href')!, pageUrl))
    .filter((url) => url.origin === origin)
    .map((url) => `${url.origin}${url.pathname}`);
}

describe('sub-path deployment served from /afaq/', () => {
  it('every page reachable by internal links returns 200, loads its assets, and no request leaves /afaq/ or the machine', async () => {
    const { page, context } = await openPage(browser, { name: 'subpath-crawl' });
    const readViolations = await watchCsp(page);
    const failures: string[] = [];
    const escaped: string[] = [];
    page.on('requestfinished', async (request) => {
      const response = await request.response();
      if (response && response.status() >= 400)
        failures.push(`${response.status()} ${request.url()}`);
    });
    page.on('requestfailed', (request) => {
      // Moving on to the next page aborts what is still loading (the favicon): not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        failures.push(`failed ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:')) escaped.push(url);
    });

    const visited = new Set<string>();
    const queue = [server.url];
    const violations: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.status(), url).toBe(200);
      expect(response?.headers()['content-security-policy'], url).toBeTruthy();
      const isHtml = response!.headers()['content-type']?.startsWith('text/html');
      // Feeds (rss.xml) open in Chromium's XML viewer, whose own inline styles are not the site's code.
      const pageViolations = await readViolations();
      if (!isHtml) continue;
      violations.push(...pageViolations.map((v) => `${url}: ${v}`));
      for (const link of internalLinks(await response!.text(), url))
        if (!visited.has(link)) queue.push(link);
    }

    expect(failures).toEqual([]);
    expect(escaped).toEqual([]);
    expect(violations).toEqual([]);
    // Every page a reader should reach was reached (the comment thank-you page is the form's target).
    const expected = (await listBuiltPages(outDir))
      .filter((p) => p.type !== '404' && p.type !== 'comments')
      .map((p) => new URL(`${server.url}${p.url.slice(1)}`).href);
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.filter((url) => !visited.has(url))).toEqual([]);
    await context.close();
  });

  it('a missing page gets the styled 404 page, with its assets under /afaq/', async () => {
    const { page, requests, context } = await openPage(browser, { name: 'subpath-404' });
    const response = await page.goto(`${server.url}articles/no-such-story/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('الصفحة غير موجودة');
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex'); // the stylesheet applied
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    await page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' }).click();
    await page.waitForURL(server.url);
    await context.close();
  });

  it('search works under the sub-path and leads to the article', async () => {
    const { page, requests, context } = await openPage(browser, { name: 'subpath-search' });
    const readViolations = await watchCsp(page);
    await page.goto(`${server.url}search/`);
    await page.getByRole('searchbox').fill('سفينة الميناء');
    await page.getByRole('searchbox').press('Enter');
    const first = page.locator('[data-search-results] a').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toBe(`/afaq/articles/${componentsArticleId}/`);
    await first.click();
    await page.waitForURL(`${server.url}articles/${componentsArticleId}/`);
    expect(requests.some((url) => url.startsWith(`${server.url}pagefind/`))).toBe(true);
    expect(
      requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:')),
    ).toEqual([]);
    expect(await readViolations()).toEqual([]);
    await context.close();
  });

  it('the video loads nothing from its host until the reader clicks; the click starts the privacy player', async () => {
    const { page, requests, context } = await openPage(browser, { name: 'subpath-video' });
    const readViolations = await watchCsp(page);
    // No internet here: stand in for the player.
    await context.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>player</title>',
      }),
    );
    await page.goto(`${server.url}articles/${componentsArticleId}/`, { waitUntil: 'networkidle' });
    const video = page.locator('[data-video-embed]').first();
    await video.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /youtube|ytimg|vimeo/.test(url))).toEqual([]);
    expect(requests.some((url) => /\/afaq\/_astro\/video-poster\./.test(url))).toBe(true);

    await video.getByRole('link').click();
    const frame = video.locator('iframe');
    await expect
      .poll(() => frame.getAttribute('src'))
      .toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(await frame.getAttribute('title')).toBe('لحظة وصول السفينة إلى الميناء');
    await expect
      .poll(() => requests.some((url) => url.startsWith('https://www.youtube-nocookie.com/embed/')))
      .toBe(true);
    expect(requests.filter((url) => /youtube\.com|ytimg|vimeo/.test(url))).toEqual([]); // only the nocookie player
    expect(await readViolations()).toEqual([]); // frame-src allows the player
    await saveScreenshot(page, 'subpath-video-after-click');
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'the editor components pass axe in the %s theme, and the video link is keyboard-operable',
    async (colorScheme) => {
      const { page, context } = await openPage(browser, {
        name: `subpath-components-${colorScheme}`,
        colorScheme,
      });
      await context.route('https://www.youtube-nocookie.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>player</title>' }),
      );
      await page.goto(`${server.url}articles/${componentsArticleId}/`, {
        waitUntil: 'networkidle',
      });
      await page.locator('.article-body figure img').first().scrollIntoViewIfNeeded();
      await page.evaluate(() => document.fonts.ready);
      expect(await axeViolations(page)).toEqual([]);
      // Keyboard: the play link takes focus with a visible ring and Enter starts the player.
      const link = page.locator('[data-video-embed] a').first();
      await link.focus();
      expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-video-embed] iframe').count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
      await saveScreenshot(page, `subpath-components-${colorScheme}`);
      await context.close();
    },
  );

  it('without JavaScript the video is a link to its page on the host', async () => {
    const { page, requests, context } = await openPage(browser, {
      name: 'subpath-video-nojs',
      javaScriptEnabled: false,
    });
    await context.route('https://www.youtube.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>watch</title>',
      }),
    );
    await page.goto(`${server.url}articles/${componentsArticleId}/`, { waitUntil: 'networkidle' });
    expect(requests.filter((url) => /youtube|ytimg|vimeo/.test(url))).toEqual([]);
    await page.locator('[data-video-embed] a').first().click();
    await page.waitForURL('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await context.close();
  });
});

describe('the Content-Security-Policy from _headers in Chromium', () => {
  it.each([
    ['home', ''],
    ['article', `articles/${componentsArticleId}/`],
    ['search', 'search/?q=%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1'],
  ])(
    'raises no violation on the %s page (scripts run, styles and fonts apply)',
    async (name, urlPath) => {
      const { page, context } = await openPage(browser, { name: `csp-${name}` });
      const readViolations = await watchCsp(page);
      const response = await page.goto(`${server.url}${urlPath}`, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toBe(
        headersForPath(rules, '/afaq/')['content-security-policy'],
      );
      await page.evaluate(() => document.fonts.ready);
      if (name === 'search')
        await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
      // The inline theme bootstrap and Astro's scripts ran; the stylesheet and web font applied.
      const state = await page.evaluate(() => ({
        font: getComputedStyle(document.body).fontFamily,
        cairo: [...document.fonts].some(
          (face) => face.family.startsWith('Cairo') && face.status === 'loaded',
        ),
      }));
      expect(state.font).toMatch(/Cairo/);
      expect(state.cairo).toBe(true);
      expect(await readViolations()).toEqual([]);

      // The watcher does catch a violation: an injected inline script is blocked and reported.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
      });
      await expect.poll(async () => (await readViolations()).length).toBeGreaterThan(0);
      expect(
        await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
      ).toBeUndefined();
      await context.close();
    },
  );
});
