// The web editor at <base>admin/ (README "Web editor"). `astro build` writes it into the output:
// index.html with its own CSP, admin.js bundled from npm (admin-bundle.ts), config.json generated from
// the content schema (admin-config.ts), the Cairo font. `npm run dev` serves the same files live, and
// the local backend at <base>admin/api/v1: Decap's decap-server file-system backend, which reads and
// writes the working tree, behind the build's article checks.
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdminSettings } from './admin-config.ts';
import { adminPage } from '../lib/editor/admin-page.ts';

// Loaded when first used (esbuild, the editor's schema, the article checks: about 0.1 s of modules),
// not with astro.config.mjs: a build starts that much sooner, and needs them only once it is done.
const bundles = () => import('./admin-bundle.ts');
const editorConfigFor = async (root: string, settings: AdminSettings) =>
  (await import('./admin-config.ts')).editorConfigFor(root, settings);

/** The admin page's font files, copied from @fontsource/cairo (the same files the site uses). */
const fontFiles = ['cairo-arabic-400-normal.woff2', 'cairo-arabic-700-normal.woff2'];
const fontsDir = 'node_modules/@fontsource/cairo/files';
const stylesheet = fileURLToPath(new URL('../admin/admin.css', import.meta.url));

export default function admin(settings: AdminSettings): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'afaq-admin',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'dev')
          updateConfig({ vite: { plugins: [adminDevServer(root, settings, logger)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outdir = path.join(fileURLToPath(dir), 'admin');
        await mkdir(outdir, { recursive: true });
        const config = await editorConfigFor(root, settings);
        await Promise.all([
          // The bundle is code only (npm packages and src/admin/), the same for every build of this
          // install: kept with the installed packages, like Vite's own caches, not per content build.
          bundles().then(({ cachedAdminBundle }) =>
            cachedAdminBundle(outdir, path.join(root, 'node_modules/.cache/afaq-admin')),
          ),
          writeFile(path.join(outdir, 'config.json'), JSON.stringify(config)),
          writeFile(path.join(outdir, 'index.html'), adminPage(config.csp)),
          copyFile(stylesheet, path.join(outdir, 'admin.css')),
          ...fontFiles.map((font) =>
            copyFile(path.join(root, fontsDir, font), path.join(outdir, font)),
          ),
        ]);
        logger.info(`web editor: ${path.relative(process.cwd(), outdir)}/`);
      },
    },
  };
}

type Next = (error?: unknown) => void;
type Handler = (req: IncomingMessage, res: ServerResponse, next: Next) => void;
interface Logger {
  info(message: string): void;
}

function send(res: ServerResponse, type: string, body: string | Uint8Array, csp?: string) {
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  if (csp) res.setHeader('Content-Security-Policy', csp);
  res.end(body);
}

