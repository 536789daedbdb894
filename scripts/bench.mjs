#!/usr/bin/env node
// Build benchmark (not a test): `npm run bench`.
//
//   npm run bench                         corpora of 1,000 and 5,000 articles
//   npm run bench -- --10k                adds 10,000 (about 10 more minutes on 2 cores)
//   npm run bench -- --sizes 300,2000     any sizes
//   npm run bench -- --write              also refreshes BENCHMARKS.md and the README figures
//   options: --seed N, --no-bare, --no-lighthouse, --keep (keep corpora and builds in tests/.tmp-bench/)
//
// For each size it generates a synthetic Arabic corpus with scripts/corpus/generate-corpus.mjs (deterministic:
// same size and seed, same bytes), then builds it twice, one build at a time, each cold (fresh
// output and cache folders):
//   ours  the real site: `astro build` of this project with CONTENT_DIR pointing at the corpus (every
//         page type, feeds, sitemaps, search index)
//   bare  a bare Astro site with only the required stack (MDX, Tailwind CSS, rehype-slug, the same
//         unified markdown processor), generated into tests/.tmp-bench/bare/ and reusing this
//         repository's node_modules, with one page per article and a home page
// and prints wall time, pages built, pages/s, peak memory (RSS of the build's process tree, sampled
// from /proc every 50 ms, and the kernel's high-water mark of each process), dist/ size and the
// related-articles computation time (logged by the build with AFAQ_TIMINGS=1), then ours/bare.
// Finally Lighthouse (mobile, simulated slow 4G) measures the performance score of the home, an
// article and the search page of the smallest corpus's build.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './corpus/generate-corpus.mjs';
import { parseOptions } from './cli-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'tests/.tmp-bench');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
// The lock tests/helpers/build-site.ts takes: Astro writes <root>/.astro/ whatever OUT_DIR says, so
// two builds of this project must not overlap (other people's test runs included).
const buildLock = path.join(os.tmpdir(), `afaq-astro-build-${createHash('sha1').update(`${root}${path.sep}`).digest('hex').slice(0, 12)}.lock`);

const targets = { ratioAt5000: 1.5, memoryAt10000: 4 * 1024 ** 3, performance: 95 };

function readOptions(argv) {
  const given = parseOptions(argv, {
    numbers: ['seed'],
    numberLists: ['sizes'],
    flags: ['10k', 'write', 'no-bare', 'no-lighthouse', 'keep'],
  });
  if (given.help) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 9).join('\n'));
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
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes takes positive integers');
  return options;
}

// ---------------------------------------------------------------------------------------------------
// Measuring a build

/** Children of a process, from /proc (Linux). */
function childrenOf(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** { rss, hwm } in bytes of one process (0 when it has gone). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * Runs `node <args>` in `cwd` and measures it: wall time, peak memory of its process tree (pagefind
 * runs as a child process) and its output.
 */
function measure(args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakTree = 0;
    const hwm = new Map();
    /** [seconds since start, tree RSS MB, main process RSS MB] every sample: written next to the build log. */
    const trace = [];
    const sample = () => {
      const pids = [child.pid];
      for (let i = 0; i < pids.length; i++) pids.push(...childrenOf(pids[i]));
      let tree = 0;
      for (const pid of pids) {
        const memory = memoryOf(pid);
        tree += memory.rss;
        if (memory.hwm > (hwm.get(pid) ?? 0)) hwm.set(pid, memory.hwm);
      }
      peakTree = Math.max(peakTree, tree);
      trace.push([((performance.now() - started) / 1000).toFixed(2), (tree / 1024 ** 2).toFixed(0), (memoryOf(child.pid).rss / 1024 ** 2).toFixed(0)]);
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const peakProcess = Math.max(...hwm.values(), 0);
      resolve({ exitCode, wallMs, peakRss: Math.max(peakTree, peakProcess), peakTree, peakProcess, trace, output: output.replace(/\u001b\[[0-9;]*m/g, '') });
    });
  });
}

