import { describe, expect, it } from 'vitest';
import {
  cleanLine,
  cleanMultiline,
  commentLimits,
  containsEmail,
  isValidEmail,
  normaliseWebsite,
  validateComment,
  type ValidationContext,
} from '../../../src/lib/comments/validation';
import { t } from '../../../src/i18n/ar';

const now = Date.UTC(2024, 10, 12, 10, 0, 0);
const context: ValidationContext = {
  now,
  minElapsedMs: 3000,
  articleExists: (id) => id === 'oil-prices-fall',
  parentExists: (id, article) => id === 'm1a2b3c4-0001' && article === 'oil-prices-fall',
};
const valid = {
  body: 'تعليق مفيد عن أسعار النفط.',
  name: 'سارة',
  email: 'sara@example.com',
  website: '',
  article: 'oil-prices-fall',
  parent: '',
  ts: String(now - 60_000),
  extra_field: '',
};
const e = t.commentErrors;

describe('validateComment', () => {
  it('accepts a complete comment and normalises it', () => {
    const result = validateComment(
      {
        ...valid,
        body: '  سطر أول\r\nسطر ثانٍ\n\n\n\nفقرة  ',
        name: '  سارة   أحمد ',
        website: 'example.org/blog',
      },
      context,
    );
    expect(result).toEqual({
      kind: 'valid',
      comment: {
        article: 'oil-prices-fall',
        parent: null,
        name: 'سارة أحمد',
        email: 'sara@example.com',
        website: 'https://example.org/blog',
        body: 'سطر أول\nسطر ثانٍ\n\nفقرة',
      },
    });
  });

  it('accepts a reply to a published comment', () => {
    const result = validateComment({ ...valid, parent: 'm1a2b3c4-0001' }, context);
    expect(result.kind === 'valid' && result.comment.parent).toBe('m1a2b3c4-0001');
  });

  it.each([
    ['body', { body: '' }, e.bodyRequired],
    ['body', { body: '   \n ' }, e.bodyRequired],
    ['body', { body: 'ا' }, e.bodyTooShort('حرفان')],
    ['body', { body: 'ب'.repeat(commentLimits.bodyMax + 1) }, e.bodyTooLong('5000 حرف')],
    ['body', { body: 'راسلني على me@example.com' }, e.bodyHasEmail],
    ['name', { name: '' }, e.nameRequired],
    ['name', { name: 'س' }, e.nameTooShort('حرفان')],
    ['name', { name: 'س'.repeat(61) }, e.nameTooLong('60 حرفاً')],
    ['name', { name: 'sara@example.com' }, e.nameHasEmail],
    ['email', { email: '' }, e.emailRequired],
    ['email', { email: 'sara@' }, e.emailInvalid],
    ['email', { email: 'sara@localhost' }, e.emailInvalid],
    ['email', { email: 'سارة@example.com' }, e.emailInvalid],
    ['email', { email: `${'a'.repeat(250)}@example.com` }, e.emailTooLong('254 حرفاً')],
    ['website', { website: 'javascript:alert(1)' }, e.websiteInvalid],
    ['website', { website: 'ftp://example.com' }, e.websiteInvalid],
    ['website', { website: 'https://user:pass@example.com' }, e.websiteInvalid],
    ['website', { website: 'not a url' }, e.websiteInvalid],
    ['website', { website: `https://example.com/${'a'.repeat(200)}` }, e.websiteTooLong('200 حرف')],
    ['article', { article: '' }, e.articleUnknown],
    ['article', { article: 'no-such-article' }, e.articleUnknown],
    ['parent', { parent: 'm1a2b3c4-9999' }, e.parentUnknown],
    ['parent', { parent: '../../etc/passwd' }, e.parentUnknown],
    ['ts', { ts: '' }, e.timestampInvalid],
    ['ts', { ts: 'yesterday' }, e.timestampInvalid],
    ['ts', { ts: String(now + 10 * 60_000) }, e.timestampInvalid],
    ['ts', { ts: String(now - 1000) }, e.tooFast],
  ] as const)('refuses a bad %s with its Arabic reason (%j)', (field, change, reason) => {
    const result = validateComment({ ...valid, ...change }, context);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.errors).toEqual({ [field]: reason });
    expect(reason).toMatch(/[\u0600-\u06FF]/);
  });

  it('reports every bad field at once', () => {
    const result = validateComment({ ts: String(now - 60_000) }, context);
    expect(result.kind === 'invalid' && Object.keys(result.errors).sort()).toEqual([
      'article',
      'body',
      'email',
      'name',
    ]);
  });

  it('treats a filled honeypot as spam, whatever else is posted', () => {
    expect(validateComment({ ...valid, extra_field: 'https://spam.example' }, context)).toEqual({
      kind: 'spam',
    });
    expect(validateComment({ extra_field: 'x' }, context)).toEqual({ kind: 'spam' });
  });

  it('refuses values that are not text (an object, a number, an array, a repeated form field)', () => {
    for (const body of [{ html: '<b>x</b>' }, 12345, ['a', 'b']]) {
      const result = validateComment({ ...valid, body }, context);
      expect(result.kind === 'invalid' && result.errors.body).toBe(e.notText);
    }
    const name = validateComment({ ...valid, name: 42 }, context);
    expect(name.kind === 'invalid' && name.errors.name).toBe(e.notText);
    // Only the timestamp may be a JSON number.
    expect(validateComment({ ...valid, ts: now - 60_000 }, context).kind).toBe('valid');
  });

  it('counts visible characters: zero-width characters and marks alone are empty', () => {
    const name = validateComment({ ...valid, name: '\u200b\u200b\u3164' }, context);
    expect(name.kind === 'invalid' && name.errors.name).toBe(e.nameRequired);
    const body = validateComment({ ...valid, body: '\u200b\u200c\u200d\u2060\ufeff' }, context);
    expect(body.kind === 'invalid' && body.errors.body).toBe(e.bodyRequired);
    const marks = validateComment({ ...valid, body: 'ًٌٍَُ' }, context);
    expect(marks.kind === 'invalid' && marks.errors.body).toBe(e.bodyRequired);
    // ZWNJ inside a Persian word is kept; a zero-width space is removed.
    const kept = validateComment({ ...valid, body: 'می‌خواهم\u200bبگویم' }, context);
    expect(kept.kind === 'valid' && kept.comment.body).toBe('می‌خواهمبگویم');
  });

  it('finds e-mail addresses hidden with invisible or fullwidth characters', () => {
    for (const body of [
      'راسلني sara\u200b@example.com',
      'راسلني sara＠example.com',
      'sara @ example.com',
      'sara﹫ｅｘａｍｐｌｅ．ｃｏｍ',
    ]) {
      const result = validateComment({ ...valid, body }, context);
      expect(result.kind === 'invalid' && result.errors.body, body).toBe(e.bodyHasEmail);
    }
    const name = validateComment({ ...valid, name: 'سارة＠' }, context);
    expect(name.kind === 'invalid' && name.errors.name).toBe(e.nameHasEmail);
  });

  it('refuses a honeypot of any type, and a form older than the limit', () => {
    for (const honeypot of [['x'], 1, { a: 1 }, 'x']) {
      expect(validateComment({ ...valid, extra_field: honeypot }, context).kind).toBe('spam');
    }
    const old = validateComment({ ...valid, ts: '0' }, context);
    expect(old.kind === 'invalid' && old.errors.ts).toBe(e.formExpired);
  });
});

describe('text helpers', () => {
  it('removes control and bidi override characters and keeps paragraphs', () => {
    expect(cleanMultiline('أ\u202Eب\u0007\r\n\r\n\r\n\r\nج\t د')).toBe('أب\n\nج  د');
    expect(cleanLine(' a\n\tb\u2066c ')).toBe('a bc');
  });

  it('recognises e-mail addresses', () => {
    expect(isValidEmail('first.last+tag@sub.example.co')).toBe(true);
    expect(isValidEmail('no-at-sign.example.com')).toBe(false);
    expect(containsEmail('كلمني على ali.h@mail.example.org غداً')).toBe(true);
    expect(containsEmail('تابعوني @ali_h')).toBe(false);
  });

  it('normalises websites to safe http(s) URLs', () => {
    expect(normaliseWebsite('example.com')).toBe('https://example.com/');
    expect(normaliseWebsite('http://example.com/a?b=1')).toBe('http://example.com/a?b=1');
    expect(normaliseWebsite('data:text/html,x')).toBeUndefined();
    expect(normaliseWebsite('localhost')).toBeUndefined();
  });
});
