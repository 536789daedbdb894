// The receiver's side of the storage worker: every call returns a promise, and one that takes longer
// than its deadline is answered with a StorageTimeoutError while the worker finishes in its own time.
import { Worker } from 'node:worker_threads';
import type { AsyncStorage, Storage, StorageOptions } from './storage.ts';

export class StorageTimeoutError extends Error {
  override name = 'StorageTimeoutError';
}

/** An error thrown in the worker, with its name (e.g. "StorageLostError") kept. */
export class StorageCallError extends Error {
  readonly code: string | undefined;
  constructor(message: string, name: string, code?: string) {
    super(message);
    this.name = name;
    this.code = code;
  }
}

export function startStorageWorker(
  options: StorageOptions,
  onCrash?: (error: Error) => void,
  defaultTimeoutMs = 10_000,
): AsyncStorage & {
  call: <K extends keyof Storage>(
    method: K,
    args: unknown[],
    timeoutMs?: number,
  ) => Promise<unknown>;
} {
  const worker = new Worker(new URL('./storage-worker.ts', import.meta.url), {
    workerData: options,
  });
  const waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }
  >();
  let next = 0;
  let dead: Error | undefined;

  worker.on(
    'message',
    ({
      id,
      result,
      error,
    }: {
      id: number;
      result?: unknown;
      error?: { name: string; message: string; code?: string };
    }) => {
      const call = waiting.get(id);
      if (!call) return;
      waiting.delete(id);
      clearTimeout(call.timer);
      if (error) call.reject(new StorageCallError(error.message, error.name, error.code));
      else call.resolve(result);
    },
  );
  const fail = (error: Error) => {
    if (!dead) onCrash?.(error);
    dead = error;
    for (const call of waiting.values()) {
      clearTimeout(call.timer);
      call.reject(error);
    }
    waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`storage worker exited with code ${code}`)));

  function call(
    method: keyof Storage,
    args: unknown[],
    timeoutMs = defaultTimeoutMs,
  ): Promise<unknown> {
    if (dead) return Promise.reject(dead);
    const id = next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(
          new StorageTimeoutError(
            `storage did not answer ${String(method)} within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      waiting.set(id, { resolve, reject, timer });
      worker.postMessage({ id, method, args });
    });
  }

  const proxy = new Proxy({} as Record<string, unknown>, {
    get(_, method: string) {
      if (method === 'call') return call;
      if (method === 'then') return undefined;
      if (method === 'close') {
        return async () => {
          await call('close', []).catch(() => undefined);
          await worker.terminate();
        };
      }
      return (...args: unknown[]) => call(method as keyof Storage, args);
    },
  });
  return proxy as unknown as ReturnType<typeof startStorageWorker>;
}