/** Holds the project's build lock (flock) until release() is called. */
function acquireBuildLock() {
  return new Promise((resolve, reject) => {
    const holder = spawn('flock', [buildLock, 'sh', '-c', 'echo locked; exec cat'], { stdio: ['pipe', 'pipe', 'inherit'] });
    holder.on('error', reject);
    holder.stdout.once('data', () => resolve({ release: () => holder.stdin.end() }));
  });
}

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

function distStats(dir) {
  const files = walk(dir);
  return {
    pages: files.filter((file) => file.endsWith('.html')).length,
    bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
  };
}

async function buildOurs(contentDir, name) {
  const outDir = path.join(work, name, 'dist');
  await rm(path.join(work, name), { recursive: true, force: true });
  const lock = await acquireBuildLock();
  let result;
  try {
    result = await measure([astroBin, 'build'], {
      cwd: root,
      env: {
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        AFAQ_TIMINGS: '1',
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(work, name, 'cache'),
      },
    });
  } finally {
    lock.release();
  }
  writeFileSync(path.join(work, `${name}.log`), result.output);
  writeFileSync(path.join(work, `${name}.memory.tsv`), result.trace.map((row) => row.join('\t')).join('\n'));
  if (result.exitCode !== 0) throw new Error(`Build of ${name} failed:\n${result.output.slice(-4000)}`);
  const related = /\[afaq-timing\] related articles: ([\d.]+) ms/.exec(result.output);
  return { ...result, ...distStats(outDir), outDir, relatedMs: related ? Number(related[1]) : undefined };
}

// ---------------------------------------------------------------------------------------------------
// The bare Astro site: the required stack and nothing of ours

