// The optional publish step after approvals: a shell command (e.g. git add/commit/push, or a local
// rebuild) and/or a build-hook URL (Netlify, Cloudflare Pages, GitHub repository_dispatch). Changes
// are debounced: the step runs once the approvals have paused for `delayMs` (and at the latest
// `maxDelayMs` after the first one), so twenty approvals in a minute make one rebuild. A failed run
// is retried with growing delays and reported; it never touches the approvals themselves.
import { spawn } from 'node:child_process';
import { forTerminal } from './terminal.ts';

export interface PublishOptions {
  command?: string;
  hookUrl?: string;
  /** Sent as "Authorization: Bearer …" (GitHub needs it; Netlify and Cloudflare hooks do not). */
  hookToken?: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  delayMs: number;
  maxDelayMs: number;
  /** Delays before each retry; the last one repeats until `maxAttempts`. */
  retryDelaysMs: readonly number[];
  maxAttempts: number;
  timeoutMs: number;
  log: (message: string) => void;
  /** Called after every run, with its outcome (the server reports failures to the moderators). */
  onResult?: (status: PublishStatus) => void;
}

export interface PublishStatus {
  state: 'idle' | 'waiting' | 'running' | 'failed';
  /** Comment ids changed since the last successful run. */
  pending: number;
  lastSuccessAt?: string;
  lastError?: string;
  attempts: number;
  nextRunAt?: string;
  runs: number;
}

export interface Publisher {
  readonly enabled: boolean;
  /** Records changed comments and (re)starts the debounce timer. */
  changed(ids: readonly string[]): void;
  /** Runs now (the moderation page's «انشر الآن»), without waiting for the timer. */
  runNow(): Promise<PublishStatus>;
  status(): PublishStatus;
  /** Resolves when no run is waiting or running (tests, shutdown). */
  idle(): Promise<void>;
  stop(): void;
}

const tail = (text: string, max = 2000) => (text.length > max ? `…${text.slice(-max)}` : text);

function runCommand(
  command: string,
  options: PublishOptions,
  ids: readonly string[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: options.cwd,
      // At most 500 ids: the environment of a process has a size limit.
      env: {
        ...process.env,
        ...options.env,
        COMMENTS_PUBLISHED_IDS: ids.slice(0, 500).join(' '),
        COMMENTS_PUBLISHED_COUNT: String(ids.length),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = tail(output + chunk.toString(), 8000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `command exited with ${signal ?? `code ${code}`}: ${forTerminal(tail(output.trim(), 1000), { keepNewlines: true })}`,
          ),
        );
    });
  });
}

async function callHook(options: PublishOptions, ids: readonly string[]): Promise<void> {
  const response = await fetch(options.hookUrl!, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(options.hookToken ? { authorization: `Bearer ${options.hookToken}` } : {}),
    },
    // GitHub's repository_dispatch reads event_type/client_payload; Netlify and Cloudflare ignore the body.
    body: JSON.stringify({
      event_type: 'afaq-comments',
      client_payload: { ids: ids.slice(0, 100) },
    }),
    signal: AbortSignal.timeout(Math.min(options.timeoutMs, 60_000)),
  });
  await response.body?.cancel();
  if (!response.ok)
    throw new Error(`build hook answered ${response.status} ${response.statusText}`);
}

export function createPublisher(options: PublishOptions): Publisher {
  const enabled = Boolean(options.command || options.hookUrl);
  const pending = new Set<string>();
  let firstChangeAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const state: PublishStatus = { state: 'idle', pending: 0, attempts: 0, runs: 0 };
  const waiters: Array<() => void> = [];

  const settle = () => {
    state.pending = pending.size;
    if (!timer && !running) waiters.splice(0).forEach((resolve) => resolve());
  };

  function schedule(ms: number) {
    if (stopped) return;
    clearTimeout(timer);
    state.nextRunAt = new Date(Date.now() + ms).toISOString();
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, ms);
  }

  async function run(): Promise<void> {
    if (running) return running;
    if (pending.size === 0) return settle();
    const ids = [...pending];
    pending.clear();
    firstChangeAt = undefined;
    state.state = 'running';
    state.nextRunAt = undefined;
    state.attempts += 1;
    state.runs += 1;
    running = (async () => {
      try {
        if (options.command) await runCommand(options.command, options, ids);
        if (options.hookUrl) await callHook(options, ids);
        state.attempts = 0;
        state.lastError = undefined;
        state.lastSuccessAt = new Date().toISOString();
        state.state = pending.size ? 'waiting' : 'idle';
        options.log(`published ${ids.length} changed comment(s)`);
      } catch (error) {
        // Nothing is undone: the ids go back into the queue and the step is tried again later.
        for (const id of ids) pending.add(id);
        state.lastError = error instanceof Error ? error.message : String(error);
        const delays = options.retryDelaysMs;
        if (state.attempts < options.maxAttempts) {
          state.state = 'failed';
          const delay = delays[Math.min(state.attempts - 1, delays.length - 1)] ?? options.delayMs;
          options.log(
            `error: publishing failed (attempt ${state.attempts} of ${options.maxAttempts}, next in ${Math.round(delay / 1000)} s): ${state.lastError}`,
          );
          schedule(delay);
        } else {
          state.state = 'failed';
          options.log(
            `error: publishing failed ${state.attempts} times; giving up until the next approval or «publish now»: ${state.lastError}`,
          );
        }
      } finally {
        running = undefined;
        options.onResult?.({ ...state, pending: pending.size });
        if (state.state === 'waiting' && !timer) schedule(options.delayMs);
        settle();
      }
    })();
    return running;
  }

  return {
    enabled,
    changed(ids) {
      if (!enabled || ids.length === 0) return;
      for (const id of ids) pending.add(id);
      state.pending = pending.size;
      const now = Date.now();
      firstChangeAt ??= now;
      if (state.state !== 'failed' || state.attempts >= options.maxAttempts) state.attempts = 0;
      if (running) {
        state.state = 'running';
        return;
      }
      state.state = 'waiting';
      schedule(Math.max(0, Math.min(options.delayMs, firstChangeAt + options.maxDelayMs - now)));
    },
    async runNow() {
      clearTimeout(timer);
      timer = undefined;
      state.attempts = 0;
      await running;
      if (pending.size === 0) pending.add('(publish now)');
      await run();
      return { ...state, pending: pending.size };
    },
    status: () => ({ ...state, pending: pending.size }),
    idle: () =>
      new Promise<void>((resolve) => (timer || running ? waiters.push(resolve) : resolve())),
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      settle();
    },
  };
}
