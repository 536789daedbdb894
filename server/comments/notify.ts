// Tells the moderators that comments are waiting: a JSON POST to a webhook (Slack, Discord, a
// Telegram bot, or anything that takes JSON) and/or an e-mail over SMTP (nodemailer). New comments
// are gathered for `batchMs` and sent as one message, so a busy evening is one message a few
// minutes, not one per comment. Never blocks or fails a reader's post; failures are logged.
import nodemailer from 'nodemailer';
import { t } from '../../src/i18n/ar.ts';

export interface PendingNotice {
  id: string;
  article: string;
  articleTitle?: string;
  name: string;
  body: string;
  createdAt: string;
}

export interface NotifyOptions {
  webhookUrl?: string;
  /** Telegram's sendMessage needs the chat to post in. */
  telegramChatId?: string;
  smtpUrl?: string;
  mailFrom?: string;
  mailTo?: string[];
  /** Link to the moderation page, put in every message. */
  moderationUrl: string;
  batchMs: number;
  log: (message: string) => void;
}

export interface Notifier {
  readonly enabled: boolean;
  pending(comment: PendingNotice): void;
  /** Sends what is gathered now (tests, shutdown). */
  flush(): Promise<void>;
  stop(): void;
}

/** At most this many comments are listed in one message; the rest are counted. */
const maxListed = 10;
/** At most this many comments are held while a message waits (memory stays bounded). */
const maxHeld = 100;

const excerpt = (text: string, max = 200) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

// Slack reads <…> as links and mentions and &…; as entities: a reader's text must not ping a channel.
const slackEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function messageText(
  comments: readonly PendingNotice[],
  extra: number,
  moderationUrl: string,
): string {
  const a = t.commentsAdmin;
  const lines = [a.notifyHeading(comments.length + extra)];
  for (const comment of comments) {
    lines.push(
      '',
      `• ${comment.name} — ${comment.articleTitle ?? comment.article}`,
      `  ${excerpt(comment.body)}`,
    );
  }
  if (extra > 0) lines.push('', a.notifyMore(extra));
  lines.push('', `${a.notifyOpen}: ${moderationUrl}`);
  return lines.join('\n');
}

export function createNotifier(options: NotifyOptions): Notifier {
  const mail =
    options.smtpUrl && options.mailTo?.length
      ? nodemailer.createTransport(options.smtpUrl)
      : undefined;
  const enabled = Boolean(options.webhookUrl || mail);
  let held: PendingNotice[] = [];
  let extra = 0;
  let timer: NodeJS.Timeout | undefined;
  let sending: Promise<void> = Promise.resolve();

  async function send(comments: PendingNotice[], more: number) {
    const text = messageText(comments, more, options.moderationUrl);
    const subject = t.commentsAdmin.notifySubject(comments.length + more);
    const jobs: Array<Promise<void>> = [];
    if (options.webhookUrl) {
      jobs.push(
        (async () => {
          const response = await fetch(options.webhookUrl!, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              // Slack reads `text`, Discord `content` (mentions switched off), Telegram `chat_id` + `text`.
              text: options.telegramChatId ? text : slackEscape(text),
              content: text.slice(0, 2000),
              allowed_mentions: { parse: [] },
              ...(options.telegramChatId
                ? { chat_id: options.telegramChatId, disable_web_page_preview: true }
                : {}),
              subject,
              moderationUrl: options.moderationUrl,
              comments: comments.map((c) => ({
                id: c.id,
                article: c.article,
                articleTitle: c.articleTitle,
                name: c.name,
                excerpt: excerpt(c.body),
                createdAt: c.createdAt,
              })),
              more,
            }),
            signal: AbortSignal.timeout(15_000),
          });
          await response.body?.cancel();
          if (!response.ok) throw new Error(`webhook answered ${response.status}`);
        })().catch((error) =>
          options.log(
            `error: webhook notification failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        ),
      );
    }
    if (mail) {
      jobs.push(
        mail
          .sendMail({ from: options.mailFrom, to: options.mailTo, subject, text })
          .then(() => undefined)
          .catch((error: unknown) =>
            options.log(
              `error: e-mail notification failed: ${error instanceof Error ? error.message : String(error)}`,
            ),
          ),
      );
    }
    await Promise.all(jobs);
    options.log(`notified moderators of ${comments.length + more} pending comment(s)`);
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (held.length === 0 && extra === 0) return sending;
    const batch = held;
    const more = extra;
    held = [];
    extra = 0;
    sending = sending.then(() =>
      send(batch.slice(0, maxListed), more + Math.max(0, batch.length - maxListed)),
    );
    return sending;
  }

  return {
    enabled,
    pending(comment) {
      if (!enabled) return;
      if (held.length < maxHeld) held.push(comment);
      else extra += 1;
      timer ??= setTimeout(() => void flush(), options.batchMs);
    },
    flush,
    stop() {
      clearTimeout(timer);
      mail?.close();
    },
  };
}
