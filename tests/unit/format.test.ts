// The house style is Prettier's (.prettierrc.json): `npm test` fails on a file that `npm run format`
// would change, and names it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths';

describe('formatting', () => {
  it('leaves nothing for `npm run format` to change', () => {
    const prettier = path.join(projectRoot, 'node_modules/prettier/bin/prettier.cjs');
    const result = spawnSync(process.execPath, [prettier, '--list-different', '.'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const unformatted = result.stdout.split('\n').filter(Boolean);
    expect(unformatted, 'run `npm run format`, then commit the result').toEqual([]);
    expect(result.status).toBe(0);
  }, 120_000);
});
