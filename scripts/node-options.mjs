// How every Node program of the project runs (package.json scripts through scripts/run.sh, the
// post-build worker, benchmark children, test helpers): TypeScript types stripped by Node, and
// extensionless relative imports resolved the way Vite resolves them (register-ts.mjs), so a module in
// src/ is written one way whoever imports it. scripts/run.sh passes the same flags (a unit test checks).
import { fileURLToPath } from 'node:url';

export const registerTs = fileURLToPath(new URL('./register-ts.mjs', import.meta.url));

/** Node's flags for our programs: `node ${tsNodeArgs} file.ts|file.mjs`. */
export const tsNodeArgs = [
  '--experimental-strip-types',
  '--disable-warning=ExperimentalWarning',
  '--import',
  registerTs,
];
