// The builds the benchmark measures: a generated corpus, built cold by this project ("ours") and by the
// bare Astro site in ./bare-site/ ("bare"). Each build gets its own output and cache folders under
// <work>/<name>/ and leaves its log and memory trace in <work>/<name>.log and <work>/<name>.memory.tsv.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, writeCorpus } from '../corpus/generate-corpus.mjs';
import { astroBin, bareSite, root, work } from './paths.mjs';
import { measure } from './measure.mjs';

// The lock tests/helpers/build-site.ts takes: Astro writes <root>/.astro/ whatever OUT_DIR says, so
// two builds of this project must not overlap (other people's test runs included).
const buildLock = path.join(
  os.tmpdir(),
  `afaq-astro-build-${createHash('sha1').update(`${root}${path.sep}`).digest('hex').slice(0, 12)}.lock`,
);

/** Writes the corpus of `size` articles into <work>/corpus-<size>/ (same size and seed, same bytes). */
export function writeBenchCorpus(size, seed) {
  const contentDir = path.join(work, `corpus-${size}`);
  writeCorpus(contentDir, generateCorpus({ count: size, seed }), { clean: true });
  return contentDir;
}

/** Holds the project's build lock (flock) until release() is called. */
function acquireBuildLock() {
  return new Promise((resolve, reject) => {
    const holder = spawn('flock', [buildLock, 'sh', '-c', 'echo locked; exec cat'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
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

/**
 * `astro build` of the project in `cwd` on the corpus in `contentDir`, cold: <work>/<name>/ (output and
 * cache) is removed first; `lock` holds this project's build lock meanwhile. Returns the measurement
 * (./measure.mjs) with the built site's pages, bytes and outDir.
 */
async function build({ cwd, contentDir, name, what, env = {}, lock = false }) {
  const outDir = path.join(work, name, 'dist');
  await rm(path.join(work, name), { recursive: true, force: true });
  const held = lock ? await acquireBuildLock() : undefined;
  let result;
  try {
    result = await measure([astroBin, 'build'], {
      cwd,
      env: {
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(work, name, 'cache'),
      },
    });
  } finally {
    held?.release();
  }
  writeFileSync(path.join(work, `${name}.log`), result.output);
  writeFileSync(
    path.join(work, `${name}.memory.tsv`),
    result.trace.map((row) => row.join('\t')).join('\n'),
  );
  if (result.exitCode !== 0)
    throw new Error(`${what} of ${name} failed:\n${result.output.slice(-4000)}`);
  return { ...result, ...distStats(outDir), outDir };
}

/** This project's real build (every page type, feeds, sitemaps, search index), with its related-articles time. */
export async function buildOurs(contentDir, name) {
  const result = await build({
    cwd: root,
    contentDir,
    name,
    what: 'Build',
    env: { AFAQ_TIMINGS: '1' },
    lock: true,
  });
  const related = /\[afaq-timing\] related articles: ([\d.]+) ms/.exec(result.output);
  return { ...result, relatedMs: related ? Number(related[1]) : undefined };
}

/**
 * The bare site, built from a fresh copy of ./bare-site/ in its own project folder (own .astro/: no lock).
 * Its packages resolve from this repository's node_modules up the folder tree, as for any project in a
 * subfolder: no node_modules link, through which Tailwind would scan every package for class names and
 * Vite would share this project's dependency cache. Its own node_modules/.vite stays, as ours does.
 */
export async function buildBare(contentDir, name) {
  const project = path.join(work, 'bare');
  const link = path.join(project, 'node_modules');
  if (lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) await rm(link);
  cpSync(bareSite, project, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|\.astro|dist)$/.test(source),
  });
  await rm(path.join(project, '.astro'), { recursive: true, force: true });
  return build({ cwd: project, contentDir, name, what: 'Bare build' });
}
