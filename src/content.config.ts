// Content model: the collections are defined in lib/content/collections.ts (every field an editor
// writes is validated there). This file only loads them.
//
// Astro runs this file in Vite's module runner, which transforms every module it imports: Astro's
// content runtime and our loader with all it uses, about 150 modules, about 0.9 s of CPU at every
// build, warm or cold. Where Node strips types itself, Node loads the collections instead, in about
// 60 ms: register-ts.mjs (imported first) resolves extensionless imports for the rest of the build's
// process, as for our other programs. The dev server keeps Vite's way: it reloads the collections
// when their modules change.
import type * as Definitions from './lib/content/collections';

/** Node's own import(), out of Vite's sight (a literal import() here would go through its runner). */
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

async function loadDefinitions(): Promise<typeof Definitions> {
  const byNode =
    !process.argv.slice(2).includes('dev') &&
    Boolean(process.features.typescript) &&
    typeof (await import('node:module')).registerHooks === 'function';
  if (!byNode) return import('./lib/content/collections');
  await nativeImport(new URL('../scripts/register-ts.mjs', import.meta.url).href);
  return (await nativeImport(
    new URL('./lib/content/collections.ts', import.meta.url).href,
  )) as typeof Definitions;
}

export const { collections } = await loadDefinitions();
