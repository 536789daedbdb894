// The moderation rules, shared by the command line (moderate.ts) and the moderation page (admin/).
// Every action on a comment is one SQLite transaction that holds the write lock while the published
// file (content/comments/<id>.json) is written or removed: two moderators (or a page and a command)
// acting on the same comment at the same time take turns, so "approved" always means "file written"
// and "rejected" always means "file gone". Every action is logged with who did it and when.
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { t } from '../../src/i18n/ar.ts';
import {
  cleanLine,
  cleanMultiline,
  commentLimits,
  visibleLength,
} from '../../src/lib/comments/validation.ts';
import { newCommentId } from './ids.ts';
import type { CommentStatus, CommentStore, StoredComment } from './store.ts';

export const moderationActions = ['approve', 'reject', 'spam', 'delete', 'pending'] as const;
export type ModerationAction = (typeof moderationActions)[number];

export interface ActionResult {
  id: string;
  ok: boolean;
  /** What happened, in English, for logs and the command line. */
  message: string;
  /** The published comments changed (a file written or removed): the site needs a rebuild. */
  published: boolean;
}

export interface Moderation {
  /** Applies one action to each id in turn; an unknown id is reported and the others still done. */
  apply(action: ModerationAction, ids: readonly string[], actor: string): ActionResult[];
  /** Changes the text (and the name) of a comment; `approve` publishes it at the same time. */
  edit(
    id: string,
    change: { body: string; name?: string },
    actor: string,
    approve?: boolean,
  ): ActionResult;
  /** A reply from the newsroom, published at once (its parent is approved with it if it was pending). */
  reply(parentId: string, body: string, actor: string): ActionResult & { replyId?: string };
}

/** The published form of a comment: exactly the fields of the `comments` content collection. */
export function publishedComment(comment: StoredComment) {
  return {
    id: comment.id,
    article: comment.article,
    parent: comment.parent,
    name: comment.name,
    website: comment.website,
    date: comment.createdAt,
    body: comment.body,
    ...(comment.staff ? { staff: true } : {}),
  };
}

/** Writes a file so that readers see either the old or the new content, never half of it. */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  const fd = openSync(temp, 'w', 0o644);
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  syncDir(path.dirname(file));
}

function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeFile(file: string): boolean {
  if (!existsSync(file)) return false;
  rmSync(file);
  syncDir(path.dirname(file));
  return true;
}

const statusOf: Partial<Record<ModerationAction, CommentStatus>> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
  pending: 'pending',
};

export function createModeration(
  store: CommentStore,
  commentsDir: string,
  now: () => Date = () => new Date(),
): Moderation {
  const fileOf = (id: string) => path.join(commentsDir, `${id}.json`);
  const publish = (comment: StoredComment) =>
    writeFileAtomic(fileOf(comment.id), `${JSON.stringify(publishedComment(comment), null, 2)}\n`);

  function applyOne(action: ModerationAction, id: string, actor: string): ActionResult {
    return store.transaction(() => {
      const comment = store.get(id);
      if (!comment) return { id, ok: false, message: `no comment with id ${id}`, published: false };
      const at = now().toISOString();
      let published = false;
      if (action === 'delete') {
        store.remove(id);
        published = removeFile(fileOf(id));
      } else {
        const status = statusOf[action]!;
        store.setStatus(id, status, actor, at);
        if (status === 'approved') {
          publish({ ...comment, status });
          published = true;
        } else published = removeFile(fileOf(id));
      }
      store.log(
        actor,
        action,
        id,
        comment.status === statusOf[action] ? 'no change' : `was ${comment.status}`,
        at,
      );
      const verb = {
        approve: 'approved',
        reject: 'rejected',
        spam: 'marked as spam',
        delete: 'deleted',
        pending: 'returned to pending',
      }[action];
      const message =
        action === 'approve'
          ? `${verb} ${id} → ${fileOf(id)}`
          : `${verb} ${id}${published ? ` and removed ${fileOf(id)}` : ''}`;
      return { id, ok: true, message, published };
    });
  }

  return {
    apply(action, ids, actor) {
      return [...new Set(ids)].map((id) => {
        try {
          return applyOne(action, id, actor);
        } catch (error) {
          return {
            id,
            ok: false,
            message: `${id}: ${error instanceof Error ? error.message : String(error)}`,
            published: false,
          };
        }
      });
    },

    edit(id, change, actor, approve = false) {
      const body = cleanMultiline(change.body);
      const name = change.name === undefined ? undefined : cleanLine(change.name);
      const L = commentLimits;
      if (visibleLength(body) < L.bodyMin || body.length > L.bodyMax)
        return { id, ok: false, message: t.commentErrors.bodyRequired, published: false };
      if (name !== undefined && (visibleLength(name) < L.nameMin || name.length > L.nameMax)) {
        return { id, ok: false, message: t.commentErrors.nameRequired, published: false };
      }
      return store.transaction(() => {
        const comment = store.get(id);
        if (!comment)
          return { id, ok: false, message: `no comment with id ${id}`, published: false };
        const at = now().toISOString();
        const updated: StoredComment = {
          ...comment,
          body,
          name: name ?? comment.name,
          editedAt: at,
        };
        store.setText(id, updated.body, updated.name, at);
        if (approve && comment.status !== 'approved') {
          store.setStatus(id, 'approved', actor, at);
          updated.status = 'approved';
        }
        if (updated.status === 'approved') publish(updated);
        store.log(
          actor,
          approve ? 'edit+approve' : 'edit',
          id,
          `${comment.body.length} → ${body.length} characters`,
          at,
        );
        return {
          id,
          ok: true,
          message: `edited ${id}${updated.status === 'approved' ? ` → ${fileOf(id)}` : ''}`,
          published: updated.status === 'approved',
        };
      });
    },

    reply(parentId, text, actor) {
      const body = cleanMultiline(text);
      if (visibleLength(body) < commentLimits.bodyMin || body.length > commentLimits.bodyMax) {
        return { id: parentId, ok: false, message: t.commentErrors.bodyRequired, published: false };
      }
      return store.transaction(() => {
        const parent = store.get(parentId);
        if (!parent)
          return {
            id: parentId,
            ok: false,
            message: `no comment with id ${parentId}`,
            published: false,
          };
        const at = now();
        const iso = at.toISOString();
        if (parent.status !== 'approved') {
          store.setStatus(parent.id, 'approved', actor, iso);
          publish({ ...parent, status: 'approved' });
          store.log(
            actor,
            'approve',
            parent.id,
            `was ${parent.status} (answered by the newsroom)`,
            iso,
          );
        }
        const reply: StoredComment = {
          id: newCommentId(at.getTime()),
          article: parent.article,
          parent: parent.id,
          name: t.commentsAdmin.newsroomName,
          email: '',
          website: null,
          body,
          createdAt: iso,
          status: 'approved',
          staff: true,
          editedAt: null,
          moderatedAt: iso,
          moderatedBy: actor,
          source: null,
        };
        store.insert(reply);
        publish(reply);
        store.log(actor, 'reply', reply.id, `reply to ${parent.id}`, iso);
        return {
          id: parent.id,
          replyId: reply.id,
          ok: true,
          message: `replied to ${parent.id} as ${reply.id} → ${fileOf(reply.id)}`,
          published: true,
        };
      });
    },
  };
}
