// Reader features in real Chromium, checked the way a reader sees them: the back-to-top button
// (hidden at the top and on pages that do not scroll, shown after scrolling, never over text), the
// reading-progress bar, the «حجم الخط» control, the front page above the fold, the phone navigation
// and the comment form's required marks. Screenshots of the front, author and live pages at 390 and
// 1280 px go to test-results/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { fixtureDist, seedArticleId, siteDist } from '../helpers/sites';
import { t } from '../../src/i18n/ar';

let browser: Browser;
let fixture: StaticServer;
let site: StaticServer;

beforeAll(async () => {
  [browser, fixture, site] = await Promise.all([
    launchBrowser(),
    serveStatic(fixtureDist),
    serveStatic(siteDist),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), fixture?.close(), site?.close()]);
});

const widths = [
  { label: 'phone', width: 390, height: 844 },
  { label: 'desktop', width: 1280, height: 900 },
] as const;

/** What the reader sees of the back-to-top button: drawn (not hidden, not transparent) and on screen. */
const backToTop = (page: Page) =>
  page.evaluate(() => {
    const button = document.querySelector<HTMLElement>('.back-to-top')!;
    const style = getComputedStyle(button);
    const box = button.getBoundingClientRect();
    const onScreen =
      box.bottom > 0 &&
      box.top < innerHeight &&
      box.right > 0 &&
      box.left < innerWidth &&
      box.width > 0;
    return {
      seen: onScreen && style.visibility === 'visible' && Number(style.opacity) > 0.5,
      box: { x: box.x, y: box.y, w: box.width, h: box.height },
    };
  });

/** Text that the button covers at the current scroll position (line boxes of text nodes it overlaps). */
const textUnderButton = (page: Page) =>
  page.evaluate(() => {
    const button = document.querySelector<HTMLElement>('.back-to-top')!.getBoundingClientRect();
    const covered: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('.back-to-top, script, style'))
        continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const overlaps =
          rect.right > button.left &&
          rect.left < button.right &&
          rect.bottom > button.top &&
          rect.top < button.bottom;
        if (overlaps && rect.width > 0) covered.push(node.textContent.trim().slice(0, 30));
      }
    }
    return covered;
  });

