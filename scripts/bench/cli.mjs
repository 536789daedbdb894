#!/usr/bin/env node
// Build benchmark (not a test): `npm run bench`.
//
//   npm run bench                         corpora of 1,000 and 5,000 articles
//   npm run bench -- --10k                adds 10,000 (about 10 more minutes on 2 cores)
//   npm run bench -- --sizes 300,2000     any sizes
//   npm run bench -- --write              also refreshes BENCHMARKS.md and the README figures
//   options: --seed N, --no-bare, --no-lighthouse, --keep (keep corpora and builds in tests/.tmp-bench/)
//
// For each size it generates a synthetic Arabic corpus with scripts/corpus/generate-corpus.mjs
// (deterministic: same size and seed, same bytes), then builds it twice, one build at a time, each cold
// (fresh output and cache folders):
//   ours  the real site: `astro build` of this project with CONTENT_DIR pointing at the corpus (every
//         page type, feeds, sitemaps, search index)
//   bare  a bare Astro site with only the required stack (MDX, Tailwind CSS, rehype-slug, the same
//         unified markdown processor): scripts/bench/bare-site/, copied into tests/.tmp-bench/bare/ and
//         reusing this repository's node_modules, with one page per article and a home page
// and prints wall time, pages built, pages/s, peak memory (RSS of the build's process tree, sampled
// from /proc every 50 ms, and the kernel's high-water mark of each process), dist/ size and the
// related-articles computation time (logged by the build with AFAQ_TIMINGS=1), then ours/bare.
// Finally Lighthouse (mobile, simulated slow 4G) measures the performance score of the home, an
// article and the search page of the smallest corpus's build.
//
// The parts: build.mjs (corpus and builds), measure.mjs (time and memory of a build), lighthouse.mjs,
// report.mjs (the Markdown report and its targets), write-results.mjs (--write).
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from '../cli-options.mjs';
import { buildBare, buildOurs, writeBenchCorpus } from './build.mjs';
import { lighthousePerformance } from './lighthouse.mjs';
import { work } from './paths.mjs';
import { mib, number, report, seconds } from './report.mjs';
import { writeResults } from './write-results.mjs';

function readOptions(argv) {
  const given = parseOptions(argv, {
    numbers: ['seed'],
    numberLists: ['sizes'],
    flags: ['10k', 'write', 'no-bare', 'no-lighthouse', 'keep'],
  });
  if (given.help) {
    // The usage lines at the top of this file.
    console.log(
      readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n')
        .slice(1, 9)
        .join('\n'),
    );
    process.exit(0);
  }
  const sizes = [...(given.sizes ?? [1000, 5000]), ...(given['10k'] ? [10000] : [])];
  const options = {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    seed: given.seed ?? 1,
    write: Boolean(given.write),
    bare: !given['no-bare'],
    lighthouse: !given['no-lighthouse'],
    keep: Boolean(given.keep),
  };
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error('--sizes takes positive integers');
  return options;
}

const peaks = (build) =>
  `peak ${mib(build.peakRss)} (tree ${mib(build.peakTree)}, largest process ${mib(build.peakProcess)})`;

async function main() {
  const options = readOptions(process.argv.slice(2));
  await mkdir(work, { recursive: true });
  const rows = [];
  for (const size of options.sizes) {
    const generated = performance.now();
    const contentDir = writeBenchCorpus(size, options.seed);
    console.error(
      `[bench] ${number(size)} articles generated in ${seconds(performance.now() - generated)} s; building ours…`,
    );
    const ours = await buildOurs(contentDir, `ours-${size}`);
    console.error(
      `[bench]   ours: ${seconds(ours.wallMs)} s, ${number(ours.pages)} pages, ${peaks(ours)}`,
    );
    let bare;
    if (options.bare) {
      console.error('[bench]   building bare Astro…');
      bare = await buildBare(contentDir, `bare-${size}`);
      console.error(
        `[bench]   bare: ${seconds(bare.wallMs)} s, ${number(bare.pages)} pages, ${peaks(bare)}`,
      );
    }
    rows.push({ size, ours, bare });
    if (!options.keep) {
      if (bare) await rm(path.dirname(bare.outDir), { recursive: true, force: true });
      // The smallest corpus's build stays for Lighthouse.
      if (size !== options.sizes[0] || !options.lighthouse)
        await rm(path.dirname(ours.outDir), { recursive: true, force: true });
      await rm(contentDir, { recursive: true, force: true });
    }
  }
  let lighthouse;
  if (options.lighthouse) {
    console.error('[bench] Lighthouse (mobile performance)…');
    lighthouse = await lighthousePerformance(rows[0].ours.outDir);
    if (!options.keep)
      await rm(path.dirname(rows[0].ours.outDir), { recursive: true, force: true });
  }
  const text = report(rows, lighthouse);
  console.log(`\n${text}`);
  if (options.write) {
    writeResults(options.sizes, text);
    console.error('[bench] BENCHMARKS.md and README.md updated.');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
