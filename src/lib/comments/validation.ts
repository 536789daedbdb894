// What a reader may submit as a comment, and why a submission is refused. Pure: used by the comment
// receiver (server/comments) and, for the limits and field names, by the form itself, so the browser's
// checks and the server's checks never disagree.
import { t } from '../../i18n/ar';

/** Field names as posted by the form (and accepted in JSON bodies). */
export const commentFields = {
  body: 'body',
  name: 'name',
  email: 'email',
  website: 'website',
  article: 'article',
  parent: 'parent',
  /** When the form was shown (ms since epoch): set by the page, refreshed by the script on load. */
  timestamp: 'ts',
  /** Hidden from people; bots fill it. Anything in it means the post is dropped silently. */
  honeypot: 'extra_field',
} as const;

/** Element id on the article page that shows "تعليقك بانتظار المراجعة" when it is the URL's fragment. */
export const commentSentAnchor = 'comment-sent';

export const commentLimits = {
  nameMin: 2,
  nameMax: 60,
  bodyMin: 2,
  bodyMax: 5000,
  emailMax: 254,
  websiteMax: 200,
  /** Largest accepted request body, in bytes (percent-encoded Arabic takes 6 bytes a letter). */
  requestBytes: 64 * 1024,
  /** A form timestamp further in the future than this (clock skew) is not a real one. */
  futureSkewMs: 5 * 60 * 1000,
  /**
   * A form shown longer ago than this is refused (and shown again with a fresh timestamp): a page
   * without JavaScript carries its build time, so this is generous, but `ts: 0` is not a human.
   */
  formMaxAgeMs: 14 * 24 * 60 * 60 * 1000,
} as const;

export type CommentField = 'body' | 'name' | 'email' | 'website' | 'article' | 'parent' | 'ts';
export type CommentErrors = Partial<Record<CommentField, string>>;

/** A submission that passed every check, normalised, ready to store. */
export interface CommentSubmission {
  article: string;
  parent: string | null;
  name: string;
  email: string;
  website: string | null;
  body: string;
}

export interface ValidationContext {
  /** Now, in ms since epoch. */
  now: number;
  /** Minimum time between showing the form and submitting it, in ms. */
  minElapsedMs: number;
  articleExists: (id: string) => boolean;
  /** Is `id` a published comment on `article` (a reply's parent)? */
  parentExists: (id: string, article: string) => boolean;
  /** Oldest accepted form, in ms (default commentLimits.formMaxAgeMs). */
  maxFormAgeMs?: number;
}

export type ValidationResult =
  | { kind: 'valid'; comment: CommentSubmission }
  | { kind: 'invalid'; errors: CommentErrors }
  /** The honeypot was filled: answer as if accepted, store nothing. */
  | { kind: 'spam' };

// The HTML specification's definition of a valid e-mail address (what type="email" accepts), with a
// dot required in the domain: addresses on a bare host name cannot receive mail from the site.
const emailPattern =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
/** An e-mail address inside free text (name, body): never published. */
const emailInText = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/** Comment ids as the receiver makes them (see newCommentId in server/comments). */
export const commentIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// C0/C1 controls except tab and newline, and bidi embeddings/overrides/isolates: user text is isolated
// with dir="auto" when shown, and these characters could otherwise reorder the page around it.
const unwantedChars = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// Invisible characters with no use in a comment (zero-width space, word joiners, BOM, soft hyphen,
// fillers that render as nothing). ZWNJ/ZWJ and LRM/RLM stay: Persian, Urdu and mixed-direction
// text use them.
const invisibleChars =
  /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B\u2060-\u2064\u3164\uFEFF\uFFA0]/g;
/** Characters a reader can see: letters, digits, punctuation, symbols (not marks, spaces or format characters). */
const visibleChar = /[\p{L}\p{N}\p{P}\p{S}]/gu;
// Every default-ignorable and format character, for the e-mail check only (ZWNJ/ZWJ/LRM included).
const ignorableChars = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/** "60 حرفاً": a length limit in words. */
export function charLimit(count: number): string {
  return t.charCount(count);
}