describe.each(widths)('back-to-top on a $label ($width px)', ({ label, width, height }) => {
  it('is hidden at the top, shown after scrolling, and never covers text', async () => {
    const { page, context } = await openPage(browser, {
      width,
      height,
      name: `back-to-top-${label}`,
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.url}articles/${seedArticleId}/`, { waitUntil: 'networkidle' });
    expect((await backToTop(page)).seen, 'visible at scroll 0').toBe(false);
    const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(scrollHeight).toBeGreaterThan(2 * height);
    let seenOnce = false;
    for (let y = 0; y <= scrollHeight; y += Math.round(height / 3)) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const state = await backToTop(page);
      if (state.seen) {
        seenOnce = true;
        expect(await textUnderButton(page), `covers text at scroll ${y}`).toEqual([]);
      }
    }
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect((await backToTop(page)).seen, 'visible at the end').toBe(true);
    expect(seenOnce).toBe(true);
    await page.getByRole('link', { name: t.backToTop }).click();
    await page.waitForFunction(() => window.scrollY === 0);
    await context.close();
  });

  it('stays hidden on a page that does not scroll', async () => {
    const { page, context } = await openPage(browser, {
      width,
      height: 3000,
      name: `back-to-top-short-${label}`,
    });
    await page.goto(`${site.url}comments/thanks/`, { waitUntil: 'networkidle' });
    const scrolls = await page.evaluate(() => document.documentElement.scrollHeight > innerHeight);
    expect(scrolls).toBe(false);
    expect((await backToTop(page)).seen).toBe(false);
    await context.close();
  });
});

describe('«عاجل» bar', () => {
  it('is a named landmark whose only motion, the label dot, stops when the reader prefers less motion', async () => {
    const { page, context } = await openPage(browser, {
      width: 390,
      height: 844,
      name: 'breaking-motion',
    });
    await page.goto(fixture.url);
    const bar = page.getByRole('region', { name: t.breaking });
    expect(await bar.isVisible()).toBe(true);
    expect(await bar.getByRole('link').count()).toBe(2);
    const animation = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('.breaking-dot')!).animationName);
    expect(await animation()).toBe('breaking-pulse');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animation()).toBe('none');
    await context.close();
  });
});

describe('reading progress', () => {
  const progress = (page: Page) =>
    page.evaluate(() => {
      const bar = document.querySelector('.reading-progress');
      if (!bar) return undefined;
      const fill = getComputedStyle(bar, '::before');
      return {
        shown: getComputedStyle(bar).display !== 'none',
        fill: parseFloat(fill.inlineSize) / bar.getBoundingClientRect().width,
      };
    });

  it('fills from the start side as the article scrolls, without JavaScript, and is not printed', async () => {
    const { page, context } = await openPage(browser, {
      width: 390,
      height: 844,
      javaScriptEnabled: false,
      name: 'progress',
    });
    await page.goto(`${site.url}articles/${seedArticleId}/`);
    expect(await progress(page)).toMatchObject({ shown: true, fill: 0 });
    await page.evaluate(() =>
      window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2),
    );
    await page.waitForTimeout(150); // a frame or more (no page script may run: JavaScript is off)
    const half = (await progress(page))!.fill;
    expect(half).toBeGreaterThan(0.4);
    expect(half).toBeLessThan(0.6);
    // The filled part starts on the right (the start side in Arabic).
    const edges = await page.evaluate(() => {
      const bar = document.querySelector('.reading-progress')!.getBoundingClientRect();
      return { barRight: bar.right, width: innerWidth };
    });
    expect(edges.barRight).toBe(edges.width);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(150); // a frame or more (no page script may run: JavaScript is off)
    expect((await progress(page))!.fill).toBeCloseTo(1, 1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.reading-progress').isVisible()).toBe(false);
    await context.close();
  });

  it('is on articles only', async () => {
    const { page, context } = await openPage(browser, { name: 'progress-home' });
    await page.goto(fixture.url);
    expect(await page.locator('.reading-progress').count()).toBe(0);
    await context.close();
  });
});

describe('«حجم الخط» text size', () => {
  const bodySize = (page: Page) =>
    page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.article-body p')!).fontSize),
    );

  it('enlarges the article text by keyboard, remembers it across pages and reloads with no flash', async () => {
    const { page, context } = await openPage(browser, {
      width: 390,
      height: 844,
      name: 'text-size',
    });
    await page.goto(`${fixture.url}articles/energy-summit/`);
    const normal = await bodySize(page);
    const group = page.getByRole('group', { name: t.textSize });
    expect(await group.isVisible()).toBe(true);
    const large = group.getByRole('button', { name: t.textSizes.large });
    await large.focus();
    await page.keyboard.press('Enter');
    expect(await large.getAttribute('aria-pressed')).toBe('true');
    const bigger = await bodySize(page);
    expect(bigger).toBeGreaterThan(normal * 1.1);

    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as any).__firstSize = document.documentElement.dataset.textSize ?? null;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${fixture.url}articles/satellite-launch/`);
    expect(await page.evaluate(() => (window as any).__firstSize)).toBe('large');
    expect(await bodySize(page)).toBeCloseTo(bigger, 0);

    await page.getByRole('button', { name: t.textSizes.normal }).click();
    await page.reload();
    expect(await bodySize(page)).toBeCloseTo(normal, 0);
    await context.close();
  });

  it('is hidden without JavaScript', async () => {
    const { page, context } = await openPage(browser, {
      javaScriptEnabled: false,
      name: 'text-size-nojs',
    });
    await page.goto(`${fixture.url}articles/energy-summit/`);
    expect(await page.locator('[data-text-size-control]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('<Gallery> by keyboard', () => {
  const url = () => `${fixture.url}articles/souk-photo-story/`;
  /** Which photo fills the strip (index), read from where the photos are drawn. */
  const shown = (page: Page) =>
    page.evaluate(() => {
      const track = document.querySelector('.gallery-track')!.getBoundingClientRect();
      return [...document.querySelectorAll('.gallery-track > figure')].findIndex((figure) => {
        const box = figure.getBoundingClientRect();
        return Math.abs(box.right - track.right) < 2;
      });
    });

  it('the next and previous buttons move one photo at a time and say where the reader is', async () => {
    const { page, context } = await openPage(browser, {
      width: 390,
      height: 844,
      name: 'gallery-buttons',
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url(), { waitUntil: 'networkidle' });
    const next = page.getByRole('button', { name: t.articleComponents.galleryNext });
    const previous = page.getByRole('button', { name: t.articleComponents.galleryPrevious });
    // The exact counter text («الصورة 2 من 3»): both numbers appear in it.
    const counterIs = (n: string) =>
      page.waitForFunction(
        (text) => document.querySelector('[data-gallery-counter]')?.textContent === text,
        t.articleComponents.galleryOf(n, '3'),
      );
    await counterIs('1');
    expect(await shown(page)).toBe(0);
    expect(await previous.isDisabled()).toBe(true);
    await next.focus();
    await page.keyboard.press('Enter');
    await counterIs('2');
    expect(await shown(page)).toBe(1);
    await page.keyboard.press('Enter');
    await counterIs('3');
    expect(await shown(page)).toBe(2);
    expect(await next.isDisabled()).toBe(true);
    await previous.focus();
    await page.keyboard.press('Space');
    await counterIs('2');
    expect(await page.locator('[data-gallery-counter]').textContent()).toBe(
      t.articleComponents.galleryOf('2', '3'),
    );
    // The page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await context.close();
  });

  it('without JavaScript the strip takes focus and the arrow keys scroll it', async () => {
    const { page, context } = await openPage(browser, {
      width: 390,
      height: 844,
      javaScriptEnabled: false,
      name: 'gallery-keys',
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url());
    expect(await page.locator('.gallery-controls').isVisible()).toBe(false);
    await page.locator('.gallery-track').focus();
    for (let i = 0; i < 12 && (await shown(page)) !== 1; i++) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(100);
    }
    expect(await shown(page)).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the front page as a reader sees it', () => {
  it('on a desktop, shows the lead headline and many stories above the fold', async () => {
    const { page, context } = await openPage(browser, {
      width: 1280,
      height: 900,
      name: 'front-fold',
    });
    await page.goto(fixture.url, { waitUntil: 'networkidle' });
    const fold = await page.evaluate(() => {
      const lead = document.querySelector('[data-front="lead"] h2')!.getBoundingClientRect();
      const headlines = [
        ...document.querySelectorAll(
          'main h2 a[href*="/articles/"], main h3 a[href*="/articles/"], main li > a[href*="/articles/"]',
        ),
      ];
      const above = headlines.filter((a) => a.getBoundingClientRect().bottom <= innerHeight).length;
      return { leadTop: lead.top, above };
    });
    expect(fold.leadTop).toBeLessThan(600);
    expect(fold.above).toBeGreaterThanOrEqual(8);
    await context.close();
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const { page, context } = await openPage(browser, {
      width: 390,
      height: 844,
      name: 'front-phone',
    });
    await page.goto(fixture.url, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await context.close();
  });
});

describe('on a 390 px phone', () => {
  it('the navigation wraps at the same place on every page', async () => {
    const layouts: string[] = [];
    for (const path of [
      '',
      'category/politics/',
      'category/sports/',
      'articles/energy-summit/',
      'search/',
    ]) {
      const { page, context } = await openPage(browser, {
        width: 390,
        height: 844,
        name: `nav-${path}`,
      });
      await page.goto(`${fixture.url}${path}`);
      await page.evaluate(() => document.fonts.ready);
      layouts.push(
        JSON.stringify(
          await page.$$eval(`nav[aria-label="${t.mainNavigation}"] a`, (links) =>
            links.map((link) => {
              const box = link.getBoundingClientRect();
              return [Math.round(box.x), Math.round(box.y), Math.round(box.width)];
            }),
          ),
        ),
      );
      await context.close();
    }
    expect(new Set(layouts).size, layouts.join('\n')).toBe(1);
  });

  it.each([320, 360, 390, 414])(
    'the required-field asterisk never sits alone on a line (%i px)',
    async (width) => {
      const { page, context } = await openPage(browser, {
        width,
        height: 700,
        name: `asterisk-${width}`,
      });
      await page.goto(`${site.url}articles/${seedArticleId}/`);
      await page.evaluate(() => document.fonts.ready);
      const lonely = await page.evaluate(() => {
        const problems: string[] = [];
        for (const element of [...document.querySelectorAll('#comments label, #comments p')]) {
          // Every visible character of the element in order, with the line box it is drawn on.
          const chars: Array<{ char: string; top: number }> = [];
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            for (let i = 0; i < text.textContent!.length; i++) {
              const char = text.textContent![i]!;
              if (/\s/.test(char)) continue;
              range.setStart(text, i);
              range.setEnd(text, i + 1);
              const box = range.getBoundingClientRect();
              if (box.width > 0) chars.push({ char, top: box.top });
            }
          }
          chars.forEach(({ char, top }, i) => {
            if (char === '*' && i > 0 && Math.abs(chars[i - 1]!.top - top) > 2)
              problems.push(element.textContent!.trim());
          });
          if (chars.some((c) => c.char === '*')) problems.push('checked');
        }
        return problems;
      });
      // Some labels and the privacy note carry a star, and none of them is alone on its line.
      expect(lonely.filter((p) => p === 'checked').length).toBeGreaterThanOrEqual(3);
      expect(lonely.filter((p) => p !== 'checked')).toEqual([]);
      await context.close();
    },
  );
});
