// Pending, approved and rejected comments in one SQLite file (Node's built-in node:sqlite). WAL mode
// with synchronous=FULL: when insert() returns, the comment is on disk, so the receiver answers 2xx
// only for comments that survive a crash or a kill.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { CommentSubmission } from '../../src/lib/comments/validation.ts';

export type CommentStatus = 'pending' | 'approved' | 'rejected';

export interface StoredComment extends CommentSubmission {
  id: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  status: CommentStatus;
}

export interface CommentStore {
  insert(comment: StoredComment): void;
  get(id: string): StoredComment | undefined;
  list(status?: CommentStatus): StoredComment[];
  setStatus(id: string, status: CommentStatus): boolean;
  /** Is `id` an approved comment on `article`? (The parent of a reply must be.) */
  isApproved(id: string, article: string): boolean;
  close(): void;
}

/** A row of the comments table: the stored comment with its column names. */
type Row = Omit<StoredComment, 'createdAt'> & { created_at: string };

const toComment = ({ created_at, ...rest }: Row): StoredComment => ({
  ...rest,
  createdAt: created_at,
});

export function openCommentStore(file: string): CommentStore {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA busy_timeout = 5000;
    CREATE TABLE IF NOT EXISTS comments (
      id TEXT PRIMARY KEY,
      article TEXT NOT NULL,
      parent TEXT,
      name TEXT NOT NULL,
      email TEXT NOT NULL,
      website TEXT,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected'))
    ) STRICT;
    CREATE INDEX IF NOT EXISTS comments_status ON comments (status, created_at);
  `);
  const insert = db.prepare(
    `INSERT INTO comments (id, article, parent, name, email, website, body, created_at, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const get = db.prepare('SELECT * FROM comments WHERE id = ?');
  const listAll = db.prepare('SELECT * FROM comments ORDER BY created_at, id');
  const listByStatus = db.prepare(
    'SELECT * FROM comments WHERE status = ? ORDER BY created_at, id',
  );
  const setStatus = db.prepare('UPDATE comments SET status = ? WHERE id = ?');
  const approved = db.prepare(
    `SELECT 1 AS found FROM comments WHERE id = ? AND article = ? AND status = 'approved'`,
  );

  return {
    insert(c) {
      insert.run(
        c.id,
        c.article,
        c.parent,
        c.name,
        c.email,
        c.website,
        c.body,
        c.createdAt,
        c.status,
      );
    },
    get(id) {
      const row = get.get(id) as Row | undefined;
      return row ? toComment(row) : undefined;
    },
    list(status) {
      const rows = (status ? listByStatus.all(status) : listAll.all()) as unknown as Row[];
      return rows.map(toComment);
    },
    setStatus(id, status) {
      return Number(setStatus.run(status, id).changes) > 0;
    },
    isApproved(id, article) {
      return approved.get(id, article) !== undefined;
    },
    close() {
      db.close();
    },
  };
}
