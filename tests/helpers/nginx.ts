// Debian's nginx (/usr/sbin/nginx) run for a test: on 127.0.0.1, with its configuration, pid file,
// logs and temporary folders in a temporary directory, in the foreground, as the current user (as
// root, its workers run as root too, so they can read the test's folders). The server block comes
// from `npm run deploy:nginx` (scripts/nginx-config.ts), exactly what a deployer installs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './paths';
import { tsNodeArgs } from '../../scripts/node-options.mjs';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Fails (never skips) when nginx is missing: CI installs it in .ci/run. */
export function requireNginx(): void {
  if (!existsSync(nginxPath)) {
    throw new Error(
      `nginx not found at ${nginxPath}: install Debian's package (apt-get install -y nginx) or set NGINX_PATH. .ci/run installs it on CI.`,
    );
  }
}

/** `npm run deploy:nginx -- <args>`: the generated server block. */
export function generateNginxConfig(args: string[]): string {
  const result = spawnSync(
    process.execPath,
    [...tsNodeArgs, path.join(projectRoot, 'scripts/nginx-config.ts'), ...args],
    {
      cwd: projectRoot,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`deploy:nginx failed: ${result.stderr}`);
  return result.stdout;
}

export interface Nginx {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startNginx(siteConfig: string, port: number): Promise<Nginx> {
  requireNginx();
  const dir = await mkdtemp(path.join(tmpdir(), 'afaq-nginx-'));
  const asRoot = process.getuid?.() === 0;
  await writeFile(path.join(dir, 'site.conf'), siteConfig);
  await writeFile(
    path.join(dir, 'nginx.conf'),
    `${asRoot ? 'user root root;\n' : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const test = spawnSync(nginxPath, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], {
    encoding: 'utf8',
  });
  if (test.status !== 0)
    throw new Error(`nginx -t refused the generated configuration:\n${test.stderr}`);
  const child = spawn(
    nginxPath,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${output}`);
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host: '127.0.0.1' }, () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
