// After approval: the publish step (a shell command and a build hook), debounced and retried; and
// the moderators' notifications of new pending comments: a webhook and an e-mail, received by a
// local webhook receiver and a local SMTP server on 127.0.0.1 (never a real service).
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commentFields,
  moderate,
  postScript,
  readComments,
  type Receiver,
  signIn,
  startReceiver,
} from '../helpers/comments-receiver';

const siteOrigin = 'http://127.0.0.1:4321';
const password = 'a long moderator password';
let dir: string;
let base: Record<string, string>;

const until = async (check: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const post = (url: string, body: string, name = 'سارة') =>
  postScript(url, commentFields({ body, name, email: 'private.reader@example.org' }));

/** A local HTTP server that records JSON POSTs and answers with the given statuses in turn. */
async function webhookReceiver(statuses: number[] = []) {
  const received: Array<{
    at: number;
    headers: http.IncomingHttpHeaders;
    body: Record<string, unknown>;
  }> = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      received.push({ at: Date.now(), headers: req.headers, body: JSON.parse(text || '{}') });
      res.writeHead(statuses.shift() ?? 200).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'afaq-publish-'));
  await mkdir(path.join(dir, 'site/articles/oil-prices-fall'), { recursive: true });
  await writeFile(
    path.join(dir, 'site/articles/oil-prices-fall/index.html'),
    '<!doctype html><title>x</title><h1>أسعار النفط تتراجع</h1>',
  );
  base = {
    COMMENTS_SITE_DIR: path.join(dir, 'site'),
    COMMENTS_SITE_URL: `${siteOrigin}/`,
    COMMENTS_RATE_LIMIT: '1000',
    COMMENTS_MIN_SECONDS: '0',
  };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the publish step', () => {
  it('runs the command once for twenty approvals in quick succession, with every id, after they pause', async () => {
    const runs = path.join(dir, 'runs.log');
    const env = {
      ...base,
      COMMENTS_DB: path.join(dir, 'a/comments.sqlite'),
      CONTENT_DIR: path.join(dir, 'a/content'),
      // What a deployer writes (git add/commit/push, or a rebuild); here it records its runs.
      COMMENTS_PUBLISH_COMMAND: `ls content/comments | wc -l >> "${runs}" && echo "$COMMENTS_PUBLISHED_IDS" >> "${runs}"`,
      COMMENTS_PUBLISH_CWD: path.join(dir, 'a'),
      COMMENTS_PUBLISH_DELAY_SECONDS: '1.5',
    };
    expect((await moderate(['set-password', 'layla'], env, `${password}\n`)).code).toBe(0);
    const receiver = await startReceiver(env);
    try {
      for (let i = 0; i < 20; i++)
        expect((await post(receiver.url, `تعليق رقم ${i}`)).status).toBe(202);
      const ids = readComments(env.COMMENTS_DB).map((row) => row.id);
      const session = await signIn(
        `${receiver.url}/comments-admin/`,
        siteOrigin,
        'layla',
        password,
      );
      const started = Date.now();
      // One by one, as a moderator clicks through the queue.
      for (const id of ids)
        expect((await session.post('actions', { single: `approve:${id}` })).status).toBe(303);
      expect(Date.now() - started).toBeLessThan(60_000);
      await until(() => existsSync(runs));
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const lines = readFileSync(runs, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]!.trim()).toBe('20');
      expect(lines[1]!.split(' ').sort()).toEqual([...ids].sort());
      expect(receiver.output()).toContain('published 20 changed comment(s)');
      const page = load(await (await session.get('')).text());
      expect(page('.publish').text()).toContain('آخر نشر ناجح');
    } finally {
      await receiver.stop();
    }
  });

  it('retries a failing build hook, reports the failure on the page, and never undoes the approval', async () => {
    const hook = await webhookReceiver([500, 503]);
    const env = {
      ...base,
      COMMENTS_DB: path.join(dir, 'b/comments.sqlite'),
      CONTENT_DIR: path.join(dir, 'b/content'),
      COMMENTS_PUBLISH_HOOK: hook.url,
      COMMENTS_PUBLISH_HOOK_TOKEN: 'secret-token',
      COMMENTS_PUBLISH_DELAY_SECONDS: '0.2',
      COMMENTS_PUBLISH_RETRY_SECONDS: '1.5',
    };
    expect((await moderate(['set-password', 'layla'], env, `${password}\n`)).code).toBe(0);
    const receiver = await startReceiver(env);
    try {
      await post(receiver.url, 'تعليق للنشر عبر الخطاف');
      const [comment] = readComments(env.COMMENTS_DB);
      const session = await signIn(
        `${receiver.url}/comments-admin/`,
        siteOrigin,
        'layla',
        password,
      );
      await session.post('actions', { single: `approve:${comment!.id}` });
      await until(() => hook.received.length === 1);
      await until(() => receiver.output().includes('error: publishing failed (attempt 1'));
      const failed = load(await (await session.get('')).text());
      expect(failed('.publish').text()).toContain('فشل النشر');
      expect(failed('.publish').text()).toContain('build hook answered 500');
      // The approval stands while the step fails.
      expect(readComments(env.COMMENTS_DB)[0]!.status).toBe('approved');
      expect(existsSync(path.join(env.CONTENT_DIR, 'comments', `${comment!.id}.json`))).toBe(true);
      await until(() => hook.received.length === 3);
      await until(() => receiver.output().includes('published 1 changed comment(s)'));
      expect(hook.received[2]!.headers.authorization).toBe('Bearer secret-token');
      expect(hook.received[2]!.body).toEqual({
        event_type: 'afaq-comments',
        client_payload: { ids: [comment!.id] },
      });
      const ok = load(await (await session.get('')).text());
      expect(ok('.publish').text()).toContain('آخر نشر ناجح');
      expect(ok('.publish').text()).not.toContain('فشل النشر');
    } finally {
      await receiver.stop();
      await hook.close();
    }
  });

  it('the command line publishes once after a batch, and says when it failed', async () => {
    const env = {
      ...base,
      COMMENTS_DB: path.join(dir, 'c/comments.sqlite'),
      CONTENT_DIR: path.join(dir, 'c/content'),
      COMMENTS_PUBLISH_COMMAND: 'echo "git push: rejected" >&2; exit 3',
      COMMENTS_PUBLISH_CWD: dir,
    };
    const receiver = await startReceiver(env);
    await post(receiver.url, 'تعليق أول');
    await post(receiver.url, 'تعليق ثانٍ');
    await receiver.stop();
    const ids = readComments(env.COMMENTS_DB).map((row) => row.id);
    const result = await moderate(['approve', ...ids], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('2 done, 0 failed');
    expect(result.stdout).toMatch(
      /publishing failed .*command exited with code 3: git push: rejected/,
    );
    expect(readComments(env.COMMENTS_DB).map((row) => row.status)).toEqual([
      'approved',
      'approved',
    ]);
  });
});

