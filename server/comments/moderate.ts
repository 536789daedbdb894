// `npm run comments -- <command>`: moderation from a terminal, with the same rules as the moderation
// page (moderation.ts). Settings: the receiver's (COMMENTS_DB, CONTENT_DIR, COMMENTS_PUBLISH_*, …).
//
//   list [pending|approved|rejected|spam|all] [--article ID] [--search WORDS]
//   show ID
//   approve|reject|spam|delete|pending ID [ID…] [--no-publish]   each id reported, the rest still done
//   reply ID            the newsroom's reply, text on standard input, published at once
//   set-password NAME   a moderator of the moderation page (password on standard input, or asked)
//   moderators | remove-moderator NAME | log [N]
//   publish             run the publish step now
//   import-netlify [--delete]   Netlify Forms submissions → the queue (NETLIFY_AUTH_TOKEN, NETLIFY_SITE_ID)
//
// Stored text is printed through forTerminal(): an escape sequence in a comment cannot reach the terminal.
import { userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hashPassword, moderatorNamePattern, passwordMinLength } from './auth.ts';
import { readReceiverConfig, type ReceiverConfig } from './config.ts';
import { moderationActions, type ModerationAction } from './moderation.ts';
import { importNetlifySubmissions } from './netlify-import.ts';
import { createPublisher } from './publish.ts';
import { createStorage, type Storage } from './storage.ts';
import { commentStatuses, type CommentStatus, type StoredComment } from './store.ts';
import { forTerminal } from './terminal.ts';
import { articleIdsFromSite } from './articles.ts';

export { publishedComment, writeFileAtomic } from './moderation.ts';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Standard input as text (a password, a reply). */
  readInput: (prompt: string, hidden: boolean) => Promise<string>;
}

const usage = `usage: npm run comments -- <command>
  list [pending|approved|rejected|spam|all] [--article ID] [--search WORDS]
  show ID
  approve|reject|spam|delete|pending ID [ID...] [--no-publish]
  reply ID                 (the reply's text on standard input)
  set-password NAME        (the password on standard input, or typed when asked)
  moderators | remove-moderator NAME | log [N]
  publish
  import-netlify [--delete]`;

function describe(comment: StoredComment): string {
  const body = comment.body.replace(/\s+/g, ' ');
  const s = (text: string) => forTerminal(text);
  return [
    `${s(comment.id)}  [${comment.status}]  ${s(comment.createdAt)}  article=${s(comment.article)}${comment.parent ? `  reply-to=${s(comment.parent)}` : ''}${comment.staff ? '  (newsroom)' : ''}`,
    `  ${s(comment.name)} <${s(comment.email)}>${comment.website ? `  ${s(comment.website)}` : ''}`,
    `  ${s(body.length > 300 ? `${body.slice(0, 300)}…` : body)}`,
  ].join('\n');
}

const actor = () => {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
};

async function publishOnce(config: ReceiverConfig, ids: string[], io: Io): Promise<boolean> {
  const publisher = createPublisher({
    ...config.publish,
    delayMs: 0,
    maxDelayMs: 0,
    retryDelaysMs: [0],
    maxAttempts: 1,
    log: (m) => io.out(forTerminal(m, { keepNewlines: true })),
  });
  if (!publisher.enabled) {
    io.out(
      'no publish step configured (COMMENTS_PUBLISH_COMMAND / COMMENTS_PUBLISH_HOOK): rebuild the site to show the changes',
    );
    return true;
  }
  publisher.changed(ids);
  const status = await publisher.runNow();
  publisher.stop();
  return !status.lastError;
}

