// Reads back, for @astrojs/sitemap, what each built page says about itself: whether it asks not to
// be indexed (404, search) and its og:updated_time (the sitemap's lastmod: `updated`, else `date`,
// of an article; the newest such change among a list's articles). Both are <meta> tags in <head>,
// so only the head of each page is read (a quarter of an article page), into one reused buffer.
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { isNoindexHtml, lastmodFromHtml } from '../lib/seo/head';

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

export function builtPageReader(
  outDir: string,
  siteUrl: string,
  basePath: string,
): (url: string) => BuiltPageInfo {
  const cache = new Map<string, BuiltPageInfo>();
  const root = new URL(basePath, `${siteUrl.replace(/\/+$/, '')}/`).pathname;
  return (url) => {
    let info = cache.get(url);
    if (!info) {
      const pathname = decodeURIComponent(new URL(url).pathname);
      const relative = pathname.startsWith(root)
        ? pathname.slice(root.length)
        : pathname.replace(/^\/+/, '');
      const file = path.join(
        outDir,
        relative.endsWith('.html') ? relative : path.join(relative, 'index.html'),
      );
      let head = '';
      try {
        head = readHead(file);
      } catch {
        // Not an HTML page of ours (should not happen): list it without lastmod.
      }
      info = { noindex: isNoindexHtml(head), lastmod: lastmodFromHtml(head) };
      cache.set(url, info);
    }
    return info;
  };
}
