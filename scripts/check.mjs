// `npm run check`: everything an editor or deployer should run before publishing.
//   1. build  — validates every article's frontmatter and compiles every MDX file (errors name the
//               file, the field or the line); also checks the CSP of every page. Built into a scratch
//               folder (node_modules/.cache/afaq-check/dist), so ./dist is left alone.
//   2. types  — `astro check`: TypeScript and .astro templates.
//   3. links  — every internal link, asset and #anchor of the built site (scripts/check-links.mjs).
// Exit code 1 if any step fails. Respects CONTENT_DIR, BASE_PATH and SITE_URL like the build.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { checkBuiltLinks } from './check-links.mjs';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const outDir = path.resolve(process.env.CHECK_OUT_DIR ?? 'node_modules/.cache/afaq-check/dist');

/** Runs a command; shows its output live (`quiet`: only if it fails). Resolves to its exit code. */
function run(args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (quiet && code !== 0) process.stdout.write(output);
      resolve(code ?? 1);
    });
  });
}

const started = Date.now();
const results = [];
const step = async (name, task) => {
  const t0 = Date.now();
  console.log(`\n── ${name} ──`);
  const ok = await task();
  results.push({ name, ok, seconds: ((Date.now() - t0) / 1000).toFixed(1) });
  return ok;
};

await rm(outDir, { recursive: true, force: true });
const built = await step('build: المحتوى والصفحات / content and pages', async () => {
  const ok = (await run([astro, 'build'], { env: { OUT_DIR: outDir }, quiet: true })) === 0;
  console.log(
    ok
      ? '✓ build: every article is valid and every page built.'
      : '✗ build failed: see the file and line above.',
  );
  return ok;
});
// The build has just generated .astro/ types, so the type check need not sync content again.
await step('types: astro check', async () => (await run([astro, 'check', '--noSync'])) === 0);
if (built)
  await step(
    'links: الروابط / links and anchors',
    async () => (await checkBuiltLinks(outDir)) === 0,
  );
else results.push({ name: 'links: skipped (the build failed)', ok: false, seconds: '0.0' });

console.log('\n── summary / الخلاصة ──');
for (const { name, ok, seconds } of results)
  console.log(`${ok ? '✓' : '✗'} ${name} (${seconds} s)`);
const failed = results.some((r) => !r.ok);
console.log(
  failed
    ? `✗ npm run check found problems (${((Date.now() - started) / 1000).toFixed(0)} s). وُجدت مشكلات: أصلحها ثم أعد التشغيل.`
    : `✓ all checks passed (${((Date.now() - started) / 1000).toFixed(0)} s). كل الفحوص ناجحة.`,
);
process.exitCode = failed ? 1 : 0;
