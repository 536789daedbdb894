// The whole comment flow in real Chromium: a reader submits (with and without JavaScript) to the running
// receiver, an editor approves with the moderation command, the site is rebuilt from a copy of content/
// and the comments are shown as text. Also: errors keep what the reader typed.
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { buildSite, contentVariant, type BuildResult } from '../helpers/build-site';
import { moderate, readComments, startReceiver, type Receiver } from '../helpers/comments-receiver';
import { freePort } from '../helpers/ports';
import { siteContent, tmpRoot } from '../helpers/paths';
import { seedArticleId } from '../helpers/sites';
import { serveStatic, type StaticServer } from '../helpers/static-server';

const buildName = 'comments-e2e';
const outDir = path.join(tmpRoot, buildName, 'dist');
const mixedText =
  'أتفق مع التحليل، especially the part about الأمن الإقليمي.\nسطر ثانٍ.\n\nفقرة ثانية in English و بالعربية.';
const scriptText = '<script>alert(1)</script>';
const emails = [
  'reader.js@example.org',
  'reader.nojs@example.org',
  'reader.error@example.org',
  'reader.reply@example.org',
];

let browser: Browser;
let site: StaticServer;
let receiver: Receiver;
let contentDir: string;
let dataDir: string;
let env: Record<string, string>;
let firstBuild: BuildResult;

async function build(): Promise<BuildResult> {
  const result = await buildSite({
    name: buildName,
    contentDir,
    env: {
      BASE_PATH: '/afaq',
      SITE_URL: site.origin,
      COMMENTS_ENDPOINT: `${receiver.url}/api/comments`,
    },
  });
  if (!result.ok) throw new Error(result.output);
  return result;
}

const articleUrl = () => `${site.url}articles/${seedArticleId}/`;

async function fill(
  page: Page,
  prefix: string,
  values: { body: string; name: string; email: string; website?: string },
) {
  await page.fill(`#${prefix}body`, values.body);
  await page.fill(`#${prefix}name`, values.name);
  await page.fill(`#${prefix}email`, values.email);
  if (values.website !== undefined) await page.fill(`#${prefix}website`, values.website);
}

/** The form must have been on screen for COMMENTS_MIN_SECONDS (1 s here) before it is sent. */
const humanPause = (page: Page) => page.waitForTimeout(1200);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'afaq-comments-e2e-'));
  // A copy of the real content/ with an empty comments folder (no warning, no comment yet).
  contentDir = await contentVariant(buildName, siteContent, { 'comments/.gitkeep': '' });
  // The static server first (its origin is the site's), then the receiver, then the build that
  // points the form at the receiver.
  [browser, site] = await Promise.all([launchBrowser(), serveStatic(outDir, '/afaq/')]);
  // The receiver is told its own public URL (COMMENTS_ENDPOINT), as the build is: its refusal page
  // posts there again.
  const port = await freePort();
  env = {
    COMMENTS_PORT: String(port),
    COMMENTS_ENDPOINT: `http://127.0.0.1:${port}/api/comments`,
    COMMENTS_DB: path.join(dataDir, 'comments.sqlite'),
    COMMENTS_SITE_DIR: outDir,
    COMMENTS_SITE_URL: site.url,
    COMMENTS_MIN_SECONDS: '1',
    CONTENT_DIR: contentDir,
  };
  receiver = await startReceiver(env);
  firstBuild = await build();
});

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), receiver?.stop()]);
  await rm(dataDir, { recursive: true, force: true });
});

