// Child process of src/integrations/post-build.ts: `node post-build-worker.ts '<PostBuildJob JSON>'`
// (with scripts/node-options.mjs's flags). Builds the search index and, meanwhile, checks every page's CSP (this
// process would otherwise sit idle while Pagefind's indexer works); then writes _headers (after the
// index, so that _headers has a rule for pagefind/). Reports logs and the first error (the index's
// first) to the parent over IPC; the parent fails the build with that error's message.
import { performance } from 'node:perf_hooks';
import { timingLine, timingsEnabled } from './build-timing';
import { buildSearchIndex } from './pagefind';
import type { BuildOutputs, PostBuildJob, PostBuildMessage } from './post-build';
import { removeStalePages } from './built-files';
import { checkPageCsp, writeHeadersFile } from './security-headers';

const send = (message: PostBuildMessage) =>
  new Promise<void>((resolve) => {
    if (process.send) process.send(message, () => resolve());
    else {
      console.log('error' in message ? message.error : `[${message.label}] ${message.log}`);
      resolve();
    }
  });
const timings = timingsEnabled();

async function step<T>(
  label: string,
  run: (log: (message: string) => void) => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const logs: Promise<void>[] = [];
  const result = await run((log) => logs.push(send({ label, log })));
  await Promise.all(logs);
  if (timings) console.log(timingLine(label, performance.now() - started));
  return result;
}

const outputs = new Promise<BuildOutputs>((resolve) =>
  process.once('message', (message: BuildOutputs) => resolve(message)),
);

try {
  const job = JSON.parse(process.argv[2] ?? '') as PostBuildJob;
  await step('afaq-stale-pages', async (log) => {
    const removed = await removeStalePages(
      job.outDir,
      new Set((await outputs).outputs),
      job.assetsDir,
    );
    if (removed.length) log(`${removed.length} page(s) of earlier builds removed`);
  });
  const [index, csp] = await Promise.allSettled([
    step('afaq-pagefind', (log) => buildSearchIndex(job.outDir, log)),
    step('afaq-csp-check', () => checkPageCsp(job.outDir)),
  ]);
  if (index.status === 'rejected') throw index.reason;
  if (csp.status === 'rejected') throw csp.reason;
  await step('afaq-security-headers', (log) => writeHeadersFile(job.outDir, csp.value, job, log));
} catch (error) {
  await send({ error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
process.disconnect?.();
