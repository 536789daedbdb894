// `node --experimental-strip-types --import ./scripts/register-ts.mjs program` (see node-options.mjs)
// lets our Node programs import the typed modules in src/, which import each other without file
// extensions, as Vite allows.
import { register } from 'node:module';

register('./ts-resolve-hooks.mjs', import.meta.url);
