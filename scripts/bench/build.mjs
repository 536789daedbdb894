// The builds the benchmark measures: a generated corpus, built by this project ("ours") and by the bare
// Astro site in ./bare-site/ ("bare"), cold (fresh output and cache folders) or warm (those of the
// previous build of the same site and size, as a newsroom's build server keeps them). Each site and size
// has its own output and cache folders under <work>/<name>/; each build leaves its log and memory trace
// in <work>/<name>-<scenario>.log and .memory.tsv.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, writeCorpus } from '../corpus/generate-corpus.mjs';
import { astroBin, bareSite, root, trash, work } from './paths.mjs';
import { measure } from './measure.mjs';

// The lock tests/helpers/build-site.ts takes: Astro writes <root>/.astro/ whatever OUT_DIR says, so
// two builds of this project must not overlap (other people's test runs included).
const buildLock = path.join(
  os.tmpdir(),
  `afaq-astro-build-${createHash('sha1').update(`${root}${path.sep}`).digest('hex').slice(0, 12)}.lock`,
);

/** Moves `dir` (if it exists) into the trash folder, deleted when the run ends (see paths.mjs). */
export function discard(dir) {
  if (!existsSync(dir)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(dir, path.join(trash, `${path.basename(dir)}-${Date.now()}-${process.pid}`));
}

/** Deletes what discard() moved aside: once no build is measured any more. */
export async function emptyTrash() {
  await rm(trash, { recursive: true, force: true });
}

/** Writes the corpus of `size` articles into <work>/corpus-<size>/ (same size and seed, same bytes). */
export function writeBenchCorpus(size, seed) {
  const contentDir = path.join(work, `corpus-${size}`);
  discard(contentDir);
  writeCorpus(contentDir, generateCorpus({ count: size, seed }));
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
 * `astro build` of the project in `cwd` on the corpus in `contentDir`, into <work>/<name>/ (output and
 * cache): removed first when `cold`. `lock` holds this project's build lock meanwhile. Returns the
 * measurement (./measure.mjs) with the built site's pages, bytes, pages rendered and skipped
 * (Astro's log: "(+12ms)" or "(cached)"), and outDir.
 */
async function build({ cwd, contentDir, name, scenario, cold, what, env = {}, lock = false }) {
  const outDir = path.join(work, name, 'dist');
  if (cold) discard(path.join(work, name));
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
  writeFileSync(path.join(work, `${name}-${scenario}.log`), result.output);
  writeFileSync(
    path.join(work, `${name}-${scenario}.memory.tsv`),
    result.trace.map((row) => row.join('\t')).join('\n'),
  );
  if (result.exitCode !== 0)
    throw new Error(`${what} of ${name} (${scenario}) failed:\n${result.output.slice(-4000)}`);
  const rendered = (result.output.match(/[├└]─ .*\(\+\d+ms\)/g) ?? []).length;
  const skipped = (result.output.match(/[├└]─ .*\((cached|restored)\)/g) ?? []).length;
  const { trace: _trace, output, ...measured } = result;
  return { ...measured, output, ...distStats(outDir), rendered, skipped, outDir };
}

/** This project's real build (every page type, feeds, sitemaps, search index), with its related-articles time. */
export async function buildOurs(contentDir, name, { scenario, cold }) {
  const result = await build({
    cwd: root,
    contentDir,
    name,
    scenario,
    cold,
    what: 'Build',
    env: { AFAQ_TIMINGS: '1' },
    lock: true,
  });
  const related = /\[afaq-timing\] (?:related articles|afaq-related): ([\d.]+) ms/.exec(
    result.output,
  );
  return { ...result, relatedMs: related ? Number(related[1]) : undefined };
}

/**
 * The bare site, built from a copy of ./bare-site/ in its own project folder (own .astro/: no lock).
 * Its packages resolve from this repository's node_modules up the folder tree, as for any project in a
 * subfolder: no node_modules link, through which Tailwind would scan every package for class names and
 * Vite would share this project's dependency cache. Its own node_modules/.vite stays, as ours does.
 */
export async function buildBare(contentDir, name, { scenario, cold }) {
  const project = path.join(work, 'bare');
  const link = path.join(project, 'node_modules');
  if (lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) await rm(link);
  cpSync(bareSite, project, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|\.astro|dist)$/.test(source),
  });
  if (cold) await rm(path.join(project, '.astro'), { recursive: true, force: true });
  return build({ cwd: project, contentDir, name, scenario, cold, what: 'Bare build' });
}

/** The article the "add" scenario publishes: a story on the subject of the first one, dated an hour ago. */
export function publishOneArticle(contentDir) {
  const dir = path.join(contentDir, 'articles');
  const model = readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()[0];
  const source = readFileSync(path.join(dir, model), 'utf8')
    .replace(/^title: .*$/m, 'title: "خبر عاجل نُشر للتو في أثناء القياس"')
    .replace(/^date: .*$/m, `date: ${new Date(Date.now() - 3600_000).toISOString()}`);
  writeFileSync(path.join(dir, 'bench-published-now.mdx'), source);
}

/** The "edit" scenario: a new title for the article in the middle of the archive. */
export function editOneTitle(contentDir) {
  const dir = path.join(contentDir, 'articles');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort();
  const file = path.join(dir, files[Math.floor(files.length / 2)]);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "عنوان مصحَّح في أثناء القياس"'),
  );
}