/** Multi-line text as stored: NFC, \n line ends, no control characters, at most one blank line in a row. */
export function cleanMultiline(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(unwantedChars, '')
    .replace(invisibleChars, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Single-line text as stored: NFC, no control characters, runs of white space as one space. */
export function cleanLine(value: string): string {
  return value
    .normalize('NFC')
    .replace(unwantedChars, '')
    .replace(invisibleChars, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many characters of `value` a reader sees (a text of only zero-width characters or marks has none). */
export function visibleLength(value: string): number {
  return value.match(visibleChar)?.length ?? 0;
}

/**
 * The text as the e-mail check reads it: compatibility forms folded (fullwidth «＠» → «@»), invisible
 * and format characters removed, spaces around «@» dropped, so «sara\u200b@example.com» and
 * «sara＠example.com» are found like «sara@example.com».
 */
function foldForEmailCheck(value: string): string {
  return value
    .normalize('NFKC')
    .replace(ignorableChars, '')
    .replace(/\s*@\s*/g, '@');
}

export function isValidEmail(value: string): boolean {
  return value.length <= commentLimits.emailMax && emailPattern.test(value);
}

export function containsEmail(value: string): boolean {
  return emailInText.test(foldForEmailCheck(value));
}

/** Does the text contain an at sign in any of its forms («@», «＠», «﹫»)? */
export function containsAtSign(value: string): boolean {
  return foldForEmailCheck(value).includes('@');
}

/**
 * A reader's website as a safe absolute http(s) URL, or undefined when it is not one. "example.com"
 * becomes "https://example.com/"; other schemes (javascript:, data:) and credentials are refused.
 */
export function normaliseWebsite(value: string): string | undefined {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || !url.hostname.includes('.') || url.hostname.endsWith('.'))
    return undefined;
  return url.href;
}

/** A text field's value: '' when absent, undefined when it is not text (a number, an array, an object, a file). */
function text(raw: Record<string, unknown>, field: string): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

const e = t.commentErrors;

/** Checks a submission (form fields or JSON object) and returns it normalised, or the reasons it fails. */
export function validateComment(
  raw: Record<string, unknown>,
  context: ValidationContext,
): ValidationResult {
  // Anything in the honeypot, of any type (a string, an array, a number), is a bot.
  const honeypot = raw[commentFields.honeypot];
  if (
    honeypot !== undefined &&
    honeypot !== null &&
    (typeof honeypot !== 'string' || honeypot.trim() !== '')
  )
    return { kind: 'spam' };

  const errors: CommentErrors = {};
  const L = commentLimits;

  const bodyText = text(raw, commentFields.body);
  const body = cleanMultiline(bodyText ?? '');
  const bodyVisible = visibleLength(body);
  if (bodyText === undefined) errors.body = e.notText;
  else if (bodyVisible === 0) errors.body = e.bodyRequired;
  else if (bodyVisible < L.bodyMin) errors.body = e.bodyTooShort(charLimit(L.bodyMin));
  else if (body.length > L.bodyMax) errors.body = e.bodyTooLong(charLimit(L.bodyMax));
  else if (containsEmail(body)) errors.body = e.bodyHasEmail;

  const nameText = text(raw, commentFields.name);
  const name = cleanLine(nameText ?? '');
  const nameVisible = visibleLength(name);
  if (nameText === undefined) errors.name = e.notText;
  else if (nameVisible === 0) errors.name = e.nameRequired;
  else if (nameVisible < L.nameMin) errors.name = e.nameTooShort(charLimit(L.nameMin));
  else if (name.length > L.nameMax) errors.name = e.nameTooLong(charLimit(L.nameMax));
  else if (containsEmail(name) || containsAtSign(name)) errors.name = e.nameHasEmail;

  const emailText = text(raw, commentFields.email);
  const email = cleanLine(emailText ?? '');
  if (emailText === undefined) errors.email = e.notText;
  else if (!email) errors.email = e.emailRequired;
  else if (email.length > L.emailMax) errors.email = e.emailTooLong(charLimit(L.emailMax));
  else if (!isValidEmail(email)) errors.email = e.emailInvalid;

  const websiteRaw = text(raw, commentFields.website);
  const websiteText = cleanLine(websiteRaw ?? '');
  let website: string | null = null;
  if (websiteRaw === undefined) errors.website = e.notText;
  else if (websiteText) {
    const normalised = normaliseWebsite(websiteText);
    if (websiteText.length > L.websiteMax || (normalised && normalised.length > L.websiteMax)) {
      errors.website = e.websiteTooLong(charLimit(L.websiteMax));
    } else if (!normalised) errors.website = e.websiteInvalid;
    else website = normalised;
  }

  const article = cleanLine(text(raw, commentFields.article) ?? '');
  if (!article || article.length > 200 || !context.articleExists(article))
    errors.article = e.articleUnknown;

  const parentRaw = text(raw, commentFields.parent);
  const parentText = cleanLine(parentRaw ?? '');
  const parent = parentText || null;
  if (parentRaw === undefined) errors.parent = e.parentUnknown;
  else if (
    parent !== null &&
    (!commentIdPattern.test(parent) || parent.length > 64 || !context.parentExists(parent, article))
  ) {
    errors.parent = e.parentUnknown;
  }

  // The timestamp alone may be a JSON number.
  const stamp = raw[commentFields.timestamp];
  const timestampText =
    typeof stamp === 'number' ? String(stamp) : typeof stamp === 'string' ? stamp.trim() : '';
  const shownAt = /^\d{1,15}$/.test(timestampText) ? Number(timestampText) : Number.NaN;
  const maxAge = context.maxFormAgeMs ?? L.formMaxAgeMs;
  if (!Number.isFinite(shownAt) || shownAt > context.now + L.futureSkewMs)
    errors.ts = e.timestampInvalid;
  else if (context.now - shownAt > maxAge) errors.ts = e.formExpired;
  else if (context.now - shownAt < context.minElapsedMs) errors.ts = e.tooFast;

  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return { kind: 'valid', comment: { article, parent, name, email, website, body } };
}
