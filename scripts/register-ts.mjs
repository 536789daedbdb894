// `node --experimental-strip-types --import ./scripts/register-ts.mjs script.mjs` lets our Node scripts
// import the typed modules in src/ (which import each other without file extensions, as Vite allows).
import { register } from 'node:module';

register('./ts-resolve-hooks.mjs', import.meta.url);