/** <base>admin/ on the dev server: the page, the bundle (rebuilt on each load), the config, the local backend. */
function adminDevServer(root: string, settings: AdminSettings, logger: Logger) {
  const prefix = `${settings.basePath}admin/`;
  return {
    name: 'afaq-admin-dev',
    async configureServer(server: { middlewares: { use: (handler: Handler) => void } }) {
      const [esbuild, { adminBuildOptions }] = await Promise.all([import('esbuild'), bundles()]);
      const context = await esbuild.context({
        ...adminBuildOptions({
          outdir: path.join(root, 'node_modules/.cache/afaq-admin'),
          minify: false,
        }),
        write: false,
      });
      const localBackend = await createLocalBackend(root, settings);
      logger.info(`web editor (local mode): ${prefix}`);
      server.middlewares.use(async (req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (!pathname.startsWith(prefix)) return next();
        const file = pathname.slice(prefix.length);
        try {
          if (file === 'api/v1/') return localBackend(req, res, next);
          if (file === '' || file === 'index.html') {
            const config = await editorConfigFor(root, settings);
            return send(res, 'text/html; charset=utf-8', adminPage(config.csp), config.csp);
          }
          if (file === 'config.json')
            return send(
              res,
              'application/json',
              JSON.stringify(await editorConfigFor(root, settings)),
            );
          if (file === 'admin.css') return send(res, 'text/css', await readFile(stylesheet));
          if (file === 'admin.js') {
            const result = await context.rebuild();
            const output = result.outputFiles!.find((entry) => entry.path.endsWith('admin.js'))!;
            return send(res, 'text/javascript; charset=utf-8', output.contents);
          }
          if (fontFiles.includes(file))
            return send(res, 'font/woff2', await readFile(path.join(root, fontsDir, file)));
          return next();
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/** Express's response helpers that decap-server's middleware calls, on Node's own response. */
function expressResponse(res: ServerResponse) {
  const extended = res as ServerResponse & {
    status(code: number): typeof extended;
    json(body: unknown): void;
  };
  extended.status = (code) => {
    res.statusCode = code;
    return extended;
  };
  extended.json = (body) => send(res, 'application/json', JSON.stringify(body));
  return extended;
}

interface PersistRequest {
  action?: string;
  params?: {
    entry?: { path: string; raw: string };
    dataFiles?: { path: string; raw: string }[];
    assets?: { path: string }[];
  };
}

/**
 * decap-server's file-system backend (the package's own middlewares, registered on a minimal app
 * object so no web framework is needed), rooted at the project, with the article checks in front of
 * every save: a file the build would refuse is refused here too (422 with the build's message).
 */
async function createLocalBackend(root: string, settings: AdminSettings): Promise<Handler> {
  // decap-server is CommonJS, and Astro's config loader cannot import modules after it has loaded the
  // config: require it.
  const { registerLocalFs } = createRequire(import.meta.url)(
    'decap-server/dist/middlewares.js',
  ) as {
    registerLocalFs: (app: object, options?: { logLevel?: string }) => Promise<void>;
  };
  const chain: Handler[] = [];
  process.env.GIT_REPO_DIRECTORY = root;
  await registerLocalFs(
    {
      use: (handler: Handler) => chain.push(handler),
      post: (_path: string, handler: Handler) => chain.push(handler),
    },
    { logLevel: 'warn' },
  );
  const articlesDir = path.resolve(root, settings.contentDir, 'articles');
  const checkSave: Handler = async (req, res, next) => {
    const body = (req as IncomingMessage & { body?: PersistRequest }).body;
    if (body?.action !== 'persistEntry') return next();
    const files = body.params?.dataFiles ?? (body.params?.entry ? [body.params.entry] : []);
    const uploaded = new Set(
      (body.params?.assets ?? []).map((asset) => path.resolve(root, asset.path)),
    );
    const { categories } = (await editorConfigFor(root, settings)).validation;
    const { checkArticle, formatProblems } = await import('../lib/content/article-check.ts');
    for (const file of files) {
      const absolute = path.resolve(root, file.path);
      if (!absolute.startsWith(articlesDir + path.sep) || !/\.mdx?$/.test(file.path)) continue;
      const problems = checkArticle(file.raw, {
        categories,
        mdx: file.path.endsWith('.mdx'),
        fileExists: (relative) => {
          const target = path.resolve(path.dirname(absolute), relative);
          return uploaded.has(target) || existsSync(target);
        },
      });
      if (problems.length)
        return expressResponse(res)
          .status(422)
          .json({ error: formatProblems(file.path, problems) });
    }
    next();
  };
  // Checks run once the JSON body is parsed and validated, just before the write.
  chain.splice(chain.length - 1, 0, checkSave);
  return (req, res, next) => {
    req.url = '/api/v1';
    expressResponse(res);
    let index = 0;
    const run: Next = (error) => {
      if (error) return next(error);
      const handler = chain[index++];
      if (!handler) return next();
      Promise.resolve(handler(req, res, run)).catch(next);
    };
    run();
  };
}
