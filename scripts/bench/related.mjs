#!/usr/bin/env node
// Benchmark (not a test) of the related-articles computation on generated corpora.
//
//   npm run bench:related                              1,000 and 10,000 articles
//   npm run bench:related -- --sizes 500,2000,20000 --clusters 12 --seed 3 --runs 3
//
// Each size runs in its own Node process (so memory figures are not mixed up): it generates the corpus
// in memory with scripts/corpus/generate-corpus.mjs, extracts the plain text of every body as the
// build does, then times computeRelated() from src/lib/content/related.ts (run as
// scripts/node-options.mjs says) `--runs` times. It prints the first (cold, as in a build) and median
// times, the process's peak RSS (which includes the corpus itself), the heap used after the
// computation, and precision@3 against the generated clusters.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseOptions } from '../cli-options.mjs';
import { tsNodeArgs } from '../node-options.mjs';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '../..');

function readOptions(argv) {
  const given = parseOptions(argv, {
    numbers: ['clusters', 'seed', 'runs', 'k'],
    numberLists: ['sizes'],
    flags: ['child'],
  });
  const options = {
    sizes: [1000, 10000],
    clusters: 8,
    seed: 1,
    runs: 3,
    k: 4,
    child: false,
    ...given,
  };
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error('--sizes takes positive integers');
  return options;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs inside the child process: one corpus size. Prints one JSON line. */
async function child({ sizes: [count], clusters, seed, runs, k }) {
  const { generateCorpus } = await import('../corpus/generate-corpus.mjs');
  const { computeRelated } = await import('../../src/lib/content/related.ts');
  const { relatedInputs } = await import('../corpus/related-inputs.mjs');

  const corpus = generateCorpus({ count, clusters, seed });
  const textStarted = performance.now();
  const articles = relatedInputs(corpus);
  const textMs = performance.now() - textStarted;
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;

  const times = [];
  let related;
  let heapAfter = 0;
  for (let run = 0; run < runs; run++) {
    related = undefined;
    globalThis.gc?.();
    const started = performance.now();
    related = computeRelated(articles, k, { bodyText: (article) => article.text });
    times.push(performance.now() - started);
    heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed);
  }

  let hits = 0;
  let total = 0;
  for (const article of articles) {
    for (const other of (related.get(article.id) ?? []).slice(0, 3)) {
      total++;
      if (other.cluster === article.cluster) hits++;
    }
  }
  process.stdout.write(
    `${JSON.stringify({
      count,
      firstMs: times[0],
      medianMs: median(times),
      times,
      textMs,
      rssBefore,
      peakRss: process.resourceUsage().maxRSS * 1024,
      heapAfter,
      precisionAt3: hits / total,
    })}\n`,
  );
}

function main(options) {
  console.log(
    `related articles benchmark: k=${options.k}, ${options.clusters} clusters, seed ${options.seed}, ${options.runs} run(s) per size`,
  );
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
  console.log('');
  const header = [
    'articles',
    'first run',
    'median',
    'plain text',
    'RSS before',
    'peak RSS',
    'heap after',
    'precision@3',
  ];
  const rows = [];
  for (const size of options.sizes) {
    const result = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        ...tsNodeArgs,
        self,
        '--child',
        '--sizes',
        String(size),
        '--clusters',
        String(options.clusters),
        '--seed',
        String(options.seed),
        '--runs',
        String(options.runs),
        '--k',
        String(options.k),
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (result.status !== 0) {
      process.stderr.write(result.stderr || result.stdout);
      throw new Error(`benchmark of ${size} articles failed`);
    }
    const line = result.stdout.trim().split('\n').at(-1);
    const r = JSON.parse(line);
    rows.push([
      r.count.toLocaleString('en'),
      `${(r.firstMs / 1000).toFixed(2)} s`,
      `${(r.medianMs / 1000).toFixed(2)} s`,
      `${(r.textMs / 1000).toFixed(2)} s`,
      mb(r.rssBefore),
      mb(r.peakRss),
      mb(r.heapAfter),
      r.precisionAt3.toFixed(4),
    ]);
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) => cells.map((cell, column) => cell.padStart(widths[column])).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('');
  console.log(
    'first run = cold, as in a build; plain text = MDX → text for all bodies (done once in src/lib/content/site-data.ts);',
  );
  console.log('peak RSS = whole benchmark process, generated corpus included.');
}

const options = readOptions(process.argv.slice(2));
if (options.child) await child(options);
else main(options);
