// The web editor (/admin/, Decap CMS) in local mode: `astro dev` serves it with the local backend,
// which writes into a copy of the content folder; real Chromium drives it as an editor would.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as cheerio from 'cheerio';
import { externalRequests, launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { contentVariant } from '../helpers/build-site';
import { startDevServer, type DevServer } from '../helpers/dev-server';
import { projectRoot, siteContent, tmpRoot } from '../helpers/paths';
import { seedArticleId } from '../helpers/sites';
import { runAxe, describeViolations } from '../helpers/axe';

const fixtures = path.join(projectRoot, 'tests/fixtures/editor-article');
let browser: Browser;
let server: DevServer;
let content: string;
const articles = () => path.join(content, 'articles');
const admin = () => `${server.url}admin/`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  // The real content (the seed article), the components article with its images, a file of
  // constructs a Markdown editor likes to rewrite.
  content = await contentVariant('editor', siteContent, {});
  await cp(
    path.join(fixtures, 'editor-components.mdx'),
    path.join(articles(), 'editor-components.mdx'),
  );
  await cp(path.join(fixtures, 'images'), path.join(articles(), 'images/editor-components'), {
    recursive: true,
  });
  await cp(path.join(fixtures, 'round-trip.mdx'), path.join(articles(), 'round-trip.mdx'));
  [browser, server] = await Promise.all([
    launchBrowser(),
    startDevServer('editor', path.relative(projectRoot, content), await freePort()),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
});

/** Opens the editor signed in to the local backend, recording CSP violations. */
async function openEditor(name: string, hash = '') {
  const tracked = await openPage(browser, { name, width: 1280, height: 1000 });
  const violations: string[] = [];
  await tracked.page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await tracked.page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  await tracked.page.goto(admin());
  await tracked.page.getByRole('button', { name: 'الدخول' }).click();
  await tracked.page.getByRole('link', { name: 'المقالات' }).first().waitFor();
  if (hash) await tracked.page.goto(`${admin()}#${hash}`);
  return { ...tracked, violations };
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'نشر', exact: true }).click();
  await page.getByText('انشر الآن', { exact: true }).click();
}

describe('the web editor in local mode', () => {
  it('is Arabic and right to left, never indexed, loads nothing from another host, breaks no CSP', async () => {
    const response = await fetch(admin());
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    const html = await response.text();
    expect(cheerio.load(html)('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');

    const { page, requests, context, violations } = await openEditor('editor-collection');
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    await page.getByText('مباحثات أمنية صينية روسية في بكين').first().waitFor();
    await saveScreenshot(page, 'editor-collection');
    expect(externalRequests(requests)).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('refuses to save an article without its required fields, in the build’s words, and writes nothing', async () => {
    const before = await readdir(articles());
    const { page, context } = await openEditor('editor-required', '/collections/articles/new');
    await page.getByLabel('العنوان (title)').fill('خبر بلا موجز');
    await publish(page);
    await page.getByText('الموجز (description) مطلوب ولا يكون فارغاً.').first().waitFor();
    expect(await page.getByText('القسم (category) مطلوب ولا يكون فارغاً.').count()).toBeGreaterThan(
      0,
    );
    await saveScreenshot(page, 'editor-required-field');
    expect(await readdir(articles())).toEqual(before);
    await context.close();
  });

  it('axe finds nothing wrong in the markup that is ours (the page, the file-name field, the preview)', async () => {
    const { page, context } = await openEditor('editor-axe', '/collections/articles/new');
    await page.getByLabel('العنوان (title)').fill('اختبار');
    const violations = (await runAxe(page)).filter((violation) =>
      violation.nodes.some((node) =>
        /_file|afaq|html|frame-preview|#nc-root > div > div > div:last-child/.test(
          JSON.stringify(node.target),
        ),
      ),
    );
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});

async function chooseCategory(page: Page, name: string) {
  const control = page.locator('[id^="category-field-"]').first();
  await control.click();
  await page.keyboard.type(name);
  await page.getByText(name, { exact: true }).last().click();
}

async function insertComponent(page: Page, label: string) {
  await page.getByRole('button', { name: 'إدراج مكوّن' }).click();
  await page.getByText(label, { exact: true }).click();
}

async function uploadImage(page: Page) {
  await page.getByRole('button', { name: 'اختر صورة' }).last().click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('رفع', { exact: true }).click();
  const image = path.join(tmpRoot, 'editor-upload/harbour.jpg');
  await mkdir(path.dirname(image), { recursive: true });
  await cp(path.join(fixtures, 'images/harbour.jpg'), image);
  await (await chooser).setFiles(image);
  await page.getByRole('button', { name: 'اختر المحدد' }).click();
}
