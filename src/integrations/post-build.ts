// The steps that read the finished build output (OUT_DIR), run at the end of `astro build`: the pages
// of earlier builds that no longer exist removed (built-files.ts: the output folder is not emptied, so
// that the pages an incremental build skips stay), the Pagefind search index (pagefind.ts), then the
// CSP check and dist/_headers (security-headers.ts).
// They run in ONE child Node process (post-build-worker.ts), not in Astro's: after rendering thousands
// of pages Astro's heap is gigabytes large, and garbage collection there made these steps several times
// slower. The child starts with a small heap. `astro build` still produces everything and fails with
// the step's own message when one fails.
import type { AstroIntegration } from 'astro';
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsNodeArgs } from '../../scripts/node-options.mjs';

/** What the parent hands the worker (as JSON in argv). */
export interface PostBuildJob {
  outDir: string;
  basePath: string;
  assetsDir: string;
}

/** Messages from the worker over the IPC channel. */
export type PostBuildMessage = { log: string; label: string } | { error: string };

/** The parent's message to the worker: every file the build produced (relative to outDir). */
export interface BuildOutputs {
  outputs: string[];
}

export default function postBuild(): AstroIntegration {
  let root: URL;
  let basePath = '/';
  let assetsDir = '_astro';
  return {
    name: 'afaq-post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        basePath = config.base;
        assetsDir = config.build.assets;
      },
      'astro:build:start': () => {
        // Every page agrees on what is published and on "now" (lib/content/site-data.ts reads it).
        process.env.AFAQ_BUILD_TIME = new Date().toISOString();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const job: PostBuildJob = { outDir: fileURLToPath(dir), basePath, assetsDir };
        // Pages skipped by the incremental build are listed too (their files stay).
        const outputs = [...assets.values()]
          .flat()
          .map((url) => path.relative(job.outDir, fileURLToPath(url)).split(path.sep).join('/'));
        const worker = fileURLToPath(new URL('src/integrations/post-build-worker.ts', root));
        const child = fork(worker, [JSON.stringify(job)], {
          cwd: process.cwd(),
          execArgv: tsNodeArgs,
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        child.send({ outputs } satisfies BuildOutputs);
        let failure: string | undefined;
        child.on('message', (message: PostBuildMessage) => {
          if ('error' in message) failure = message.error;
          else logger.fork(message.label).info(message.log);
        });
        const code = await new Promise<number | null>((resolve, reject) => {
          child.on('error', reject);
          child.on('exit', (exitCode) => resolve(exitCode));
        });
        if (failure !== undefined) throw new Error(failure);
        if (code !== 0) throw new Error(`post-build steps (${worker}) exited with code ${code}`);
      },
    },
  };
}
