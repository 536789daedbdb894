// `--write`: the report goes into BENCHMARKS.md (one block per set of sizes) and the README, between
// HTML comment markers (<!-- bench:results:<sizes>:start/end -->, <!-- bench:readme:start/end -->).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './paths.mjs';

/** Replaces the text between the two markers in a file (adds the block at the end if missing). */
function replaceBlock(file, start, end, text, fallback) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : fallback;
  const block = `${start}\n${text}\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

/** Writes the report of a run (cli.mjs's options) into BENCHMARKS.md and README.md. */
export function writeResults({ sizes, only, bare, coldRuns }, text) {
  const args = [
    sizes.join(',') === '1000,5000,10000' ? '' : `--sizes ${sizes.join(',')}`,
    only.length === 4 ? '' : `--only ${only.join(',')}`,
    bare ? '' : '--no-bare',
    coldRuns === 2 ? '' : `--cold-runs ${coldRuns}`,
  ].filter(Boolean);
  const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
  const body = `Figures from \`${command}\`:\n\n${text}`;
  // One block per set of sizes, so a 100,000-article run does not replace the default one.
  const id = sizes.join(',');
  replaceBlock(
    path.join(root, 'BENCHMARKS.md'),
    `<!-- bench:results:${id}:start -->`,
    `<!-- bench:results:${id}:end -->`,
    body,
    '# Benchmarks\n\nRefreshed by `npm run bench -- --write` (see README, "Performance and quality").\n',
  );
  // The README shows the default run's figures.
  if (id !== '1000,5000,10000') return;
  replaceBlock(
    path.join(root, 'README.md'),
    '<!-- bench:readme:start -->',
    '<!-- bench:readme:end -->',
    body,
    readFileSync(path.join(root, 'README.md'), 'utf8'),
  );
}
