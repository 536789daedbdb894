// Compiling thousands of articles (a first build, a new cache) uses every core: worker threads and
// the calling thread share the articles. A handful of changed articles are compiled right here
// (starting threads costs more than it saves).
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { tsNodeArgs } from '../../../scripts/node-options.mjs';
import { BodyStore } from './body-store';
import { compileArticle, type CompileOutcome, type CompileTask } from './compile-article';

export interface CompilePool {
  compile(task: CompileTask): Promise<CompileOutcome>;
  close(): Promise<void>;
  /** How many articles to have in hand at once: the threads' shares and a few for this thread. */
  readonly concurrency: number;
  /** Articles compiled by the threads and by the calling thread (for tests and measurements). */
  readonly counts: { threads: number; here: number };
}

/**
 * Articles each thread is given ahead: the calling thread answers the threads only between its own
 * compiles (each sync task's next file), so a thread that held one article at a time stood idle most
 * of a first build's sync (a CPU profile of 5,000 articles: the thread compiled 2 %, then 9 %).
 */
const threadDepth = 16;

/** A pool for `expected` articles (AFAQ_COMPILE_THREADS sets the number of threads, for measurements). */
export function createCompilePool(expected: number): CompilePool {
  const threads =
    process.env.AFAQ_COMPILE_THREADS !== undefined
      ? Number(process.env.AFAQ_COMPILE_THREADS)
      : expected >= 200
        ? Math.max(0, Math.min(os.availableParallelism() - 1, 3))
        : 0;
  const counts = { threads: 0, here: 0 };
  const here = (task: CompileTask) => {
    counts.here++;
    return compileAndStore(task);
  };
  if (threads === 0) return { compile: async (task) => here(task), close: async () => {}, counts, concurrency: 16 };
  const waiting = new Map<number, { resolve: (outcome: CompileOutcome) => void; reject: (error: Error) => void }>();
  const workers = Array.from({ length: threads }, () => {
    // Run the way every Node program of the project runs (scripts/node-options.mjs).
    const worker = new Worker(new URL('./compile-worker.ts', import.meta.url), { execArgv: tsNodeArgs });
    const slot = { worker, held: 0 };
    worker.on('message', (message: { id: number; outcome?: CompileOutcome; failure?: string }) => {
      const pending = waiting.get(message.id)!;
      waiting.delete(message.id);
      slot.held--;
      if (message.outcome) {
        counts.threads++;
        pending.resolve(message.outcome);
      } else pending.reject(new Error(message.failure));
    });
    worker.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
    return slot;
  });
  let next = 0;
  return {
    counts,
    concurrency: threads * threadDepth + 16,
    compile(task) {
      const slot = workers.reduce((least, other) => (other.held < least.held ? other : least));
      if (slot.held >= threadDepth) {
        // Every thread has its share: this one compiles, then yields to the event loop, where the
        // threads' answers wait.
        const outcome = here(task);
        return new Promise((resolve) => setImmediate(() => resolve(outcome)));
      }
      const id = next++;
      slot.held++;
      const promise = new Promise<CompileOutcome>((resolve, reject) => waiting.set(id, { resolve, reject }));
      slot.worker.postMessage({ id, task });
      return promise;
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}

const stores = new Map<string, BodyStore>();

/**
 * Compiles `task` and writes a compiled body into the body store of `task.store` there and then: on
 * the thread that compiled it, so that the sync's own thread is not the one writing 5,000 files
 * (2 s of its time at 5,000 articles). Only the body's images come back (the sync checks them).
 */
export function compileAndStore(task: CompileTask): CompileOutcome {
  const outcome = compileArticle(task);
  if (task.store && outcome.result?.kind === 'compiled') {
    const { cacheDir, key, file } = task.store;
    let store = stores.get(cacheDir);
    if (!store) stores.set(cacheDir, (store = new BodyStore(cacheDir)));
    store.write(key, { ...outcome.result.body, file });
    outcome.stored = { images: outcome.result.body.images };
    delete outcome.result;
  }
  return outcome;
}
