// The twelve defects a hostile tester found in the receiver and the moderation command, each
// reproduced against the real processes on 127.0.0.1 (numbers as in the report).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
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
const isRoot = process.getuid?.() === 0;

let dir: string;
let base: Record<string, string>;

const fields = commentFields;
const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/comments`, {
    method: 'POST',
    headers: { origin: siteOrigin, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** A fresh database (and content folder) for one test. */
let counter = 0;
function own(extra: Record<string, string> = {}) {
  counter += 1;
  return {
    ...base,
    COMMENTS_DB: path.join(dir, `db-${counter}`, 'comments.sqlite'),
    CONTENT_DIR: path.join(dir, `content-${counter}`),
    ...extra,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'afaq-defects-'));
  await mkdir(path.join(dir, 'site/articles/oil-prices-fall'), { recursive: true });
  await writeFile(
    path.join(dir, 'site/articles/oil-prices-fall/index.html'),
    '<!doctype html><title>x</title><h1>أسعار النفط</h1>',
  );
  base = {
    COMMENTS_SITE_DIR: path.join(dir, 'site'),
    COMMENTS_SITE_URL: `${siteOrigin}/`,
    COMMENTS_RATE_LIMIT: '100000',
    COMMENTS_MIN_SECONDS: '0',
  };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('1. rate limiter memory behind a proxy', () => {
  it('stays bounded under thousands of distinct 8,000-character X-Forwarded-For values (a 32 MB heap survives)', async () => {
    // Before the fix every value became a key: ~4,000 such requests filled this heap and killed the process.
    const receiver = await startReceiver(
      own({ COMMENTS_TRUST_PROXY: '1', COMMENTS_RATE_LIMIT: '5' }),
      { nodeArgs: ['--max-old-space-size=32'] },
    );
    try {
      const pad = 'x'.repeat(7990);
      let answered = 0;
      for (let i = 0; i < 4500; i += 50) {
        const batch = Array.from({ length: 50 }, (_, k) =>
          fetch(`${receiver.url}/api/comments`, {
            method: 'POST',
            headers: {
              accept: 'application/json',
              'content-type': 'application/x-www-form-urlencoded',
              'x-forwarded-for': `${pad}${i + k}`,
            },
            body: 'body=x',
          }).then((r) => (r.body?.cancel(), (answered += 1))),
        );
        await Promise.all(batch);
      }
      expect(answered).toBe(4500);
      expect(receiver.child.exitCode).toBeNull();
      expect((await fetch(`${receiver.url}/health`)).status).toBe(200);
    } finally {
      await receiver.stop();
    }
  });

  it('only takes a real IP address from X-Forwarded-For: a forged value shares the proxy’s allowance', async () => {
    const receiver = await startReceiver(
      own({ COMMENTS_TRUST_PROXY: '1', COMMENTS_RATE_LIMIT: '2' }),
    );
    try {
      const statuses = [];
      for (const forged of ['a', 'b', 'c'])
        statuses.push(
          (
            await postScript(receiver.url, fields(), {
              'x-forwarded-for': `203.0.113.9, not-an-ip-${forged}`,
            })
          ).status,
        );
      expect(statuses).toEqual([202, 202, 429]);
      // A real address behind the proxy has its own allowance.
      expect(
        (await postScript(receiver.url, fields(), { 'x-forwarded-for': '198.51.100.7' })).status,
      ).toBe(202);
    } finally {
      await receiver.stop();
    }
  });
});

describe('2. the database file deleted while the receiver runs', () => {
  it('refuses posts with 503 (never a 2xx for a lost comment), logs an error, keeps a copy, and /health says so', async () => {
    const env = own();
    const receiver = await startReceiver(env);
    try {
      expect((await postScript(receiver.url, fields({ body: 'قبل الحذف' }))).status).toBe(202);
      for (const suffix of ['', '-wal', '-shm'])
        await rm(`${env.COMMENTS_DB}${suffix}`, { force: true });
      const statuses = [];
      for (let i = 0; i < 15; i++)
        statuses.push((await postScript(receiver.url, fields({ body: `بعد الحذف ${i}` }))).status);
      expect(statuses).toEqual(Array(15).fill(503));
      const health = await fetch(`${receiver.url}/health`);
      expect(health.status).toBe(503);
      expect(((await health.json()) as { error: string }).error).toMatch(/deleted/);
      expect(receiver.output()).toMatch(
        /error: the database file .* was deleted while the receiver was running/,
      );
      const copy = readdirSync(path.dirname(env.COMMENTS_DB)).find((name) =>
        name.includes('.recovered-'),
      );
      expect(copy).toBeDefined();
      expect(
        readComments(path.join(path.dirname(env.COMMENTS_DB), copy!)).map((row) => row.body),
      ).toContain('قبل الحذف');
    } finally {
      await receiver.stop();
    }
  });
});

describe('3. approve and reject at the same time', () => {
  async function pendingIds(env: Record<string, string>, count: number) {
    const receiver = await startReceiver(env);
    try {
      for (let i = 0; i < count; i++)
        expect((await postScript(receiver.url, fields({ body: `تعليق ${i}` }))).status).toBe(202);
    } finally {
      await receiver.stop();
    }
    return readComments(env.COMMENTS_DB!).map((row) => row.id);
  }
  const consistent = (env: Record<string, string>) =>
    readComments(env.COMMENTS_DB!).filter(
      (row) =>
        (row.status === 'approved') !==
        existsSync(path.join(env.CONTENT_DIR!, 'comments', `${row.id}.json`)),
    );

  it('writes the published file inside the database transaction (an approval waits for a held lock, then completes)', async () => {
    const env = own();
    const [id] = await pendingIds(env, 1);
    const db = new DatabaseSync(env.COMMENTS_DB!);
    db.exec('BEGIN IMMEDIATE');
    const approving = moderate(['approve', id!, '--no-publish'], env);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // While another writer holds the lock nothing is published: the file and the status change together.
    expect(existsSync(path.join(env.CONTENT_DIR!, 'comments', `${id}.json`))).toBe(false);
    db.exec('ROLLBACK');
    db.close();
    expect((await approving).code).toBe(0);
    expect(readComments(env.COMMENTS_DB!)[0]!.status).toBe('approved');
    expect(existsSync(path.join(env.CONTENT_DIR!, 'comments', `${id}.json`))).toBe(true);
  });

  it('leaves no comment "approved" without its file after concurrent approve/reject runs', async () => {
    const env = own();
    const ids = await pendingIds(env, 40);
    for (let round = 0; round < 3; round++) {
      const runs = await Promise.all([
        moderate(['approve', ...ids, '--no-publish'], env),
        moderate(['reject', ...ids.toReversed(), '--no-publish'], env),
        moderate(['approve', ...ids.toReversed(), '--no-publish'], env),
      ]);
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      expect(consistent(env)).toEqual([]);
    }
  });
});

describe('4. health and slow storage', () => {
  it('/health answers 503 and posts 503 when the database cannot be written', async () => {
    const env = own();
    const first = await startReceiver(env);
    await postScript(first.url, fields());
    await first.stop();
    // As root, file modes do not stop writes: make the file immutable instead.
    if (isRoot) execFileSync('chattr', ['+i', env.COMMENTS_DB!]);
    else {
      chmodSync(env.COMMENTS_DB!, 0o400);
      chmodSync(path.dirname(env.COMMENTS_DB!), 0o500);
    }
    try {
      const receiver = await startReceiver(env);
      try {
        const health = await fetch(`${receiver.url}/health`);
        expect(health.status).toBe(503);
        expect(((await health.json()) as { error: string }).error).toMatch(/readonly|read-only/i);
        const post = await postScript(receiver.url, fields());
        expect(post.status).toBe(503);
        expect(((await post.json()) as { message: string }).message).toBe(e.storageUnavailable);
      } finally {
        await receiver.stop();
      }
    } finally {
      if (isRoot) execFileSync('chattr', ['-i', env.COMMENTS_DB!]);
      else chmodSync(path.dirname(env.COMMENTS_DB!), 0o700);
    }
  });

  it('a lock held by another process does not stall unrelated requests, and /health tells the truth within its deadline', async () => {
    const env = own();
    const receiver = await startReceiver(env);
    try {
      expect((await postScript(receiver.url, fields())).status).toBe(202);
      const db = new DatabaseSync(env.COMMENTS_DB!);
      db.exec('BEGIN EXCLUSIVE');
      try {
        const stuck = postScript(receiver.url, fields({ body: 'ينتظر القفل' }));
        await new Promise((resolve) => setTimeout(resolve, 200));
        let started = Date.now();
        const unrelated = await fetch(`${receiver.url}/api/comments`, {
          method: 'OPTIONS',
          headers: { origin: siteOrigin, 'access-control-request-method': 'POST' },
        });
        expect(unrelated.status).toBe(204);
        expect(Date.now() - started).toBeLessThan(2000);
        started = Date.now();
        const login = await fetch(`${receiver.url}/comments-admin/login`);
        expect(login.status).toBe(200);
        expect(Date.now() - started).toBeLessThan(2000);
        started = Date.now();
        const health = await fetch(`${receiver.url}/health`);
        expect(health.status).toBe(503);
        expect(Date.now() - started).toBeLessThan(4000);
        expect((await stuck).status).toBe(503);
      } finally {
        db.exec('ROLLBACK');
        db.close();
      }
      expect((await fetch(`${receiver.url}/health`)).status).toBe(200);
      expect((await postScript(receiver.url, fields({ body: 'بعد فك القفل' }))).status).toBe(202);
    } finally {
      await receiver.stop();
    }
  });
});

describe('5. slow connections', () => {
  it('1,100 slow connections from one address leave the receiver answering others, and are cut off', async () => {
    // The process gets 1,024 file descriptors, as on a default Linux account.
    const receiver = await startReceiver(
      own({ COMMENTS_HEADERS_TIMEOUT_SECONDS: '2', COMMENTS_REQUEST_TIMEOUT_SECONDS: '3' }),
      { maxOpenFiles: 1024 },
    );
    const sockets: net.Socket[] = [];
    try {
      const port = Number(new URL(receiver.url).port);
      for (let i = 0; i < 1100; i++) {
        const socket = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' });
        socket.on('error', () => undefined);
        socket.resume();
        socket.write('POST /api/comments HTTP/1.1\r\nHost: x\r\n');
        sockets.push(socket);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const health = await fetch(`${receiver.url}/health`, { signal: AbortSignal.timeout(3000) });
      expect(health.status).toBe(200);
      expect((await postScript(receiver.url, fields())).status).toBe(202);
      // The headers timeout closes the slow ones.
      await new Promise((resolve) => setTimeout(resolve, 4000));
      expect(sockets.filter((socket) => !socket.closed).length).toBe(0);
      expect(receiver.child.exitCode).toBeNull();
    } finally {
      for (const socket of sockets) socket.destroy();
      await receiver.stop();
    }
  });
});

describe('6. validation bypasses', () => {
  let receiver: Receiver;
  let env: Record<string, string>;
  beforeAll(async () => {
    env = own();
    receiver = await startReceiver(env);
  });
  afterAll(() => receiver?.stop());

  it.each([
    ['a name of zero-width characters', { name: '\u200b\u200b\u200b' }, 'name', e.nameRequired],
    [
      'a body of zero-width characters',
      { body: '\u200b\u200c\u200d\u2060\ufeff' },
      'body',
      e.bodyRequired,
    ],
    [
      'an e-mail hidden with U+200B',
      { body: 'راسلني على sara\u200b@example.com' },
      'body',
      e.bodyHasEmail,
    ],
    [
      'an e-mail with a fullwidth ＠',
      { body: 'راسلني على sara＠example.com' },
      'body',
      e.bodyHasEmail,
    ],
    ['a fullwidth ＠ in the name', { name: 'sara＠home' }, 'name', e.nameHasEmail],
    ['ts: 0', { ts: 0 }, 'ts', e.formExpired],
    ['a body sent as a JSON number', { body: 12345 }, 'body', e.notText],
  ])('refuses %s (422) and stores nothing', async (_, change, field, reason) => {
    const before = readComments(env.COMMENTS_DB!).length;
    const response = await postJson(receiver.url, fields(change));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: Record<string, string> }).errors[field]).toBe(
      reason,
    );
    expect(readComments(env.COMMENTS_DB!)).toHaveLength(before);
  });

  it('treats a honeypot sent as a JSON array (or a repeated form field) as filled: nothing stored', async () => {
    const before = readComments(env.COMMENTS_DB!).length;
    expect((await postJson(receiver.url, fields({ extra_field: ['spam'] }))).status).toBe(202);
    const repeated = new URLSearchParams(fields() as Record<string, string>);
    repeated.append('extra_field', 'spam');
    expect(
      (
        await fetch(`${receiver.url}/api/comments`, {
          method: 'POST',
          headers: { origin: siteOrigin, accept: 'application/json' },
          body: repeated,
        })
      ).status,
    ).toBe(202);
    expect(readComments(env.COMMENTS_DB!)).toHaveLength(before);
  });

  it('keeps text readers write with ZWNJ (Persian) and the timestamp as a JSON number', async () => {
    const response = await postJson(
      receiver.url,
      fields({ body: 'می‌خواهم بگویم: شكراً', ts: Date.now() - 10_000 }),
    );
    expect(response.status).toBe(202);
    expect(readComments(env.COMMENTS_DB!).at(-1)!.body).toBe('می‌خواهم بگویم: شكراً');
  });
});

describe('7. refused posts and the rate limit', () => {
  it('five mistyped e-mail addresses do not lock a reader out; accepted posts are still limited', async () => {
    const receiver = await startReceiver(own({ COMMENTS_RATE_LIMIT: '2' }));
    try {
      for (let i = 0; i < 5; i++)
        expect((await postScript(receiver.url, fields({ email: 'sara@' }))).status).toBe(422);
      expect((await postScript(receiver.url, fields())).status).toBe(202);
      expect((await postScript(receiver.url, fields())).status).toBe(202);
      const third = await postScript(receiver.url, fields());
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await receiver.stop();
    }
  });

  it('refused posts have a limit of their own (a bot cannot probe forever)', async () => {
    const receiver = await startReceiver(own({ COMMENTS_REFUSED_LIMIT: '3' }));
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await postScript(receiver.url, fields({ email: 'x' }))).status);
      expect(statuses).toEqual([422, 422, 422, 429]);
    } finally {
      await receiver.stop();
    }
  });
});

describe('8. batch commands', () => {
  it('`approve ID1 nosuch ID2` approves ID1 and ID2, reports nosuch, and exits 1', async () => {
    const env = own();
    const receiver = await startReceiver(env);
    try {
      await postScript(receiver.url, fields({ body: 'الأول' }));
      await postScript(receiver.url, fields({ body: 'الثاني' }));
    } finally {
      await receiver.stop();
    }
    const [first, second] = readComments(env.COMMENTS_DB!);
    const result = await moderate(
      ['approve', first!.id, 'nosuch-00000000', second!.id, '--no-publish'],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`approved ${first!.id}`);
    expect(result.stdout).toContain(`approved ${second!.id}`);
    expect(result.stderr).toContain('no comment with id nosuch-00000000');
    expect(result.stdout).toContain('2 done, 1 failed');
    expect(readComments(env.COMMENTS_DB!).map((row) => row.status)).toEqual([
      'approved',
      'approved',
    ]);
  });
});

describe('9. the refusal page’s form action', () => {
  it('posts to the configured endpoint, whatever path the refused request used', async () => {
    const receiver = await startReceiver(own({ COMMENTS_SITE_URL: `${siteOrigin}/afaq/` }));
    try {
      const response = await fetch(`${receiver.url}//evil.com/steal`, {
        method: 'POST',
        headers: { origin: siteOrigin, accept: 'text/html' },
        body: new URLSearchParams(fields({ email: 'bad' }) as Record<string, string>),
      });
      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toContain(`action="${siteOrigin}/afaq/api/comments"`);
      expect(html).not.toContain('evil.com');
    } finally {
      await receiver.stop();
    }
  });
});

