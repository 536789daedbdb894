// Builds the Pagefind search index after `astro build` (npm run build and test builds alike), from
// the pages in the build's output folder (OUT_DIR). Result URLs get the base path in the browser.
// Runs in the post-build child process (src/integrations/post-build.ts), not in Astro's.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { builtFileUrl } from '../lib/routes';
import { listBuiltFiles } from './built-files';
import { searchArticleOf } from '../lib/search/indexing';
import {
  buildSearchLexicon,
  searchRecord,
  searchText,
  type SearchArticle,
} from '../lib/search/record';
import { site } from '../site.config';

/** The built HTML pages of `dir` (absolute paths, sorted), without Pagefind's own files. */
async function htmlFiles(dir: string): Promise<string[]> {
  return (await listBuiltFiles(dir))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => path.join(dir, file));
}

/** Indexes the built pages of `outDir` into `outDir/pagefind/`; throws on any indexing error. */
export async function buildSearchIndex(
  outDir: string,
  log: (message: string) => void,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Two passes: every article read once (its text and metadata kept, not its HTML), the corpus's
  // lexicon built from them, then each article's record (src/lib/search/record.ts) indexed.
  const articles: SearchArticle[] = [];
  for (const file of await htmlFiles(outDir)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    // URLs without the base path: the search page sets Pagefind's baseUrl to it (SearchBox.astro).
    const article = searchArticleOf(html, builtFileUrl(path.relative(outDir, file), '/'));
    if (article) articles.push(article);
  }
  const lexicon = buildSearchLexicon(articles.map(searchText));
  // Pagefind indexes in its own process: keep a few records in flight so that it works while the
  // next ones are prepared here (bounded, so memory stays flat).
  const inFlight = new Set<Promise<void>>();
  const failures: string[] = [];
  for (const article of articles) {
    const record = searchRecord(article, lexicon, { timeZone: site.timeZone });
    const task: Promise<void> = index
      .addHTMLFile({ url: record.url, content: record.html })
      .then((added) => {
        if (added.errors.length) failures.push(`${article.url}: ${added.errors.join('; ')}`);
      })
      .catch((error: unknown) => {
        failures.push(`${article.url}: ${String(error)}`);
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= 16) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failures.length) throw new Error(`Pagefind: ${failures.join('\n')}`);
  // The output folder is not emptied between builds: the last build's index goes first.
  await rm(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  log(
    `search index: ${articles.length} pages → ${path.relative(process.cwd(), written.outputPath) || written.outputPath}`,
  );
}
