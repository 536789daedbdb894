// `npm run comments -- list [pending|approved|rejected|all] | show ID | approve ID... | reject ID...`
// Approving writes content/comments/<id>.json (never the e-mail address) so the next build shows the
// comment; rejecting an approved comment removes that file again. Settings: COMMENTS_DB, CONTENT_DIR.
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
import { fileURLToPath } from 'node:url';
import { contentDir as defaultContentDir } from '../../src/deploy.config.mjs';
import { readReceiverConfig } from './config.ts';
import { openCommentStore, type CommentStatus, type StoredComment } from './store.ts';

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
  };
}

/** Writes a file so that readers see either the old or the new content, never half of it. */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  const dir = openSync(path.dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

function describe(comment: StoredComment): string {
  const body = comment.body.replace(/\s+/g, ' ');
  return [
    `${comment.id}  [${comment.status}]  ${comment.createdAt}  article=${comment.article}${comment.parent ? `  reply-to=${comment.parent}` : ''}`,
    `  ${comment.name} <${comment.email}>${comment.website ? `  ${comment.website}` : ''}`,
    `  ${body.length > 300 ? `${body.slice(0, 300)}…` : body}`,
  ].join('\n');
}

export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): number {
  const [command, ...args] = argv;
  const config = readReceiverConfig(env);
  const commentsDir = path.resolve(env.CONTENT_DIR?.trim() || defaultContentDir, 'comments');
  const store = openCommentStore(config.dbPath);
  const out = (line: string) => console.log(line);
  try {
    if (command === 'list') {
      const which = args[0] ?? 'pending';
      if (!['pending', 'approved', 'rejected', 'all'].includes(which))
        throw new Error(`unknown status "${which}"`);
      const comments = store.list(which === 'all' ? undefined : (which as CommentStatus));
      out(`${comments.length} ${which} comment(s) in ${config.dbPath}`);
      for (const comment of comments) out(describe(comment));
      return 0;
    }
    if (command === 'show' && args.length === 1) {
      const comment = store.get(args[0]!);
      if (!comment) throw new Error(`no comment with id ${args[0]}`);
      out(describe(comment));
      out('');
      out(comment.body);
      return 0;
    }
    if ((command === 'approve' || command === 'reject') && args.length > 0) {
      for (const id of args) {
        const comment = store.get(id);
        if (!comment) throw new Error(`no comment with id ${id}`);
        const file = path.join(commentsDir, `${comment.id}.json`);
        if (command === 'approve') {
          writeFileAtomic(file, `${JSON.stringify(publishedComment(comment), null, 2)}\n`);
          store.setStatus(id, 'approved');
          out(
            `approved ${id} → ${path.relative(process.cwd(), file)} (rebuild the site to publish it)`,
          );
        } else {
          store.setStatus(id, 'rejected');
          const published = existsSync(file);
          if (published) rmSync(file);
          out(
            `rejected ${id}${published ? ` and removed ${path.relative(process.cwd(), file)}` : ''}`,
          );
        }
      }
      return 0;
    }
    out(
      'usage: npm run comments -- list [pending|approved|rejected|all] | show ID | approve ID... | reject ID...',
    );
    return command === undefined || command === 'help' ? 0 : 2;
  } catch (error) {
    console.error(`comments: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    store.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
