// Astro's incremental build (experimental.incrementalBuild) keeps a second copy of every page it
// renders in <cacheDir>/dist/, to put a skipped page back into an output folder that has lost it
// (a host that builds into a clean folder and keeps only the cache). Astro writes that copy after the
// page itself: a second mkdir, open, write and close for every page, four more waits on Node's thread
// pool for the main thread, which renders one page at a time (a CPU profile of a 5,000-article build:
// about 0.8 s of the main thread, and the same bytes written twice: 211 MB at 5,000 articles).
//
// This integration makes the copy a hard link of the page just written: the same file under the
// cache's name, made synchronously (no bytes written, two system calls). Astro restores a page with
// copyFile (a new file), and writes a page it renders again over its old one in place, then links it
// again, so the link and the page never disagree once a page is done. Where a link cannot be made (the
// cache on another file system, a file system without links), Astro's own copy is written.
//
// IncrementalBuildCache is not part of Astro's public API: when its module or method is not where
// this Astro version has it, nothing is changed (the build is as fast as without this, no slower),
// and the build test (tests/build/incremental.test.ts) fails on the missing link.
import { linkSync, mkdirSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

interface Settings {
  config: { outDir: URL; cacheDir: URL };
}
type WriteOutputFile = (
  this: unknown,
  settings: Settings,
  outputFile: string,
  body: Uint8Array,
) => Promise<void>;

const patched = Symbol.for('afaq.incrementalCacheLinks');

/** Makes `copy` a hard link of `page` (replacing an older copy); false when links cannot be made. */
export function linkCopy(page: string, copy: string): boolean {
  try {
    mkdirSync(path.dirname(copy), { recursive: true });
    try {
      linkSync(page, copy);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      unlinkSync(copy);
      linkSync(page, copy);
    }
    return true;
  } catch {
    return false;
  }
}

/** Replaces IncrementalBuildCache#writeOutputFile (once per process); whether it was found. */
export function linkIncrementalCopies(): boolean {
  const require = createRequire(import.meta.url);
  let prototype: { writeOutputFile?: WriteOutputFile & { [patched]?: true } } | undefined;
  try {
    // require(), not import(): this file is loaded by Vite's module runner with the config, and that
    // runner is closed by the time the build starts; Node's require of an ES module is the same
    // module instance Astro's build imported.
    const module = path.join(
      path.dirname(require.resolve('astro/package.json')),
      'dist/core/build/incremental.js',
    );
    prototype = (require(module) as { IncrementalBuildCache?: { prototype: typeof prototype } })
      .IncrementalBuildCache?.prototype;
  } catch {
    return false;
  }
  const original = prototype?.writeOutputFile;
  if (!prototype || typeof original !== 'function' || original.length !== 3) return false;
  if (original[patched]) return true;
  const writeOutputFile: WriteOutputFile & { [patched]?: true } = function (
    settings,
    outputFile,
    body,
  ) {
    const page = fileURLToPath(new URL(outputFile, settings.config.outDir));
    const copy = fileURLToPath(new URL(outputFile, new URL('dist/', settings.config.cacheDir)));
    return linkCopy(page, copy)
      ? Promise.resolve()
      : original.call(this, settings, outputFile, body);
  };
  writeOutputFile[patched] = true;
  prototype.writeOutputFile = writeOutputFile;
  return true;
}

export default function incrementalCacheLinks(): AstroIntegration {
  return {
    name: 'afaq-incremental-cache-links',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!linkIncrementalCopies()) {
          logger.warn(
            'Astro’s incremental cache was not found where this Astro version keeps it: its page copies are written, not linked.',
          );
        }
      },
    },
  };
}
