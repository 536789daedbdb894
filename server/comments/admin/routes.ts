// The moderation page: login, the queue (filters, search, bulk actions), one comment (edit, reply as
// the newsroom), the moderation log, «publish now». Mounted at the admin path (default
// <site base>comments-admin/). Security: session cookie HttpOnly; Secure; SameSite=Strict with an
// expiry; every POST checks Origin and a CSRF token (per session; for the login form, a
// double-submit cookie); logins limited per address and locked per name; no inline code; no-store.
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { t } from '../../../src/i18n/ar.ts';
import {
  createLoginGuard,
  moderatorNamePattern,
  newToken,
  sameToken,
  tokenHash,
  verifyPassword,
} from '../auth.ts';
import { moderationActions, type ActionResult, type ModerationAction } from '../moderation.ts';
import type { Publisher } from '../publish.ts';
import type { AsyncStorage } from '../storage.ts';
import type { StoredComment } from '../store.ts';
import { parseQueueQuery, statusOrUndefined } from './query.ts';
import {
  commentPage,
  logPage,
  loginPage,
  messagePage,
  queuePage,
  type ArticleInfo,
} from './views.ts';

const a = t.commentsAdmin;
const css = readFileSync(new URL('./admin.css', import.meta.url), 'utf8');
export const sessionCookie = '__Secure-afaq-moderation';
export const loginCookie = '__Secure-afaq-login';
const pageSize = 30;

export const adminCsp =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface AdminOptions {
  /** e.g. "/comments-admin/" or "/afaq/comments-admin/" (ends with "/"). */
  basePath: string;
  storage: AsyncStorage;
  publisher?: Publisher;
  allowedOrigins: readonly string[];
  sessionMs: number;
  clientKey: (c: Context) => string;
  articleInfo: (id: string) => ArticleInfo;
  /** Called with the ids whose published file changed. */
  onPublishedChange: (ids: string[]) => void;
  login: { attemptsPerClient: number; failuresPerName: number; windowMs: number };
  log: (message: string) => void;
  now?: () => number;
}

interface Session {
  moderator: string;
  csrf: string;
}

type Env = { Variables: { session: Session } };

