// Builds the web editor's browser bundle (src/admin/main.ts → admin.js) with esbuild, from npm only.
// Two things Decap would otherwise need from the page's policy are removed at bundle time:
//  - ajv compiles Decap's config schema with `new Function` ('unsafe-eval'): the generated config is
//    validated against that schema by a unit test instead, so the browser gets a validator that passes;
//  - two libraries probe for Node with `eval`/`Function` inside try/catch: the probes are dropped, so
//    the admin page runs without a single CSP violation report.
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const adminEntry = fileURLToPath(new URL('../admin/main.ts', import.meta.url));
const ajvShim = fileURLToPath(new URL('../admin/ajv-shim.ts', import.meta.url));

/** Source rewrites for known `eval` probes: [package path fragment, code, replacement]. */
const evalProbes: [RegExp, string, string][] = [
  [/@iarna[\\/]toml/, `eval("require('util').inspect")`, 'undefined'],
  [/ts-invariant/, 'Function("stub", "process = stub")', '(() => () => {})'],
];

const noEval: esbuild.Plugin = {
  name: 'afaq-admin-no-eval',
  setup(build) {
    build.onResolve({ filter: /^ajv(?:-errors|-keywords\/dist\/keywords)?$/ }, () => ({
      path: ajvShim,
    }));
    build.onLoad({ filter: /(@iarna[\\/]toml|ts-invariant).*\.[cm]?js$/ }, async (args) => {
      let code = await readFile(args.path, 'utf8');
      for (const [file, probe, replacement] of evalProbes)
        if (file.test(args.path)) code = code.split(probe).join(replacement);
      return { contents: code, loader: 'js' };
    });
  },
};

export interface AdminBundleOptions {
  outdir: string;
  minify?: boolean;
}

/** esbuild options for the admin bundle (shared by `astro build` and the dev server). */
export function adminBuildOptions({
  outdir,
  minify = true,
}: AdminBundleOptions): esbuild.BuildOptions {
  return {
    entryPoints: { admin: adminEntry },
    outdir,
    bundle: true,
    minify,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.wasm': 'file', '.woff2': 'file' },
    plugins: [noEval],
    logLevel: 'silent',
    metafile: true,
  };
}

export async function buildAdminBundle(options: AdminBundleOptions): Promise<esbuild.Metafile> {
  const result = await esbuild.build(adminBuildOptions(options));
  return result.metafile!;
}

/** What a cached bundle was made from: every input file esbuild read, with its size and time. */
interface BundleInputs {
  version: 1;
  files: Record<string, [size: number, mtimeMs: number]>;
}

const statOf = async (file: string): Promise<[number, number] | undefined> => {
  try {
    const found = await stat(file);
    return [found.size, found.mtimeMs];
  } catch {
    return undefined;
  }
};

/**
 * buildAdminBundle() into `outdir` through a copy kept in `cacheDir`: the bundle (4 MB of Decap CMS,
 * about three seconds of esbuild) is made again only when one of the files it was made from changed (a
 * package updated, src/admin/ edited), not on every build of the site. Returns whether the cached copy
 * was used.
 */
export async function cachedAdminBundle(outdir: string, cacheDir: string): Promise<boolean> {
  const saved = path.join(cacheDir, 'bundle');
  const inputsFile = path.join(cacheDir, 'inputs.json');
  let fresh = false;
  try {
    const inputs = JSON.parse(await readFile(inputsFile, 'utf8')) as BundleInputs;
    const now = await Promise.all(Object.keys(inputs.files).map((file) => statOf(file)));
    fresh =
      inputs.version === 1 &&
      (await statOf(path.join(saved, 'admin.js'))) !== undefined &&
      Object.values(inputs.files).every(
        ([size, mtimeMs], i) => now[i]?.[0] === size && now[i]?.[1] === mtimeMs,
      );
  } catch {
    // No cached bundle yet.
  }
  if (!fresh) {
    // Made aside, then put in place: a build stopped half-way leaves no half bundle behind.
    const making = `${saved}.${process.pid}`;
    await rm(making, { recursive: true, force: true });
    await mkdir(making, { recursive: true });
    const metafile = await buildAdminBundle({ outdir: making });
    await rm(inputsFile, { force: true });
    await rm(saved, { recursive: true, force: true });
    await rename(making, saved);
    const files: BundleInputs['files'] = {};
    for (const input of Object.keys(metafile.inputs)) {
      const file = path.resolve(input.replace(/^[\w-]+:/, ''));
      const found = await statOf(file);
      if (found) files[file] = found;
    }
    await writeFile(inputsFile, JSON.stringify({ version: 1, files } satisfies BundleInputs));
  }
  await cp(saved, outdir, { recursive: true });
  return fresh;
}
