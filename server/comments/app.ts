// The comment receiver as a Hono app. It only uses web-standard APIs and what is passed in (store,
// article list, clock), so the same handler can run on Node (serve.ts) or in an edge function.
//
// POST (any path; form-encoded, multipart or JSON) → checks in this order:
//   Origin not allowed → 403 · body too large → 413 · unreadable → 400/415 · too many posts → 429 ·
//   invalid fields → 422 with an Arabic reason per field · honeypot filled → answered as accepted, not stored ·
//   otherwise stored as pending (durably) → 202 JSON, or 303 back to the article for a plain form post.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { t } from '../../src/i18n/ar.ts';
import {
  commentFields,
  commentLimits,
  commentSentAnchor,
  validateComment,
  type CommentErrors,
} from '../../src/lib/comments/validation.ts';
import type { RateLimiter } from '../rate-limit.ts';
import { articlePath } from '../../src/lib/routes.ts';
import { errorPage } from './page.ts';
import type { CommentStore } from './store.ts';

export interface CommentsAppOptions {
  store: Pick<CommentStore, 'insert' | 'isApproved'>;
  /** Ids of the articles that accept comments. */
  articleIds: () => Set<string> | Promise<Set<string>>;
  /** Public site URL with its base path, ending in "/". */
  siteUrl: string;
  allowedOrigins: readonly string[];
  minElapsedMs: number;
  rateLimiter: RateLimiter;
  /** Identifies the client for rate limiting (its IP address). */
  clientKey: (c: Context) => string;
  maxBodyBytes?: number;
  now?: () => number;
  newId?: (now: number) => string;
  log?: (message: string) => void;
}

const e = t.commentErrors;

/** Sortable, unguessable: "m3x9k2ab-4f1c2e9a". */
export function newCommentId(now: number): string {
  const random = crypto.getRandomValues(new Uint8Array(4));
  return `${now.toString(36)}-${[...random].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

type Fields = Record<string, string>;

export function createCommentsApp(options: CommentsAppOptions) {
  const { store, siteUrl, minElapsedMs, rateLimiter, clientKey } = options;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? newCommentId;
  const log = options.log ?? (() => undefined);
  const allowed = new Set(options.allowedOrigins);
  const site = new URL(siteUrl);
  const articleUrl = (id: string) => new URL(articlePath(site.pathname, id), site).href;

  const app = new Hono();

  app.use(
    '*',
    cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ['POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Accept'],
      maxAge: 600,
    }),
  );

  app.get('/health', (c) => c.json({ ok: true }));

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

      const limit = rateLimiter.hit(clientKey(c), now());
      if (!limit.allowed) {
        c.header('Retry-After', String(limit.retryAfterSeconds));
        return refuse(c, 429, [e.rateLimited], fields);
      }

      const ids = await options.articleIds();
      const at = now();
      const result = validateComment(fields, {
        now: at,
        minElapsedMs,
        articleExists: (id) => ids.has(id),
        parentExists: (id, article) => store.isApproved(id, article),
      });
      if (result.kind === 'invalid')
        return refuse(c, 422, Object.values(result.errors), fields, result.errors);
      if (result.kind === 'spam') {
        log('honeypot filled: dropped');
        return accepted(c, fields);
      }
      const id = newId(at);
      try {
        store.insert({
          ...result.comment,
          id,
          createdAt: new Date(at).toISOString(),
          status: 'pending',
        });
      } catch (error) {
        log(`could not store a comment: ${String(error)}`);
        return refuse(c, 500, [e.serverError], fields);
      }
      log(`pending comment ${id} on ${result.comment.article}`);
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
    const type = c.req.header('content-type') ?? '';
    return (
      type.includes('application/json') ||
      (accept.includes('application/json') && !accept.includes('text/html'))
    );
  }

  function backUrl(fields?: Fields): string {
    const article = fields?.[commentFields.article];
    return article && /^[^/?#]{1,200}$/.test(article) ? articleUrl(article) : site.href;
  }

  function accepted(c: Context, fields: Fields) {
    if (wantsJson(c)) return c.json({ ok: true, message: t.commentPending }, 202);
    return c.redirect(`${backUrl(fields)}#${commentSentAnchor}`, 303);
  }

  function refuse(
    c: Context,
    status: 400 | 403 | 413 | 415 | 422 | 429 | 500,
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
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    const values = fields && {
      ...fields,
      [commentFields.timestamp]: refreshedStamp(fields, errors),
    };
    return c.html(
      errorPage({ reasons, action: c.req.path, backUrl: backUrl(fields), values }),
      status,
    );
  }

  /** The form shown again keeps its timestamp unless that was the problem. */
  function refreshedStamp(fields: Fields, errors?: CommentErrors): string {
    return errors?.ts === e.timestampInvalid
      ? String(now())
      : (fields[commentFields.timestamp] ?? String(now()));
  }

  return app;
}

/** The posted fields as strings; "unsupported" for other content types; undefined when unreadable. */
async function readFields(c: Context): Promise<Fields | 'unsupported' | undefined> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  try {
    if (type.startsWith('application/json')) {
      const body: unknown = await c.req.json();
      if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
      return stringFields(body as Record<string, unknown>);
    }
    if (
      type.startsWith('application/x-www-form-urlencoded') ||
      type.startsWith('multipart/form-data')
    ) {
      return stringFields(await c.req.parseBody());
    }
  } catch {
    return undefined;
  }
  return 'unsupported';
}

function stringFields(input: Record<string, unknown>): Fields {
  const fields: Fields = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === 'string') fields[key] = value;
    else if (typeof value === 'number') fields[key] = String(value);
  }
  return fields;
}
