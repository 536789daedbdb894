// Display-ready comment threads and the form's settings, computed from site settings.
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import { commentFields, commentLimits, charLimit } from './validation';
import { bodyParagraphs, countComments, type CommentNode } from './threads';
import { commentThanksUrl } from '../routes';
import { dateView, siteNumber, type DateView } from '../view/cards';

export interface CommentView {
  id: string;
  /** Element id of the comment ("comment-<id>"), for links to it. */
  anchor: string;
  name: string;
  website?: string;
  /** Written by the newsroom: shown with the «فريق التحرير» badge. */
  staff: boolean;
  date: DateView;
  /** Paragraphs of lines, rendered as escaped text. */
  paragraphs: string[][];
  replies: CommentView[];
}

export interface CommentThreadView {
  count: number;
  /** "3 تعليقات", "تعليقان", "لا توجد تعليقات بعد". */
  countLabel: string;
  comments: CommentView[];
}

export function commentCountLabel(count: number): string {
  return t.commentCount(count, siteNumber);
}

function toCommentView(node: CommentNode): CommentView {
  return {
    id: node.id,
    anchor: `comment-${node.id}`,
    name: node.name,
    website: node.website ?? undefined,
    staff: node.staff === true,
    date: dateView(node.date),
    paragraphs: bodyParagraphs(node.body),
    replies: node.replies.map(toCommentView),
  };
}

export function toThreadView(threads: readonly CommentNode[]): CommentThreadView {
  const count = countComments(threads);
  return { count, countLabel: commentCountLabel(count), comments: threads.map(toCommentView) };
}

export const emptyThread: CommentThreadView = toThreadView([]);

/** How the form posts, the same for every form of the build. */
export interface CommentFormSettings {
  kind: 'endpoint' | 'netlify';
  action: string;
  netlifyFormName?: string;
  /** Build time: the script replaces it with the time the page was shown. */
  renderedAt: string;
  fields: typeof commentFields;
  limits: typeof commentLimits;
}

/** The form's settings (shown at `now`, the build's time), or undefined when comments are closed. */
export function commentFormSettings(now: Date = new Date()): CommentFormSettings | undefined {
  const provider = site.comments;
  if (provider.kind === 'none') return undefined;
  return {
    kind: provider.kind,
    action: provider.kind === 'endpoint' ? provider.url : commentThanksUrl(),
    netlifyFormName: provider.kind === 'netlify' ? provider.formName : undefined,
    renderedAt: String(now.getTime()),
    fields: commentFields,
    limits: commentLimits,
  };
}

/** Messages the enhancement script shows, keyed by field and by the browser's validity state. */
export function commentClientMessages(): CommentClientMessages {
  // The same on every article page: made once (its plural forms cost ~20 µs a page).
  return (clientMessages ??= clientMessagesOf());
}

let clientMessages: CommentClientMessages | undefined;

function clientMessagesOf() {
  const e = t.commentErrors;
  const L = commentLimits;
  return {
    fields: {
      body: {
        valueMissing: e.bodyRequired,
        tooShort: e.bodyTooShort(charLimit(L.bodyMin)),
        tooLong: e.bodyTooLong(charLimit(L.bodyMax)),
      },
      name: {
        valueMissing: e.nameRequired,
        tooShort: e.nameTooShort(charLimit(L.nameMin)),
        tooLong: e.nameTooLong(charLimit(L.nameMax)),
      },
      email: {
        valueMissing: e.emailRequired,
        typeMismatch: e.emailInvalid,
        tooLong: e.emailTooLong(charLimit(L.emailMax)),
      },
      website: {
        typeMismatch: e.websiteInvalid,
        tooLong: e.websiteTooLong(charLimit(L.websiteMax)),
      },
    },
    sending: t.commentSending,
    success: `${t.commentPending}. ${t.commentPendingDetail}`,
    fix: t.commentFixErrors,
    failed: t.commentSendFailed,
    network: t.commentNetworkError,
  };
}

export type CommentClientMessages = ReturnType<typeof clientMessagesOf>;
