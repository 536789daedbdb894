// The search page in real Chromium on a site built from the judged corpus (150 generated articles,
// tests/fixtures/search/judged.ts): spellings, typing, the count read to screen readers, «المزيد من
// النتائج», filters and order in the address and the back button, text that stays text, no CSP
// violation, and zero axe violations in both themes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { externalRequests, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { describeViolations, runAxe } from '../helpers/axe';
import { buildSite } from '../helpers/build-site';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { tmpRoot } from '../helpers/paths';
import { judgedSectionName, writeJudgedContent } from '../helpers/search-quality';
import { judgedCorpus, relevantArticles } from '../fixtures/search/judged';
import { t } from '../../src/i18n/ar';

const articles = judgedCorpus();
let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  const content = path.join(tmpRoot, 'search-judged-content');
  await writeJudgedContent(content, articles);
  const [build, launched] = await Promise.all([
    buildSite({ name: 'search-judged', contentDir: content }),
    launchBrowser(),
  ]);
  browser = launched;
  if (!build.ok) throw new Error(build.output);
  site = await serveStatic(build.outDir);
});

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

const status = (page: Page) => page.locator('[data-search-status]');
/** Waits until the status line is neither empty nor loading, and returns it. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    (loading) => {
      const text = document.querySelector('[data-search-status]')?.textContent?.trim() ?? '';
      return text !== '' && text !== loading;
    },
    t.searchLoading,
    { timeout: 15_000 },
  );
  return (await status(page).textContent())!.trim();
}
const resultPaths = (page: Page) =>
  page.$$eval('[data-search-results] h2 a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
const relevant = (...concepts: string[]) =>
  relevantArticles(articles, { query: '', concepts, note: '' });

describe('search page (judged corpus site)', () => {
  it('searches while typing, announces the count, and finds a name written in another spelling', async () => {
    const { page, requests, context } = await openPage(browser, { name: 'search-typing' });
    await page.goto(`${site.url}search/`, { waitUntil: 'networkidle' });
    await page.locator('#search-input').pressSequentially('شويجو', { delay: 30 });
    const text = await settled(page);
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    expect(text).toMatch(/نتيجة|نتائج|نتيجتان/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('شويجو');
    const found = await resultPaths(page);
    expect(found.length).toBe(10);
    for (const url of found) expect(relevant('shoigu').has(url)).toBe(true);
    // The articles written شويغو are found and their word is marked.
    const marks = await page.$$eval('[data-search-results] mark', (elements) =>
      elements.map((mark) => mark.textContent),
    );
    expect(marks).toContain('شويغو');
    expect(externalRequests(requests)).toEqual([]);
    await saveScreenshot(page, 'search-judged-results');
    await context.close();
  });

  it('finds nothing for words that only share letters with indexed ones (كينيا / بكين, زير / وزير)', async () => {
    const { page, context } = await openPage(browser, { name: 'search-precision' });
    for (const query of ['كينيا', 'زير']) {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`, {
        waitUntil: 'networkidle',
      });
      expect(await settled(page)).toBe(t.searchNoResults(query));
      expect(await resultPaths(page)).toEqual([]);
    }
    await context.close();
  });

  it('«المزيد من النتائج» loads the next results and moves focus to the first new one', async () => {
    const { page, context } = await openPage(browser, { name: 'search-more' });
    await page.goto(`${site.url}search/?q=${encodeURIComponent('مصر')}`, {
      waitUntil: 'networkidle',
    });
    await settled(page);
    const expected = relevant('egypt');
    expect(expected.size).toBeGreaterThan(10);
    expect(await resultPaths(page)).toHaveLength(10);
    const more = page.getByRole('button', { name: t.searchMore });
    await more.click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-search-results] li').length > count,
      10,
    );
    const all = await resultPaths(page);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((url) => expected.has(url))).toBe(true);
    expect(
      await page.evaluate(
        () =>
          document.activeElement?.closest('li') ===
          document.querySelectorAll('[data-search-results] li')[10],
      ),
    ).toBe(true);
    if (all.length === expected.size) expect(await more.isHidden()).toBe(true);
    await context.close();
  });

  it('keeps the query, section and order in the address; the back button returns to each search', async () => {
    const { page, context } = await openPage(browser, { name: 'search-filters' });
    await page.goto(`${site.url}search/?q=${encodeURIComponent('الصين')}`, {
      waitUntil: 'networkidle',
    });
    await settled(page);
    const china = [...relevant('china')].map((url) =>
      articles.find((article) => article.url === url)!,
    );
    const section = china[0]!.section;
    await page.selectOption('select[name="section"]', section);
    await page.waitForURL((url) => url.searchParams.get('section') === section);
    await settled(page);
    const inSection = await resultPaths(page);
    const expected = china
      .filter((article) => article.section === section)
      .map((article) => article.url);
    expect(inSection.length).toBe(Math.min(10, expected.length));
    expect(inSection.every((url) => expected.includes(url))).toBe(true);
    expect(await page.locator('[data-search-results] li p').first().textContent()).toContain(
      judgedSectionName(section),
    );

    await page.selectOption('select[name="section"]', '');
    await page.selectOption('select[name="order"]', 'newest');
    await page.waitForURL(
      (url) => url.searchParams.get('order') === 'newest' && !url.searchParams.has('section'),
    );
    await page.waitForFunction(
      () => document.querySelectorAll('[data-search-results] li').length >= 10,
    );
    const dates = await page.$$eval('[data-search-results] time', (times) =>
      times.map((time) => (time as HTMLTimeElement).dateTime),
    );
    expect(dates).toEqual([...dates].sort().reverse());

    await page.goBack();
    await page.waitForURL(
      (url) => !url.searchParams.has('order') && !url.searchParams.has('section'),
    );
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('section') === section);
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-search-results] li').length === count,
      inSection.length,
    );
    expect(await page.inputValue('select[name="section"]')).toBe(section);
    expect(await page.inputValue('#search-input')).toBe('الصين');
    await context.close();
  });

  it("narrows to a year and a month (the month waits for a year), in the site's time zone", async () => {
    const { page, context } = await openPage(browser, { name: 'search-month' });
    await page.goto(`${site.url}search/?q=${encodeURIComponent('مصر')}`, {
      waitUntil: 'networkidle',
    });
    await settled(page);
    expect(await page.locator('select[name="month"]').isDisabled()).toBe(true);
    const egypt = [...relevant('egypt')].map((url) =>
      articles.find((article) => article.url === url)!,
    );
    // Noon in Riyadh is the same day and month there (the site's time zone) as in UTC.
    const [year, month] = egypt[0]!.date.slice(0, 7).split('-') as [string, string];
    const expected = egypt
      .filter((article) => article.date.startsWith(`${year}-${month}`))
      .map((article) => article.url);
    await page.selectOption('select[name="year"]', year);
    await page.selectOption('select[name="month"]', month);
    await page.waitForURL(
      (url) => url.searchParams.get('year') === year && url.searchParams.get('month') === month,
    );
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-search-results] li').length === count,
      expected.length,
    );
    expect((await resultPaths(page)).sort()).toEqual(expected.sort());
    await context.close();
  });

  it('shows what a reader typed as text, never as HTML, and breaks no Content Security Policy rule', async () => {
    const { page, context } = await openPage(browser, { name: 'search-escaping' });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(event.violatedDirective),
      );
    });
    const query = '<img src=x onerror="window.pwned=1"> بكين';
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`, {
      waitUntil: 'networkidle',
    });
    await settled(page);
    expect(await page.locator('[data-search] img').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    await page.fill('#search-input', '<b>كنغر</b>');
    await page.press('#search-input', 'Enter');
    expect(await settled(page)).toBe(t.searchNoResults('<b>كنغر</b>'));
    expect(await page.locator('[data-search-status] b').count()).toBe(0);
    expect(await page.locator('[data-search] [style]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'has zero axe violations with results, marks and filters (%s theme)',
    async (colorScheme) => {
      const { page, context } = await openPage(browser, {
        colorScheme,
        name: `search-axe-${colorScheme}`,
      });
      await page.goto(`${site.url}search/?q=${encodeURIComponent('الصين وأمريكا')}`, {
        waitUntil: 'networkidle',
      });
      await settled(page);
      expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await context.close();
    },
  );
});
