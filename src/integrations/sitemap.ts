// sitemap-index.xml and sitemap-N.xml, written in the post-build child process from the pages the
// build's output folder holds: every page except those that ask not to be indexed (404, search, the
// comment thanks page), lastmod from each page's og:updated_time (sitemap-pages.ts reads the heads,
// those of unchanged pages from its cache). The files @astrojs/sitemap wrote, with the `sitemap`
// package it uses, without its URL sort by String#localeCompare with options (seconds at ten thousand
// pages) and without reading every page's head at every build.
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SitemapAndIndexStream, SitemapStream } from 'sitemap';
import { builtFileUrl } from '../lib/routes';
import type { BuiltPage } from './built-files';
import { readPageHeads } from './sitemap-pages';

export interface SitemapJob {
  outDir: string;
  cacheDir: string;
  /** SITE_URL, e.g. "https://news.example.org". */
  site: string;
  /** Astro's base ("/" or "/afaq/"). */
  basePath: string;
  /** The HTML pages of the output folder (built-files.ts). */
  pages: readonly BuiltPage[];
}

/** URLs per sitemap file (the protocol allows 50,000). */
const limit = 45_000;
const collator = new Intl.Collator('en', { numeric: true });
const statusPages = new Set(['404.html', '500.html']);

/** Writes the sitemaps; returns the number of URLs listed. */
export async function writeSitemaps(job: SitemapJob): Promise<number> {
  const root = new URL(job.basePath, `${job.site.replace(/\/+$/, '')}/`);
  const heads = readPageHeads(
    job.outDir,
    job.pages,
    path.join(job.cacheDir, 'afaq-post-build', 'page-heads.json'),
  );
  const items: Array<{ url: string; lastmod?: string }> = [];
  for (const page of job.pages) {
    const head = heads.get(page.file)!;
    if (statusPages.has(page.file) || head.noindex) continue;
    const url = new URL(builtFileUrl(page.file, job.basePath), root).href;
    items.push({ url, lastmod: head.lastmod?.toISOString() });
  }
  items.sort((a, b) => collator.compare(a.url, b.url));
  const stream = new SitemapAndIndexStream({
    limit,
    getSitemapStream: (i) => {
      const sitemap = new SitemapStream({
        hostname: root.href,
        xmlns: { news: true, xhtml: true, image: true, video: true },
      });
      const file = `sitemap-${i}.xml`;
      const written = sitemap.pipe(createWriteStream(path.join(job.outDir, file)));
      const lastmod = newest(items.slice(i * limit, (i + 1) * limit));
      return [{ url: new URL(file, root).href, lastmod }, sitemap, written];
    },
  });
  await pipeline(
    Readable.from(items),
    stream,
    createWriteStream(path.join(job.outDir, 'sitemap-index.xml')),
  );
  return items.length;
}

function newest(items: ReadonlyArray<{ lastmod?: string }>): string | undefined {
  let latest: string | undefined;
  for (const item of items)
    if (item.lastmod && (!latest || item.lastmod > latest)) latest = item.lastmod;
  return latest;
}
