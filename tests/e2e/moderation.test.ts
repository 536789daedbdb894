// The moderation page in real Chromium, as an editor uses it: sign in, the queue in Arabic right to
// left, approve with the keyboard only, bulk actions, edit and reply as the newsroom; axe-clean in
// light and dark, usable at phone width. Screenshots of each state are saved for the closing note.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import {
  commentFields,
  moderate,
  postScript,
  readComments,
  startReceiver,
  type Receiver,
} from '../helpers/comments-receiver';
import { fixtureDist } from '../helpers/sites';

const siteOrigin = 'http://127.0.0.1:4321';
const password = 'browser moderator password';
let browser: Browser;
let receiver: Receiver;
let dataDir: string;
let env: Record<string, string>;
let admin: string;

const post = (body: Record<string, string>) => postScript(receiver.url, commentFields(body));

async function signIn(page: Page) {
  await page.goto(admin);
  await page.fill('#name', 'nour');
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(admin), page.press('#password', 'Enter')]);
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'afaq-moderation-e2e-'));
  env = {
    COMMENTS_DB: path.join(dataDir, 'comments.sqlite'),
    COMMENTS_SITE_DIR: fixtureDist,
    COMMENTS_SITE_URL: `${siteOrigin}/`,
    COMMENTS_MIN_SECONDS: '0',
    COMMENTS_RATE_LIMIT: '100',
    CONTENT_DIR: path.join(dataDir, 'content'),
  };
  expect((await moderate(['set-password', 'nour'], env, `${password}\n`)).code).toBe(0);
  [browser, receiver] = await Promise.all([launchBrowser(), startReceiver(env)]);
  admin = `${receiver.url}/comments-admin/`;
  for (const [name, email, body] of [
    [
      'سارة الأحمد',
      'sara@example.org',
      'تحليل ممتاز عن أسعار النفط، especially the OPEC+ part.\nسطر ثانٍ.',
    ],
    ['Omar عمر', 'omar@example.org', 'أختلف مع الكاتب في نقطة الإنتاج الأمريكي.'],
    ['<b>Mallory</b>', 'mallory@example.org', '<script>alert(1)</script> اشترِ الآن'],
    ['ليلى', 'laila@example.org', 'تعليق طويل '.repeat(40).trim()],
  ]) {
    expect((await post({ name: name!, email: email!, body: body! })).status).toBe(202);
  }
});

afterAll(async () => {
  await Promise.all([browser?.close(), receiver?.stop()]);
  await rm(dataDir, { recursive: true, force: true });
});

describe('the moderation page in Chromium', () => {
  it('signs in and shows the queue in Arabic, right to left, with the article titles; axe-clean in light and dark', async () => {
    const { page, context } = await openPage(browser, { name: 'moderation-queue' });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
    await page.goto(admin);
    expect(page.url()).toBe(`${admin}login`);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'moderation-login');
    await signIn(page);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    expect(await page.locator('article.comment').count()).toBe(4);
    expect(await page.locator('article.comment').first().textContent()).toContain('أسعار النفط');
    expect(
      await page.locator('article.comment', { hasText: 'Mallory' }).locator('.body').textContent(),
    ).toContain('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'moderation-queue-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'dark theme').toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      'rgb(255, 255, 255)',
    );
    await saveScreenshot(page, 'moderation-queue-dark');
    await context.close();
  });

  it('is operable with the keyboard alone: skip link, visible focus, approve a comment', async () => {
    const { page, context } = await openPage(browser, { name: 'moderation-keyboard' });
    await signIn(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('تخطَّ إلى المحتوى');
    await page.keyboard.press('Enter');
    const target = readComments(env.COMMENTS_DB!).find((row) => row.name === 'Omar عمر')!;
    // Tab until the approve button of Omar's comment has the focus, then press Enter.
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(
        (id) => (document.activeElement as HTMLButtonElement | null)?.value === `approve:${id}`,
        target.id,
      );
    }
    expect(found).toBe(true);
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await Promise.all([page.waitForURL(/done=approve/), page.keyboard.press('Enter')]);
    expect(await page.textContent('[role=status]')).toContain('نُشرت التعليقات المحددة: 1');
    expect(readComments(env.COMMENTS_DB!).find((row) => row.id === target.id)!.status).toBe(
      'approved',
    );
    await context.close();
  });

  it('bulk actions, editing, and a reply as «فريق التحرير», at phone width', async () => {
    const { page, context } = await openPage(browser, {
      name: 'moderation-phone',
      width: 360,
      height: 780,
    });
    await signIn(page);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'moderation-queue-phone');
    // Bulk: select Mallory's comment and mark it as spam.
    const mallory = page.locator('article.comment', { hasText: 'Mallory' });
    await mallory.getByRole('checkbox').check();
    await page.selectOption('#bulk-action', 'spam');
    await Promise.all([
      page.waitForURL(/done=spam/),
      page.getByRole('button', { name: 'تطبيق على المحدد' }).click(),
    ]);
    expect(
      readComments(env.COMMENTS_DB!).find((row) => row.name === '<b>Mallory</b>')!.status,
    ).toBe('spam');
    // Edit Sara's comment, then publish it with the edit.
    await page
      .locator('article.comment', { hasText: 'سارة' })
      .getByRole('link', { name: 'تعديل أو ردّ' })
      .click();
    await page.fill('#edit-body', 'تحليل ممتاز عن أسعار النفط.');
    await Promise.all([
      page.waitForURL(/done=edit/),
      page.getByRole('button', { name: 'حفظ ونشر' }).click(),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#reply-body', 'شكراً لك، سننشر متابعة قريباً.');
    await Promise.all([
      page.waitForURL(/done=reply/),
      page.getByRole('button', { name: 'نشر الردّ' }).click(),
    ]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'comment page, dark theme').toEqual([]);
    await saveScreenshot(page, 'moderation-comment-phone-dark');
    const rows = readComments(env.COMMENTS_DB!);
    const sara = rows.find((row) => row.name === 'سارة الأحمد')!;
    expect(sara).toMatchObject({ status: 'approved', body: 'تحليل ممتاز عن أسعار النفط.' });
    expect(rows.find((row) => row.parent === sara.id)).toMatchObject({
      name: 'فريق التحرير',
      staff: 1,
      status: 'approved',
    });
    await page.goto(`${admin}log`);
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
