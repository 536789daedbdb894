// A worker thread of compile-pool.ts: compiles the articles it is sent.
import { parentPort } from 'node:worker_threads';
import type { CompileTask } from './compile-article';
import { compileAndStore } from './compile-pool';

parentPort!.on('message', ({ id, task }: { id: number; task: CompileTask }) => {
  try {
    parentPort!.postMessage({ id, outcome: compileAndStore(task) });
  } catch (error) {
    parentPort!.postMessage({ id, failure: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
