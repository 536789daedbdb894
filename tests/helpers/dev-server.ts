// `astro dev` (npm run dev) in a child process, for tests of what only the dev server does (the web
// editor's local mode). It holds the build lock while it runs: it writes <root>/.astro/ like a build.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildLock } from './build-site';
import { projectRoot, tmpRoot } from './paths';

export interface DevServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startDevServer(
  name: string,
  contentDir: string,
  port: number,
): Promise<DevServer> {
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  // Astro's dev server serves no page when it sees VITEST (it assumes it runs inside Vitest).
  const { VITEST: _vitest, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, ...env } = process.env;
  const child: ChildProcess = spawn(
    'flock',
    [buildLock, process.execPath, astro, 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: projectRoot,
      detached: true,
      env: {
        ...env,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: path.join(tmpRoot, name, 'cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  // Once only: a test may stop the server before afterAll does (a process killed by a signal keeps
  // exitCode null, and killing its group again throws ESRCH).
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    })());
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
    try {
      // The editor's routes answer first; the site's pages once Astro says it is ready.
      if (/ready in \d+/.test(output) && (await fetch(`${url}admin/config.json`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, output: () => output, stop };
}
