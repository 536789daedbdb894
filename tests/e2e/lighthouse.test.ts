// Lighthouse on the home, article and search pages of the fixture site: accessibility, best practices
// and SEO at 100 (mobile configuration, one run each). The performance score is reported by
// `npm run bench`, not tested here (it depends on the machine's load).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, launchChrome } from '../../scripts/lighthouse-audit.mjs';
import { listBuiltPages } from '../helpers/built-pages';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { fixtureDist } from '../helpers/sites';

let server: StaticServer;
let chrome: Awaited<ReturnType<typeof launchChrome>>;

beforeAll(async () => {
  [server, chrome] = await Promise.all([serveStatic(fixtureDist), launchChrome()]);
});

afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

const pages = await listBuiltPages(fixtureDist);
/** The first page of each type, found in the build (the article with the most content: energy-summit has headings). */
const pick = (type: string) => pages.find((page) => page.type === type)?.url;

describe.each([
  { label: 'home', url: pick('home') },
  {
    label: 'article',
    url: pages.find((page) => page.url === '/articles/energy-summit/')?.url ?? pick('article'),
  },
  { label: 'search', url: pick('search') },
])('Lighthouse on the $label page', ({ label, url }) => {
  it('scores 100 for accessibility, best practices and SEO', { timeout: 180_000 }, async () => {
    expect(url, `no ${label} page was built`).toBeTypeOf('string');
    const result = await audit(
      new URL(url!.replace(/^\//, ''), server.url).toString(),
      chrome.port,
      ['accessibility', 'best-practices', 'seo'],
    );
    console.log(`Lighthouse ${label} ${url}: ${JSON.stringify(result.scores)}`);
    expect(result.failed, JSON.stringify(result.failed, null, 2)).toEqual([]);
    expect(result.scores.accessibility).toBe(100);
    expect(result.scores['best-practices']).toBe(100);
    expect(result.scores.seo).toBe(100);
  });
});
