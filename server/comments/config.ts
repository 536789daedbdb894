// The receiver's settings, from environment variables (documented in README "Comments").
import path from 'node:path';
import { absolute, homeUrl } from '../../src/lib/routes.ts';

export interface ReceiverConfig {
  host: string;
  port: number;
  /** SQLite database file (created with its folder when missing). */
  dbPath: string;
  /** Public URL of the site, base path included, ending in "/": readers are sent back there. */
  siteUrl: string;
  /** Origins whose pages may post (CORS and the Origin check): the site's, plus any extra ones. */
  allowedOrigins: string[];
  /** The built site (dist/): its articles/<id>/ folders are the articles that accept comments. */
  siteDir: string;
  /** Minimum time between showing the form and posting it. */
  minElapsedMs: number;
  /** Posts allowed per client per window. */
  rateLimit: number;
  rateWindowMs: number;
  /** Behind a reverse proxy: take the client address from the last X-Forwarded-For entry. */
  trustProxy: boolean;
}

function numberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a non-negative number (got "${raw}").`);
  return value;
}

export function readReceiverConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): ReceiverConfig {
  const publicUrl = new URL(env.COMMENTS_SITE_URL?.trim() || absolute(homeUrl()));
  if (!publicUrl.pathname.endsWith('/')) publicUrl.pathname += '/';
  const extra = (env.COMMENTS_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => new URL(origin).origin);
  return {
    host: env.COMMENTS_HOST?.trim() || '127.0.0.1',
    port: numberFrom(env, 'COMMENTS_PORT', 8787),
    dbPath: path.resolve(cwd, env.COMMENTS_DB?.trim() || 'data/comments.sqlite'),
    siteUrl: publicUrl.href,
    allowedOrigins: [...new Set([publicUrl.origin, ...extra])],
    siteDir: path.resolve(cwd, env.COMMENTS_SITE_DIR?.trim() || 'dist'),
    minElapsedMs: numberFrom(env, 'COMMENTS_MIN_SECONDS', 3) * 1000,
    rateLimit: numberFrom(env, 'COMMENTS_RATE_LIMIT', 5),
    rateWindowMs: numberFrom(env, 'COMMENTS_RATE_WINDOW_SECONDS', 600) * 1000,
    trustProxy: env.COMMENTS_TRUST_PROXY === '1' || env.COMMENTS_TRUST_PROXY === 'true',
  };
}