describe('notifications of pending comments', () => {
  it('sends one webhook message and one e-mail for a burst of new comments, without readers’ e-mail addresses', async () => {
    const hook = await webhookReceiver();
    const mails: Array<{ from: string; to: string[]; text: string }> = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
        stream.on('end', () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            text,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const env = {
      ...base,
      COMMENTS_DB: path.join(dir, 'd/comments.sqlite'),
      CONTENT_DIR: path.join(dir, 'd/content'),
      COMMENTS_NOTIFY_WEBHOOK: hook.url,
      COMMENTS_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      COMMENTS_NOTIFY_EMAIL_FROM: 'comments@afaq.example',
      COMMENTS_NOTIFY_EMAIL_TO: 'editors@afaq.example, chief@afaq.example',
      COMMENTS_NOTIFY_BATCH_SECONDS: '0.5',
    };
    const receiver = await startReceiver(env);
    try {
      for (const [body, name] of [
        ['تعليق أول', 'سارة'],
        ['<@everyone> <!channel> hello', 'Mallory'],
        ['تعليق ثالث', 'عمر'],
      ]) {
        expect((await post(receiver.url, body!, name)).status).toBe(202);
      }
      await until(() => hook.received.length === 1 && mails.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(hook.received).toHaveLength(1);
      const payload = hook.received[0]!.body as {
        text: string;
        content: string;
        comments: Array<{ name: string; articleTitle: string }>;
        allowed_mentions: unknown;
        moderationUrl: string;
      };
      expect(payload.comments.map((c) => c.name)).toEqual(['سارة', 'Mallory', 'عمر']);
      expect(payload.comments[0]!.articleTitle).toBe('أسعار النفط تتراجع');
      expect(payload.moderationUrl).toBe(`${siteOrigin}/comments-admin/`);
      expect(payload.text).toContain('تعليقات جديدة بانتظار المراجعة: 3');
      // Slack must not read a reader's text as a mention; Discord is told to ping nobody.
      expect(payload.text).toContain('&lt;!channel&gt;');
      expect(payload.allowed_mentions).toEqual({ parse: [] });
      expect(JSON.stringify(payload)).not.toContain('private.reader@example.org');

      expect(mails).toHaveLength(1);
      expect(mails[0]!.from).toBe('comments@afaq.example');
      expect(mails[0]!.to).toEqual(['editors@afaq.example', 'chief@afaq.example']);
      expect(mails[0]!.text).toMatch(/^Subject: =\?UTF-8\?/m);
      expect(mails[0]!.text).not.toContain('private.reader@example.org');
      expect(receiver.output()).toContain('notified moderators of 3 pending comment(s)');
    } finally {
      await receiver.stop();
      await hook.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it('a notification that cannot be delivered is logged and costs the reader nothing', async () => {
    const env = {
      ...base,
      COMMENTS_DB: path.join(dir, 'e/comments.sqlite'),
      CONTENT_DIR: path.join(dir, 'e/content'),
      // Nothing listens there.
      COMMENTS_NOTIFY_WEBHOOK: 'http://127.0.0.1:9/hook',
      COMMENTS_NOTIFY_BATCH_SECONDS: '0.2',
    };
    const receiver = await startReceiver(env);
    try {
      expect((await post(receiver.url, 'تعليق رغم تعطل التنبيه')).status).toBe(202);
      await until(() => receiver.output().includes('error: webhook notification failed'));
      expect(readComments(env.COMMENTS_DB)).toHaveLength(1);
    } finally {
      await receiver.stop();
    }
  });
});
