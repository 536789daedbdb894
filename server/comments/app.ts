// The comment receiver as a Hono app: readers' posts, /health, and (when given) the moderation page.
// It only uses web-standard APIs and what is passed in (storage, article list, clock).
//
// POST (any path outside the moderation page; form-encoded, multipart or JSON) → checks in this order:
//   Origin not allowed → 403 · body too large → 413 · media type not exactly one we read → 415 ·
//   unreadable → 400 · too many posts → 429 · invalid fields → 422 with an Arabic reason per field ·
//   honeypot filled → answered as accepted, not stored · storage failing → 503 · otherwise stored as
//   pending (durably, in the database file everyone reads) → 202 JSON, or 303 back to the article.
// Refused posts (422) do not use up a reader's allowance of posts; they have a larger one of their own.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { t } from '../../src/i18n/ar.ts';
import {
  cleanLine,
  commentFields,
  commentLimits,
  commentSentAnchor,
  validateComment,
  type CommentErrors,
} from '../../src/lib/comments/validation.ts';
import { articlePath } from '../../src/lib/routes.ts';
import { newCommentId } from './ids.ts';
import { errorPage } from './page.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { NewComment } from './store.ts';

export { newCommentId };

export interface ReceiverStorage {
  insert(comment: NewComment): void | Promise<void>;
  isApproved(id: string, article: string): boolean | Promise<boolean>;
  /** Throws when comments cannot be stored right now. */
  probe(): void | Promise<void>;
}

export interface CommentsAppOptions {
  storage: ReceiverStorage;
  /** Ids of the articles that accept comments. */
  articleIds: () => Set<string> | Promise<Set<string>>;
  /** Public site URL with its base path, ending in "/". */
  siteUrl: string;
  /** Public URL of this endpoint (the refusal page's form posts there again). */
  endpointUrl: string;
  allowedOrigins: readonly string[];
  minElapsedMs: number;
  /** Accepted posts per client per window. */
  rateLimiter: RateLimiter;
  /** Refused posts per client per window (a larger allowance: people mistype). */
  refusedLimiter: RateLimiter;
  /** Identifies the client for rate limiting (its IP address). */
  clientKey: (c: Context) => string;
  /** The moderation page, mounted at its path. */
  admin?: { path: string; app: Hono<any> };
  /** Told of every stored pending comment (notifications). */
  onPending?: (comment: NewComment) => void;
  maxBodyBytes?: number;
  healthTimeoutMs?: number;
  now?: () => number;
  newId?: (now: number) => string;
  log?: (message: string) => void;
}

const e = t.commentErrors;

type Fields = Record<string, unknown>;
/** The media types the receiver reads, matched exactly (parameters such as charset aside). */
const mediaTypes = new Set([
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
]);

export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

