// The receiver's settings, from environment variables (documented in README "Comments").
import path from 'node:path';
import { contentDir } from '../../src/deploy.config.mjs';
import {
  absolute,
  commentsAdminPath,
  commentsEndpointPath,
  homeUrl,
} from '../../src/lib/routes.ts';

export interface ReceiverConfig {
  host: string;
  port: number;
  /** SQLite database file (created private, with its folder, when missing). */
  dbPath: string;
  /** content/comments: where approved comments are published. */
  commentsDir: string;
  /** Public URL of the site, base path included, ending in "/": readers are sent back there. */
  siteUrl: string;
  /** Public URL of the comment endpoint (what the form's action is). */
  endpointUrl: string;
  /** Path of the moderation page on this receiver, ending in "/". */
  adminPath: string;
  /** Origins whose pages may post (CORS and the Origin check): the site's, plus any extra ones. */
  allowedOrigins: string[];
  /** The built site (dist/): its articles/<id>/ folders are the articles that accept comments. */
  siteDir: string;
  /** Minimum time between showing the form and posting it. */
  minElapsedMs: number;
  /** Accepted posts allowed per client per window; refused ones have their own allowance. */
  rateLimit: number;
  refusedLimit: number;
  rateWindowMs: number;
  /** Behind a reverse proxy: take the client address from the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** Connections open at once, in all and per client address (the latter off behind a proxy). */
  maxConnections: number;
  maxConnectionsPerClient: number;
  /** Time allowed for a request's headers, and for the whole request. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  sessionMs: number;
  login: { attemptsPerClient: number; failuresPerName: number; windowMs: number };
  publish: {
    command?: string;
    hookUrl?: string;
    hookToken?: string;
    cwd: string;
    delayMs: number;
    maxDelayMs: number;
    timeoutMs: number;
    retryDelaysMs: number[];
    maxAttempts: number;
  };
  notify: {
    webhookUrl?: string;
    telegramChatId?: string;
    smtpUrl?: string;
    mailFrom?: string;
    mailTo: string[];
    batchMs: number;
  };
}

function numberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a non-negative number (got "${raw}").`);
  return value;
}

function secondsList(env: NodeJS.ProcessEnv, name: string, fallback: number[]): number[] {
  const raw = env[name]?.trim();
  const values = raw ? raw.split(',').map((part) => Number(part.trim())) : fallback;
  if (values.length === 0 || values.some((v) => !Number.isFinite(v) || v < 0))
    throw new Error(
      `${name} must be seconds separated by commas, e.g. "30,120,600" (got "${raw}").`,
    );
  return values.map((v) => v * 1000);
}

const text = (env: NodeJS.ProcessEnv, name: string) => env[name]?.trim() || undefined;

function httpUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
    throw new Error(`${name} must be an http(s) URL (got "${value}").`);
  return value;
}

export function readReceiverConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): ReceiverConfig {
  const publicUrl = new URL(text(env, 'COMMENTS_SITE_URL') || absolute(homeUrl()));
  if (!publicUrl.pathname.endsWith('/')) publicUrl.pathname += '/';
  const extra = (env.COMMENTS_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => new URL(origin).origin);
  // The same variable the build reads: a path on the site or an absolute URL.
  const endpointUrl = new URL(
    text(env, 'COMMENTS_ENDPOINT') || commentsEndpointPath(publicUrl.pathname),
    publicUrl,
  ).href;
  const adminPath = (
    text(env, 'COMMENTS_ADMIN_PATH') ?? commentsAdminPath(publicUrl.pathname)
  ).replace(/\/*$/, '/');
  if (!adminPath.startsWith('/') || adminPath === '/')
    throw new Error(
      `COMMENTS_ADMIN_PATH must be a path such as /comments-admin/ (got "${adminPath}").`,
    );
  const minutes = (name: string, fallback: number) => numberFrom(env, name, fallback) * 60_000;
  const seconds = (name: string, fallback: number) => numberFrom(env, name, fallback) * 1000;
  const trustProxy = env.COMMENTS_TRUST_PROXY === '1' || env.COMMENTS_TRUST_PROXY === 'true';
  const rateLimit = numberFrom(env, 'COMMENTS_RATE_LIMIT', 5);
  return {
    host: text(env, 'COMMENTS_HOST') || '127.0.0.1',
    port: numberFrom(env, 'COMMENTS_PORT', 8787),
    dbPath: path.resolve(cwd, text(env, 'COMMENTS_DB') || 'data/comments.sqlite'),
    commentsDir: path.resolve(cwd, text(env, 'CONTENT_DIR') || contentDir, 'comments'),
    siteUrl: publicUrl.href,
    endpointUrl,
    adminPath,
    allowedOrigins: [...new Set([publicUrl.origin, new URL(endpointUrl).origin, ...extra])],
    siteDir: path.resolve(cwd, text(env, 'COMMENTS_SITE_DIR') || 'dist'),
    minElapsedMs: seconds('COMMENTS_MIN_SECONDS', 3),
    rateLimit,
    refusedLimit: numberFrom(env, 'COMMENTS_REFUSED_LIMIT', Math.max(30, rateLimit * 6)),
    rateWindowMs: seconds('COMMENTS_RATE_WINDOW_SECONDS', 600),
    trustProxy,
    maxConnections: numberFrom(env, 'COMMENTS_MAX_CONNECTIONS', 512),
    maxConnectionsPerClient: trustProxy
      ? Infinity
      : numberFrom(env, 'COMMENTS_MAX_CONNECTIONS_PER_CLIENT', 32),
    headersTimeoutMs: seconds('COMMENTS_HEADERS_TIMEOUT_SECONDS', 10),
    requestTimeoutMs: seconds('COMMENTS_REQUEST_TIMEOUT_SECONDS', 30),
    sessionMs: numberFrom(env, 'COMMENTS_SESSION_HOURS', 12) * 3_600_000,
    login: {
      attemptsPerClient: numberFrom(env, 'COMMENTS_LOGIN_ATTEMPTS', 20),
      failuresPerName: numberFrom(env, 'COMMENTS_LOGIN_FAILURES', 5),
      windowMs: minutes('COMMENTS_LOGIN_LOCK_MINUTES', 15),
    },
    publish: {
      command: text(env, 'COMMENTS_PUBLISH_COMMAND'),
      hookUrl: httpUrl(env, 'COMMENTS_PUBLISH_HOOK'),
      hookToken: text(env, 'COMMENTS_PUBLISH_HOOK_TOKEN'),
      cwd: path.resolve(cwd, text(env, 'COMMENTS_PUBLISH_CWD') || '.'),
      delayMs: seconds('COMMENTS_PUBLISH_DELAY_SECONDS', 60),
      maxDelayMs: seconds('COMMENTS_PUBLISH_MAX_DELAY_SECONDS', 300),
      timeoutMs: seconds('COMMENTS_PUBLISH_TIMEOUT_SECONDS', 900),
      retryDelaysMs: secondsList(env, 'COMMENTS_PUBLISH_RETRY_SECONDS', [30, 120, 600, 1800]),
      maxAttempts: numberFrom(env, 'COMMENTS_PUBLISH_ATTEMPTS', 8),
    },
    notify: {
      webhookUrl: httpUrl(env, 'COMMENTS_NOTIFY_WEBHOOK'),
      telegramChatId: text(env, 'COMMENTS_NOTIFY_TELEGRAM_CHAT_ID'),
      smtpUrl: text(env, 'COMMENTS_SMTP_URL'),
      mailFrom: text(env, 'COMMENTS_NOTIFY_EMAIL_FROM'),
      mailTo: (env.COMMENTS_NOTIFY_EMAIL_TO ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      batchMs: seconds('COMMENTS_NOTIFY_BATCH_SECONDS', 120),
    },
  };
}
