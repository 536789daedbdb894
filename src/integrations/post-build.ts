// The build steps outside Astro's page rendering, in ONE child Node process (post-build-worker.ts),
// forked when `astro build` has its configuration:
//   - once the article loader has written the articles' manifest (it calls the function under
//     articlesSyncedKey), while Astro syncs the rest and bundles the site: the related articles of
//     every article (related-job.ts; the pages read them, see lib/content/related-lists.ts);
//   - once the build starts (astro:build:start, after content sync): the search index from content
//     data (search-index.ts) while the pages render;
//   - when the pages are written (astro:build:done): the pages of earlier builds that no longer exist
//     removed (built-files.ts: the output folder is not emptied, so that the pages an incremental
//     build skips stay), the sitemaps (sitemap.ts), every changed page's CSP checked, then
//     dist/_headers (security-headers.ts, after the index so that it has a rule for pagefind/).
// A child process, not Astro's: after rendering thousands of pages Astro's heap is gigabytes large,
// and garbage collection there made these steps several times slower; and it works while Astro does.
// `astro build` still produces everything and fails with the step's own message when one fails.
import type { AstroIntegration } from 'astro';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsNodeArgs } from '../../scripts/node-options.mjs';
import {
  articlesSyncedKey,
  relatedListsKey,
  type RelatedResult,
} from '../lib/content/related-lists.ts';

/** What the parent hands the worker (as JSON in argv). */
export interface PostBuildJob {
  outDir: string;
  cacheDir: string;
  /** SITE_URL: the sitemaps' absolute URLs. */
  site: string;
  basePath: string;
  assetsDir: string;
  /** The build's time (ISO 8601): what is published, for the related lists, the index and the pages. */
  buildTime: string;
  /** outDir held nothing before the build (no earlier build's pages to look for). */
  outDirEmpty: boolean;
}

/** Messages from the worker over the IPC channel. */
export type PostBuildMessage =
  | { log: string; label: string }
  | { error: string }
  /** The related lists are written (a file of the build cache). */
  | { related: string };

/**
 * The parent's messages: the articles are synced (their manifest written), the build started (all
 * content synced), then the pages are written.
 */
export type ParentMessage =
  | { synced: true }
  | { start: true }
  /** Every file the build produced (relative to outDir). */
  | { outputs: string[] };

/** The child's heap limit: a third of the machine's memory, at least Node's usual 4 GB. */
const childHeapMb = () => Math.max(4096, Math.floor(os.totalmem() / 1048576 / 3));

export default function postBuild(): AstroIntegration {
  let root: URL;
  let command: string | undefined;
  let child: ChildProcess | undefined;
  let failure: string | undefined;
  let exited: Promise<number | null> | undefined;
  let relatedReady: (result: RelatedResult | undefined) => void = () => {};
  let related: Promise<RelatedResult | undefined> | undefined;
  return {
    name: 'afaq-post-build',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      // Started now, while Astro syncs the content, so that its modules are loaded when it is needed.
      'astro:config:done': ({ config, logger }) => {
        root = config.root;
        if (command !== 'build' || child) return;
        // Every page agrees on what is published and on "now" (lib/content/site-data.ts reads it).
        const buildTime = new Date().toISOString();
        process.env.AFAQ_BUILD_TIME = buildTime;
        // The pages wait for this (site-data.ts); if the worker fails first, they compute the lists
        // themselves (and the build fails with the worker's error at the end).
        related = new Promise((resolve) => (relatedReady = resolve));
        const outDir = fileURLToPath(config.outDir);
        const job: PostBuildJob = {
          outDir,
          cacheDir: fileURLToPath(config.cacheDir),
          site: config.site ?? 'http://localhost',
          basePath: config.base,
          assetsDir: config.build.assets,
          buildTime,
          // Before Astro writes anything into it.
          outDirEmpty: !existsSync(outDir) || readdirSync(outDir).length === 0,
        };
        const worker = fileURLToPath(new URL('src/integrations/post-build-worker.ts', root));
        const started = fork(worker, [JSON.stringify(job)], {
          cwd: process.cwd(),
          // Node's default heap (about 4 GB) is too small for the search index and the page scan of
          // 100,000 articles: up to a third of the machine's memory. --expose-gc: collect-garbage.ts.
          execArgv: [...tsNodeArgs, `--max-old-space-size=${childHeapMb()}`, '--expose-gc'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        child = started;
        started.on('message', (message: PostBuildMessage) => {
          if ('related' in message) {
            readFile(message.related, 'utf8').then(
              (text) => relatedReady(JSON.parse(text) as RelatedResult),
              () => relatedReady(undefined),
            );
          } else if ('error' in message) {
            failure ??= message.error;
            relatedReady(undefined);
          } else logger.fork(message.label).info(message.log);
        });
        exited = new Promise((resolve, reject) => {
          started.on('error', reject);
          started.on('exit', (code) => {
            relatedReady(undefined);
            resolve(code);
          });
        });
        // Not kept alive by it: `astro build` that fails before the pages are written exits, and the
        // worker with it (it stops when the channel closes).
        started.unref();
        started.channel?.unref();
        // The related lists need only the articles: begun as soon as the article loader is done.
        (globalThis as Record<symbol, unknown>)[articlesSyncedKey] = () => {
          delete (globalThis as Record<symbol, unknown>)[articlesSyncedKey];
          if (started.connected) started.send({ synced: true } satisfies ParentMessage);
        };
      },
      'astro:build:start': () => {
        delete (globalThis as Record<symbol, unknown>)[articlesSyncedKey];
        (globalThis as Record<symbol, unknown>)[relatedListsKey] =
          related ?? Promise.resolve(undefined);
        if (!child?.connected) relatedReady(undefined);
        else child.send({ start: true } satisfies ParentMessage);
      },
      'astro:build:done': async ({ dir, assets }) => {
        if (!child || !exited) {
          throw new Error(
            'afaq-post-build: the worker did not start (astro:config:done did not run)',
          );
        }
        const outDir = fileURLToPath(dir);
        // Pages skipped by the incremental build are listed too (their files stay).
        const outputs = [...assets.values()]
          .flat()
          .map((url) => path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/'));
        child.ref();
        child.channel?.ref();
        if (child.connected) child.send({ outputs } satisfies ParentMessage);
        const code = await exited;
        delete (globalThis as Record<symbol, unknown>)[relatedListsKey];
        if (failure !== undefined) {
          // The step's message says what and where (an article's file for its content); a stack
          // trace of this hook would only hide it.
          const error = new Error(failure);
          error.stack = '';
          throw error;
        }
        if (code !== 0) throw new Error(`post-build steps exited with code ${code}`);
      },
    },
  };
}