export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: Io = defaultIo,
): Promise<number> {
  const [command, ...rest] = argv;
  let parsed: ReturnType<
    typeof parseArgs<{
      options: {
        article: { type: 'string' };
        search: { type: 'string' };
        'no-publish': { type: 'boolean' };
        delete: { type: 'boolean' };
      };
      allowPositionals: true;
      strict: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        article: { type: 'string' },
        search: { type: 'string' },
        'no-publish': { type: 'boolean' },
        delete: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.err(`comments: ${error instanceof Error ? error.message : String(error)}`);
    io.out(usage);
    return 2;
  }
  const args = parsed.positionals;
  if (command === undefined || command === 'help' || command === '--help') {
    io.out(usage);
    return 0;
  }
  const config = readReceiverConfig(env);
  let storage: Storage;
  try {
    storage = createStorage({ dbPath: config.dbPath, commentsDir: config.commentsDir });
  } catch (error) {
    io.err(
      `comments: cannot open ${config.dbPath}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  try {
    if (command === 'list') {
      const which = args[0] ?? 'pending';
      if (which !== 'all' && !(commentStatuses as readonly string[]).includes(which))
        throw new Error(`unknown status "${forTerminal(which)}"`);
      const filter = {
        status: which === 'all' ? undefined : (which as CommentStatus),
        article: parsed.values.article,
        query: parsed.values.search,
      };
      const comments = storage.list(filter);
      io.out(`${comments.length} ${which} comment(s) in ${config.dbPath}`);
      for (const comment of comments) io.out(describe(comment));
      return 0;
    }
    if (command === 'show' && args.length === 1) {
      const comment = storage.get(args[0]!);
      if (!comment) throw new Error(`no comment with id ${forTerminal(args[0]!)}`);
      io.out(describe(comment));
      io.out('');
      io.out(forTerminal(comment.body, { keepNewlines: true }));
      return 0;
    }
    if ((moderationActions as readonly string[]).includes(command) && args.length > 0) {
      const results = storage.apply(command as ModerationAction, args, actor());
      for (const result of results)
        (result.ok ? io.out : io.err)(
          forTerminal(result.ok ? result.message : `comments: ${result.message}`),
        );
      const failed = results.filter((r) => !r.ok).length;
      io.out(`${results.length - failed} done, ${failed} failed`);
      const changed = results.filter((r) => r.ok && r.published).map((r) => r.id);
      let published = true;
      if (changed.length && !parsed.values['no-publish'])
        published = await publishOnce(config, changed, io);
      return failed || !published ? 1 : 0;
    }
    if (command === 'reply' && args.length === 1) {
      const text = await io.readInput('', false);
      const result = storage.reply(args[0]!, text, actor());
      (result.ok ? io.out : io.err)(forTerminal(result.message));
      if (result.ok && !parsed.values['no-publish'])
        await publishOnce(config, [result.replyId!, result.id], io);
      return result.ok ? 0 : 1;
    }
    if (command === 'set-password' && args.length === 1) {
      const name = args[0]!.normalize('NFC');
      if (!moderatorNamePattern.test(name))
        throw new Error('a moderator name is 2-40 letters, digits, ".", "_" or "-"');
      const password = (await io.readInput(`password for ${name}: `, true)).replace(/\r?\n$/, '');
      if ([...password].length < passwordMinLength)
        throw new Error(`the password must have at least ${passwordMinLength} characters`);
      storage.setModerator(name, await hashPassword(password));
      storage.log(actor(), 'set-password', null, name);
      io.out(
        `moderator ${forTerminal(name)} can sign in at ${new URL(config.adminPath, config.siteUrl).href} (stored as a scrypt hash)`,
      );
      return 0;
    }
    if (command === 'remove-moderator' && args.length === 1) {
      const removed = storage.removeModerator(args[0]!);
      if (removed) storage.log(actor(), 'remove-moderator', null, args[0]!);
      io.out(
        removed
          ? `removed ${forTerminal(args[0]!)} and their sessions`
          : `no moderator ${forTerminal(args[0]!)}`,
      );
      return removed ? 0 : 1;
    }
    if (command === 'moderators') {
      const list = storage.moderators();
      io.out(`${list.length} moderator(s)`);
      for (const m of list) io.out(`  ${forTerminal(m.name)}  (password set ${m.updatedAt})`);
      return 0;
    }
    if (command === 'log') {
      for (const entry of storage.logEntries(Number(args[0] ?? 50) || 50).reverse()) {
        io.out(
          forTerminal(
            `${entry.at}  ${entry.actor}  ${entry.action}${entry.commentId ? `  ${entry.commentId}` : ''}${entry.detail ? `  (${entry.detail})` : ''}`,
          ),
        );
      }
      return 0;
    }
    if (command === 'publish') return (await publishOnce(config, ['(manual)'], io)) ? 0 : 1;
    if (command === 'import-netlify') {
      const report = await importNetlifySubmissions({
        token: env.NETLIFY_AUTH_TOKEN?.trim() ?? '',
        siteId: env.NETLIFY_SITE_ID?.trim() ?? '',
        formName: env.COMMENTS_NETLIFY_FORM?.trim() || 'comments',
        apiUrl: env.NETLIFY_API_URL?.trim() || undefined,
        deleteImported: Boolean(parsed.values.delete),
        storage,
        articleIds: articleIdsFromSite(config.siteDir, 0)(),
        log: (line) => io.out(forTerminal(line)),
      });
      io.out(
        `${report.imported} imported, ${report.skipped} already imported, ${report.refused} refused`,
      );
      return 0;
    }
    io.out(usage);
    return 2;
  } catch (error) {
    io.err(`comments: ${forTerminal(error instanceof Error ? error.message : String(error))}`);
    return 1;
  } finally {
    storage.close();
  }
}

const defaultIo: Io = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  async readInput(prompt, hidden) {
    const stdin = process.stdin;
    if (!stdin.isTTY) {
      let text = '';
      for await (const chunk of stdin) text += chunk;
      return hidden ? (text.split(/\r?\n/)[0] ?? '') : text;
    }
    // Typed at a terminal: the password is not echoed.
    process.stderr.write(prompt || 'text (end with Ctrl-D): ');
    return new Promise((resolve) => {
      let text = '';
      stdin.setRawMode?.(hidden);
      stdin.setEncoding('utf8');
      const onData = (chunk: string) => {
        for (const char of chunk) {
          if (hidden && (char === '\r' || char === '\n')) return finish();
          if (char === '\u0003') process.exit(130);
          if (char === '\u0004') return finish();
          if (hidden && char === '\u007f') text = text.slice(0, -1);
          else text += char;
        }
      };
      const finish = () => {
        stdin.setRawMode?.(false);
        stdin.off('data', onData);
        stdin.pause();
        process.stderr.write('\n');
        resolve(text);
      };
      stdin.on('data', onData);
      stdin.resume();
    });
  },
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
