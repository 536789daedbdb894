// Serves a built dist/ folder over HTTP on 127.0.0.1 the way static hosts do: directory index,
// 404.html with status 404, and optionally under a sub-path (BASE_PATH deployments).
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/afaq/ (always ends with a slash). */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra response headers per URL path, like a host applying dist/_headers (see headersForPath). */
  headers?: (urlPath: string) => Record<string, string>;
}

export async function serveStatic(
  distDir: string,
  basePath = '/',
  options: ServeOptions = {},
): Promise<StaticServer> {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const assets = sirv(distDir, { dev: true, etag: false, dotfiles: false });
  const notFound = await readFile(path.join(distDir, '404.html')).catch(() =>
    Buffer.from('Not found'),
  );
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    for (const [name, value] of Object.entries(
      options.headers?.(decodeURI(url.split('?')[0]!)) ?? {},
    ))
      res.setHeader(name, value);
    const sendNotFound = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (!url.startsWith(base)) return sendNotFound();
    req.url = `/${url.slice(base.length)}`;
    assets(req, res, sendNotFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
