// Everything the receiver asks of its storage, as one object of synchronous calls: the comment
// store and the moderation rules over it. The receiver runs it in a worker thread (storage-worker.ts),
// so a slow disk or a lock held by another process never stalls the HTTP server; the command line
// calls it directly.
import { createModeration } from './moderation.ts';
import { openCommentStore } from './store.ts';

export interface StorageOptions {
  dbPath: string;
  /** content/comments: where approved comments are published. */
  commentsDir: string;
}

export function createStorage({ dbPath, commentsDir }: StorageOptions) {
  const store = openCommentStore(dbPath);
  const moderation = createModeration(store, commentsDir);
  return {
    insert: store.insert,
    get: store.get,
    list: store.list,
    count: store.count,
    countsByStatus: store.countsByStatus,
    articles: store.articles,
    isApproved: store.isApproved,
    hasSource: store.hasSource,
    logEntries: store.logEntries,
    meta: store.meta,
    setMeta: store.setMeta,
    probe: store.probe,
    passwordHash: store.passwordHash,
    setModerator: store.setModerator,
    removeModerator: store.removeModerator,
    moderators: store.moderators,
    createSession: store.createSession,
    session: store.session,
    deleteSession: store.deleteSession,
    saveCopy: store.saveCopy,
    log: store.log,
    apply: moderation.apply,
    edit: moderation.edit,
    reply: moderation.reply,
    close: store.close,
  };
}

export type Storage = ReturnType<typeof createStorage>;
type AsyncMethods<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};
/** The same calls, answered asynchronously (from the worker thread). */
export type AsyncStorage = AsyncMethods<Omit<Storage, 'close'>> & { close(): Promise<void> };
