// Comments, moderators, sessions and the moderation log in one SQLite file (Node's built-in
// node:sqlite). WAL mode with synchronous=FULL: when insert() returns, the comment is on disk.
//
// The file is private (0600, its folder 0700 when we create it), and the store remembers which file
// it opened: if the file is deleted or replaced while the process runs, every write fails loudly
// (StorageLostError) instead of going on into a file nobody will ever read again.
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  statSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type SQLInputValue, type SQLOutputValue } from 'node:sqlite';
import type { CommentSubmission } from '../../src/lib/comments/validation.ts';

export const commentStatuses = ['pending', 'approved', 'rejected', 'spam'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export interface StoredComment extends CommentSubmission {
  id: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  status: CommentStatus;
  /** Written by the newsroom (a moderator's reply): shown to readers as «فريق التحرير». */
  staff: boolean;
  editedAt: string | null;
  moderatedAt: string | null;
  moderatedBy: string | null;
  /** Where an imported comment came from ("netlify:<submission id>"), to import it once only. */
  source: string | null;
}

export type NewComment = Omit<
  StoredComment,
  'staff' | 'editedAt' | 'moderatedAt' | 'moderatedBy' | 'source'
> &
  Partial<Pick<StoredComment, 'staff' | 'moderatedAt' | 'moderatedBy' | 'source'>>;

export interface CommentFilter {
  status?: CommentStatus;
  article?: string;
  /** Words looked up in the text, the name and the e-mail address. */
  query?: string;
  limit?: number;
  offset?: number;
}

export interface LogEntry {
  at: string;
  actor: string;
  action: string;
  commentId: string | null;
  detail: string | null;
}

export interface SessionRecord {
  moderator: string;
  csrf: string;
  expiresAt: number;
}

/** The database file was deleted or replaced under the running process. */
export class StorageLostError extends Error {
  override name = 'StorageLostError';
}

type Row = Record<string, SQLOutputValue>;

const camelCase = (column: string) =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A row of the comments table as a StoredComment: its columns are the fields in snake_case. */
const toComment = (row: Row): StoredComment => {
  const comment = Object.fromEntries(
    Object.entries(row).map(([column, value]) => [camelCase(column), value]),
  ) as unknown as StoredComment;
  comment.staff = Boolean(comment.staff);
  return comment;
};

const schemaVersion = 2;

const commentsTable = `
  CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    article TEXT NOT NULL,
    parent TEXT,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    website TEXT,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'spam')),
    staff INTEGER NOT NULL DEFAULT 0,
    edited_at TEXT,
    moderated_at TEXT,
    moderated_by TEXT,
    source TEXT UNIQUE
  ) STRICT;`;

/** Creates the file private before SQLite opens it; tightens an existing one (and its -wal/-shm). */
function preparePrivateFile(file: string): void {
  const dir = path.dirname(file);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const candidate of [file, `${file}-wal`, `${file}-shm`]) {
    const stats = statSync(candidate, { throwIfNoEntry: false });
    if (stats && (stats.mode & 0o077) !== 0) chmodSync(candidate, 0o600);
  }
}

