// `npm run comments:serve`: the comment receiver on Node. Settings: see config.ts / README "Comments".
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createRateLimiter } from '../rate-limit.ts';
import { createCommentsApp } from './app.ts';
import { articleIdsFromSite } from './articles.ts';
import { readReceiverConfig } from './config.ts';
import { openCommentStore } from './store.ts';

const config = readReceiverConfig();
const store = openCommentStore(config.dbPath);
const log = (message: string) => console.log(`[comments] ${new Date().toISOString()} ${message}`);

if (!existsSync(path.join(config.siteDir, 'articles'))) {
  log(
    `warning: ${config.siteDir}/articles does not exist; build the site (npm run build) or set COMMENTS_SITE_DIR, otherwise every comment is refused.`,
  );
}

function clientKey(c: Context): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return getConnInfo(c).remote.address ?? 'unknown';
}

const app = createCommentsApp({
  store,
  articleIds: articleIdsFromSite(config.siteDir),
  siteUrl: config.siteUrl,
  allowedOrigins: config.allowedOrigins,
  minElapsedMs: config.minElapsedMs,
  rateLimiter: createRateLimiter({ limit: config.rateLimit, windowMs: config.rateWindowMs }),
  clientKey,
  log,
});

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  // Tests read this line to learn the port when COMMENTS_PORT=0.
  log(
    `listening on http://${info.address}:${info.port} (db ${config.dbPath}, site ${config.siteUrl}, allowed origins ${config.allowedOrigins.join(' ')})`,
  );
});

function shutdown() {
  server.close(() => {
    store.close();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
