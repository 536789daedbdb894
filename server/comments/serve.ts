// `npm run comments:serve`: the comment receiver on Node. Settings: config.ts / README "Comments".
// The database lives in a worker thread (storage-worker.ts); this thread only talks HTTP, so a slow
// or locked database never stalls /health or the other requests. Connections are capped (in all and
// per client address) and slow requests are cut off, so slow clients cannot exhaust the process.
import { existsSync } from 'node:fs';
import type { Server, Socket } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { articlePath } from '../../src/lib/routes.ts';
import { createAdminApp } from './admin/routes.ts';
import { createCommentsApp } from './app.ts';
import { articleIdsFromSite, articleTitlesFromSite } from './articles.ts';
import { clientAddress } from './client-address.ts';
import { readReceiverConfig } from './config.ts';
import { createNotifier } from './notify.ts';
import { createPublisher } from './publish.ts';
import { createRateLimiter } from '../rate-limit.ts';
import { StorageCallError, startStorageWorker } from './storage-client.ts';

const config = readReceiverConfig();
const log = (message: string) => {
  const line = `[comments] ${new Date().toISOString()} ${message}`;
  if (message.startsWith('error')) console.error(line);
  else console.log(line);
};

let stopping = false;
const storage = startStorageWorker(
  { dbPath: config.dbPath, commentsDir: config.commentsDir },
  (error) => {
    if (stopping) return;
    // Without its storage the receiver can only refuse: exit, so the service manager restarts it.
    log(`error: the storage worker stopped (${error.message}); exiting`);
    process.exit(1);
  },
);
// Listen only once the database is open: a receiver that cannot store comments does not start.
try {
  await storage.countsByStatus();
} catch (error) {
  log(
    `error: cannot open the database ${config.dbPath}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

if (!existsSync(path.join(config.siteDir, 'articles'))) {
  log(
    `warning: ${config.siteDir}/articles does not exist; build the site (npm run build) or set COMMENTS_SITE_DIR, otherwise every comment is refused.`,
  );
}

const clientKey = (c: Context) =>
  clientAddress(getConnInfo(c).remote.address, c.req.header('x-forwarded-for'), config.trustProxy);

// A database file deleted or replaced under us: say so loudly, once, and keep what the open
// connection still holds in a copy beside it.
let lostReported = false;
async function storageFailed(error: unknown) {
  if (!(error instanceof StorageCallError) || error.name !== 'StorageLostError' || lostReported)
    return;
  lostReported = true;
  const copy = `${config.dbPath}.recovered-${Date.now()}`;
  const saved = await storage.saveCopy(copy).then(
    () => `its contents up to now were saved to ${copy}`,
    (e: unknown) => `saving a copy failed too (${String(e)})`,
  );
  log(
    `error: ${error.message}. Comments are refused (503) until the receiver is restarted; ${saved}. Restore the file, or move the copy to ${config.dbPath}, then restart.`,
  );
}
const guarded =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (error) {
      await storageFailed(error);
      throw error;
    }
  };

const site = new URL(config.siteUrl);
const titles = articleTitlesFromSite(config.siteDir);
const articleInfo = (id: string) => ({
  title: titles(id) ?? id,
  url: new URL(articlePath(site.pathname, id), site).href,
});
const moderationUrl = new URL(config.adminPath, config.siteUrl).href;

const publisher = createPublisher({
  ...config.publish,
  log,
  onResult: (status) => {
    const unpublished = status.pending > 0 || status.lastError;
    void storage
      .setMeta(
        'publish_pending',
        unpublished ? JSON.stringify({ pending: status.pending, error: status.lastError }) : '',
      )
      .catch(() => undefined);
  },
});
const notifier = createNotifier({ ...config.notify, moderationUrl, log });

// A change not yet published when the receiver stopped is published after a restart.
void storage.meta('publish_pending').then((value) => {
  if (value && publisher.enabled) publisher.changed(['(after restart)']);
});

const admin = createAdminApp({
  basePath: config.adminPath,
  storage,
  publisher,
  allowedOrigins: config.allowedOrigins,
  sessionMs: config.sessionMs,
  clientKey,
  articleInfo,
  onPublishedChange: (ids) => {
    if (!publisher.enabled) return;
    void storage
      .setMeta('publish_pending', JSON.stringify({ pending: ids.length }))
      .catch(() => undefined);
    publisher.changed(ids);
  },
  login: config.login,
  log,
});

const app = createCommentsApp({
  storage: {
    insert: guarded(storage.insert),
    isApproved: guarded(storage.isApproved),
    probe: guarded(() => storage.call('probe', [], 2000) as Promise<void>),
  },
  articleIds: articleIdsFromSite(config.siteDir),
  siteUrl: config.siteUrl,
  endpointUrl: config.endpointUrl,
  allowedOrigins: config.allowedOrigins,
  minElapsedMs: config.minElapsedMs,
  rateLimiter: createRateLimiter({ limit: config.rateLimit, windowMs: config.rateWindowMs }),
  refusedLimiter: createRateLimiter({ limit: config.refusedLimit, windowMs: config.rateWindowMs }),
  clientKey,
  admin: { path: config.adminPath, app: admin },
  onPending: (comment) => notifier.pending({ ...comment, articleTitle: titles(comment.article) }),
  log,
});

const server = serve(
  {
    fetch: app.fetch,
    hostname: config.host,
    port: config.port,
    serverOptions: {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      keepAliveTimeout: 5000,
      // How often Node checks the two timeouts above (its default, 30 s, would let them run long).
      connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
    },
  },
  (info) => {
    // Tests read this line to learn the port when COMMENTS_PORT=0.
    log(
      `listening on http://${info.address}:${info.port} (db ${config.dbPath}, site ${config.siteUrl}, moderation ${config.adminPath}, allowed origins ${config.allowedOrigins.join(' ')})`,
    );
  },
) as unknown as Server;

// Connection caps: a client with too many open connections (slow or not) gets no more, and the
// whole process never holds more than maxConnections, well under its file-descriptor limit.
server.maxConnections = config.maxConnections;
const perClient = new Map<string, number>();
server.on('connection', (socket: Socket) => {
  const address = socket.remoteAddress ?? 'unknown';
  const open = (perClient.get(address) ?? 0) + 1;
  if (open > config.maxConnectionsPerClient) {
    socket.destroy();
    return;
  }
  perClient.set(address, open);
  socket.once('close', () => {
    const left = (perClient.get(address) ?? 1) - 1;
    if (left > 0) perClient.set(address, left);
    else perClient.delete(address);
  });
});
let dropped = 0;
server.on('drop', () => {
  if (dropped++ % 100 === 0)
    log(
      `warning: connection limit (${config.maxConnections}) reached; new connections are refused`,
    );
});

function shutdown() {
  stopping = true;
  publisher.stop();
  void notifier.flush().finally(() => notifier.stop());
  server.close(() => {
    void storage.close().then(() => process.exit(0));
  });
  // Keep-alive and slow connections must not hold the process open.
  (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
