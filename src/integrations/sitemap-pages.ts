// Reads back, for the sitemap (sitemap.ts), what each built page says about itself: whether it asks
// not to be indexed (404, search) and its og:updated_time (the sitemap's lastmod: `updated`, else
// `date`, of an article; the newest such change among a list's articles). Both are <meta> tags in
// <head>, so only the head of each page is read (a quarter of an article page), into one reused
// buffer, and only for pages written since the last build: what was read is kept in the build cache
// by file, size and modification time (a page an incremental build skipped keeps all three).
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { isNoindexHtml, lastmodFromHtml } from '../lib/seo/head';
import type { BuiltPage } from './built-files';

export interface BuiltPageInfo {
  noindex: boolean;
  lastmod?: Date;
}

const chunk = Buffer.alloc(16 * 1024);

/** The start of an HTML file up to and including `</head>` (the whole file if it has none). */
export function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    let head = '';
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return head;
      // Split UTF-8 sequences at a chunk edge only garble text, not the ASCII markers searched for.
      head += chunk.toString('utf8', 0, read);
      const end = head.indexOf('</head>');
      if (end >= 0) return head.slice(0, end + 7);
    }
  } finally {
    closeSync(fd);
  }
}

interface CachedHead {
  size: number;
  mtimeMs: number;
  noindex: boolean;
  lastmod?: string;
}

const cacheVersion = 1;

/**
 * What each page of `pages` (files of `outDir`) says about itself, by file. With `cacheFile`, pages
 * whose size and modification time are those of the last call are not read again.
 */
export function readPageHeads(
  outDir: string,
  pages: readonly BuiltPage[],
  cacheFile?: string,
): Map<string, BuiltPageInfo> {
  let cached: Record<string, CachedHead> = {};
  if (cacheFile) {
    try {
      const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
        version: number;
        pages: Record<string, CachedHead>;
      };
      if (saved.version === cacheVersion) cached = saved.pages;
    } catch {
      // First build, or no cache: every head is read.
    }
  }
  const next: Record<string, CachedHead> = Object.create(null) as Record<string, CachedHead>;
  const heads = new Map<string, BuiltPageInfo>();
  for (const page of pages) {
    let entry = Object.hasOwn(cached, page.file) ? cached[page.file] : undefined;
    if (!entry || entry.size !== page.size || entry.mtimeMs !== page.mtimeMs) {
      let head = '';
      try {
        head = readHead(path.join(outDir, page.file));
      } catch {
        // Removed meanwhile (should not happen): listed without lastmod.
      }
      entry = {
        size: page.size,
        mtimeMs: page.mtimeMs,
        noindex: isNoindexHtml(head),
        lastmod: lastmodFromHtml(head)?.toISOString(),
      };
    }
    next[page.file] = entry;
    heads.set(page.file, {
      noindex: entry.noindex,
      lastmod: entry.lastmod ? new Date(entry.lastmod) : undefined,
    });
  }
  if (cacheFile) {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(`${cacheFile}.tmp`, JSON.stringify({ version: cacheVersion, pages: next }));
    renameSync(`${cacheFile}.tmp`, cacheFile);
  }
  return heads;
}
