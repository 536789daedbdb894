// The moderation page over real HTTP: login (scrypt hashes, cookie attributes, CSRF, lockout),
// the queue (filters, search, bulk and single actions, escaping), one comment (edit, reply as the
// newsroom), the log, and the command line sharing the same rules.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commentFields,
  postScript,
  moderate,
  readComments,
  signIn,
  startReceiver,
  type AdminSession,
  type Receiver,
} from '../helpers/comments-receiver';

const siteOrigin = 'http://127.0.0.1:4321';
const password = 'a long moderator password';
let dir: string;
let env: Record<string, string>;
let receiver: Receiver;
let admin: string;
let layla: AdminSession;

const post = (body: Record<string, string>) =>
  postScript(receiver.url, commentFields({ email: 'reader@example.org', ...body }));

const published = (id: string) => path.join(env.CONTENT_DIR!, 'comments', `${id}.json`);
const rows = () => readComments(env.COMMENTS_DB!);
const byBody = (body: string) => rows().find((row) => row.body === body)!;

/** One login attempt as a browser makes it: the login page (its cookie and token), then the POST. */
async function attemptLogin(
  fields: { name: string; password: string; csrf?: string },
  origin = siteOrigin,
) {
  const page = await fetch(`${admin}login`);
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = fields.csrf ?? /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  return fetch(`${admin}login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin, cookie },
    body: new URLSearchParams({ ...fields, csrf }),
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'afaq-moderation-'));
  for (const [id, title] of [
    ['oil-prices-fall', 'أسعار النفط تتراجع'],
    ['cup-final', 'نهائي الكأس'],
  ] as const) {
    await mkdir(path.join(dir, 'site/articles', id), { recursive: true });
    await writeFile(
      path.join(dir, 'site/articles', id, 'index.html'),
      `<!doctype html><title>x</title><main><h1>${title}</h1></main>`,
    );
  }
  env = {
    COMMENTS_DB: path.join(dir, 'data/comments.sqlite'),
    COMMENTS_SITE_DIR: path.join(dir, 'site'),
    COMMENTS_SITE_URL: `${siteOrigin}/`,
    COMMENTS_RATE_LIMIT: '1000',
    COMMENTS_MIN_SECONDS: '0',
    CONTENT_DIR: path.join(dir, 'content'),
    COMMENTS_LOGIN_FAILURES: '3',
  };
  for (const name of ['layla', 'omar']) {
    const set = await moderate(['set-password', name], env, `${password}\n`);
    expect(set.code, set.stderr).toBe(0);
  }
  receiver = await startReceiver(env);
  admin = `${receiver.url}/comments-admin/`;
  for (const [name, body, article] of [
    ['سارة', 'تعليق أول عن النفط', 'oil-prices-fall'],
    ['Omar عمر', 'Second comment about OPEC+', 'oil-prices-fall'],
    ['<b>Mallory</b>', '<script>alert(1)</script>', 'cup-final'],
    ['ليلى', 'تعليق رابع للحذف', 'cup-final'],
    ['هدى', 'تعليق خامس للتعديل', 'oil-prices-fall'],
  ]) {
    expect((await post({ name: name!, body: body!, article: article! })).status).toBe(202);
  }
  layla = await signIn(admin, siteOrigin, 'layla', password);
});

afterAll(async () => {
  await receiver?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('accounts and login', () => {
  it('stores passwords as scrypt hashes only, and refuses short passwords', async () => {
    const db = new DatabaseSync(env.COMMENTS_DB!);
    const stored = db
      .prepare('SELECT name, password_hash FROM moderators ORDER BY name')
      .all() as Array<{ name: string; password_hash: string }>;
    db.close();
    expect(stored.map((m) => m.name)).toEqual(['layla', 'omar']);
    for (const m of stored) {
      expect(m.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
      expect(m.password_hash).not.toContain(password);
    }
    expect(readFileSync(env.COMMENTS_DB!).includes(Buffer.from(password))).toBe(false);
    const short = await moderate(['set-password', 'sami'], env, 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('at least 12 characters');
  });

  it('sends an unauthenticated visitor to the login page, in Arabic, right to left, with its own CSP', async () => {
    const queue = await fetch(admin, { redirect: 'manual' });
    expect(queue.status).toBe(303);
    expect(queue.headers.get('location')).toBe('/comments-admin/login');
    const login = await fetch(`${admin}login`);
    const $ = load(await login.text());
    expect($('html').attr('lang')).toBe('ar');
    expect($('html').attr('dir')).toBe('rtl');
    expect(login.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect($('script, style, [style]')).toHaveLength(0);
    expect(login.headers.get('cache-control')).toBe('no-store');
  });

  it('sets an HttpOnly, Secure, SameSite=Strict session cookie with an expiry, scoped to the moderation page', async () => {
    const response = await attemptLogin({ name: 'omar', password });
    expect(response.status).toBe(303);
    const session = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('__Secure-afaq-moderation='))!;
    expect(session).toMatch(
      /; Max-Age=43200; Path=\/comments-admin\/; HttpOnly; Secure; SameSite=Strict$/,
    );
  });

  it('refuses a login without the login form’s CSRF token, or from another origin', async () => {
    const noToken = await attemptLogin({ name: 'layla', password, csrf: 'forged' });
    expect(noToken.status).toBe(403);
    const foreign = await attemptLogin({ name: 'layla', password }, 'https://evil.example');
    expect(foreign.status).toBe(403);
  });

  it('locks a name after repeated failures, even with the right password, and logs it', async () => {
    const attempt = (pass: string) => attemptLogin({ name: 'omar', password: pass });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt('wrong password!')).status);
    expect(statuses).toEqual([401, 401, 401]);
    const locked = await attempt(password);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(await locked.text()).toContain('أُوقف الدخول مؤقتاً');
    expect(receiver.output()).toContain('login refused for "omar"');
  });
});

describe('the queue', () => {
  it('lists pending comments with article title and link, author, e-mail, time, and escapes everything', async () => {
    const page = await layla.get('');
    expect(page.status).toBe(200);
    const html = await page.text();
    const $ = load(html);
    expect($('h1').text()).toBe('مراجعة التعليقات');
    const cards = $('article.comment');
    expect(cards).toHaveLength(5);
    const first = cards.first();
    expect(first.text()).toContain('سارة');
    expect(first.text()).toContain('reader@example.org');
    expect(first.find('a[href="http://127.0.0.1:4321/articles/oil-prices-fall/"]').text()).toBe(
      'أسعار النفط تتراجع',
    );
    expect(first.find('time').attr('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<b>Mallory</b>');
    expect($('script, style, [style]')).toHaveLength(0);
  });

  it('filters by article and status, and searches text, name and e-mail', async () => {
    const count = async (query: string) =>
      load(await (await layla.get(query)).text())('article.comment').length;
    expect(await count('?article=cup-final')).toBe(2);
    expect(await count('?q=OPEC')).toBe(1);
    expect(await count('?q=النفط')).toBe(1);
    expect(await count('?status=approved')).toBe(0);
    expect(await count('?status=all')).toBe(5);
  });

  it('approves one comment from its card: the file is written and the action logged', async () => {
    const target = byBody('تعليق أول عن النفط');
    await layla.get('');
    const response = await layla.post('actions', {
      single: `approve:${target.id}`,
      return: '/comments-admin/',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/comments-admin/?done=approve&n=1&failed=0');
    expect(JSON.parse(readFileSync(published(target.id), 'utf8'))).toMatchObject({
      id: target.id,
      name: 'سارة',
      body: 'تعليق أول عن النفط',
    });
    const shown = load(await (await layla.get('?done=approve&n=1&failed=0')).text());
    expect(shown('[role=status]').first().text()).toContain('نُشرت التعليقات المحددة: 1');
  });

  it('applies bulk actions to the selected comments (spam and reject), and delete removes for good', async () => {
    const spam = byBody('<script>alert(1)</script>');
    const reject = byBody('Second comment about OPEC+');
    const remove = byBody('تعليق رابع للحذف');
    await layla.get('');
    expect(
      (
        await layla.post('actions', [
          ['action', 'spam'],
          ['id', spam.id],
          ['return', '/comments-admin/'],
        ])
      ).status,
    ).toBe(303);
    expect(
      (
        await layla.post('actions', [
          ['action', 'reject'],
          ['id', reject.id],
          ['id', remove.id],
        ])
      ).status,
    ).toBe(303);
    expect(
      (
        await layla.post('actions', [
          ['action', 'delete'],
          ['id', remove.id],
        ])
      ).status,
    ).toBe(303);
    expect(rows().find((row) => row.id === spam.id)!.status).toBe('spam');
    expect(rows().find((row) => row.id === reject.id)!.status).toBe('rejected');
    expect(rows().find((row) => row.id === remove.id)).toBeUndefined();
  });

  it('refuses every state change without the session’s CSRF token, or without a session', async () => {
    const target = byBody('تعليق خامس للتعديل');
    const forged = await layla.post('actions', [
      ['csrf', 'forged'],
      ['single', `approve:${target.id}`],
    ]);
    expect(forged.status).toBe(403);
    const anonymous = await fetch(`${admin}actions`, {
      method: 'POST',
      headers: { origin: siteOrigin },
      body: new URLSearchParams({ single: `approve:${target.id}` }),
    });
    expect(anonymous.status).toBe(403);
    expect(rows().find((row) => row.id === target.id)!.status).toBe('pending');
  });
});

describe('one comment: edit and reply as the newsroom', () => {
  it('edits the text before approving it', async () => {
    const target = byBody('تعليق خامس للتعديل');
    const page = load(await (await layla.get(`comment/${target.id}`)).text());
    expect(page('textarea#edit-body').text()).toBe('تعليق خامس للتعديل');
    const response = await layla.post(`comment/${target.id}/edit`, {
      name: 'هدى',
      body: 'نص بعد التصحيح',
      approve: '1',
    });
    expect(response.status).toBe(303);
    expect(rows().find((row) => row.id === target.id)).toMatchObject({
      status: 'approved',
      body: 'نص بعد التصحيح',
    });
    expect(JSON.parse(readFileSync(published(target.id), 'utf8')).body).toBe('نص بعد التصحيح');
  });

  it('replies as «فريق التحرير»: published at once, marked staff, parent kept', async () => {
    const parent = byBody('تعليق أول عن النفط');
    await layla.get(`comment/${parent.id}`);
    const response = await layla.post(`comment/${parent.id}/reply`, {
      body: 'شكراً لملاحظتك، صحّحنا الرقم.',
    });
    expect(response.status).toBe(303);
    const reply = byBody('شكراً لملاحظتك، صحّحنا الرقم.');
    expect(reply).toMatchObject({
      parent: parent.id,
      status: 'approved',
      staff: 1,
      name: 'فريق التحرير',
      email: '',
    });
    expect(JSON.parse(readFileSync(published(reply.id), 'utf8'))).toEqual({
      id: reply.id,
      article: 'oil-prices-fall',
      parent: parent.id,
      name: 'فريق التحرير',
      website: null,
      date: expect.any(String),
      body: 'شكراً لملاحظتك، صحّحنا الرقم.',
      staff: true,
    });
  });

  it('logs who did what and when, shown on the log page and by the command', async () => {
    const $ = load(await (await layla.get('log')).text());
    const actions = $('tbody tr')
      .map((_, tr) => $(tr).find('td').eq(2).text())
      .get();
    expect(actions).toEqual(
      expect.arrayContaining([
        'approve',
        'spam',
        'reject',
        'delete',
        'edit+approve',
        'reply',
        'login',
      ]),
    );
    expect($('tbody tr').first().find('td').eq(1).text()).toBe('web:layla');
    const cli = await moderate(['log'], env);
    expect(cli.stdout).toMatch(/web:layla {2}reply/);
  });
});

describe('the command line shares the rules', () => {
  it('rejecting from the command line unpublishes what the page approved, and is logged too', async () => {
    const target = byBody('نص بعد التصحيح');
    expect(existsSync(published(target.id))).toBe(true);
    const result = await moderate(['reject', target.id, '--no-publish'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(published(target.id))).toBe(false);
    expect(await moderate(['log'], env).then((r) => r.stdout)).toMatch(/cli:\S+ {2}reject {2}/);
  });

  it('signs a moderator out everywhere when their password changes', async () => {
    const omar = await moderate(['set-password', 'layla'], env, 'another long password\n');
    expect(omar.code).toBe(0);
    const after = await layla.get('');
    expect(after.status).toBe(303);
  });
});
