// Runs the comment receiver (server/comments/serve.ts) and the moderation command as real child
// processes, the way `npm run comments:serve` / `npm run comments` do (scripts/run.sh); and signs in
// to the moderation page over HTTP like a browser would.
import type { CommentSubmission } from '../../src/lib/comments/validation';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { projectRoot } from './paths';
import { tsNodeArgs } from '../../scripts/node-options.mjs';

export interface Receiver {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  child: ChildProcess;
  /** Everything the process printed. */
  output: () => string;
  /** SIGTERM and wait for exit. */
  stop: () => Promise<void>;
  /** SIGKILL (no chance to flush anything) and wait for exit. */
  kill: () => Promise<void>;
}

export interface ReceiverOptions {
  /** Extra arguments for node (e.g. --max-old-space-size=32). */
  nodeArgs?: string[];
  /** Limit of open files for the process (ulimit -n). */
  maxOpenFiles?: number;
}

export async function startReceiver(
  env: Record<string, string>,
  options: ReceiverOptions = {},
): Promise<Receiver> {
  const args = [
    ...(options.nodeArgs ?? []),
    ...tsNodeArgs,
    path.join(projectRoot, 'server/comments/serve.ts'),
  ];
  const command = options.maxOpenFiles
    ? [
        'sh',
        ['-c', `ulimit -n ${options.maxOpenFiles} && exec "$0" "$@"`, process.execPath, ...args],
      ]
    : [process.execPath, args];
  const child = spawn(command[0] as string, command[1] as string[], {
    cwd: projectRoot,
    env: { ...process.env, COMMENTS_PORT: '0', COMMENTS_HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`receiver did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`receiver exited with ${code}:\n${output}`));
    });
  });
  const end = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, child, output: () => output, stop: end('SIGTERM'), kill: end('SIGKILL') };
}

/** The site origin the test receivers allow (their COMMENTS_SITE_URL). */
export const testSiteOrigin = 'http://127.0.0.1:4321';

/** A comment as the form posts it (shown a minute ago), with `change` applied. */
export function commentFields(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    body: 'تعليق تجريبي عن أسعار النفط.',
    name: 'سارة',
    email: 'sara@example.com',
    website: '',
    article: 'oil-prices-fall',
    parent: '',
    ts: String(Date.now() - 60_000),
    extra_field: '',
    ...change,
  };
}

/** The enhancement script's post: form-encoded, answered in JSON. */
export function postScript(
  url: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const form = new URLSearchParams(
    Object.entries(body).map(([key, value]) => [key, String(value)]),
  );
  return fetch(`${url}/api/comments`, {
    method: 'POST',
    headers: { origin: testSiteOrigin, accept: 'application/json', ...headers },
    body: form,
  });
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run comments -- <args>` with the given environment (and standard input). */
export function moderate(
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<CommandResult> {
  const child = spawn(
    process.execPath,
    [...tsNodeArgs, path.join(projectRoot, 'server/comments/moderate.ts'), ...args],
    {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end(input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A row of the receiver's comments table (the submission as stored, plus id and status). */
export type CommentRow = CommentSubmission & { id: string; status: string; staff: number };

/** Reads the receiver's database directly (a fresh connection, as after a restart). */
export function readComments(dbPath: string): CommentRow[] {
  const db = new DatabaseSync(dbPath);
  try {
    return db
      .prepare('SELECT * FROM comments ORDER BY created_at, id')
      .all() as unknown as CommentRow[];
  } finally {
    db.close();
  }
}

/** A moderator's browser session, over plain HTTP: its cookie and the CSRF token of the last page. */
export interface AdminSession {
  cookie: string;
  csrf: string;
  /** GET a page of the moderation site (path relative to it). */
  get: (relative: string) => Promise<Response>;
  /** POST a form with the session's CSRF token (unless `csrf` is given in the fields). */
  post: (
    relative: string,
    fields: Array<[string, string]> | Record<string, string>,
  ) => Promise<Response>;
}

const csrfIn = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1];

export async function signIn(
  adminUrl: string,
  origin: string,
  name: string,
  password: string,
): Promise<AdminSession> {
  const page = await fetch(`${adminUrl}login`);
  const loginCookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  const loginCsrf = csrfIn(await page.text());
  const response = await fetch(`${adminUrl}login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin, cookie: loginCookie },
    body: new URLSearchParams({ csrf: loginCsrf ?? '', name, password }),
  });
  const session = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('__Secure-afaq-moderation='));
  if (response.status !== 303 || !session)
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = session.split(';')[0]!;
  const result: AdminSession = {
    cookie,
    csrf: '',
    get: async (relative) => {
      const answer = await fetch(`${adminUrl}${relative}`, {
        headers: { cookie },
        redirect: 'manual',
      });
      const text = await answer.clone().text();
      result.csrf = csrfIn(text) ?? result.csrf;
      return answer;
    },
    post: (relative, fields) => {
      const entries = Array.isArray(fields) ? fields : Object.entries(fields);
      const body = new URLSearchParams(
        entries.some(([k]) => k === 'csrf') ? entries : [['csrf', result.csrf], ...entries],
      );
      return fetch(`${adminUrl}${relative}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin, cookie },
        body,
      });
    },
  };
  await result.get('');
  return result;
}
