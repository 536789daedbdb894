// The receiver's pure parts: client addresses, media types, terminal output, article titles,
// passwords and the login guard, the moderators' notification text.
import { describe, expect, it } from 'vitest';
import { mediaType } from '../../../server/comments/app';
import { firstHeading } from '../../../server/comments/articles';
import { createLoginGuard, hashPassword, verifyPassword } from '../../../server/comments/auth';
import { clientAddress } from '../../../server/comments/client-address';
import { messageText } from '../../../server/comments/notify';
import { forTerminal } from '../../../server/comments/terminal';

describe('clientAddress', () => {
  it('is the socket address unless a trusted proxy appended a real IP address', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.7', false)).toBe('10.0.0.5');
    expect(clientAddress('127.0.0.1', '198.51.100.1, 203.0.113.7', true)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', ' 2001:db8::1 ', true)).toBe('2001:db8::1');
    expect(clientAddress('127.0.0.1', `${'x'.repeat(8000)}`, true)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '203.0.113.7, evil', true)).toBe('127.0.0.1');
    expect(clientAddress(undefined, undefined, true)).toBe('unknown');
  });
});

describe('mediaType', () => {
  it('is the type/subtype alone, lower-cased', () => {
    expect(mediaType('Application/JSON; charset=utf-8')).toBe('application/json');
    expect(mediaType('application/jsonpxyz')).toBe('application/jsonpxyz');
    expect(mediaType('multipart/form-data; boundary=x')).toBe('multipart/form-data');
    expect(mediaType(undefined)).toBe('');
  });
});

describe('forTerminal', () => {
  it('shows control characters and bidi overrides as escapes', () => {
    expect(forTerminal('a\u001b[31mb\u0007\u202ec\u0085')).toBe(
      'a\\u{1b}[31mb\\u{7}\\u{202e}c\\u{85}',
    );
    expect(forTerminal('سطر\nثانٍ')).toBe('سطر\\u{a}ثانٍ');
    expect(forTerminal('سطر\nثانٍ\r', { keepNewlines: true })).toBe('سطر\nثانٍ\\u{d}');
    expect(forTerminal('tab\there')).toBe('tab here');
  });
});

describe('firstHeading', () => {
  it('reads the text of the first h1, entities decoded', () => {
    expect(
      firstHeading(
        '<title>x</title><header><h1 class="t">أسعار <em>النفط</em> &amp; الغاز</h1></header><h1>ثانٍ</h1>',
      ),
    ).toBe('أسعار النفط & الغاز');
    expect(firstHeading('<p>لا عنوان</p>')).toBeUndefined();
  });
});

describe('passwords and the login guard', () => {
  it('hashes with scrypt and a random salt; verifies only the right password', async () => {
    const [a, b] = await Promise.all([
      hashPassword('correct horse battery'),
      hashPassword('correct horse battery'),
    ]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('anything', undefined)).toBe(false);
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
  });

  it('locks a name after N failures and limits attempts per address, each for the window', () => {
    const guard = createLoginGuard({ attemptsPerClient: 4, failuresPerName: 2, windowMs: 60_000 });
    expect(guard.attempt('1.1.1.1', 'layla', 0).allowed).toBe(true);
    guard.failed('layla', 0);
    expect(guard.attempt('2.2.2.2', 'layla', 1).allowed).toBe(true);
    guard.failed('layla', 1);
    expect(guard.attempt('3.3.3.3', 'layla', 2)).toMatchObject({
      allowed: false,
      reason: 'locked',
    });
    expect(guard.attempt('3.3.3.3', 'layla', 60_001).allowed).toBe(true);
    for (let i = 0; i < 4; i++) expect(guard.attempt('9.9.9.9', `name${i}`, 10).allowed).toBe(true);
    expect(guard.attempt('9.9.9.9', 'other', 10)).toMatchObject({
      allowed: false,
      reason: 'client',
    });
    guard.succeeded('9.9.9.9', 'other');
    expect(guard.attempt('9.9.9.9', 'other', 11).allowed).toBe(true);
  });
});

describe('messageText', () => {
  it('lists the comments (at most the ones given) with their article and the moderation link', () => {
    const text = messageText(
      [
        {
          id: 'a-1',
          article: 'oil',
          articleTitle: 'أسعار النفط',
          name: 'سارة',
          body: 'نص  طويل\nجداً',
          createdAt: '2026-12-01T10:00:00Z',
        },
      ],
      4,
      'https://news.example.org/comments-admin/',
    );
    expect(text).toBe(
      [
        'تعليقات جديدة بانتظار المراجعة: 5',
        '',
        '• سارة — أسعار النفط',
        '  نص طويل جداً',
        '',
        'وتعليقات أخرى: 4',
        '',
        'صفحة المراجعة: https://news.example.org/comments-admin/',
      ].join('\n'),
    );
  });
});
