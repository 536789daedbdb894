// Child process of src/integrations/post-build.ts: `node post-build-worker.ts '<PostBuildJob JSON>'`
// (with scripts/node-options.mjs's flags), forked when Astro has its configuration. When the parent
// says the articles are synced: the related articles; when it says the build started (Astro bundles
// and renders meanwhile): the search index. When it says the pages are written: stale pages removed,
// one read of each page written since the last build (page-scan.ts; in a first build, the pages
// written while the index was made are read before the last one is written), the sitemaps, every
// page's CSP checked, then _headers (after the index, so that it has a rule for pagefind/). Reports
// logs and the first error to the parent over IPC; the parent fails the build with that error's
// message.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readManifest } from '../lib/content/manifest';
import { articlePath, builtFileUrl } from '../lib/routes';
import { timingLine, timingsEnabled } from './build-timing';
import { removeStalePages } from './built-files';
import { collectGarbageIfGrown } from './collect-garbage';
import type { ParentMessage, PostBuildJob, PostBuildMessage } from './post-build';
import { earlyScan, scanPages, type EarlyScan } from './page-scan';
import { computeRelatedFile, readTermsAhead } from './related-job';
import { buildSearchIndex } from './search-index';
import { adminPage, adminPolicy, checkPageCsp, writeHeadersFile } from './security-headers';
import { writeSitemaps } from './sitemap';

const send = (message: PostBuildMessage) =>
  new Promise<void>((resolve) => {
    if (process.send && process.connected) process.send(message, () => resolve());
    else {
      console.log('error' in message ? message.error : JSON.stringify(message));
      resolve();
    }
  });
const timings = timingsEnabled();
/** From this many articles, a first build reads pages while the others render (earlyScan). */
const earlyScanFrom = 2000;

async function step<T>(
  label: string,
  run: (log: (message: string) => void) => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const heapBefore = process.memoryUsage().heapUsed;
  const logs: Promise<void>[] = [];
  const result = await run((log) => logs.push(send({ label, log })));
  collectGarbageIfGrown(heapBefore);
  await Promise.all(logs);
  if (timings) console.log(timingLine(label, performance.now() - started));
  return result;
}

const job = JSON.parse(process.argv[2] ?? '') as PostBuildJob;
// The parent went away (its build failed before the pages were written): nothing left to do.
const orphaned = () => process.exit(1);
process.on('disconnect', orphaned);

let synced: () => void;
let begin: () => void;
let written: (outputs: string[]) => void;
const articlesSynced = new Promise<void>((resolve) => (synced = resolve));
const buildStarted = new Promise<void>((resolve) => (begin = resolve));
const outputs = new Promise<string[]>((resolve) => (written = resolve));
process.on('message', (message: ParentMessage) => {
  if ('synced' in message) synced();
  else if ('start' in message) {
    synced();
    begin();
  } else written(message.outputs);
});

// Meanwhile (Astro starts, then syncs), the last build's related-articles terms; a first build has none.
setImmediate(() => {
  try {
    readTermsAhead(job.cacheDir);
  } catch {
    // Whatever is unreadable is read (and its error met) when the lists are computed.
  }
});

// First the related articles once the articles are synced (the pages wait for them), then the search
// index once the build started (every collection synced: it needs the sections' and writers' names).
const search = articlesSynced
  .then(() =>
    step('afaq-related', async () => {
      await send({ related: await computeRelatedFile(job.cacheDir, job.buildTime) });
    }),
  )
  .then(() => buildStarted)
  .then(() => step('afaq-search-index', (log) => buildSearchIndex(job, log)))
  .then(
    () => undefined,
    async (error: unknown) => {
      // At once: the pages may be waiting for the related lists (the parent then computes them).
      await send({ error: error instanceof Error ? error.message : String(error) });
      return error;
    },
  );

// A first build of a large site (no scan of an earlier one in the cache) reads the pages already
// written while the others render, once the index is done, so that the scan after the last page reads
// only the last ones. A pass a second: each walks the output folder.
const scanCache = path.join(job.cacheDir, 'afaq-post-build', 'pages-scan.json');
let pagesWritten = false;
void outputs.then(() => (pagesWritten = true));
const earlyReading: Promise<EarlyScan | undefined> = existsSync(scanCache)
  ? Promise.resolve(undefined)
  : search
      .then(async () => {
        if (pagesWritten || readManifest(job.cacheDir, 'articles').length < earlyScanFrom) return;
        const early = earlyScan(job.outDir, job.assetsDir);
        while (!pagesWritten) {
          // A pass that fails (a folder removed meanwhile) leaves its pages to the scan at the end.
          await early.pass().catch(() => 0);
          if (!pagesWritten) await new Promise((resolve) => setTimeout(resolve, 1000));
        }
        return early;
      })
      // Whatever went wrong is the scan's at the end to meet (or the index's, reported there).
      .catch(() => undefined);

try {
  const built = new Set(await outputs);
  const early = await earlyReading;
  // The web editor's page is written by its own integration (admin.ts), not by Astro: it is no
  // stale page, and the CSP check gives it its own rule.
  const admin = existsSync(path.join(job.outDir, adminPage));
  const pageFiles = admin ? new Set([...built, adminPage]) : built;
  const cache = (name: string) => path.join(job.cacheDir, 'afaq-post-build', name);
  const pages = await step('afaq-stale-pages', async (log) => {
    const result = await removeStalePages(job.outDir, pageFiles, {
      assetsDir: job.assetsDir,
      cacheFile: cache('pages.json'),
      emptyBefore: job.outDirEmpty,
    });
    if (result.removed.length) log(`${result.removed.length} page(s) of earlier builds removed`);
    return result.pages;
  });
  const scan = await step('afaq-page-scan', () => scanPages(job.outDir, pages, scanCache, early));
  await step('afaq-sitemap', async (log) => {
    // The pages Astro built (not HTML files copied from public/).
    const count = await writeSitemaps({
      ...job,
      pages: pages.filter((page) => built.has(page.file)),
      scan,
    });
    log(`sitemap-index.xml: ${count} pages`);
  });
  const articleFiles = new Map(
    readManifest(job.cacheDir, 'articles').map((article) => [
      articlePath('/', article.id),
      article.file,
    ]),
  );
  const csp = await step('afaq-csp-check', async () =>
    checkPageCsp(
      scan,
      (page) => articleFiles.get(builtFileUrl(page, '/')),
      admin ? await adminPolicy(job.outDir) : undefined,
    ),
  );
  const searchError = await search;
  if (searchError) throw searchError;
  await step('afaq-security-headers', (log) => writeHeadersFile(job.outDir, csp, job, log));
} catch (error) {
  await send({ error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
process.off('disconnect', orphaned);
process.disconnect?.();
