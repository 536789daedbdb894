// The front page, a writer's page and a live coverage page as a reader sees them, at 390 and 1280 px,
// on the fixture site and on a generated newsroom of a few hundred stories (tests/helpers/
// newsroom-corpus.ts). The screenshots stay in test-results/screenshots/ for people to look at; the
// checks are what a reader would notice first: the page fits the screen, the lead has its photo,
// stories line up, nothing loads from elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { externalRequests, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { buildSite } from '../helpers/build-site';
import { writeNewsroomCorpus } from '../helpers/newsroom-corpus';
import { fixtureDist } from '../helpers/sites';

const newsroomSize = 300;
let browser: Browser;
const servers: Record<'fixture' | 'newsroom', StaticServer> = {} as never;

beforeAll(async () => {
  const contentDir = await writeNewsroomCorpus('newsroom', newsroomSize);
  const build = await buildSite({ name: 'newsroom', contentDir });
  if (!build.ok) throw new Error(build.output);
  [browser, servers.fixture, servers.newsroom] = await Promise.all([
    launchBrowser(),
    serveStatic(fixtureDist),
    serveStatic(build.outDir),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), servers.fixture?.close(), servers.newsroom?.close()]);
});

const pages = [
  { name: 'front', path: '' },
  { name: 'author', path: 'author/ahmad-salem/' },
  { name: 'live', path: 'articles/live-summit/' },
] as const;
const widths = [390, 1280] as const;

describe.each(['fixture', 'newsroom'] as const)('%s site', (siteName) => {
  it.each(pages.flatMap((page) => widths.map((width) => ({ ...page, width }))))(
    '$name page at $width px',
    async ({ name, path, width }) => {
      const { page, requests, context } = await openPage(browser, {
        width,
        height: width < 600 ? 844 : 900,
        name: `${siteName}-${name}-${width}`,
      });
      const response = await page.goto(`${servers[siteName].url}${path}`, {
        waitUntil: 'networkidle',
      });
      expect(response?.status()).toBe(200);
      await page.evaluate(() => document.fonts.ready);
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        images: [...document.images]
          .filter((img) => img.getBoundingClientRect().top < innerHeight)
          .map((img) => img.complete && img.naturalWidth > 0),
      }));
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.images.every(Boolean)).toBe(true);
      expect(externalRequests(requests)).toEqual([]);
      const file = await saveScreenshot(page, `${name}-${siteName}-${width}`);
      expect(file).toMatch(/\.png$/);
      await context.close();
    },
  );
});
