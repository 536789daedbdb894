// The comment receiver over real HTTP on 127.0.0.1, with a temporary SQLite file, run as a child
// process exactly like `npm run comments:serve`; and the moderation command that publishes comments.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ar';
import {
  commentFields,
  moderate,
  postScript,
  readComments,
  startReceiver,
  type Receiver,
} from '../helpers/comments-receiver';

const e = t.commentErrors;
const siteOrigin = 'http://127.0.0.1:4321';
const siteUrl = `${siteOrigin}/afaq/`;
const arabicArticle = 'قمة-الطاقة';

let dir: string;
let env: Record<string, string>;
let receiver: Receiver;

const fields = commentFields;

/** A plain form post, as a browser without JavaScript sends it. */
const postForm = (
  url: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) =>
  fetch(`${url}/api/comments`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin: siteOrigin,
      accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
      ...headers,
    },
    body: new URLSearchParams(Object.entries(body).map(([key, value]) => [key, String(value)])),
  });

const count = () => readComments(env.COMMENTS_DB!).length;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'afaq-comments-'));
  for (const id of ['oil-prices-fall', arabicArticle]) {
    await mkdir(path.join(dir, 'site/articles', id), { recursive: true });
    await writeFile(
      path.join(dir, 'site/articles', id, 'index.html'),
      '<!doctype html><title>x</title>',
    );
  }
  env = {
    COMMENTS_DB: path.join(dir, 'data/comments.sqlite'),
    COMMENTS_SITE_DIR: path.join(dir, 'site'),
    COMMENTS_SITE_URL: siteUrl,
    COMMENTS_RATE_LIMIT: '1000',
    COMMENTS_MIN_SECONDS: '3',
    CONTENT_DIR: path.join(dir, 'content'),
  };
  receiver = await startReceiver(env);
});

