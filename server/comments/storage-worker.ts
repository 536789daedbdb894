// The worker thread that owns the SQLite connection (see storage.ts). Messages: { id, method, args }
// in, { id, result } or { id, error } out.
import { parentPort, workerData } from 'node:worker_threads';
import { createStorage, type Storage, type StorageOptions } from './storage.ts';

let storage: Storage | undefined;
let openError: unknown;
try {
  storage = createStorage(workerData as StorageOptions);
} catch (error) {
  openError = error;
}

parentPort!.on(
  'message',
  ({ id, method, args }: { id: number; method: keyof Storage; args: unknown[] }) => {
    try {
      if (!storage) throw openError;
      const result = (storage[method] as (...a: unknown[]) => unknown)(...args);
      parentPort!.postMessage({ id, result });
    } catch (error) {
      const e = error as { name?: string; message?: string; code?: string };
      parentPort!.postMessage({
        id,
        error: { name: e?.name ?? 'Error', message: e?.message ?? String(error), code: e?.code },
      });
    }
  },
);
