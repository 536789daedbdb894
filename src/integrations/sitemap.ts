// sitemap-index.xml and sitemap-N.xml, written in the post-build child process from the pages Astro
// built: every page except those that ask not to be indexed (404, search, the comment thanks page),
// lastmod from each page's og:updated_time (both read by page-scan.ts, unchanged pages from its
// cache). The same files @astrojs/sitemap wrote (the sitemaps protocol, with the news, xhtml, image and
// video namespaces declared), written directly: its URL sort by String#localeCompare with options, and
// its stream per URL, cost seconds at ten thousand pages.
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { builtFileUrl } from '../lib/routes';
import type { BuiltPage } from './built-files';
import type { PageScan } from './page-scan';

export interface SitemapJob {
  outDir: string;
  /** SITE_URL, e.g. "https://news.example.org". */
  site: string;
  /** Astro's base ("/" or "/afaq/"). */
  basePath: string;
  /** The HTML pages Astro built (built-files.ts). */
  pages: readonly BuiltPage[];
  scan: PageScan;
}

/** URLs per sitemap file (the protocol allows 50,000). */
export const sitemapLimit = 45_000;
const statusPages = new Set(['404.html', '500.html']);
const namespaces =
  'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" ' +
  'xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" ' +
  'xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"';
const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
const entry = (tag: string, loc: string, lastmod?: string) =>
  `<${tag}><loc>${xml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</${tag}>`;

/** Writes the sitemaps; returns the number of URLs listed. */
export async function writeSitemaps(job: SitemapJob, limit = sitemapLimit): Promise<number> {
  const root = new URL(job.basePath, `${job.site.replace(/\/+$/, '')}/`);
  const items: Array<{ url: string; lastmod?: string }> = [];
  for (const page of job.pages) {
    const facts = job.scan.pages.get(page.file);
    if (statusPages.has(page.file) || !facts || facts.noindex) continue;
    items.push({
      url: new URL(builtFileUrl(page.file, job.basePath), root).href,
      lastmod: facts.lastmod,
    });
  }
  // Code-point order: the same at every build, whatever the locale.
  items.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const index: string[] = [];
  for (let i = 0; i * limit < Math.max(items.length, 1); i++) {
    const chunk = items.slice(i * limit, (i + 1) * limit);
    const file = `sitemap-${i}.xml`;
    await writeFile(
      path.join(job.outDir, file),
      `<?xml version="1.0" encoding="UTF-8"?><urlset ${namespaces}>` +
        chunk.map((item) => entry('url', item.url, item.lastmod)).join('') +
        '</urlset>',
    );
    const newest = chunk.reduce<string | undefined>(
      (latest, item) =>
        item.lastmod && (!latest || item.lastmod > latest) ? item.lastmod : latest,
      undefined,
    );
    index.push(entry('sitemap', new URL(file, root).href, newest));
  }
  // The files of an earlier, larger build.
  for (const file of await readdir(job.outDir)) {
    const n = /^sitemap-(\d+)\.xml$/.exec(file)?.[1];
    if (n !== undefined && Number(n) >= index.length) await rm(path.join(job.outDir, file));
  }
  await writeFile(
    path.join(job.outDir, 'sitemap-index.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index.join('')}</sitemapindex>`,
  );
  return items.length;
}