function migrate(db: DatabaseSync): void {
  const version = Number((db.prepare('PRAGMA user_version').get() as Row).user_version);
  if (version >= schemaVersion) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    const exists = db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'comments'`)
      .get();
    if (exists) {
      // Version 1 had three statuses and no moderation columns: SQLite cannot change a CHECK, so copy.
      db.exec(`ALTER TABLE comments RENAME TO comments_v1; ${commentsTable}
        INSERT INTO comments (id, article, parent, name, email, website, body, created_at, status)
          SELECT id, article, parent, name, email, website, body, created_at, status FROM comments_v1;
        DROP TABLE comments_v1;`);
    } else db.exec(commentsTable);
    db.exec(`
      CREATE INDEX IF NOT EXISTS comments_status ON comments (status, created_at);
      CREATE INDEX IF NOT EXISTS comments_article ON comments (article, created_at);
      CREATE TABLE IF NOT EXISTS moderators (
        name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS sessions (
        token_hash TEXT PRIMARY KEY, moderator TEXT NOT NULL, csrf TEXT NOT NULL,
        created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS moderation_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
        comment_id TEXT, detail TEXT
      ) STRICT;
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      PRAGMA user_version = ${schemaVersion};
    `);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

export type CommentStore = ReturnType<typeof openCommentStore>;

export function openCommentStore(file: string) {
  preparePrivateFile(file);
  const db = new DatabaseSync(file);
  // The busy timeout first: switching to WAL takes a lock, and a moderation command or the receiver
  // opening the database at the same moment must wait for it, not fail with "database is locked".
  db.exec(
    `PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;`,
  );
  migrate(db);
  // After the first write the -wal/-shm files exist: they inherit the database's mode, check anyway.
  preparePrivateFile(file);
  const opened: Stats = statSync(file);

  const q = {
    insert: db.prepare(
      `INSERT INTO comments (id, article, parent, name, email, website, body, created_at, status, staff, moderated_at, moderated_by, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare('SELECT * FROM comments WHERE id = ?'),
    bySource: db.prepare('SELECT id FROM comments WHERE source = ?'),
    setStatus: db.prepare(
      'UPDATE comments SET status = ?, moderated_at = ?, moderated_by = ? WHERE id = ?',
    ),
    setText: db.prepare('UPDATE comments SET body = ?, name = ?, edited_at = ? WHERE id = ?'),
    remove: db.prepare('DELETE FROM comments WHERE id = ?'),
    approved: db.prepare(
      `SELECT 1 AS found FROM comments WHERE id = ? AND article = ? AND status = 'approved'`,
    ),
    articles: db.prepare(
      `SELECT article, COUNT(*) AS total, SUM(status = 'pending') AS pending FROM comments GROUP BY article ORDER BY MAX(created_at) DESC`,
    ),
    counts: db.prepare('SELECT status, COUNT(*) AS total FROM comments GROUP BY status'),
    log: db.prepare(
      'INSERT INTO moderation_log (at, actor, action, comment_id, detail) VALUES (?, ?, ?, ?, ?)',
    ),
    logList: db.prepare(
      'SELECT at, actor, action, comment_id, detail FROM moderation_log ORDER BY seq DESC LIMIT ?',
    ),
    metaGet: db.prepare('SELECT value FROM meta WHERE key = ?'),
    metaSet: db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    moderatorGet: db.prepare('SELECT password_hash FROM moderators WHERE name = ?'),
    moderatorSet: db.prepare(
      `INSERT INTO moderators (name, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at`,
    ),
    moderatorRemove: db.prepare('DELETE FROM moderators WHERE name = ?'),
    moderatorList: db.prepare('SELECT name, updated_at FROM moderators ORDER BY name'),
    sessionInsert: db.prepare(
      'INSERT INTO sessions (token_hash, moderator, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    sessionGet: db.prepare(
      'SELECT moderator, csrf, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?',
    ),
    sessionDelete: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    sessionsOf: db.prepare('DELETE FROM sessions WHERE moderator = ?'),
    sessionsPurge: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    // At most a few sessions per moderator (phone, desktop…): the oldest go first.
    sessionsTrim: db.prepare(
      'DELETE FROM sessions WHERE moderator = ? AND token_hash NOT IN (SELECT token_hash FROM sessions WHERE moderator = ? ORDER BY created_at DESC LIMIT ?)',
    ),
  };

  /** Throws if the file at `file` is no longer the one this connection writes to. */
  function verifyFile(): void {
    const now = statSync(file, { throwIfNoEntry: false });
    if (now && now.ino === opened.ino && now.dev === opened.dev) return;
    throw new StorageLostError(
      now
        ? `the database file ${file} was replaced while the receiver was running`
        : `the database file ${file} was deleted while the receiver was running`,
    );
  }

  function where(filter: CommentFilter): { sql: string; params: SQLInputValue[] } {
    const clauses: string[] = [];
    const params: SQLInputValue[] = [];
    if (filter.status) {
      clauses.push('status = ?');
      params.push(filter.status);
    }
    if (filter.article) {
      clauses.push('article = ?');
      params.push(filter.article);
    }
    for (const word of (filter.query ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
      const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      clauses.push(
        `(body LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')`,
      );
      params.push(like, like, like);
    }
    return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  const store = {
    file,
    verifyFile,
    /** Runs `fn` holding SQLite's write lock (BEGIN IMMEDIATE): moderators in two processes take turns. */
    transaction<T>(fn: () => T): T {
      db.exec('BEGIN IMMEDIATE');
      let result: T;
      try {
        result = fn();
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
      db.exec('COMMIT');
      verifyFile();
      return result;
    },
    insert(c: NewComment): void {
      q.insert.run(
        c.id,
        c.article,
        c.parent,
        c.name,
        c.email,
        c.website,
        c.body,
        c.createdAt,
        c.status,
        c.staff ? 1 : 0,
        c.moderatedAt ?? null,
        c.moderatedBy ?? null,
        c.source ?? null,
      );
      // The row is durable in *some* file; make sure it is the file everyone else reads.
      verifyFile();
    },
    get(id: string): StoredComment | undefined {
      const row = q.get.get(id) as Row | undefined;
      return row ? toComment(row) : undefined;
    },
    hasSource(source: string): boolean {
      return q.bySource.get(source) !== undefined;
    },
    list(filter: CommentFilter = {}): StoredComment[] {
      const { sql, params } = where(filter);
      const order = filter.status === 'pending' ? 'created_at, id' : 'created_at DESC, id DESC';
      const limit = filter.limit ?? -1;
      const rows = db
        .prepare(`SELECT * FROM comments ${sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(...params, limit, filter.offset ?? 0);
      return (rows as Row[]).map(toComment);
    },
    count(filter: CommentFilter = {}): number {
      const { sql, params } = where(filter);
      return Number(
        (db.prepare(`SELECT COUNT(*) AS n FROM comments ${sql}`).get(...params) as Row).n,
      );
    },
    countsByStatus(): Record<CommentStatus, number> {
      const counts = Object.fromEntries(commentStatuses.map((s) => [s, 0])) as Record<
        CommentStatus,
        number
      >;
      for (const row of q.counts.all() as Row[])
        counts[row.status as CommentStatus] = Number(row.total);
      return counts;
    },
    articles(): Array<{ article: string; total: number; pending: number }> {
      return (q.articles.all() as Row[]).map((row) => ({
        article: String(row.article),
        total: Number(row.total),
        pending: Number(row.pending),
      }));
    },
    setStatus(id: string, status: CommentStatus, by: string, at: string): void {
      q.setStatus.run(status, at, by, id);
    },
    setText(id: string, body: string, name: string, at: string): void {
      q.setText.run(body, name, at, id);
    },
    remove(id: string): void {
      q.remove.run(id);
    },
    isApproved(id: string, article: string): boolean {
      return q.approved.get(id, article) !== undefined;
    },
    log(
      actor: string,
      action: string,
      commentId: string | null,
      detail: string | null,
      at = new Date().toISOString(),
    ): void {
      q.log.run(at, actor, action, commentId, detail);
    },
    logEntries(limit = 200): LogEntry[] {
      return (q.logList.all(limit) as Row[]).map((row) => ({
        at: String(row.at),
        actor: String(row.actor),
        action: String(row.action),
        commentId: (row.comment_id as string | null) ?? null,
        detail: (row.detail as string | null) ?? null,
      }));
    },
    meta(key: string): string | undefined {
      const row = q.metaGet.get(key) as Row | undefined;
      return row ? String(row.value) : undefined;
    },
    setMeta(key: string, value: string): void {
      q.metaSet.run(key, value);
    },
    /** A real write, as a comment would make: tells whether comments can be stored right now. */
    probe(): void {
      store.transaction(() => q.metaSet.run('health', new Date().toISOString()));
    },
    passwordHash(name: string): string | undefined {
      const row = q.moderatorGet.get(name) as Row | undefined;
      return row ? String(row.password_hash) : undefined;
    },
    setModerator(name: string, passwordHash: string): void {
      const at = new Date().toISOString();
      store.transaction(() => {
        q.moderatorSet.run(name, passwordHash, at, at);
        // A new password signs the moderator out everywhere.
        q.sessionsOf.run(name);
      });
    },
    removeModerator(name: string): boolean {
      return store.transaction(() => {
        q.sessionsOf.run(name);
        return Number(q.moderatorRemove.run(name).changes) > 0;
      });
    },
    moderators(): Array<{ name: string; updatedAt: string }> {
      return (q.moderatorList.all() as Row[]).map((row) => ({
        name: String(row.name),
        updatedAt: String(row.updated_at),
      }));
    },
    createSession(
      tokenHash: string,
      moderator: string,
      csrf: string,
      now: number,
      expiresAt: number,
      maxPerModerator = 5,
    ): void {
      store.transaction(() => {
        q.sessionsPurge.run(now);
        q.sessionInsert.run(tokenHash, moderator, csrf, now, expiresAt);
        q.sessionsTrim.run(moderator, moderator, maxPerModerator);
      });
    },
    session(tokenHash: string, now: number): SessionRecord | undefined {
      const row = q.sessionGet.get(tokenHash, now) as Row | undefined;
      return row
        ? {
            moderator: String(row.moderator),
            csrf: String(row.csrf),
            expiresAt: Number(row.expires_at),
          }
        : undefined;
    },
    deleteSession(tokenHash: string): void {
      q.sessionDelete.run(tokenHash);
    },
    close(): void {
      db.close();
    },
    /** Copies what the open connection still holds into `target` (used when the file was deleted). */
    saveCopy(target: string): void {
      db.prepare('VACUUM INTO ?').run(target);
    },
  };
  return store;
}
