// Every page type in real Chromium: zero axe-core violations (WCAG 2.1 A and AA rules) in the light and
// dark themes, and no request to any host but the site's own. Pages are found in the built fixture
// site (one per page type and URL shape, see built-pages.ts), plus the seed article of the real site.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { externalRequests, launchBrowser, openPage } from '../helpers/browser';
import { describeViolations, runAxe } from '../helpers/axe';
import {
  listBuiltPages,
  missingPageTypes,
  representativePages,
  requiredPageTypes,
  type BuiltPage,
} from '../helpers/built-pages';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { fixtureDist, seedArticleId, siteDist } from '../helpers/sites';
import { t } from '../../src/i18n/ar';

interface Target {
  label: string;
  site: 'fixture' | 'site';
  /** Path to request (a missing path for the 404 page, so the server answers 404 with it). */
  path: string;
  type: string;
  /** Waits for the page's own script to finish rendering (search results). */
  ready?: (page: Page) => Promise<void>;
}

const fixturePages = await listBuiltPages(fixtureDist);
const targets: Target[] = representativePages(fixturePages).map((page: BuiltPage) => ({
  label: `${page.type} ${page.url}`,
  site: 'fixture' as const,
  path: page.type === '404' ? '/no-such-page/' : page.url,
  type: page.type,
}));
targets.push({
  label: 'seed article (real site)',
  site: 'site',
  path: `/articles/${seedArticleId}/`,
  type: 'article',
});
// Article pages whose parts the first article lacks: the writer's box and opinion layout, corrections.
for (const [label, path] of [
  ['opinion article with its writer', '/articles/opinion-water-economy/'],
  ['article with corrections', '/articles/budget-correction/'],
  ['live coverage', '/articles/live-summit/'],
  ['photo story with a gallery', '/articles/souk-photo-story/'],
] as const) {
  targets.push({ label, site: 'fixture', path, type: 'article' });
}
if (fixturePages.some((page) => page.type === 'search')) {
  // Search results are built in the browser: check them too.
  targets.push({
    label: 'search results for النفط',
    site: 'fixture',
    path: `/search/?q=${encodeURIComponent('النفط')}`,
    type: 'search',
    ready: async (page) => {
      await page.waitForFunction(
        (loading) => {
          const text = (document.querySelector('[data-search-status]')?.textContent ?? '').trim();
          return text.length > 0 && text !== loading;
        },
        t.searchLoading,
        { timeout: 15_000 },
      );
    },
  });
}

let browser: Browser;
const servers: Record<Target['site'], StaticServer> = {} as never;

beforeAll(async () => {
  [browser, servers.fixture, servers.site] = await Promise.all([
    launchBrowser(),
    serveStatic(fixtureDist),
    serveStatic(siteDist),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), servers.fixture?.close(), servers.site?.close()]);
});

describe('the fixture site has every page type', () => {
  it(`includes ${requiredPageTypes.join(', ')}`, () => {
    expect(missingPageTypes(fixturePages)).toEqual([]);
  });
});

const themes = [
  { theme: 'light', colorScheme: 'light', stored: undefined },
  { theme: 'dark (system)', colorScheme: 'dark', stored: undefined },
  { theme: 'dark (stored choice)', colorScheme: 'light', stored: 'dark' },
] as const;

describe.each(targets)('$label', (target) => {
  it.each(themes)(
    'has no axe violations in the $theme theme and loads nothing from elsewhere',
    async ({ theme, colorScheme, stored }) => {
      const { page, requests, context } = await openPage(browser, {
        width: 1280,
        height: 800,
        colorScheme,
        name: `quality-${target.label}-${theme}`,
      });
      if (stored) {
        // What the theme toggle stores (ThemeToggle.astro); the boot script applies it before paint.
        await page.addInitScript((value) => localStorage.setItem('afaq-theme', value), stored);
      }
      const server = servers[target.site];
      const response = await page.goto(
        new URL(target.path.replace(/^\//, ''), server.url).toString(),
        { waitUntil: 'networkidle' },
      );
      expect(response?.status()).toBe(target.type === '404' ? 404 : 200);
      await target.ready?.(page);
      await page.evaluate(() => document.fonts.ready);

      const scheme = await page.evaluate(
        () => getComputedStyle(document.documentElement).colorScheme,
      );
      // The page really is in the theme under test (a dark check on a light page would prove nothing).
      if (theme !== 'light') expect(scheme).toContain('dark');
      else expect(scheme).not.toContain('dark');

      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(externalRequests(requests)).toEqual([]);
      await context.close();
    },
  );
});

describe('the axe check itself', () => {
  it('reports a violation when there is one (an image without alt, pale grey Arabic text)', async () => {
    const { page, context } = await openPage(browser, { name: 'quality-canary' });
    await page.goto(servers.fixture.url, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML(
        'afterbegin',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p id="canary">نص عربي باهت</p>',
      );
      // Through the CSSOM: the site's CSP forbids style attributes in markup.
      const canary = document.getElementById('canary')!;
      canary.style.color = '#bbb';
    });
    const ids = (await runAxe(page)).map((violation) => violation.id);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('color-contrast');
    await context.close();
  });
});

describe('images on a phone', () => {
  it('every image below the fold loads lazily', async () => {
    const withImages = [];
    for (const page of representativePages(fixturePages)) {
      if (readFileSync(path.join(fixtureDist, page.file), 'utf8').includes('<img'))
        withImages.push(page);
    }
    // The fixture has an article with an image: it shows on the home, category and tag pages.
    expect(withImages.length).toBeGreaterThan(0);
    let belowFold = 0;
    for (const built of withImages) {
      const { page, context } = await openPage(browser, {
        width: 360,
        height: 740,
        name: `lazy-${built.url}`,
      });
      await page.goto(new URL(built.url.replace(/^\//, ''), servers.fixture.url).toString(), {
        waitUntil: 'load',
      });
      const images = await page.evaluate(() =>
        [...document.images].map((img) => ({
          src: img.currentSrc || img.src,
          top: img.getBoundingClientRect().top + window.scrollY,
          loading: img.getAttribute('loading'),
        })),
      );
      belowFold += images.filter((image) => image.top >= 740).length;
      const eagerBelowFold = images.filter((image) => image.top >= 740 && image.loading !== 'lazy');
      expect(eagerBelowFold, built.url).toEqual([]);
      await context.close();
    }
    expect(belowFold).toBeGreaterThan(0);
  });
});
