#!/usr/bin/env node
// Build benchmark (not a test): `npm run bench`.
//
//   npm run bench                          corpora of 1,000, 5,000 and 10,000 articles
//   npm run bench -- --sizes 100000        any sizes (100,000: about an hour for ours alone, cold)
//   npm run bench -- --only cold,add       some scenarios only (cold, warm, add, edit)
//   npm run bench -- --write               also records the report in BENCHMARKS.md and the README
//   options: --seed N, --no-bare, --no-lighthouse, --keep (keep corpora and builds in tests/.tmp-bench/),
//            --fresh (ignore the results of an interrupted run, see below),
//            --cold-runs N (cold builds of each site per size, alternately; default 2)
//
// For each size it generates a synthetic Arabic corpus with scripts/corpus/generate-corpus.mjs
// (deterministic: same size and seed, same bytes) and builds it with two sites, one build at a time,
// interleaved so that both meet the same machine load:
//   ours  the real site: `astro build` of this project with CONTENT_DIR pointing at the corpus (every
//         page type, feeds, sitemaps, search index)
//   bare  a bare Astro site with only the required stack (MDX, Tailwind CSS, rehype-slug, the same
//         unified markdown processor): scripts/bench/bare-site/, copied into tests/.tmp-bench/bare/ and
//         reusing this repository's node_modules, with one page per article and a home page
// in four scenarios, in this order: cold (fresh output and cache folders; each site built --cold-runs
// times, alternately, ours then bare, and the faster of each site's builds counts: this machine's
// speed changes by half within minutes, and two tries each make a ratio less a matter of which site
// met the slow minutes; every try is printed and recorded), warm (again, nothing
// changed), add (one new article published), edit (one article's title changed); the last three keep
// the folders of the build before, as a newsroom's build server would. Each build: wall time, CPU time
// of its process tree, peak memory (RSS of the tree, sampled from /proc every 50 ms, and the kernel's
// high-water mark of each process), pages rendered and skipped, the machine's load average; then the
// ratios and the targets. Lighthouse (mobile, simulated slow 4G) measures the performance score of the
// home, an article and the search page of the smallest corpus's build.
//
// Folders no longer needed (the build before a cold one, a finished size's corpus and builds) are
// moved into tests/.tmp-bench/trash/ and deleted when the run ends: deleting them just before a build
// slows that build's file creation on this machine's disk (paths.mjs says how).
//
// Results are saved after every build in tests/.tmp-bench/results.json: a run that stops (a busy
// machine, a reboot) resumes where it stopped when started again with the same options, each size from
// its first unfinished scenario (a size whose builds were removed starts again from cold).
//
// The parts: build.mjs (corpus and builds), measure.mjs (time and memory of a build), lighthouse.mjs,
// report.mjs (the Markdown report and its targets), write-results.mjs (--write).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from '../cli-options.mjs';
import {
  buildBare,
  buildOurs,
  discard,
  editOneTitle,
  emptyTrash,
  publishOneArticle,
  writeBenchCorpus,
} from './build.mjs';
import { lighthousePerformance } from './lighthouse.mjs';
import { work } from './paths.mjs';
import { mib, number, report, scenarios, seconds } from './report.mjs';
import { writeResults } from './write-results.mjs';

function readOptions(argv) {
  const given = parseOptions(argv, {
    numbers: ['seed', 'cold-runs'],
    numberLists: ['sizes'],
    strings: ['only'],
    flags: ['write', 'no-bare', 'no-lighthouse', 'keep', 'fresh'],
  });
  if (given.help) {
    // The usage lines at the top of this file.
    console.log(
      readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n')
        .slice(1, 10)
        .join('\n'),
    );
    process.exit(0);
  }
  const only = given.only ? String(given.only).split(',') : scenarios;
  const unknown = only.filter((scenario) => !scenarios.includes(scenario));
  if (unknown.length)
    throw new Error(`--only: unknown scenario ${unknown.join(', ')} (${scenarios})`);
  const options = {
    sizes: [...new Set(given.sizes ?? [1000, 5000, 10000])].sort((a, b) => a - b),
    seed: given.seed ?? 1,
    only: scenarios.filter((scenario) => only.includes(scenario)),
    write: Boolean(given.write),
    bare: !given['no-bare'],
    lighthouse: !given['no-lighthouse'],
    keep: Boolean(given.keep),
    fresh: Boolean(given.fresh),
    coldRuns: given['cold-runs'] ?? 2,
  };
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error('--sizes takes positive integers');
  if (!Number.isInteger(options.coldRuns) || options.coldRuns < 1)
    throw new Error('--cold-runs takes a positive integer');
  return options;
}

const resultsFile = path.join(work, 'results.json');

/** The results of an interrupted run with the same options, if any. */
function savedResults(options) {
  const key = JSON.stringify([
    options.sizes,
    options.seed,
    options.only,
    options.bare,
    options.coldRuns,
  ]);
  if (!options.fresh && existsSync(resultsFile)) {
    const saved = JSON.parse(readFileSync(resultsFile, 'utf8'));
    if (saved.key === key) return saved;
  }
  return { key, rows: {} };
}

