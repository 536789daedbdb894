// The deployment as deploy/ describes it, for real: Debian's nginx with the configuration generated
// from the build's dist/_headers (npm run deploy:nginx) serves the site on 127.0.0.1 and proxies the
// comment endpoint and the moderation page to the receiver. In Chromium: a reader posts a comment,
// a moderator signs in and approves it through nginx, the publish step rebuilds the site, and the
// comment is on the article; the headers that reach the browser are those of dist/_headers.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  headersForPath,
  parseHeadersFile,
  type HeaderRule,
} from '../../src/integrations/headers-file';
import { axeViolations } from '../helpers/axe';
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser';
import { buildLock, buildSite, contentVariant } from '../helpers/build-site';
import { moderate, readComments, startReceiver, type Receiver } from '../helpers/comments-receiver';
import { generateNginxConfig, requireNginx, startNginx, type Nginx } from '../helpers/nginx';
import { freePort } from '../helpers/ports';
import { fixtureContent, projectRoot, tmpRoot } from '../helpers/paths';

const name = 'nginx-deploy';
const outDir = path.join(tmpRoot, name, 'dist');
const password = 'nginx moderator password';
const article = 'oil-prices-fall';

let browser: Browser;
let nginx: Nginx;
let receiver: Receiver;
let rules: HeaderRule[];
let env: Record<string, string>;
let site: string;