export function createAdminApp(options: AdminOptions) {
  const { basePath: base, storage, log } = options;
  const now = options.now ?? Date.now;
  const guard = createLoginGuard(options.login);
  const allowed = new Set(options.allowedOrigins);
  const app = new Hono<Env>();
  const cookieBase = { path: base, httpOnly: true, secure: true, sameSite: 'Strict' as const };

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', adminCsp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  app.get('/admin.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  // Every state change: a POST from one of our origins (the browser always sends Origin with a POST).
  app.post(
    '*',
    bodyLimit({ maxSize: 256 * 1024, onError: (c) => c.text('Payload too large', 413) }),
    async (c, next) => {
      const origin = c.req.header('origin');
      const host = c.req.header('host');
      const sameHost =
        origin !== undefined &&
        host !== undefined &&
        URL.canParse(origin) &&
        new URL(origin).host === host;
      if (!origin || !(allowed.has(origin) || sameHost)) return forbidden(c);
      await next();
    },
  );

  const form = async (c: Context) =>
    (await c.req.parseBody({ all: true })) as Record<string, string | string[] | File | File[]>;
  const one = (value: unknown) =>
    typeof value === 'string'
      ? value
      : Array.isArray(value) && typeof value[0] === 'string'
        ? value[0]
        : '';
  const many = (value: unknown) =>
    (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

  function forbidden(c: Context) {
    return c.html(messagePage(base, a.loginTitle, a.forbidden), 403);
  }

  async function currentSession(c: Context): Promise<Session | undefined> {
    const token = getCookie(c, sessionCookie);
    if (!token || token.length > 100) return undefined;
    return storage.session(tokenHash(token), now());
  }

  // --- login / logout ---------------------------------------------------------------------------
  app.get('/login', async (c) => {
    if (await currentSession(c)) return c.redirect(base, 303);
    const token = newToken();
    setCookie(c, loginCookie, token, { ...cookieBase, maxAge: 30 * 60 });
    return c.html(loginPage(base, token));
  });

  app.post('/login', async (c) => {
    const fields = await form(c);
    const name = one(fields.name).normalize('NFC').trim().slice(0, 40);
    const password = one(fields.password).slice(0, 200);
    const sent = getCookie(c, loginCookie);
    // Every answer but success shows the form again with a new token.
    const again = (status: 401 | 403 | 429, message: string) => {
      const fresh = newToken();
      setCookie(c, loginCookie, fresh, { ...cookieBase, maxAge: 30 * 60 });
      return c.html(loginPage(base, fresh, message), status);
    };
    if (!sameToken(sent, one(fields.csrf))) return again(403, a.loginExpired);
    const client = options.clientKey(c);
    const verdict = guard.attempt(client, name, now());
    if (!verdict.allowed) {
      log(
        `login refused for "${name}" from ${client}: ${verdict.reason === 'locked' ? 'name locked' : 'too many attempts'}`,
      );
      c.header('Retry-After', String(verdict.retryAfterSeconds));
      return again(429, a.loginLocked(String(Math.ceil(verdict.retryAfterSeconds / 60))));
    }
    const hash = moderatorNamePattern.test(name) ? await storage.passwordHash(name) : undefined;
    if (!(await verifyPassword(password, hash))) {
      guard.failed(name, now());
      log(`login failed for "${name}" from ${client}`);
      return again(401, a.loginFailed);
    }
    guard.succeeded(client, name);
    const token = newToken();
    const at = now();
    await storage.createSession(tokenHash(token), name, newToken(), at, at + options.sessionMs);
    await storage.log(`web:${name}`, 'login', null, client, new Date(at).toISOString());
    deleteCookie(c, loginCookie, cookieBase);
    setCookie(c, sessionCookie, token, {
      ...cookieBase,
      maxAge: Math.floor(options.sessionMs / 1000),
    });
    return c.redirect(base, 303);
  });

  // --- everything below needs a session ---------------------------------------------------------
  app.use('*', async (c, next) => {
    const session = await currentSession(c);
    if (!session) {
      if (c.req.method === 'GET') return c.redirect(`${base}login`, 303);
      return forbidden(c);
    }
    if (c.req.method === 'POST') {
      const fields = await form(c);
      if (!sameToken(session.csrf, one(fields.csrf))) return forbidden(c);
    }
    c.set('session', session);
    await next();
  });

  app.post('/logout', async (c) => {
    const token = getCookie(c, sessionCookie);
    if (token) await storage.deleteSession(tokenHash(token));
    await storage.log(
      `web:${c.get('session').moderator}`,
      'logout',
      null,
      null,
      new Date(now()).toISOString(),
    );
    deleteCookie(c, sessionCookie, cookieBase);
    return c.redirect(`${base}login`, 303);
  });

  async function parentsOf(comments: StoredComment[]) {
    const parents = new Map<string, StoredComment>();
    for (const id of new Set(
      comments.map((c) => c.parent).filter((p): p is string => Boolean(p)),
    )) {
      const parent = await storage.get(id);
      if (parent) parents.set(id, parent);
    }
    return parents;
  }

  function flashFrom(c: Context): { message: string; kind: 'ok' | 'error' } | undefined {
    const done = c.req.query('done') as keyof typeof a.done | undefined;
    const count = Number.parseInt(c.req.query('n') ?? '', 10);
    const failed = Number.parseInt(c.req.query('failed') ?? '0', 10);
    if (!done || !(done in a.done))
      return c.req.query('error') === 'edit'
        ? { message: a.editInvalid, kind: 'error' }
        : undefined;
    const message = `${a.done[done]}${Number.isFinite(count) && done in actionsSet ? count : ''}`;
    return failed > 0
      ? { message: `${message} — ${a.failedIds}${failed}`, kind: 'error' }
      : { message, kind: 'ok' };
  }
  const actionsSet = Object.fromEntries(moderationActions.map((action) => [action, true]));

  app.get('/', async (c) => {
    const session = c.get('session');
    const query = parseQueueQuery(new URL(c.req.url).searchParams);
    const filter = {
      status: statusOrUndefined(query.status),
      article: query.article || undefined,
      query: query.q || undefined,
    };
    const [comments, total, counts, articles] = await Promise.all([
      storage.list({ ...filter, limit: pageSize, offset: (query.page - 1) * pageSize }),
      storage.count(filter),
      storage.countsByStatus(),
      storage.articles(),
    ]);
    return c.html(
      queuePage({
        base,
        moderator: session.moderator,
        csrf: session.csrf,
        query,
        comments,
        parents: await parentsOf(comments),
        total,
        counts,
        articles,
        articleInfo: options.articleInfo,
        flash: flashFrom(c),
        publish: options.publisher?.enabled ? options.publisher.status() : undefined,
        pageSize,
      }),
    );
  });

  /** Back to where the moderator was, never anywhere else. */
  const backTo = (value: string) =>
    value.startsWith(base) && !value.startsWith('//') && !/[\r\n\\]/.test(value) ? value : base;
  const withParams = (url: string, params: Record<string, string | number>) => {
    const target = new URL(url, 'http://x');
    for (const [key, value] of Object.entries(params)) target.searchParams.set(key, String(value));
    return `${target.pathname}${target.search}`;
  };

  function report(results: ActionResult[]) {
    const changed = results.filter((r) => r.ok && r.published).map((r) => r.id);
    if (changed.length) options.onPublishedChange(changed);
    for (const result of results) log(`${result.ok ? '' : 'error: '}${result.message}`);
  }

  app.post('/actions', async (c) => {
    const session = c.get('session');
    const fields = await form(c);
    const single = one(fields.single);
    let action: ModerationAction;
    let ids: string[];
    if (single) {
      const [verb, id] = single.split(':');
      action = verb as ModerationAction;
      ids = id ? [id] : [];
    } else {
      action = one(fields.action) as ModerationAction;
      ids = many(fields.id);
    }
    const back = backTo(one(fields.return));
    if (!moderationActions.includes(action)) return forbidden(c);
    if (ids.length === 0) return c.redirect(withParams(back, { done: 'none' }), 303);
    const results = await storage.apply(action, ids.slice(0, 500), `web:${session.moderator}`);
    report(results);
    const ok = results.filter((r) => r.ok).length;
    // A deleted comment has no page to return to.
    const target = action === 'delete' && back.startsWith(`${base}comment/`) ? base : back;
    return c.redirect(
      withParams(target, { done: action, n: ok, failed: results.length - ok }),
      303,
    );
  });

  app.get('/comment/:id', async (c) => {
    const session = c.get('session');
    const comment = await storage.get(c.req.param('id'));
    if (!comment) return c.html(messagePage(base, a.editTitle, a.notFound), 404);
    const parent = comment.parent ? await storage.get(comment.parent) : undefined;
    return c.html(
      commentPage({
        base,
        moderator: session.moderator,
        csrf: session.csrf,
        comment,
        parent,
        info: options.articleInfo(comment.article),
        flash: flashFrom(c),
      }),
    );
  });

  app.post('/comment/:id/edit', async (c) => {
    const session = c.get('session');
    const id = c.req.param('id');
    const fields = await form(c);
    const result = await storage.edit(
      id,
      { body: one(fields.body), name: one(fields.name) },
      `web:${session.moderator}`,
      one(fields.approve) === '1',
    );
    report([result]);
    return c.redirect(
      `${base}comment/${encodeURIComponent(id)}?${result.ok ? 'done=edit' : 'error=edit'}`,
      303,
    );
  });

  app.post('/comment/:id/reply', async (c) => {
    const session = c.get('session');
    const id = c.req.param('id');
    const fields = await form(c);
    const result = await storage.reply(id, one(fields.body), `web:${session.moderator}`);
    report([result]);
    if (result.ok && result.replyId) options.onPublishedChange([result.replyId]);
    return c.redirect(
      `${base}comment/${encodeURIComponent(id)}?${result.ok ? 'done=reply' : 'error=edit'}`,
      303,
    );
  });

  app.get('/log', async (c) => {
    const session = c.get('session');
    return c.html(logPage(base, session.moderator, session.csrf, await storage.logEntries(300)));
  });

  app.post('/publish', async (c) => {
    const session = c.get('session');
    if (options.publisher?.enabled) {
      await storage.log(
        `web:${session.moderator}`,
        'publish',
        null,
        null,
        new Date(now()).toISOString(),
      );
      void options.publisher.runNow();
    }
    return c.redirect(withParams(base, { done: 'publish' }), 303);
  });

  app.all('*', (c) => c.html(messagePage(base, a.title, a.notFound), 404));

  return app;
}