afterAll(async () => {
  await receiver?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('accepting comments', () => {
  it('stores a valid form post as pending and sends the reader back to the article (303, base path kept)', async () => {
    const before = count();
    const response = await postForm(receiver.url, fields({ body: 'سطر أول\r\nسطر ثانٍ' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `${siteUrl}articles/oil-prices-fall/#comment-sent`,
    );
    const rows = readComments(env.COMMENTS_DB!);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      article: 'oil-prices-fall',
      parent: null,
      name: 'سارة',
      email: 'sara@example.com',
      body: 'سطر أول\nسطر ثانٍ',
      status: 'pending',
    });
    expect(rows.at(-1)!.id).toMatch(/^[a-z0-9]+-[0-9a-f]{8}$/);
  });

  it('answers the script in JSON (202, Arabic message) with CORS for the site origin only', async () => {
    const response = await postScript(
      receiver.url,
      fields({ article: arabicArticle, website: 'example.org' }),
    );
    expect(response.status).toBe(202);
    expect(response.headers.get('access-control-allow-origin')).toBe(siteOrigin);
    expect(await response.json()).toEqual({ ok: true, message: 'تعليقك بانتظار المراجعة' });
    expect(readComments(env.COMMENTS_DB!).at(-1)).toMatchObject({
      article: arabicArticle,
      website: 'https://example.org/',
    });
  });

  it('accepts a JSON body', async () => {
    const response = await fetch(`${receiver.url}/api/comments`, {
      method: 'POST',
      headers: { origin: siteOrigin, 'content-type': 'application/json' },
      body: JSON.stringify({ ...fields({ name: 'JSON client' }), ts: Date.now() - 10_000 }),
    });
    expect(response.status).toBe(202);
    expect(readComments(env.COMMENTS_DB!).at(-1)!.name).toBe('JSON client');
  });
});

describe('refusing comments, each with its Arabic reason', () => {
  it.each([
    ['body', { body: '' }, e.bodyRequired],
    ['body', { body: 'ب'.repeat(5001) }, e.bodyTooLong('5000 حرف')],
    ['name', { name: '' }, e.nameRequired],
    ['name', { name: 'س'.repeat(61) }, e.nameTooLong('60 حرفاً')],
    ['email', { email: 'not-an-email' }, e.emailInvalid],
    ['website', { website: 'javascript:alert(1)' }, e.websiteInvalid],
    ['article', { article: 'no-such-article' }, e.articleUnknown],
    ['parent', { parent: 'abc-00000000' }, e.parentUnknown],
    // Read when the post is made (not when the table is built), so a slow start cannot age it.
    [
      'ts',
      {
        get ts() {
          return String(Date.now());
        },
      },
      e.tooFast,
    ],
    ['ts', { ts: '' }, e.timestampInvalid],
  ])('%s: %j → 422', async (field, change, reason) => {
    const before = count();
    const response = await postScript(receiver.url, fields(change));
    expect(response.status).toBe(422);
    const json = (await response.json()) as {
      ok: boolean;
      message: string;
      errors: Record<string, string>;
    };
    expect(json.ok).toBe(false);
    expect(json.errors).toEqual({ [field]: reason });
    expect(json.message).toBe(t.commentFixErrors);
    expect(count()).toBe(before);
  });

  it('shows a form post its reasons in an Arabic page that keeps everything typed', async () => {
    const typed = 'نص طويل كتبه القارئ <script>alert(1)</script> ولا يجوز أن يضيع';
    const response = await postForm(receiver.url, fields({ body: typed, email: 'sara@' }));
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(e.emailInvalid);
    expect(html).toContain(
      'نص طويل كتبه القارئ &lt;script&gt;alert(1)&lt;/script&gt; ولا يجوز أن يضيع</textarea>',
    );
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('value="sara@"');
    expect(html).toContain(`href="${siteUrl}articles/oil-prices-fall/"`);
  });

  it('drops a post whose honeypot is filled, answering as if it were accepted', async () => {
    const before = count();
    const response = await postScript(receiver.url, fields({ extra_field: 'http://spam.example' }));
    expect(response.status).toBe(202);
    const form = await postForm(receiver.url, fields({ extra_field: 'buy now' }));
    expect(form.status).toBe(303);
    expect(count()).toBe(before);
  });

  it('refuses a body larger than the cap with 413', async () => {
    const before = count();
    const response = await postScript(receiver.url, fields({ body: 'ا'.repeat(40_000) }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toBe(e.tooLarge);
    expect(count()).toBe(before);
  });

  it('refuses posts from another origin (403) and gives it no CORS permission', async () => {
    const before = count();
    const response = await postScript(receiver.url, fields(), { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await response.json()) as { message: string }).message).toBe(e.originRefused);
    expect(count()).toBe(before);

    const preflight = (origin: string) =>
      fetch(`${receiver.url}/api/comments`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect(
      (await preflight('https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    expect((await preflight(siteOrigin)).headers.get('access-control-allow-origin')).toBe(
      siteOrigin,
    );
  });

  it('refuses other content types (415)', async () => {
    const response = await fetch(`${receiver.url}/api/comments`, {
      method: 'POST',
      headers: { origin: siteOrigin, accept: 'application/json', 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { message: string }).message).toBe(e.unsupportedType);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client has posted too often', async () => {
    const limited = await startReceiver({
      ...env,
      COMMENTS_DB: path.join(dir, 'limited.sqlite'),
      COMMENTS_RATE_LIMIT: '3',
    });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await postScript(limited.url, fields({ body: `تعليق رقم ${i + 1}` }))).status,
        );
      expect(statuses).toEqual([202, 202, 202, 429]);
      const response = await postScript(limited.url, fields());
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await response.json()) as { message: string }).message).toBe(e.rateLimited);
      expect(readComments(path.join(dir, 'limited.sqlite'))).toHaveLength(3);
    } finally {
      await limited.stop();
    }
  });
});

describe('durability', () => {
  it('keeps pending comments across a restart', async () => {
    const dbPath = path.join(dir, 'restart.sqlite');
    const first = await startReceiver({ ...env, COMMENTS_DB: dbPath });
    expect((await postScript(first.url, fields({ body: 'قبل إعادة التشغيل' }))).status).toBe(202);
    await first.stop();
    const second = await startReceiver({ ...env, COMMENTS_DB: dbPath });
    try {
      expect((await postScript(second.url, fields({ body: 'بعد إعادة التشغيل' }))).status).toBe(
        202,
      );
      const listed = await moderate(['list'], { ...env, COMMENTS_DB: dbPath });
      expect(listed.stdout).toContain('2 pending comment(s)');
      expect(listed.stdout).toContain('قبل إعادة التشغيل');
      expect(listed.stdout).toContain('بعد إعادة التشغيل');
    } finally {
      await second.stop();
    }
  });

  it('loses nothing when the process is killed (SIGKILL) right after answering 2xx', async () => {
    const dbPath = path.join(dir, 'killed.sqlite');
    for (let round = 1; round <= 3; round++) {
      const server = await startReceiver({ ...env, COMMENTS_DB: dbPath });
      const response = await postScript(server.url, fields({ body: `تعليق قبل القتل ${round}` }));
      server.child.kill('SIGKILL');
      await server.kill();
      expect(response.status).toBe(202);
      expect(server.child.signalCode).toBe('SIGKILL');
      const bodies = readComments(dbPath).map((row) => row.body);
      expect(bodies).toHaveLength(round);
      expect(bodies.at(-1)).toBe(`تعليق قبل القتل ${round}`);
    }
  });
});

describe('moderation command', () => {
  it('lists, approves (a JSON file without the e-mail address, written atomically) and rejects', async () => {
    const dbPath = path.join(dir, 'moderation.sqlite');
    const contentDir = path.join(dir, 'moderation-content');
    const modEnv = { ...env, COMMENTS_DB: dbPath, CONTENT_DIR: contentDir };
    const server = await startReceiver(modEnv);
    try {
      await postScript(
        server.url,
        fields({
          body: 'تعليق للموافقة\n\nفقرة ثانية',
          name: 'Sara سارة',
          email: 'secret.reader@example.com',
          website: 'https://sara.example',
        }),
      );
      await postScript(server.url, fields({ body: 'تعليق للرفض' }));
    } finally {
      await server.stop();
    }
    const [toApprove, toReject] = readComments(dbPath);

    const listed = await moderate(['list'], modEnv);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(toApprove!.id);
    expect(listed.stdout).toContain(toReject!.id);

    const approved = await moderate(['approve', toApprove!.id], modEnv);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain(`approved ${toApprove!.id}`);
    const files = await readdir(path.join(contentDir, 'comments'));
    expect(files).toEqual([`${toApprove!.id}.json`]);
    const text = await readFile(path.join(contentDir, 'comments', files[0]!), 'utf8');
    expect(JSON.parse(text)).toEqual({
      id: toApprove!.id,
      article: 'oil-prices-fall',
      parent: null,
      name: 'Sara سارة',
      website: 'https://sara.example/',
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      body: 'تعليق للموافقة\n\nفقرة ثانية',
    });
    expect(text).not.toContain('secret.reader');
    expect(text).not.toContain('@');

    // A reply to the approved comment is now accepted; one to the pending comment is not.
    const again = await startReceiver(modEnv);
    try {
      expect((await postScript(again.url, fields({ parent: toApprove!.id }))).status).toBe(202);
      expect((await postScript(again.url, fields({ parent: toReject!.id }))).status).toBe(422);
    } finally {
      await again.stop();
    }

    const rejected = await moderate(['reject', toReject!.id], modEnv);
    expect(rejected.code).toBe(0);
    expect(readComments(dbPath).find((row) => row.id === toReject!.id)!.status).toBe('rejected');
    // Rejecting a published comment unpublishes it.
    await moderate(['reject', toApprove!.id], modEnv);
    expect(existsSync(path.join(contentDir, 'comments', `${toApprove!.id}.json`))).toBe(false);

    const unknown = await moderate(['approve', 'nope-00000000'], modEnv);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no comment with id nope-00000000');
  });
});
