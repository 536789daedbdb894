// Astro loads astro.config.mjs with Node's own import() first and falls back to a Vite server when that
// fails. Node (22.18 and later strip TypeScript types by default) loads it when every relative import in
// its graph names its file ("./routes.ts"): about 1.5 s sooner at every build than through Vite, which
// transforms each module of the graph. An import without its extension there is no error, only that
// slower path, so this test is what notices it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths';

describe('astro.config.mjs', () => {
  it('loads in plain Node, without Vite and without our resolve hooks', () => {
    const config = pathToFileURL(path.join(projectRoot, 'astro.config.mjs')).href;
    const result = spawnSync(
      process.execPath,
      [
        '--experimental-strip-types',
        '--disable-warning=ExperimentalWarning',
        '--input-type=module',
        '-e',
        `const config = (await import(${JSON.stringify(config)})).default;
         if (!Array.isArray(config.integrations)) throw new Error('no integrations');`,
      ],
      { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
    );
    // On failure, Node's message names the module and the import it could not resolve.
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
