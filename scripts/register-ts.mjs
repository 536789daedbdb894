// `node --experimental-strip-types --import ./scripts/register-ts.mjs program` (see node-options.mjs)
// lets our Node programs import the typed modules in src/, which import each other without file
// extensions, as Vite allows. Where Node has module.registerHooks() (22.15 and later), the hook runs
// in the importing thread: module.register() starts a hooks thread per process and worker thread and
// makes every import a round trip to it, which cost the post-build child and its worker thread about
// a quarter of a second each at startup.
import * as nodeModule from 'node:module';
import { resolveSync } from './ts-resolve-hooks.mjs';

// V8 code cached between runs (Node's default folder, the one Astro's CLI uses for its own).
nodeModule.enableCompileCache?.();
if (typeof nodeModule.registerHooks === 'function')
  nodeModule.registerHooks({ resolve: resolveSync });
else nodeModule.register('./ts-resolve-hooks.mjs', import.meta.url);
