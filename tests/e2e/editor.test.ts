// The web editor (/admin/, Decap CMS) in local mode: `astro dev` serves it with the local backend,
// which writes into a copy of the content folder; real Chromium drives it as an editor would.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
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

  it.each([`${seedArticleId}.mdx`, 'editor-components.mdx', 'round-trip.mdx'])(
    '%s: opened, edited, saved, the edit undone and saved again, is byte for byte the original',
    async (file) => {
      const original = await readFile(path.join(articles(), file), 'utf8');
      const slug = file.replace(/\.mdx$/, '');
      const { page, context, violations } = await openEditor(
        `editor-roundtrip-${slug}`,
        `/collections/articles/entries/${slug}`,
      );
      const paragraph = page.locator('[data-slate-editor] p').first();
      await paragraph.waitFor();
      // Nothing changed: nothing to save.
      expect(await page.getByRole('button', { name: 'نشر', exact: true }).count()).toBe(0);
      if (slug === seedArticleId) await saveScreenshot(page, 'editor-seed-article');

      // A paragraph added at the end.
      await caretAtEnd(page);
      await page.keyboard.press('Enter');
      await page.keyboard.type('تجربة');
      await publish(page);
      await page.getByText('نُشر المقال').or(page.getByText('حُفظ المقال')).first().waitFor();
      const edited = await readFile(path.join(articles(), file), 'utf8');
      expect(edited.slice(0, original.trimEnd().length)).toBe(original.trimEnd()); // nothing else changed
      expect(edited.slice(original.trimEnd().length)).toBe('\n\nتجربة\n');

      // Undone, and saved again.
      await caretAtEnd(page);
      for (let i = 0; i < 'تجربة'.length + 1; i++) await page.keyboard.press('Backspace');
      await publish(page);
      await expect
        .poll(() => readFile(path.join(articles(), file), 'utf8'), { timeout: 10_000 })
        .toBe(original);
      expect(violations).toEqual([]);
      await context.close();
    },
  );

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

  it('refuses a <Figure> without alt text with the build’s message, in the browser and at the local backend', async () => {
    const before = await readdir(articles());
    const { page, context } = await openEditor('editor-figure-alt', '/collections/articles/new');
    await page.getByLabel('العنوان (title)').fill('صورة بلا وصف');
    await page.getByLabel('الموجز (description)').fill('موجز.');
    await page.getByLabel('تاريخ النشر (date)').fill('2024-11-21T10:00');
    await chooseCategory(page, 'سياسة');
    // Written as MDX in the Markdown mode: a form would not let the required alt be left out.
    // The body's mode switch (between its two labels; Decap gives the switch itself no name).
    const markdownMode = page
      .getByText('Markdown', { exact: true })
      .locator('xpath=preceding-sibling::*[@role="switch"][1]');
    await markdownMode.click();
    await expect.poll(() => markdownMode.getAttribute('aria-checked')).toBe('true');
    await caretAtEnd(page);
    await page.keyboard.type('فقرة.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('<Figure src="./images/x.jpg" caption="تعليق" />');
    await publish(page);
    const toast = page.getByText(
      // The message names the file and line; it spans lines.
      /لم يُحفظ المقال: [\s\S]*articles\/sura-bla-wsf\.mdx:\d+\s+<Figure>: الخاصية alt مطلوب/,
    );
    await toast.first().waitFor();
    await saveScreenshot(page, 'editor-figure-without-alt');
    expect(await readdir(articles())).toEqual(before);
    await context.close();

    // The same check guards the local backend itself (a save that bypasses the browser's check).
    const raw =
      '---\ntitle: "خبر"\ndescription: "موجز"\ndate: 2024-11-12\ncategory: politics\n---\n\n<Figure src="./images/x.jpg" />\n';
    const refused = await fetch(`${admin()}api/v1/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'persistEntry',
        params: {
          branch: 'main',
          entry: {
            slug: 'bypass',
            path: path.posix.join(path.relative(projectRoot, articles()), 'bypass.mdx'),
            raw,
          },
          assets: [],
          options: {
            collectionName: 'articles',
            commitMessage: 'x',
            useWorkflow: false,
            status: 'draft',
          },
        },
      }),
    });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error).toMatch(/bypass\.mdx:8 +<Figure>: الخاصية alt مطلوب/);
    expect(existsSync(path.join(articles(), 'bypass.mdx'))).toBe(false);
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

  it('creates an article with a heading, a Note and an uploaded image: the file passes npm run check and a build puts it on the home page', async () => {
    const { page, context, violations } = await openEditor(
      'editor-new-article',
      '/collections/articles/new',
    );
    const title = 'مصر تفتتح أكبر محطة للطاقة الشمسية في أسوان';
    await page.getByLabel('العنوان (title)').fill(title);
    // The preview is the article page's markup in the site's stylesheet and the Cairo font, right to left.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('h1').textContent()).toBe(title);
    expect(await preview.locator('[dir="rtl"][lang="ar"]').count()).toBe(1);
    await expect
      .poll(() =>
        preview
          .locator('h1')
          .evaluate((h1) => [
            getComputedStyle(h1).fontFamily,
            [...h1.ownerDocument.fonts].some(
              (face) => /Cairo/.test(face.family) && face.status === 'loaded',
            ),
          ]),
      )
      .toEqual([expect.stringMatching(/Cairo/), true]);
    const fileName = page.getByLabel('اسم الملف (الرابط)');
    await expect.poll(() => fileName.inputValue()).toBe('msr-tftth-akbr-mhta-taqa');
    await page
      .getByLabel('الموجز (description)')
      .fill('افتتحت مصر محطة «بنبان» (Benban Solar Park)، وهي من الأكبر في العالم.');
    await page.getByLabel('تاريخ النشر (date)').fill('2024-11-20T09:30');
    await chooseCategory(page, 'اقتصاد');
    await page.getByLabel('الوسوم (tags)').fill('طاقة, مصر');

    await caretAtEnd(page);
    await page.keyboard.type('بدأت المحطة العمل بقدرة 1,650 ميغاواط (MW) في محافظة أسوان.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'العناوين' }).click();
    await page.getByText('عنوان 2', { exact: true }).click();
    await page.keyboard.type('الأرقام');
    await page.keyboard.press('Enter');
    await page.keyboard.type('تكفي الكهرباء المنتجة مليون منزل.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('وتخفض المحطة انبعاثات الكربون.');
    // A block goes after the paragraph that has the caret: the Note after the second paragraph,
    // the image at the end.
    await caretAtEnd(page, page.locator('[data-slate-editor] p', { hasText: 'تكفي الكهرباء' }));
    await insertComponent(page, 'صندوق ملاحظة');
    await page.getByLabel('العنوان (اختياري)').last().fill('خلفية');
    await page.getByLabel('النص', { exact: true }).last().fill('بدأ إنشاء المحطة عام 2017.');
    await caretAtEnd(page, page.locator('[data-slate-editor] p', { hasText: 'وتخفض المحطة' }));
    await insertComponent(page, 'صورة بتعليق');
    await uploadImage(page);
    await page
      .getByLabel('النص البديل (وصف الصورة لمن لا يراها)')
      .fill('ألواح شمسية في صحراء أسوان');
    await page.getByLabel('التعليق (اختياري)').last().fill('جانب من محطة بنبان');
    await saveScreenshot(page, 'editor-new-article');
    await publish(page);

    const slug = 'msr-tftth-akbr-mhta-taqa';
    const file = path.join(articles(), `${slug}.mdx`);
    await expect.poll(() => existsSync(file), { timeout: 15_000 }).toBe(true);
    const text = await readFile(file, 'utf8');
    const frontmatter = text.slice(0, text.indexOf('\n---\n', 3) + 5).split('\n');
    expect(frontmatter).toEqual([
      '---',
      `title: "${title}"`,
      'description: "افتتحت مصر محطة «بنبان» (Benban Solar Park)، وهي من الأكبر في العالم."',
      expect.stringMatching(/^date: 2024-11-20T09:30:00[+-]\d{2}:\d{2}$/),
      'category: economy',
      'tags: ["طاقة", "مصر"]',
      'draft: false',
      'breaking: false',
      'live: false',
      '---',
      '',
    ]);
    const blocks = text
      .slice(text.indexOf('\n---\n', 3) + 5)
      .trim()
      .split(/\n\n+/);
    expect(blocks).toEqual([
      'بدأت المحطة العمل بقدرة 1,650 ميغاواط (MW) في محافظة أسوان.',
      '## الأرقام',
      'تكفي الكهرباء المنتجة مليون منزل.',
      '<Note title="خلفية">بدأ إنشاء المحطة عام 2017.</Note>',
      'وتخفض المحطة انبعاثات الكربون.',
      `<Figure src="./images/${slug}/harbour.jpg" alt="ألواح شمسية في صحراء أسوان" caption="جانب من محطة بنبان" />`,
    ]);
    await expect
      .poll(() => existsSync(path.join(articles(), `images/${slug}/harbour.jpg`)))
      .toBe(true);
    expect(violations).toEqual([]);
    await context.close();

    // npm run check (build, types, links) on the content folder the editor wrote into.
    await server.stop();
    const checkOut = path.join(tmpRoot, 'editor-check/dist');
    const check = spawnSync(
      process.execPath,
      [
        '--experimental-strip-types',
        '--disable-warning=ExperimentalWarning',
        '--import',
        './scripts/register-ts.mjs',
        'scripts/check.mjs',
      ],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          CONTENT_DIR: content,
          CHECK_OUT_DIR: checkOut,
          NO_COLOR: '1',
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        encoding: 'utf8',
        timeout: 600_000,
      },
    );
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    const home = cheerio.load(await readFile(path.join(checkOut, 'index.html'), 'utf8'));
    expect(home(`a[href$="/articles/${slug}/"]`).first().text()).toContain(title);
  }, 300_000); // a whole `npm run check` (a build of the site) inside
});

async function chooseCategory(page: Page, name: string) {
  const control = page.locator('[id^="category-field-"]').first();
  await control.click();
  await page.keyboard.type(name);
  await page.getByText(name, { exact: true }).last().click();
}

/**
 * Puts the caret at the end of a block of the body (by default its last), and makes sure it stays
 * there: Slate reads the DOM selection on selectionchange (throttled) and, when it re-renders, puts
 * back the selection it knows, so a key pressed too soon after the click is lost or lands where the
 * click was. On a busy machine the first End can be undone that way: it is pressed again.
 */
async function caretAtEnd(page: Page, block?: Locator) {
  const target = block ?? page.locator('[data-slate-editor]').first().locator(':scope > *').last();
  const atEnd = () =>
    target.evaluate((element) => {
      const selection = getSelection();
      if (!selection?.focusNode || !element.contains(selection.focusNode)) return false;
      const rest = document.createRange();
      rest.selectNodeContents(element);
      rest.setStart(selection.focusNode, selection.focusOffset);
      return rest.toString().replace(/[\s\uFEFF\u200B]/g, '') === '';
    });
  await target.click();
  for (let attempt = 1; ; attempt++) {
    await page.waitForTimeout(300);
    await page.keyboard.press(block ? 'End' : 'Control+End');
    // Still there once Slate has read it.
    await page.waitForTimeout(300);
    if (await atEnd()) return;
    if (attempt === 5) throw new Error('The caret did not stay at the end of the block.');
  }
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
