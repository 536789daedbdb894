#!/usr/bin/env node
// Search benchmark (not a test): what a reader's browser downloads and waits for when searching a built
// site, in Debian's Chromium against the site served on 127.0.0.1, and what the search index costs the
// build's post-build step.
//
//   sh scripts/run.sh scripts/bench/search.mjs --sizes 10000          generate, build and measure
//   sh scripts/run.sh scripts/bench/search.mjs --dist DIR              measure a site built already
//
//   --sizes N,…  for each size: the build benchmark's corpus (scripts/bench/build.mjs, same seed, same
//                bytes) built cold with the real build (one build at a time, the build lock held), the
//                post-build search index step's time from the build's own timing line, then the browser
//                measurement. Builds are removed afterwards unless --keep (tests/.tmp-bench/search-N/).
//   --dist DIR   a built site (dist/ of `npm run build`, or `npm run bench -- --keep`'s
//                tests/.tmp-bench/ours-N/dist); --base PATH if it was built under a sub-path
//   --runs N     repeat each browser measurement N times, report the median (default 3)
//   --seed N     corpus seed with --sizes (default 1, as the build benchmark)
//
// For each query pair [first, next]: a fresh browser context (empty cache) opens /search/, searches
// `first` (COLD: Pagefind's script, WebAssembly and index metadata, the index chunks of the query's
// words and the stored texts of the results checked) and then `next` in the same page (WARM: what the
// second search adds). Time to first result runs from the search's submission to the first result (or
// the "no results" line) on screen; bytes are those of the responses under pagefind/ (served
// uncompressed: Pagefind's files are compressed already). As a module: measureSearch(distDir, options)
// (the rows) and searchReport() (Markdown), for the build benchmark to call on its own builds.
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from '../cli-options.mjs';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';

/**
 * Pairs of [cold query, warm query] that every generated corpus has (scripts/corpus/: its first themes'
 * topics and its generic sentences), and one that no corpus has (كينيا).
 */
