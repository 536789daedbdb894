// Every Node program runs one way (scripts/node-options.mjs): the package.json scripts through
// scripts/run.sh, which must pass the same flags, so a module in src/ never needs a special form.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerTs, tsNodeArgs } from '../../../scripts/node-options.mjs';
import { projectRoot } from '../../helpers/paths';

const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('running the project’s programs', () => {
  it('runs every package.json script that starts Node through scripts/run.sh', () => {
    const nodeScripts = Object.entries(packageJson.scripts).filter(([, command]) =>
      /\bnode\b|\.(mjs|ts)\b/.test(command),
    );
    expect(nodeScripts.length).toBeGreaterThan(5);
    for (const [name, command] of nodeScripts)
      expect(command, name).toMatch(/^sh scripts\/run\.sh \S+\.(mjs|ts)\b/);
  });

  it('gives scripts/run.sh the same Node flags as node-options.mjs', () => {
    const runSh = readFileSync(path.join(projectRoot, 'scripts/run.sh'), 'utf8');
    const flags = tsNodeArgs
      .map((arg) => (arg === registerTs ? '"$root/scripts/register-ts.mjs"' : arg))
      .join(' ');
    expect(runSh).toContain(`node ${flags} "$@"`);
  });
});
