// COMMENTS_PROVIDER=netlify, loop closed: `npm run comments -- import-netlify` reads the form's
// submissions through Netlify's API (here a local stand-in on 127.0.0.1 that answers the documented
// routes), queues them as pending once, and with --delete removes them from Netlify.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moderate, readComments } from '../helpers/comments-receiver';

let dir: string;
let env: Record<string, string>;
let api: http.Server;
const calls: string[] = [];
const submissions = [
  {
    id: 'sub-1',
    created_at: '2026-11-30T10:00:00.000Z',
    data: {
      body: 'تعليق من نماذج نتلفاي',
      name: 'سارة',
      email: 'sara@example.org',
      website: '',
      article: 'oil-prices-fall',
      parent: '',
      'form-name': 'comments',
      ip: '203.0.113.5',
    },
  },
  {
    id: 'sub-2',
    created_at: '2026-11-30T11:00:00.000Z',
    data: {
      body: 'مقال غير موجود',
      name: 'عمر',
      email: 'omar@example.org',
      article: 'no-such-article',
    },
  },
  {
    id: 'sub-3',
    created_at: '2026-11-30T12:00:00.000Z',
    data: {
      body: 'Second one, in English',
      name: 'Omar',
      email: 'omar@example.org',
      website: 'omar.example',
      article: 'oil-prices-fall',
    },
  },
];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'afaq-netlify-'));
  await mkdir(path.join(dir, 'site/articles/oil-prices-fall'), { recursive: true });
  await writeFile(path.join(dir, 'site/articles/oil-prices-fall/index.html'), '<h1>x</h1>');
  api = http.createServer((req, res) => {
    calls.push(`${req.method} ${req.url} ${req.headers.authorization}`);
    if (req.headers.authorization !== 'Bearer test-token') return res.writeHead(401).end('{}');
    const json = (value: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (req.url === '/api/v1/sites/site-123/forms')
      return json([
        { id: 'form-9', name: 'comments' },
        { id: 'form-8', name: 'contact' },
      ]);
    if (req.url?.startsWith('/api/v1/forms/form-9/submissions'))
      return json(new URL(req.url, 'http://x').searchParams.get('page') === '1' ? submissions : []);
    if (req.method === 'DELETE' && req.url?.startsWith('/api/v1/submissions/'))
      return res.writeHead(204).end();
    res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  env = {
    COMMENTS_DB: path.join(dir, 'data/comments.sqlite'),
    COMMENTS_SITE_DIR: path.join(dir, 'site'),
    CONTENT_DIR: path.join(dir, 'content'),
    NETLIFY_AUTH_TOKEN: 'test-token',
    NETLIFY_SITE_ID: 'site-123',
    NETLIFY_API_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/v1`,
  };
});

afterAll(async () => {
  await new Promise<void>((resolve) => api.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe('import-netlify', () => {
  it('queues valid submissions as pending with the receiver’s rules, reports the refused ones', async () => {
    const result = await moderate(['import-netlify'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('2 imported, 0 already imported, 1 refused');
    expect(result.stdout).toContain('submission sub-2: not imported');
    const rows = readComments(env.COMMENTS_DB!);
    expect(rows.map((row) => [row.body, row.status, row.website])).toEqual([
      ['تعليق من نماذج نتلفاي', 'pending', null],
      ['Second one, in English', 'pending', 'https://omar.example/'],
    ]);
    expect(rows[0]!.id).toMatch(/^[a-z0-9]+-[0-9a-f]{8}$/);
    expect(calls.every((call) => call.endsWith('Bearer test-token'))).toBe(true);
  });

  it('imports each submission once, and --delete removes the imported ones from Netlify', async () => {
    calls.length = 0;
    const again = await moderate(['import-netlify', '--delete'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('0 imported, 2 already imported, 1 refused');
    expect(readComments(env.COMMENTS_DB!)).toHaveLength(2);
    expect(
      calls.filter((call) => call.startsWith('DELETE')).map((call) => call.split(' ')[1]),
    ).toEqual(['/api/v1/submissions/sub-1', '/api/v1/submissions/sub-3']);
  });

  it('says what is missing without a token or with a wrong form name', async () => {
    const missing = await moderate(['import-netlify'], { ...env, NETLIFY_AUTH_TOKEN: '' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('set NETLIFY_AUTH_TOKEN');
    const wrong = await moderate(['import-netlify'], { ...env, COMMENTS_NETLIFY_FORM: 'reviews' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(
      'no form named "reviews" on the Netlify site (forms: comments, contact)',
    );
  });
});
