// Compiling thousands of articles (a first build, a new cache) uses every core: worker threads take
// articles from a queue, and so does the calling thread. A handful of changed articles are compiled
// right here (starting threads costs more than it saves).
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { tsNodeArgs } from '../../../scripts/node-options.mjs';
import { compileArticle, type CompileOutcome, type CompileTask } from './compile-article';

export interface CompilePool {
  compile(task: CompileTask): Promise<CompileOutcome>;
  close(): Promise<void>;
}

/** A pool for `expected` articles (AFAQ_COMPILE_THREADS sets the number of threads, for measurements). */
export function createCompilePool(expected: number): CompilePool {
  const threads =
    process.env.AFAQ_COMPILE_THREADS !== undefined
      ? Number(process.env.AFAQ_COMPILE_THREADS)
      : expected >= 200
        ? Math.max(0, Math.min(os.availableParallelism() - 1, 3))
        : 0;
  if (threads === 0) return { compile: async (task) => compileArticle(task), close: async () => {} };
  const workers = Array.from(
    { length: threads },
    // Run the way every Node program of the project runs (scripts/node-options.mjs).
    () => new Worker(new URL('./compile-worker.ts', import.meta.url), { execArgv: tsNodeArgs }),
  );
  const waiting = new Map<number, { resolve: (outcome: CompileOutcome) => void; reject: (error: Error) => void }>();
  const queue: Array<{ id: number; task: CompileTask }> = [];
  const idle = new Set(workers);
  let next = 0;
  const dispatch = () => {
    for (const worker of idle) {
      const job = queue.shift();
      if (!job) return;
      idle.delete(worker);
      worker.postMessage(job);
    }
  };
  for (const worker of workers) {
    worker.on('message', (message: { id: number; outcome?: CompileOutcome; failure?: string }) => {
      const pending = waiting.get(message.id)!;
      waiting.delete(message.id);
      idle.add(worker);
      if (message.outcome) pending.resolve(message.outcome);
      else pending.reject(new Error(message.failure));
      dispatch();
    });
    worker.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
  }
  return {
    compile(task) {
      // The calling thread takes a share of the work too, when no thread is free.
      if (idle.size === 0 && queue.length >= threads) return Promise.resolve(compileArticle(task));
      const id = next++;
      const promise = new Promise<CompileOutcome>((resolve, reject) => waiting.set(id, { resolve, reject }));
      queue.push({ id, task });
      dispatch();
      return promise;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