beforeAll(async () => {
  requireNginx();
  const [port, receiverPort] = [await freePort(), await freePort()];
  site = `http://127.0.0.1:${port}`;
  const contentDir = await contentVariant(name, fixtureContent, {});
  const buildEnv = { SITE_URL: site, COMMENTS_PROVIDER: 'endpoint' };
  const built = await buildSite({ name, contentDir, env: buildEnv });
  expect(built.ok, built.output).toBe(true);
  rules = parseHeadersFile(await readFile(path.join(outDir, '_headers'), 'utf8'));

  env = {
    COMMENTS_PORT: String(receiverPort),
    COMMENTS_DB: path.join(tmpRoot, name, 'data/comments.sqlite'),
    COMMENTS_SITE_DIR: outDir,
    COMMENTS_SITE_URL: `${site}/`,
    COMMENTS_TRUST_PROXY: '1',
    COMMENTS_MIN_SECONDS: '1',
    CONTENT_DIR: contentDir,
    // The publish step a single-server deployment uses: rebuild the site where nginx serves it.
    COMMENTS_PUBLISH_COMMAND: `flock "${buildLock}" "${process.execPath}" node_modules/astro/bin/astro.mjs build`,
    COMMENTS_PUBLISH_CWD: projectRoot,
    COMMENTS_PUBLISH_DELAY_SECONDS: '1',
    SITE_URL: site,
    COMMENTS_PROVIDER: 'endpoint',
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: path.join(tmpRoot, name, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  expect((await moderate(['set-password', 'hala'], env, `${password}\n`)).code).toBe(0);
  receiver = await startReceiver(env);
  const config = generateNginxConfig([
    '--dist',
    outDir,
    '--listen',
    `127.0.0.1:${port}`,
    '--receiver',
    `127.0.0.1:${receiverPort}`,
    '--server-name',
    '127.0.0.1',
  ]);
  [nginx, browser] = await Promise.all([startNginx(config, port), launchBrowser()]);
}, 400_000);

afterAll(async () => {
  await Promise.all([browser?.close(), receiver?.stop()]);
  await nginx?.stop();
});

/** The headers dist/_headers gives a path, as the browser must receive them. */
function expectHeadersOf(urlPath: string, received: Record<string, string>) {
  const expected = headersForPath(rules, urlPath);
  expect(Object.keys(expected).length).toBeGreaterThan(3);
  for (const [header, value] of Object.entries(expected))
    expect(received[header], `${header} on ${urlPath}`).toBe(value);
}

describe('the site through nginx', () => {
  it('sends every page and asset the headers of dist/_headers (CSP, security headers, caching)', async () => {
    const { page, context } = await openPage(browser, { name: 'nginx-headers' });
    const assets: Array<{ path: string; headers: Record<string, string> }> = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === site) assets.push({ path: url.pathname, headers: response.headers() });
    });
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
          `${location.pathname}: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
        ),
      ),
    );
    for (const target of ['/', `/articles/${article}/`, '/search/', '/no-such-page/']) {
      const response = await page.goto(`${site}${target}`);
      expect(response!.status()).toBe(target === '/no-such-page/' ? 404 : 200);
      expectHeadersOf(target === '/no-such-page/' ? '/404.html' : target, response!.headers());
    }
    const hashed = assets.find((a) => a.path.startsWith('/_astro/'));
    expect(hashed).toBeDefined();
    expect(hashed!.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectHeadersOf(hashed!.path, hashed!.headers);
    expect(violations).toEqual([]);
    // A feed (Chromium would show it with its own XML viewer, under the site's CSP).
    const feed = await fetch(`${site}/rss.xml`);
    expect(feed.status).toBe(200);
    expectHeadersOf('/rss.xml', Object.fromEntries(feed.headers));
    // Build files stay private, folders redirect to their trailing slash.
    expect((await fetch(`${site}/_headers`)).status).toBe(404);
    const folder = await fetch(`${site}/articles/${article}`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe(`/articles/${article}/`);
    await context.close();
  });
});

describe('comments and moderation through nginx', () => {
  it('a reader posts in Chromium, a moderator approves on the moderation page, the site rebuilds with the comment', async () => {
    const reader = await openPage(browser, { name: 'nginx-reader' });
    await reader.page.goto(`${site}/articles/${article}/`);
    expect(await reader.page.getAttribute('#comment-form form', 'action')).toBe('/api/comments');
    await reader.page.fill('#c-body', 'تعليق عبر nginx: يصل إلى المشرف.');
    await reader.page.fill('#c-name', 'قارئ nginx');
    await reader.page.fill('#c-email', 'nginx.reader@example.org');
    await reader.page.waitForTimeout(1200);
    await reader.page.click('#comment-form button[type=submit]');
    await reader.page.waitForSelector('#comment-form [data-comment-status][data-state=ok]');
    const [stored] = readComments(env.COMMENTS_DB!);
    expect(stored).toMatchObject({ article, status: 'pending', name: 'قارئ nginx' });
    await reader.context.close();

    const moderator = await openPage(browser, { name: 'nginx-moderator' });
    const { page, context } = moderator;
    const login = await page.goto(`${site}/comments-admin/`);
    expect(page.url()).toBe(`${site}/comments-admin/login`);
    // The moderation page's own policy, not the site's.
    expect(login!.headers()['content-security-policy']).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    await page.fill('#name', 'hala');
    await page.fill('#password', password);
    await Promise.all([
      page.waitForURL(`${site}/comments-admin/`),
      page.click('button[type=submit]'),
    ]);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({
      name: '__Secure-afaq-moderation',
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: '/comments-admin/',
    });
    expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);
    const card = page.locator('article.comment', { hasText: 'قارئ nginx' });
    await expect(card.locator('a', { hasText: 'أسعار النفط' }).count()).resolves.toBe(1);
    await Promise.all([
      page.waitForURL(/done=approve/),
      card.getByRole('button', { name: 'موافقة ونشر' }).click(),
    ]);
    expect(await page.textContent('[role=status]')).toContain('نُشرت التعليقات المحددة: 1');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'moderation-through-nginx');
    expect(readComments(env.COMMENTS_DB!)[0]!.status).toBe('approved');

    // The publish step rebuilds the site; the comment is then on the article, through nginx.
    const deadline = Date.now() + 240_000;
    for (;;) {
      const html = await (await fetch(`${site}/articles/${article}/`)).text();
      if (html.includes('تعليق عبر nginx: يصل إلى المشرف.')) break;
      if (Date.now() > deadline)
        throw new Error(`the approved comment never appeared:\n${receiver.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    while (!receiver.output().includes('published 1 changed comment(s)')) {
      if (Date.now() > deadline)
        throw new Error(`the publish step did not finish:\n${receiver.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await page.goto(`${site}/articles/${article}/`);
    expect(await page.textContent(`#comment-${stored!.id} [data-comment-body]`)).toBe(
      'تعليق عبر nginx: يصل إلى المشرف.',
    );
    // The e-mail address never reached the site.
    expect(await page.content()).not.toContain('nginx.reader@example.org');
    await context.close();
  }, 300_000);
});
