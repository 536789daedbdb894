// The article page in real Chromium, on a phone and on a desktop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { externalRequests, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { fixtureDist, seedArticleId, siteDist } from '../helpers/sites';

let browser: Browser;
let site: StaticServer;
let fixture: StaticServer;

beforeAll(async () => {
  [browser, site, fixture] = await Promise.all([
    launchBrowser(),
    serveStatic(siteDist),
    serveStatic(fixtureDist),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), fixture?.close()]);
});

describe.each([
  { label: 'phone', width: 360, height: 740 },
  { label: 'desktop', width: 1280, height: 800 },
])('the seed article on a $label ($width px)', ({ label, width, height }) => {
  it('is right-to-left, fits the screen, uses the Arabic web font and stays on the machine', async () => {
    const { page, requests, context } = await openPage(browser, {
      width,
      height,
      name: `seed-${label}`,
    });
    const response = await page.goto(`${site.url}articles/${seedArticleId}/`, {
      waitUntil: 'networkidle',
    });
    expect(response?.status()).toBe(200);
    await page.evaluate(() => document.fonts.ready);

    const layout = await page.evaluate(() => ({
      direction: getComputedStyle(document.documentElement).direction,
      bodyDirection: getComputedStyle(document.body).direction,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      lineHeight: parseFloat(
        getComputedStyle(document.querySelector('.article-body p')!).lineHeight,
      ),
      fontSize: parseFloat(getComputedStyle(document.querySelector('.article-body p')!).fontSize),
      letterSpacing: getComputedStyle(document.querySelector('.article-body p')!).letterSpacing,
      h1Family: getComputedStyle(document.querySelector('h1')!).fontFamily,
      cairoLoaded: [...document.fonts].some(
        (face) => face.family.startsWith('Cairo') && face.status === 'loaded',
      ),
      arabicGlyphsInCairo: document.fonts.check(
        '16px "' + [...document.fonts].find((f) => f.family.startsWith('Cairo'))!.family + '"',
        'بكين',
      ),
    }));
    expect(layout.direction).toBe('rtl');
    expect(layout.bodyDirection).toBe('rtl');
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.cairoLoaded).toBe(true);
    expect(layout.arabicGlyphsInCairo).toBe(true);
    expect(layout.h1Family).toMatch(/^Cairo/);
    expect(layout.lineHeight / layout.fontSize).toBeGreaterThanOrEqual(1.7);
    expect(['normal', '0px']).toContain(layout.letterSpacing);

    // The first paragraph starts at the right edge (start side in RTL).
    const firstParagraph = await page.locator('.article-body p').first().boundingBox();
    const body = await page.locator('.article-body').boundingBox();
    expect(firstParagraph!.x + firstParagraph!.width).toBeCloseTo(body!.x + body!.width, 0);

    expect(externalRequests(requests)).toEqual([]);
    await saveScreenshot(page, `article-seed-${label}-${width}`);
    await context.close();
  });

  it('renders mixed Arabic/Latin text ("سو-57") in logical order', async () => {
    const { page, context } = await openPage(browser, { width, height });
    await page.goto(`${site.url}articles/${seedArticleId}/`);
    const order = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.article-body p')].find((p) =>
        p.textContent!.includes('سو-57'),
      )!;
      const range = document.createRange();
      const textNode = [...paragraph.childNodes].find((n) => n.textContent!.includes('سو-57'))!;
      const at = textNode.textContent!.indexOf('سو-57');
      const box = (start: number, end: number) => {
        range.setStart(textNode, start);
        range.setEnd(textNode, end);
        return range.getBoundingClientRect();
      };
      const letters = box(at, at + 2); // "سو"
      const digits = box(at + 3, at + 5); // "57"
      return {
        lettersRight: letters.right,
        digitsRight: digits.right,
        sameLine: Math.abs(letters.top - digits.top) < 5,
      };
    });
    // In RTL the Arabic letters come first, i.e. to the right of the digits, when on one line.
    if (order.sameLine) expect(order.lettersRight).toBeGreaterThan(order.digitsRight);
    await context.close();
  });
});

describe('navigation on the article page', () => {
  it('the table of contents scrolls to its heading by click and by keyboard', async () => {
    const { page, context } = await openPage(browser, { width: 360, height: 640, name: 'toc' });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${fixture.url}articles/energy-summit/`);
    const toc = page.locator('nav[aria-labelledby="toc-heading"]');
    expect(await toc.locator('a').count()).toBe(4);

    await toc.locator('a', { hasText: 'ما التالي؟' }).click();
    await page.waitForFunction(() => decodeURIComponent(location.hash) === '#ما-التالي');
    const clicked = await page.locator('[id="ما-التالي"]').boundingBox();
    expect(clicked!.y).toBeGreaterThanOrEqual(0);
    expect(clicked!.y).toBeLessThan(200);

    // Keyboard only: a fresh load, Tab until the entry has focus, with a visible focus ring.
    await page.goto(`${fixture.url}articles/energy-summit/`);
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (
        (await page.evaluate(() => document.activeElement?.textContent?.trim())) ===
        'الطاقة المتجددة'
      )
        break;
    }
    const ring = await page.evaluate(() => {
      const active = document.activeElement!;
      const style = getComputedStyle(active);
      return {
        text: active.textContent?.trim(),
        focusVisible: active.matches(':focus-visible'),
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    expect(ring).toMatchObject({ text: 'الطاقة المتجددة', focusVisible: true, outline: 'solid' });
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => decodeURIComponent(location.hash) === '#الطاقة-المتجددة');
    const pressed = await page.locator('[id="الطاقة-المتجددة"]').boundingBox();
    expect(pressed!.y).toBeLessThan(200);
    await saveScreenshot(page, 'toc-after-keyboard');
    await context.close();
  });

  it('back-to-top returns to the top by click and by keyboard, and is named in Arabic', async () => {
    const { page, context } = await openPage(browser, {
      width: 360,
      height: 640,
      name: 'back-to-top',
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.url}articles/${seedArticleId}/`);
    const button = page.getByRole('link', { name: 'العودة إلى أعلى الصفحة' });

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await page.waitForFunction(() => window.scrollY === 0);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY === 0);
    await context.close();
  });

  it('the skip link is the first thing the keyboard reaches and moves focus to the content', async () => {
    const { page, context } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${site.url}articles/${seedArticleId}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused).toEqual({ text: 'تخطَّ إلى المحتوى', href: '#main' });
    const skip = page.locator('a[href="#main"]');
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await context.close();
  });

  it('the header navigation fits a 360 px phone and every category link is reachable', async () => {
    const { page, context } = await openPage(browser, {
      width: 360,
      height: 740,
      name: 'nav-phone',
    });
    await page.goto(site.url);
    const links = page.locator('nav[aria-label="الأقسام"] a');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < count; i++) {
      const box = await links.nth(i).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(box!.height).toBeGreaterThanOrEqual(24); // a comfortable touch target
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(360);
    await links.nth(1).click();
    await page.waitForURL(/\/category\/politics\/$/);
    await saveScreenshot(page, 'category-phone');
    await context.close();
  });
});
