// Where the build benchmark reads and writes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Corpora, builds, logs and the bare site's working copy; removed after each size unless --keep. */
export const work = path.join(root, 'tests/.tmp-bench');
export const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
/** The bare Astro site's source files, copied into <work>/bare/ before each bare build. */
export const bareSite = path.join(root, 'scripts/bench/bare-site');