describe('10. private files and terminal output', () => {
  it('creates the database 0600 in a 0700 folder (and tightens an existing world-readable one)', async () => {
    const env = own();
    const receiver = await startReceiver(env);
    try {
      await postScript(receiver.url, fields());
      const mode = (file: string) => statSync(file).mode & 0o777;
      expect(mode(env.COMMENTS_DB!)).toBe(0o600);
      expect(mode(`${env.COMMENTS_DB}-wal`)).toBe(0o600);
      expect(mode(path.dirname(env.COMMENTS_DB!))).toBe(0o700);
    } finally {
      await receiver.stop();
    }
    chmodSync(env.COMMENTS_DB!, 0o644);
    await moderate(['list'], env);
    expect(statSync(env.COMMENTS_DB!).mode & 0o777).toBe(0o600);
  });

  it('prints stored text with control characters shown, not sent to the terminal', async () => {
    const env = own();
    const receiver = await startReceiver(env);
    await postScript(receiver.url, fields());
    await receiver.stop();
    // Written straight into the database, as an attacker with a copy of it could.
    const db = new DatabaseSync(env.COMMENTS_DB!);
    db.prepare('UPDATE comments SET name = ?, body = ?').run(
      '\u001b[2J\u001b]0;owned\u0007Eve',
      'hello \u001b[31mred\u001b[0m \u202eevil',
    );
    db.close();
    for (const args of [['list'], ['show', readComments(env.COMMENTS_DB!)[0]!.id]]) {
      const result = await moderate(args, env);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
      expect(result.stdout).toContain('\\u{1b}[2J');
      expect(result.stdout).toContain('\\u{202e}evil');
    }
  });
});

describe('12. media types matched exactly', () => {
  it('refuses application/jsonpxyz (415) and reads application/json with parameters', async () => {
    const env = own();
    const receiver = await startReceiver(env);
    try {
      for (const type of [
        'application/jsonpxyz',
        'application/json-seq',
        'text/plain',
        'multipart/form-datax',
      ]) {
        const response = await postJson(receiver.url, fields(), { 'content-type': type });
        expect(response.status, type).toBe(415);
      }
      expect(
        (
          await postJson(receiver.url, fields(), {
            'content-type': 'Application/JSON; charset=utf-8',
          })
        ).status,
      ).toBe(202);
      expect(readComments(env.COMMENTS_DB!)).toHaveLength(1);
    } finally {
      await receiver.stop();
    }
  });
});

// Defect 11 (an approved comment on a removed article) is a build warning: tests/build/comments.test.ts.