const bareFiles = {
  'package.json': JSON.stringify({ name: 'afaq-bench-bare', private: true, type: 'module' }, null, 2),
  'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';

export default defineConfig({
  site: 'https://bare.example',
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: { processor: unified({ rehypePlugins: [rehypeSlug] }) },
  vite: { plugins: [tailwindcss()] },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: \`\${process.env.CONTENT_DIR}/articles\` }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    date: z.coerce.date(),
    category: z.string(),
    tags: z.array(z.string()).default([]),
    draft: z.boolean().default(false),
  }),
});

export const collections = { articles };
`,
  'src/styles.css': `@import 'tailwindcss';\n`,
  'src/layouts/Layout.astro': `---
import '../styles.css';
interface Props { title: string }
const { title } = Astro.props;
---
<!doctype html>
<html lang="ar" dir="rtl">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title></head>
  <body class="mx-auto max-w-3xl p-4 leading-loose"><main><slot /></main></body>
</html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';
const articles = (await getCollection('articles')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime()).slice(0, 20);
---
<Layout title="Bare">
  <ul>{articles.map((article) => <li><a href={\`/articles/\${article.id}/\`}>{article.data.title}</a></li>)}</ul>
</Layout>
`,
  'src/pages/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}>
  <article class="prose">
    <h1 class="text-3xl font-bold">{entry.data.title}</h1>
    <p class="text-gray-600">{entry.data.description}</p>
    <Content />
  </article>
</Layout>
`,
};

async function buildBare(contentDir, name) {
  const project = path.join(work, 'bare');
  if (!existsSync(path.join(project, 'node_modules'))) {
    await mkdir(project, { recursive: true });
    await symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  }
  for (const [file, text] of Object.entries(bareFiles)) {
    await mkdir(path.dirname(path.join(project, file)), { recursive: true });
    await writeFile(path.join(project, file), text);
  }
  const outDir = path.join(work, name, 'dist');
  await rm(path.join(work, name), { recursive: true, force: true });
  await rm(path.join(project, '.astro'), { recursive: true, force: true });
  // Its own project folder (own .astro/): no lock needed.
  const result = await measure([astroBin, 'build'], {
    cwd: project,
    env: {
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(work, name, 'cache'),
    },
  });
  writeFileSync(path.join(work, `${name}.log`), result.output);
  writeFileSync(path.join(work, `${name}.memory.tsv`), result.trace.map((row) => row.join('\t')).join('\n'));
  if (result.exitCode !== 0) throw new Error(`Bare build of ${name} failed:\n${result.output.slice(-4000)}`);
  return { ...result, ...distStats(outDir), outDir };
}

// ---------------------------------------------------------------------------------------------------
// Lighthouse performance (mobile)

async function lighthousePerformance(distDir) {
  const { audit, launchChrome } = await import('./lighthouse-audit.mjs');
  const { serveStatic } = await import('../tests/helpers/static-server.ts');
  const server = await serveStatic(distDir);
  const chrome = await launchChrome();
  try {
    const firstArticle = readdirSync(path.join(distDir, 'articles')).sort()[0];
    const pages = [
      { label: 'home', path: '' },
      { label: 'article', path: `articles/${firstArticle}/` },
      { label: 'search', path: 'search/' },
    ];
    const results = [];
    for (const page of pages) {
      const result = await audit(new URL(page.path, server.url).toString(), chrome.port, ['performance']);
      results.push({ ...page, score: result.scores.performance, metrics: result.metrics, failed: result.failed });
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Report

const seconds = (ms) => (ms / 1000).toFixed(1);
const mib = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const number = (n) => n.toLocaleString('en-US');

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

function versions() {
  const version = (pkg) => {
    try {
      return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  };
  let chromium = '?';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Lighthouse will say so.
  }
  return {
    machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.type()} ${os.release()}`,
    software: `Node ${process.versions.node}, Astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, Tailwind CSS ${version('tailwindcss')}, Pagefind ${version('pagefind')}, Lighthouse ${version('lighthouse')}, ${chromium}`,
  };
}

function report(rows, lighthouse) {
  const { machine, software } = versions();
  const date = new Date().toISOString().slice(0, 10);
  const out = [];
  out.push(`Measured ${date} on ${machine}.`, '', software + '.', '');
  out.push(
    table(
      ['articles', 'site', 'wall time', 'pages', 'pages/s', 'peak memory', 'dist size', 'related articles'],
      rows.flatMap(({ size, ours, bare }) => [
        [number(size), 'ours', `${seconds(ours.wallMs)} s`, number(ours.pages), (ours.pages / (ours.wallMs / 1000)).toFixed(0), mib(ours.peakRss), mib(ours.bytes), ours.relatedMs === undefined ? '?' : `${ours.relatedMs.toFixed(0)} ms`],
        ...(bare
          ? [[number(size), 'bare Astro', `${seconds(bare.wallMs)} s`, number(bare.pages), (bare.pages / (bare.wallMs / 1000)).toFixed(0), mib(bare.peakRss), mib(bare.bytes), '–']]
          : []),
      ]),
    ),
  );
  if (rows.some((row) => row.bare)) {
    out.push('', 'Ours / bare Astro:', '');
    out.push(
      table(
        ['articles', 'wall time', 'peak memory', 'pages', 'time per article'],
        rows
          .filter((row) => row.bare)
          .map(({ size, ours, bare }) => [
            number(size),
            `${(ours.wallMs / bare.wallMs).toFixed(2)}×`,
            `${(ours.peakRss / bare.peakRss).toFixed(2)}×`,
            `${(ours.pages / bare.pages).toFixed(2)}×`,
            `${(ours.wallMs / size).toFixed(1)} ms vs ${(bare.wallMs / size).toFixed(1)} ms`,
          ]),
      ),
    );
  }
  const checks = [];
  const at5000 = rows.find((row) => row.size === 5000 && row.bare);
  if (at5000) {
    const ratio = at5000.ours.wallMs / at5000.bare.wallMs;
    checks.push(`${ratio <= targets.ratioAt5000 ? 'PASS' : 'OVER'} build time at 5,000 articles within ${targets.ratioAt5000}× of bare Astro: ${ratio.toFixed(2)}×`);
  }
  const at10000 = rows.find((row) => row.size === 10000);
  if (at10000) {
    checks.push(`${at10000.ours.peakRss < targets.memoryAt10000 ? 'PASS' : 'OVER'} peak memory at 10,000 articles under 4 GB: ${mib(at10000.ours.peakRss)}`);
  }
  if (lighthouse) {
    out.push('', `Lighthouse performance (mobile, simulated slow 4G), ${number(rows[0].size)}-article build:`, '');
    out.push(
      table(
        ['page', 'score', 'FCP', 'LCP', 'TBT', 'CLS'],
        lighthouse.map((page) => [
          page.label,
          String(page.score),
          `${seconds(page.metrics['first-contentful-paint'] ?? 0)} s`,
          `${seconds(page.metrics['largest-contentful-paint'] ?? 0)} s`,
          `${(page.metrics['total-blocking-time'] ?? 0).toFixed(0)} ms`,
          (page.metrics['cumulative-layout-shift'] ?? 0).toFixed(3),
        ]),
      ),
    );
    for (const page of lighthouse) {
      checks.push(`${page.score >= targets.performance ? 'PASS' : 'UNDER'} Lighthouse performance ≥ ${targets.performance} on ${page.label}: ${page.score}`);
    }
  }
  if (checks.length) out.push('', 'Targets:', '', ...checks.map((check) => `- ${check}`));
  return out.join('\n');
}

/** Replaces the text between the two markers in a file (adds the block at the end if missing). */
function replaceBlock(file, start, end, text, fallback) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : fallback;
  const block = `${start}\n${text}\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const options = readOptions(process.argv.slice(2));
  await mkdir(work, { recursive: true });
  const rows = [];
  for (const size of options.sizes) {
    const contentDir = path.join(work, `corpus-${size}`);
    const generated = performance.now();
    writeCorpus(contentDir, generateCorpus({ count: size, seed: options.seed }), { clean: true });
    console.error(`[bench] ${number(size)} articles generated in ${seconds(performance.now() - generated)} s; building ours…`);
    const ours = await buildOurs(contentDir, `ours-${size}`);
    console.error(`[bench]   ours: ${seconds(ours.wallMs)} s, ${number(ours.pages)} pages, peak ${mib(ours.peakRss)} (tree ${mib(ours.peakTree)}, largest process ${mib(ours.peakProcess)})`);
    let bare;
    if (options.bare) {
      console.error('[bench]   building bare Astro…');
      bare = await buildBare(contentDir, `bare-${size}`);
      console.error(`[bench]   bare: ${seconds(bare.wallMs)} s, ${number(bare.pages)} pages, peak ${mib(bare.peakRss)} (tree ${mib(bare.peakTree)}, largest process ${mib(bare.peakProcess)})`);
    }
    rows.push({ size, ours, bare });
    if (!options.keep) {
      if (bare) await rm(path.dirname(bare.outDir), { recursive: true, force: true });
      if (size !== options.sizes[0] || !options.lighthouse) await rm(path.dirname(ours.outDir), { recursive: true, force: true });
      await rm(contentDir, { recursive: true, force: true });
    }
  }
  let lighthouse;
  if (options.lighthouse) {
    console.error('[bench] Lighthouse (mobile performance)…');
    lighthouse = await lighthousePerformance(rows[0].ours.outDir);
    if (!options.keep) await rm(path.dirname(rows[0].ours.outDir), { recursive: true, force: true });
  }
  const text = report(rows, lighthouse);
  console.log(`\n${text}`);
  if (options.write) {
    const command = `npm run bench${options.sizes.join(',') === '1000,5000' ? '' : ` -- --sizes ${options.sizes.join(',')}`}`;
    const body = `Figures from \`${command}\`:\n\n${text}`;
    // One block per set of sizes, so a 10,000-article run does not replace the default one.
    const id = options.sizes.join(',');
    replaceBlock(
      path.join(root, 'BENCHMARKS.md'),
      `<!-- bench:results:${id}:start -->`,
      `<!-- bench:results:${id}:end -->`,
      body,
      '# Benchmarks\n\nRefreshed by `npm run bench -- --write` (see README, "Performance and quality").\n',
    );
    replaceBlock(path.join(root, 'README.md'), '<!-- bench:readme:start -->', '<!-- bench:readme:end -->', body, readFileSync(path.join(root, 'README.md'), 'utf8'));
    console.error('[bench] BENCHMARKS.md and README.md updated.');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