export function createCommentsApp(options: CommentsAppOptions) {
  const { storage, siteUrl, minElapsedMs, rateLimiter, refusedLimiter, clientKey } = options;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? newCommentId;
  const log = options.log ?? (() => undefined);
  const allowed = new Set(options.allowedOrigins);
  const site = new URL(siteUrl);
  const articleUrl = (id: string) => new URL(articlePath(site.pathname, id), site).href;

  const app = new Hono();

  if (options.admin) {
    const { path, app: admin } = options.admin;
    app.get(path.replace(/\/$/, ''), (c) => c.redirect(path, 301));
    app.route(path, admin);
  }

  app.use(
    '*',
    cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ['POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Accept'],
      maxAge: 600,
    }),
  );

  // The truth about storage: a real write, within a deadline (a locked or read-only database, or a
  // deleted file, is a failing receiver).
  app.get('/health', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await withTimeout(
        Promise.resolve(storage.probe()),
        options.healthTimeoutMs ?? 2000,
        'storage did not answer in time',
      );
      return c.json({ ok: true });
    } catch (error) {
      return c.json(
        { ok: false, error: error instanceof Error ? error.message : String(error) },
        503,
      );
    }
  });

  app.post(
    '*',
    async (c, next) => {
      const origin = c.req.header('origin');
      // Browsers always send Origin with a POST; tools (curl, tests) may leave it out.
      if (origin !== undefined && !allowed.has(origin)) return refuse(c, 403, [e.originRefused]);
      await next();
    },
    bodyLimit({
      maxSize: options.maxBodyBytes ?? commentLimits.requestBytes,
      onError: (c) => refuse(c, 413, [e.tooLarge]),
    }),
    async (c) => {
      const fields = await readFields(c);
      if (fields === 'unsupported') return refuse(c, 415, [e.unsupportedType]);
      if (fields === undefined) return refuse(c, 400, [e.badRequest]);

      const client = clientKey(c);
      const at = now();
      for (const limiter of [rateLimiter, refusedLimiter]) {
        const limit = limiter.peek(client, at);
        if (!limit.allowed) {
          c.header('Retry-After', String(limit.retryAfterSeconds));
          return refuse(c, 429, [e.rateLimited], fields);
        }
      }

      const ids = await options.articleIds();
      const parentText =
        typeof fields[commentFields.parent] === 'string'
          ? cleanLine(fields[commentFields.parent] as string)
          : '';
      const articleText =
        typeof fields[commentFields.article] === 'string'
          ? cleanLine(fields[commentFields.article] as string)
          : '';
      let parentApproved = false;
      try {
        parentApproved = parentText ? await storage.isApproved(parentText, articleText) : false;
      } catch (error) {
        log(`error: could not read the database: ${String(error)}`);
        return refuse(c, 503, [e.storageUnavailable], fields);
      }
      const result = validateComment(fields, {
        now: at,
        minElapsedMs,
        articleExists: (id) => ids.has(id),
        parentExists: () => parentApproved,
      });
      if (result.kind === 'invalid') {
        refusedLimiter.hit(client, at);
        return refuse(c, 422, Object.values(result.errors), fields, result.errors);
      }
      // A bot's post counts like a real one, so it meets the limit as fast.
      const decision = rateLimiter.hit(client, at);
      if (!decision.allowed) {
        c.header('Retry-After', String(decision.retryAfterSeconds));
        return refuse(c, 429, [e.rateLimited], fields);
      }
      if (result.kind === 'spam') {
        log('honeypot filled: dropped');
        return accepted(c, fields);
      }
      const comment: NewComment = {
        ...result.comment,
        id: newId(at),
        createdAt: new Date(at).toISOString(),
        status: 'pending',
      };
      try {
        await storage.insert(comment);
      } catch (error) {
        log(
          `error: could not store a comment: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        );
        return refuse(c, 503, [e.storageUnavailable], fields);
      }
      log(`pending comment ${comment.id} on ${comment.article}`);
      options.onPending?.(comment);
      return accepted(c, fields);
    },
  );

  app.notFound((c) => c.json({ ok: false, message: e.notFound }, 404));
  app.onError((error, c) => {
    log(`error: ${String(error)}`);
    return c.json({ ok: false, message: e.serverError }, 500);
  });

  /** JSON for scripts (fetch with Accept: application/json, or a JSON body); HTML for plain forms. */
  function wantsJson(c: Context): boolean {
    const accept = c.req.header('accept') ?? '';
    return (
      mediaType(c.req.header('content-type')) === 'application/json' ||
      (accept.includes('application/json') && !accept.includes('text/html'))
    );
  }

  function backUrl(fields?: Fields): string {
    const article = fields?.[commentFields.article];
    return typeof article === 'string' && /^[^/?#]{1,200}$/.test(article)
      ? articleUrl(article)
      : site.href;
  }

  function accepted(c: Context, fields: Fields) {
    if (wantsJson(c)) return c.json({ ok: true, message: t.commentPending }, 202);
    return c.redirect(`${backUrl(fields)}#${commentSentAnchor}`, 303);
  }

  function refuse(
    c: Context,
    status: 400 | 403 | 413 | 415 | 422 | 429 | 503,
    reasons: string[],
    fields?: Fields,
    errors?: CommentErrors,
  ) {
    if (wantsJson(c)) {
      const message = errors ? t.commentFixErrors : reasons.join(' ');
      return c.json({ ok: false, message, ...(errors ? { errors } : {}) }, status);
    }
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' " +
        new URL(options.endpointUrl).origin +
        "; base-uri 'none'; frame-ancestors 'none'",
    );
    const values = fields && {
      ...textValues(fields),
      [commentFields.timestamp]: refreshedStamp(fields, errors),
    };
    // The form posts to the configured endpoint, never to whatever path this request came in on.
    return c.html(
      errorPage({ reasons, action: options.endpointUrl, backUrl: backUrl(fields), values }),
      status,
    );
  }

  /** The form shown again keeps its timestamp unless that was the problem. */
  function refreshedStamp(fields: Fields, errors?: CommentErrors): string {
    const stamp = fields[commentFields.timestamp];
    if (errors?.ts === e.timestampInvalid || errors?.ts === e.formExpired) return String(now());
    return typeof stamp === 'string' || typeof stamp === 'number' ? String(stamp) : String(now());
  }

  return app;
}

function textValues(fields: Fields): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}

/**
 * The posted fields as they came: strings, numbers (JSON), arrays (a repeated form field), files.
 * Validation decides what is acceptable; nothing is silently dropped. "unsupported" for other media
 * types; undefined when the body cannot be read.
 */
async function readFields(c: Context): Promise<Fields | 'unsupported' | undefined> {
  const type = mediaType(c.req.header('content-type'));
  if (!mediaTypes.has(type)) return 'unsupported';
  try {
    if (type === 'application/json') {
      const body: unknown = await c.req.json();
      if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
      return body as Fields;
    }
    return (await c.req.parseBody({ all: true })) as Fields;
  } catch {
    return undefined;
  }
}
