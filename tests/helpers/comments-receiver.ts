// Runs the comment receiver (server/comments/serve.ts) and the moderation command as real child
// processes, the way `npm run comments:serve` / `npm run comments` do (scripts/run.sh).
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

export async function startReceiver(env: Record<string, string>): Promise<Receiver> {
  const child = spawn(
    process.execPath,
    [...tsNodeArgs, path.join(projectRoot, 'server/comments/serve.ts')],
    {
      cwd: projectRoot,
      env: { ...process.env, COMMENTS_PORT: '0', COMMENTS_HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run comments -- <args>` with the given environment. */
export function moderate(args: string[], env: Record<string, string>): Promise<CommandResult> {
  const child = spawn(
    process.execPath,
    [...tsNodeArgs, path.join(projectRoot, 'server/comments/moderate.ts'), ...args],
    {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A row of the receiver's comments table (the submission as stored, plus id and status). */
export type CommentRow = CommentSubmission & { id: string; status: string };

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
