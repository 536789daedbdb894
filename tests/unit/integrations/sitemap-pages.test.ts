// The sitemap reads noindex and lastmod from the head of each built page only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPageReader, readHead } from '../../../src/integrations/sitemap-pages';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afaq-sitemap-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(relative: string, html: string): string {
  const file = path.join(dir, relative);
  writeFileSync(file, html);
  return file;
}

describe('readHead', () => {
  it('stops at </head> even when the head spans several reads, Arabic text included', () => {
    const filler = 'خبر '.repeat(6000); // ~48 KB of two-byte letters before the tag
    const file = page(
      'long.html',
      `<html><head><title>${filler}</title><meta property="og:updated_time" content="2024-11-02T10:00:00.000Z"></head><body>${'x'.repeat(1000)}<meta name="robots" content="noindex"></body></html>`,
    );
    const head = readHead(file);
    expect(head.endsWith('</head>')).toBe(true);
    expect(head).toContain('og:updated_time');
    expect(head).not.toContain('<body>');
  });

  it('returns the whole file when it has no head end', () => {
    expect(readHead(page('bare.html', '<p>قصير</p>'))).toBe('<p>قصير</p>');
  });
});

describe('builtPageReader', () => {
  it('reads lastmod and noindex from a page under the base path, ignoring the body', () => {
    const sub = path.join(dir, 'articles');
    rmSync(sub, { recursive: true, force: true });
    writeFileSync(
      path.join(dir, '404.html'),
      '<html><head><meta name="robots" content="noindex, follow"></head><body></body></html>',
    );
    page(
      'index.html',
      '<html><head><meta property="og:updated_time" content="2024-11-02T10:00:00.000Z"></head><body><meta name="robots" content="noindex"></body></html>',
    );
    const read = builtPageReader(dir, 'https://example.org', '/afaq/');
    expect(read('https://example.org/afaq/')).toEqual({
      noindex: false,
      lastmod: new Date('2024-11-02T10:00:00.000Z'),
    });
    expect(read('https://example.org/afaq/404.html')).toEqual({
      noindex: true,
      lastmod: undefined,
    });
    expect(read('https://example.org/afaq/missing/')).toEqual({
      noindex: false,
      lastmod: undefined,
    });
  });
});
