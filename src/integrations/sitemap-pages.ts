// Reads back, for @astrojs/sitemap, what each built page says about itself: whether it asks not to
// be indexed (404, search) and its og:updated_time (the sitemap's lastmod: `updated`, else `date`,
// of an article; the newest such change among a list's articles).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isNoindexHtml, lastmodFromHtml } from '../lib/seo';

export interface BuiltPageInfo {
  noindex: boolean;
  lastmod?: Date;
}

export function builtPageReader(outDir: string, siteUrl: string, basePath: string): (url: string) => BuiltPageInfo {
  const cache = new Map<string, BuiltPageInfo>();
  const root = new URL(basePath, `${siteUrl.replace(/\/+$/, '')}/`).pathname;
  return (url) => {
    let info = cache.get(url);
    if (!info) {
      const pathname = decodeURIComponent(new URL(url).pathname);
      const relative = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
      const file = path.join(outDir, relative.endsWith('.html') ? relative : path.join(relative, 'index.html'));
      let html = '';
      try {
        html = readFileSync(file, 'utf8');
      } catch {
        // Not an HTML page of ours (should not happen): list it without lastmod.
      }
      info = { noindex: isNoindexHtml(html), lastmod: lastmodFromHtml(html) };
      cache.set(url, info);
    }
    return info;
  };
}