export const searchQueries = [
  ['الحكومة', 'وللحكومة'],
  ['أسعار النفط', 'الانتخابات البرلمانية'],
  ['كينيا', 'الفيضانات'],
  ['رواد الفضاء', 'مراكز البيانات'],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Runs one search in the page; resolves with ms until the first result or the "no results" line. */
function timeSearch(page, query) {
  return page.evaluate(async (text) => {
    const form = document.querySelector('[data-search] form');
    const input = form.querySelector('input[name="q"]');
    const list = document.querySelector('[data-search-results]');
    const status = document.querySelector('[data-search-status]');
    const before = status.textContent;
    input.value = text;
    const started = performance.now();
    const done = new Promise((resolve) => {
      const check = () => {
        const settled =
          list.children.length > 0 ||
          (status.textContent !== before &&
            status.textContent !== '' &&
            !status.textContent.includes('…'));
        if (settled) {
          observer.disconnect();
          resolve({
            ms: performance.now() - started,
            results: list.children.length,
            status: status.textContent,
          });
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(list, { childList: true });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    form.requestSubmit();
    return done;
  }, query);
}

/**
 * Cold and warm search cost on a built site. Returns { rows: [{ first, next, cold: { ms, bytes,
 * requests, results }, warm: {…} }], index: { files, bytes } } (medians over `runs`).
 */
export async function measureSearch(
  distDir,
  { basePath = '/', queries = searchQueries, runs = 3 } = {},
) {
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('../../tests/helpers/static-server.ts');
  const server = await serveStatic(distDir, basePath);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const rows = [];
    for (const [first, next] of queries) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        // Each response counts for the search that was running when it arrived.
        const cost = { cold: { bytes: 0, requests: 0 }, warm: { bytes: 0, requests: 0 } };
        const pending = [];
        let phase = 'cold';
        page.on('response', (response) => {
          if (!new URL(response.url()).pathname.includes('/pagefind/')) return;
          const bucket = cost[phase];
          bucket.requests++;
          pending.push(
            response.body().then(
              (body) => (bucket.bytes += body.length),
              () => {},
            ),
          );
        });
        await page.goto(new URL('search/', server.url).toString(), { waitUntil: 'networkidle' });
        const cold = await timeSearch(page, first);
        await page.waitForLoadState('networkidle');
        await Promise.all(pending);
        phase = 'warm';
        const warm = await timeSearch(page, next);
        await page.waitForLoadState('networkidle');
        await Promise.all(pending);
        samples.push({ cold: { ...cold, ...cost.cold }, warm: { ...warm, ...cost.warm } });
        await context.close();
      }
      const pick = (key) => ({
        ms: median(samples.map((sample) => sample[key].ms)),
        bytes: median(samples.map((sample) => sample[key].bytes)),
        requests: median(samples.map((sample) => sample[key].requests)),
        results: samples[0][key].results,
      });
      rows.push({ first, next, cold: pick('cold'), warm: pick('warm') });
    }
    return { rows, index: await indexSize(path.join(distDir, 'pagefind')) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Files and bytes of the built index (dist/pagefind/). */
async function indexSize(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let bytes = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The report as Markdown lines. */
export function searchReport({ rows, index }, indexTiming) {
  const lines = [
    `Search index: ${index.files} files, ${kb(index.bytes)}` +
      (indexTiming
        ? `; index step ${indexTiming.seconds.toFixed(1)} s for ${indexTiming.articles} articles (${indexTiming.msPerArticle.toFixed(2)} ms per article)`
        : ''),
    '',
    '| first query → next query | cold: first result | cold: downloaded | warm: first result | warm: downloaded | results shown |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.first} → ${row.next} | ${Math.round(row.cold.ms)} ms | ${kb(row.cold.bytes)} (${row.cold.requests} files) | ${Math.round(row.warm.ms)} ms | ${kb(row.warm.bytes)} (${row.warm.requests} files) | ${row.cold.results} → ${row.warm.results} |`,
    );
  return lines;
}

/** The post-build search index step's time, from a build's output (AFAQ_TIMINGS=1). */
export const indexStepMs = (buildOutput) => {
  const match = /\[afaq-timing\] afaq-search-index: ([\d.]+) ms/.exec(buildOutput);
  return match ? Number(match[1]) : undefined;
};

async function main() {
  const options = parseOptions(process.argv.slice(2), {
    strings: ['dist', 'base'],
    numbers: ['runs', 'seed'],
    numberLists: ['sizes'],
    flags: ['keep'],
  });
  if (options.help || (!options.dist && !options.sizes)) {
    console.log(
      readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n')
        .slice(1, 19)
        .join('\n'),
    );
    process.exit(options.help ? 0 : 1);
  }
  const runs = options.runs ?? 3;
  if (options.dist) {
    const dist = path.resolve(options.dist);
    const result = await measureSearch(dist, { basePath: options.base ?? '/', runs });
    console.log(searchReport(result).join('\n'));
    return;
  }
  const { buildOurs, writeBenchCorpus } = await import('./build.mjs');
  const { rm } = await import('node:fs/promises');
  for (const size of options.sizes) {
    console.error(`[search-bench] ${size} articles: corpus and cold build…`);
    const contentDir = writeBenchCorpus(size, options.seed ?? 1);
    const built = await buildOurs(contentDir, `search-${size}`);
    if (built.exitCode !== 0) throw new Error(`build of ${size} articles failed:\n${built.output}`);
    const ms = indexStepMs(built.output);
    const indexTiming =
      ms === undefined
        ? undefined
        : { articles: size, seconds: ms / 1000, msPerArticle: ms / size };
    const result = await measureSearch(built.outDir, { runs });
    console.log(`\n${size} articles (build ${(built.wallMs / 1000).toFixed(1)} s)`);
    console.log(searchReport(result, indexTiming).join('\n'));
    if (!options.keep) {
      await rm(path.dirname(built.outDir), { recursive: true, force: true });
      await rm(contentDir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