describe('before any comment', () => {
  it('builds an empty comments folder without a warning, and shows the form', async () => {
    // Neither the glob loader ("base directory … does not exist", "No files found") nor getCollection()
    // ('The collection "comments" does not exist or is empty') may warn about the comments.
    expect(firstBuild.output).not.toMatch(/\[WARN\][^\n]*("comments"|[\\/]comments[\\/"'])/);
    const { page, context } = await openPage(browser, { name: 'comments-empty' });
    await page.goto(articleUrl());
    await expect(page.textContent('#comments [data-comment-count]')).resolves.toBe(
      'لا توجد تعليقات بعد',
    );
    expect(await page.getAttribute('#comment-form form', 'action')).toBe(
      `${receiver.url}/api/comments`,
    );
    await context.close();
  });
});

describe('a reader with JavaScript', () => {
  it('sees Arabic messages next to invalid fields, and nothing is sent', async () => {
    const { page, context, requests } = await openPage(browser, { name: 'comments-js-invalid' });
    await page.goto(articleUrl());
    await fill(page, 'c-', { body: mixedText, name: 'ليلى', email: 'not-an-email' });
    await page.click('#comment-form button[type=submit]');
    await expect(page.textContent('#c-email-error')).resolves.toMatch(/البريد الإلكتروني غير صحيح/);
    expect(await page.getAttribute('#c-email', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('c-email');
    expect(await page.inputValue('#c-body')).toBe(mixedText);
    await page.fill('#c-name', '');
    await expect(page.textContent('#c-name-error')).resolves.toBe('اكتب اسمك.');
    expect(requests.filter((url) => url.startsWith(receiver.url))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('keeps everything typed when the receiver refuses the comment or cannot be reached', async () => {
    const { page, context } = await openPage(browser, { name: 'comments-js-errors' });
    await page.goto(articleUrl());
    const typed = {
      body: `${mixedText}\nراسلوني: ${emails[2]}`,
      name: 'ليلى',
      email: emails[2]!,
      website: 'https://laila.example',
    };
    await fill(page, 'c-', typed);
    await humanPause(page);
    // The receiver refuses e-mail addresses in the published text: its Arabic reason shows at the field.
    await page.click('#comment-form button[type=submit]');
    await expect(page.waitForSelector('#c-body-error:not([hidden])')).resolves.toBeTruthy();
    expect(await page.textContent('#c-body-error')).toBe(
      'لا تكتب عناوين بريد إلكتروني في نص التعليق، فهو يُنشر للعموم.',
    );
    expect(await page.textContent('#comment-form [data-comment-status]')).toContain(
      'ما كتبته ما زال في النموذج',
    );
    expect(await page.inputValue('#c-body')).toBe(typed.body);
    expect(await page.inputValue('#c-name')).toBe(typed.name);
    expect(await page.inputValue('#c-email')).toBe(typed.email);
    expect(await page.inputValue('#c-website')).toBe(typed.website);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'dark theme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // The network fails: the same, with the network message.
    await page.route(`${receiver.url}/**`, (route) => route.abort('connectionrefused'));
    await page.fill('#c-body', mixedText);
    await page.click('#comment-form button[type=submit]');
    await page.waitForFunction(() =>
      document
        .querySelector('#comment-form [data-comment-status]')
        ?.textContent?.includes('تعذّر الاتصال'),
    );
    expect(await page.inputValue('#c-body')).toBe(mixedText);
    expect(await page.inputValue('#c-email')).toBe(typed.email);
    expect(readComments(env.COMMENTS_DB!).map((row) => row.email)).not.toContain(emails[2]);
    await context.close();
  });

  it('sends a valid comment without leaving the page and says it awaits moderation', async () => {
    const { page, context } = await openPage(browser, { name: 'comments-js-valid' });
    await page.goto(articleUrl());
    await fill(page, 'c-', {
      body: mixedText,
      name: 'Laila ليلى',
      email: emails[0]!,
      website: 'laila.example',
    });
    await humanPause(page);
    await page.click('#comment-form button[type=submit]');
    await page.waitForSelector('#comment-form [data-comment-status][data-state=ok]');
    expect(await page.textContent('#comment-form [data-comment-status]')).toContain(
      'تعليقك بانتظار المراجعة',
    );
    expect(page.url()).toBe(articleUrl());
    expect(await page.inputValue('#c-body')).toBe('');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'success message, dark theme').toEqual([]);
    const stored = readComments(env.COMMENTS_DB!).find((row) => row.email === emails[0]);
    expect(stored).toMatchObject({
      article: seedArticleId,
      body: mixedText,
      name: 'Laila ليلى',
      website: 'https://laila.example/',
      status: 'pending',
    });
    await context.close();
  });
});

describe('a reader without JavaScript', () => {
  it('posts the form normally and lands back on the article with the Arabic message', async () => {
    const { page, context } = await openPage(browser, {
      javaScriptEnabled: false,
      name: 'comments-nojs',
    });
    await page.goto(articleUrl());
    await fill(page, 'c-', { body: scriptText, name: 'Mallory', email: emails[1]! });
    await Promise.all([
      page.waitForURL(`${articleUrl()}#comment-sent`),
      page.click('#comment-form button[type=submit]'),
    ]);
    expect(await page.isVisible('#comment-sent')).toBe(true);
    expect(await page.textContent('#comment-sent')).toContain('تعليقك بانتظار المراجعة');
    expect(readComments(env.COMMENTS_DB!).find((row) => row.email === emails[1])).toMatchObject({
      body: scriptText,
      status: 'pending',
    });
    await context.close();
  });

  it('gets an Arabic page with the reasons and the form still filled when the post is refused', async () => {
    const { page, context } = await openPage(browser, {
      javaScriptEnabled: false,
      name: 'comments-nojs-error',
    });
    await page.goto(articleUrl());
    // The browser's own checks pass; the receiver refuses an e-mail address in the published text.
    const typed = 'نص لا يجوز أن يضيع، راسلوني على nobody@example.org';
    await fill(page, 'c-', { body: typed, name: 'سامي', email: 'nobody@example.org' });
    await Promise.all([
      page.waitForURL(`${receiver.url}/**`),
      page.click('#comment-form button[type=submit]'),
    ]);
    expect(await page.textContent('h1')).toBe('لم يُرسل تعليقك');
    expect(await page.textContent('ul')).toContain('لا تكتب عناوين بريد إلكتروني في نص التعليق');
    expect(await page.inputValue('textarea[name=body]')).toBe(typed);
    expect(await page.inputValue('input[name=name]')).toBe('سامي');
    expect(await page.inputValue('input[name=email]')).toBe('nobody@example.org');
    expect(await page.getAttribute('a', 'href')).toBe(articleUrl());
    expect(await page.getAttribute('form', 'action')).toBe(`${receiver.url}/api/comments`);
    await context.close();
  });
});

describe('moderation, rebuild, publication', () => {
  it('publishes the approved comments as text after a rebuild, with working replies', async () => {
    const pending = readComments(env.COMMENTS_DB!).filter((row) => row.status === 'pending');
    expect(pending.map((row) => row.email).sort()).toEqual([emails[0], emails[1]].sort());
    const listed = await moderate(['list'], env);
    expect(listed.stdout).toContain('2 pending comment(s)');
    const approved = await moderate(['approve', ...pending.map((row) => row.id)], env);
    expect(approved.code, approved.stderr).toBe(0);
    await build();

    const { page, context } = await openPage(browser, { name: 'comments-published' });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(articleUrl());
    expect(await page.textContent('#comments [data-comment-count]')).toBe('تعليقان');
    const mixed = pending.find((row) => row.email === emails[0])!;
    const script = pending.find((row) => row.email === emails[1])!;
    const mixedParagraphs = await page.$$eval(`#comment-${mixed.id} [data-comment-body] p`, (ps) =>
      ps.map((p) => (p as HTMLElement).innerText),
    );
    expect(mixedParagraphs).toEqual([
      'أتفق مع التحليل، especially the part about الأمن الإقليمي.\nسطر ثانٍ.',
      'فقرة ثانية in English و بالعربية.',
    ]);
    expect(await page.textContent(`#comment-${script.id} [data-comment-body]`)).toBe(scriptText);
    expect(await page.$$eval(`#comment-${script.id} script`, (nodes) => nodes.length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.getAttribute(`#comment-${mixed.id}-by`, 'rel')).toBe('nofollow ugc noopener');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'dark theme').toEqual([]);

    // Reply to the published comment from its disclosure: the parent travels with the form.
    await page.click(`#comment-${mixed.id} summary`);
    await fill(page, `r-${mixed.id}-`, {
      body: 'ردّ على التعليق: I agree.',
      name: 'Omar عمر',
      email: emails[3]!,
    });
    await humanPause(page);
    await page.click(`#comment-${mixed.id} form button[type=submit]`);
    await page.waitForSelector(`#comment-${mixed.id} form [data-comment-status][data-state=ok]`);
    expect(readComments(env.COMMENTS_DB!).find((row) => row.email === emails[3])).toMatchObject({
      parent: mixed.id,
      status: 'pending',
    });
    await context.close();
  });

  it('never writes a reader’s e-mail address into content/ or dist/', async () => {
    for (const dir of [contentDir, outDir]) {
      const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) =>
        entry.isFile(),
      );
      expect(files.length).toBeGreaterThan(0);
      for (const entry of files) {
        const file = path.join(entry.parentPath, entry.name);
        const text = await readFile(file, 'utf8').catch(() => '');
        for (const email of emails) expect(text.includes(email), `${email} in ${file}`).toBe(false);
      }
    }
    const published = await readdir(path.join(contentDir, 'comments'));
    expect(published.filter((name) => name.endsWith('.json'))).toHaveLength(2);
  });
});
