// Builds the Pagefind search index after `astro build` (npm run build and test builds alike), from
// the pages in the build's output folder (OUT_DIR). Result URLs get the base path in the browser.
// Runs in the post-build child process (src/integrations/post-build.ts), not in Astro's.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { builtFileUrl } from '../lib/routes';
import { listBuiltFiles } from './built-files';
import {
  excludedFromIndex,
  indexedText,
  prepareForIndex,
  vocabularyOf,
} from '../lib/search/indexing';

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
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'ar',
    excludeSelectors: [...excludedFromIndex],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Two passes: the vocabulary of all articles first, so that proclitics are only removed
  // where the bare word occurs in the corpus (see extraSearchForms). Only the texts are kept
  // between the passes (not every page's HTML: thousands of pages); the second pass splices
  // into the HTML without parsing it into a tree again (see prepareForIndex).
  const indexed: string[] = [];
  const texts: string[] = [];
  for (const file of await htmlFiles(outDir)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const text = indexedText(html);
    if (text === undefined) continue;
    indexed.push(file);
    texts.push(text);
  }
  const vocabulary = vocabularyOf(texts);
  // Pagefind indexes in its own process: keep a few pages in flight so that it works while
  // the next pages are read and prepared here (bounded, so memory stays flat).
  const inFlight = new Set<Promise<void>>();
  const failures: string[] = [];
  for (const [i, file] of indexed.entries()) {
    // Trimmed to what Pagefind reads (metadata tags and the indexed element): less to send and parse.
    const content = prepareForIndex(await readFile(file, 'utf8'), vocabulary, texts[i], {
      trim: true,
    })!;
    // URLs without the base path: the search page sets Pagefind's baseUrl to it (SearchBox.astro).
    const task: Promise<void> = index
      .addHTMLFile({ url: builtFileUrl(path.relative(outDir, file), '/'), content })
      .then((added) => {
        if (added.errors.length) failures.push(`${file}: ${added.errors.join('; ')}`);
      })
      .catch((error: unknown) => {
        failures.push(`${file}: ${String(error)}`);
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= 16) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failures.length) throw new Error(`Pagefind: ${failures.join('\n')}`);
  const pages = indexed.length;
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  log(
    `search index: ${pages} pages → ${path.relative(process.cwd(), written.outputPath) || written.outputPath}`,
  );
}