const peaks = (build) =>
  `peak ${mib(build.peakRss)} (tree ${mib(build.peakTree)}, largest process ${mib(build.peakProcess)})`;

async function main() {
  const options = readOptions(process.argv.slice(2));
  await mkdir(work, { recursive: true });
  const saved = savedResults(options);
  const save = () => writeFileSync(resultsFile, JSON.stringify(saved, null, 1));
  const sites = [
    { site: 'ours', run: buildOurs },
    ...(options.bare ? [{ site: 'bare', run: buildBare }] : []),
  ];
  for (const size of options.sizes) {
    const row = (saved.rows[size] ??= { size, builds: {} });
    const done = (scenario) => sites.every(({ site }) => row.builds[`${site}/${scenario}`]);
    if (options.only.every(done)) {
      console.error(`[bench] ${number(size)} articles: done in an earlier run`);
      continue;
    }
    // Warm scenarios need the builds before them: start again from cold if those are gone.
    const kept = sites.every(({ site }) => existsSync(path.join(work, `${site}-${size}`, 'dist')));
    if (!kept || !existsSync(path.join(work, `corpus-${size}`))) row.builds = {};
    const contentDir = path.join(work, `corpus-${size}`);
    if (!row.builds[`${sites[0].site}/cold`] || !existsSync(contentDir)) {
      const generated = performance.now();
      writeBenchCorpus(size, options.seed);
      console.error(
        `[bench] ${number(size)} articles generated in ${seconds(performance.now() - generated)} s`,
      );
    }
    // A warm scenario without the builds before it starts with a cold build.
    const order =
      row.builds[`${sites[0].site}/cold`] || options.only.includes('cold')
        ? options.only
        : ['cold', ...options.only];
    for (const scenario of order) {
      if (done(scenario)) continue;
      // The content change of the scenario, once for both sites (skipped if an earlier run made it).
      if (!sites.some(({ site }) => row.builds[`${site}/${scenario}`])) {
        if (scenario === 'add') publishOneArticle(contentDir);
        if (scenario === 'edit') editOneTitle(contentDir);
      }
      const tries = scenario === 'cold' ? options.coldRuns : 1;
      for (let attempt = 1; attempt <= tries; attempt++) {
        for (const { site, run } of sites) {
          const id = tries > 1 ? `${site}/${scenario}#${attempt}` : `${site}/${scenario}`;
          if (row.builds[id] || row.builds[`${site}/${scenario}`]) continue;
          console.error(
            `[bench] ${number(size)} articles, ${site}, ${scenario}${tries > 1 ? ` (${attempt} of ${tries})` : ''} (load ${os.loadavg()[0].toFixed(1)})…`,
          );
          const { output: _output, ...build } = await run(contentDir, `${site}-${size}`, {
            scenario,
            cold: scenario === 'cold',
          });
          row.builds[id] = build;
          save();
          console.error(
            `[bench]   ${seconds(build.wallMs)} s (CPU ${seconds(build.cpuMs)} s), ` +
              `${number(build.rendered)} pages rendered, ${number(build.skipped)} skipped, ${peaks(build)}`,
          );
        }
      }
      if (tries > 1) {
        // The faster try of each site is its cold build (its time, CPU and memory); all are reported.
        for (const { site } of sites) {
          if (row.builds[`${site}/${scenario}`]) continue;
          const all = Array.from(
            { length: tries },
            (_, i) => row.builds[`${site}/${scenario}#${i + 1}`],
          );
          row.builds[`${site}/${scenario}`] = {
            ...all.reduce((best, build) => (build.wallMs < best.wallMs ? build : best)),
            tries: all.map((build) => build.wallMs),
          };
        }
        save();
      }
    }
    if (!options.keep) {
      for (const { site } of sites) {
        // The smallest corpus's build stays for Lighthouse.
        if (site === 'ours' && size === options.sizes[0] && options.lighthouse) continue;
        discard(path.join(work, `${site}-${size}`));
      }
      discard(contentDir);
    }
  }
  let lighthouse;
  const smallest = path.join(work, `ours-${options.sizes[0]}`, 'dist');
  if (options.lighthouse && existsSync(smallest)) {
    console.error('[bench] Lighthouse (mobile performance)…');
    lighthouse = await lighthousePerformance(smallest);
    if (!options.keep) discard(path.dirname(smallest));
  }
  const text = report(
    options.sizes.map((size) => saved.rows[size]),
    lighthouse,
  );
  console.log(`\n${text}`);
  if (options.write) {
    writeResults(options, text);
    console.error('[bench] BENCHMARKS.md and README.md updated.');
  }
  // Finished: the next run starts afresh.
  await rm(resultsFile, { force: true });
  await emptyTrash();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
