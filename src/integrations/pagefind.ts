// Builds the Pagefind search index after `astro build` (npm run build and test builds alike), from
// the pages in the build's output folder (OUT_DIR). Result URLs get the base path in the browser.
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { excludedFromIndex, indexedText, pageUrl, prepareForIndex, vocabularyOf } from '../lib/search-index';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(path.join(dir, 'pagefind') + path.sep))
    .sort();
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'afaq-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar', excludeSelectors: [...excludedFromIndex] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Two passes: the vocabulary of all articles first, so that proclitics are only removed
        // where the bare word occurs in the corpus (see extraSearchForms).
        const pagesHtml = new Map<string, string>();
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          if (indexedText(html) !== undefined) pagesHtml.set(file, html);
        }
        const vocabulary = vocabularyOf([...pagesHtml.values()].map((html) => indexedText(html)!));
        let pages = 0;
        for (const [file, html] of pagesHtml) {
          const content = prepareForIndex(html, vocabulary)!;
          // URLs without the base path: the search page sets Pagefind's baseUrl to it (SearchBox.astro).
          const added = await index.addHTMLFile({ url: pageUrl(path.relative(outDir, file), '/'), content });
          if (added.errors.length) throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${pages} pages → ${path.relative(process.cwd(), written.outputPath) || written.outputPath}`);
      },
    },
  };
}
