// The sitemap reads noindex and lastmod from the head of each built page only.
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../../src/integrations/built-files';
import { readHead, readPageHeads } from '../../../src/integrations/sitemap-pages';

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

describe('readPageHeads', () => {
  it('reads lastmod and noindex from the head of each page, ignoring the body', () => {
    const pages = [
      page(
        '404.html',
        '<html><head><meta name="robots" content="noindex, follow"></head><body></body></html>',
      ),
      page(
        'index.html',
        '<html><head><meta property="og:updated_time" content="2024-11-02T10:00:00.000Z"></head><body><meta name="robots" content="noindex"></body></html>',
      ),
    ].map((file) => builtPage(file));
    const heads = readPageHeads(dir, pages);
    expect(heads.get('index.html')).toEqual({
      noindex: false,
      lastmod: new Date('2024-11-02T10:00:00.000Z'),
    });
    expect(heads.get('404.html')).toEqual({ noindex: true, lastmod: undefined });
  });

  it('reads a page again only when its size or modification time changed', () => {
    const cache = path.join(dir, 'cache', 'heads.json');
    const file = page(
      'cached.html',
      '<html><head><meta property="og:updated_time" content="2024-01-01T00:00:00.000Z"></head></html>',
    );
    const written = new Date('2024-06-01T00:00:00Z');
    utimesSync(file, written, written);
    expect(readPageHeads(dir, [builtPage(file)], cache).get('cached.html')?.lastmod).toEqual(
      new Date('2024-01-01T00:00:00.000Z'),
    );
    // Same size and time, different content: the cached answer (an incremental build's skipped page).
    writeFileSync(
      file,
      '<html><head><meta property="og:updated_time" content="2025-01-01T00:00:00.000Z"></head></html>',
    );
    utimesSync(file, written, written);
    expect(readPageHeads(dir, [builtPage(file)], cache).get('cached.html')?.lastmod).toEqual(
      new Date('2024-01-01T00:00:00.000Z'),
    );
    // Rewritten (a new modification time): read again.
    utimesSync(file, written, new Date(written.getTime() + 5000));
    expect(readPageHeads(dir, [builtPage(file)], cache).get('cached.html')?.lastmod).toEqual(
      new Date('2025-01-01T00:00:00.000Z'),
    );
  });
});

function builtPage(file: string): BuiltPage {
  const stats = statSync(file);
  return { file: path.relative(dir, file), size: stats.size, mtimeMs: stats.mtimeMs };
}
