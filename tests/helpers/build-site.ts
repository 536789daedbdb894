// Builds the site with `astro build` in a child process, into its own output and cache folders, so
// several builds (fixture corpora, broken articles, sub-path deployments) can run side by side.
import { spawn } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, tmpRoot } from './paths';

export interface BuildResult {
  ok: boolean;
  exitCode: number | null;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
  outDir: string;
}

export interface BuildOptions {
  /** A name for the scratch folder (tests/.tmp/<name>). */
  name: string;
  contentDir: string;
  env?: Record<string, string>;
  /** Keep the output and cache folders of an earlier build with this name (a warm, incremental build). */
  keep?: boolean;
}

const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
/**
 * Astro writes generated modules to <root>/.astro/ whatever OUT_DIR and ASTRO_CACHE_DIR say, so two
 * builds of one project at the same time would read each other's content. `flock` serialises them
 * across test workers and processes (one lock per project folder).
 */
export const buildLock = path.join(
  os.tmpdir(),
  `afaq-astro-build-${createHash('sha1').update(projectRoot).digest('hex').slice(0, 12)}.lock`,
);

export async function buildSite({
  name,
  contentDir,
  env = {},
  keep = false,
}: BuildOptions): Promise<BuildResult> {
  const workDir = path.join(tmpRoot, name);
  const outDir = path.join(workDir, 'dist');
  if (!keep) await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn('flock', [buildLock, process.execPath, astroBin, 'build'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(workDir, 'cache'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const clean = output.replace(/\u001b\[[0-9;]*m/g, '');
      resolve({ ok: exitCode === 0, exitCode, output: clean, outDir });
    });
  });
}

/**
 * Copies a content folder into tests/.tmp/<name>/content, applies `files` (path → text, or null to
 * delete; a Buffer for binary files) and returns the new folder: used to build a corpus with one broken article.
 */
export async function contentVariant(
  name: string,
  baseContentDir: string,
  files: Record<string, string | Buffer | null>,
): Promise<string> {
  const dir = path.join(tmpRoot, `${name}-content`);
  await rm(dir, { recursive: true, force: true });
  await cp(baseContentDir, dir, { recursive: true });
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(dir, relative);
    if (text === null) await rm(target, { force: true });
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
  }
  return dir;
}
