// The benchmark's report: one Markdown text (printed, and written into BENCHMARKS.md and the README
// with --write) with the machine and software, a table of every build, the ratios the targets are
// about (all from the same run: the machine is shared, so only same-run ratios compare), Lighthouse
// scores and the targets, each marked PASS or OVER/UNDER.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './paths.mjs';

/** The scenarios of each size, in the order they run (cli.mjs). */
export const scenarios = ['cold', 'warm', 'add', 'edit'];

// What the report checks: cold builds at 5,000 and 10,000 articles within half the bare site's time
// and peak memory; publishing one article into 10,000 within 0.15× our cold build; Lighthouse.
const targets = { coldTime: 0.5, coldMemory: 0.5, addAt10000: 0.15, performance: 95 };

export const seconds = (ms) => (ms / 1000).toFixed(1);
export const mib = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
export const number = (n) => n.toLocaleString('en-US');

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

function versions() {
  const version = (pkg) => {
    try {
      return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8'))
        .version;
    } catch {
      return '?';
    }
  };
  let chromium = '?';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Lighthouse will say so.
  }
  return {
    machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.type()} ${os.release()}`,
    software: `Node ${process.versions.node}, Astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, Tailwind CSS ${version('tailwindcss')}, Pagefind ${version('pagefind')}, Lighthouse ${version('lighthouse')}, ${chromium}`,
  };
}

const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

/**
 * @param rows one per corpus size: { size, builds: { 'ours/cold': build, 'bare/cold': build, … } }
 *   (build measurements, ./build.mjs)
 * @param lighthouse pages measured by ./lighthouse.mjs on the smallest corpus's build, if any
 */
export function report(rows, lighthouse) {
  const { machine, software } = versions();
  const date = new Date().toISOString().slice(0, 10);
  const out = [];
  out.push(`Measured ${date} on ${machine}.`, '', software + '.', '');
  out.push(
    'Each build: wall time, CPU time of its process tree (user + system, what a busy machine changes ' +
      'least), peak memory of the tree, pages rendered / skipped by the incremental build, and the ' +
      'load average when it started. cold: fresh output and cache folders; warm: again, nothing ' +
      'changed; add: one new article; edit: one title changed.',
    '',
  );
  const tried = rows.filter((row) => row.builds['ours/cold']?.tries?.length > 1);
  if (tried.length) {
    const list = (build) => (build?.tries ?? []).map((ms) => `${seconds(ms)} s`).join(', ');
    out.push(
      'Cold builds: each site built alternately (ours, bare, ours, bare…), the faster of its builds ' +
        'shown below and used in the ratios; all of them: ' +
        tried
          .map(
            (row) =>
              `${number(row.size)} articles ours ${list(row.builds['ours/cold'])}` +
              (row.builds['bare/cold']?.tries ? `, bare ${list(row.builds['bare/cold'])}` : ''),
          )
          .join('; ') +
        '.',
      '',
    );
  }
  const cell = (build) =>
    build
      ? [`${seconds(build.wallMs)} s`, `${seconds(build.cpuMs)} s`, mib(build.peakRss)]
      : ['–', '–', '–'];
  out.push(
    table(
      [
        'articles',
        'scenario',
        'ours wall',
        'ours CPU',
        'ours peak',
        'ours rendered / skipped',
        'bare wall',
        'bare CPU',
        'bare peak',
        'load',
      ],
      rows.flatMap(({ size, builds }) =>
        scenarios
          .filter((scenario) => builds[`ours/${scenario}`] || builds[`bare/${scenario}`])
          .map((scenario) => {
            const ours = builds[`ours/${scenario}`];
            const bare = builds[`bare/${scenario}`];
            return [
              number(size),
              scenario,
              ...cell(ours),
              ours ? `${number(ours.rendered)} / ${number(ours.skipped)}` : '–',
              ...cell(bare),
              (ours ?? bare).load === undefined ? '?' : (ours ?? bare).load.toFixed(1),
            ];
          }),
      ),
    ),
  );
  out.push('', 'Ratios (same run):', '');
  out.push(
    table(
      [
        'articles',
        'cold time ours/bare',
        'cold CPU ours/bare',
        'cold memory ours/bare',
        'warm/cold (ours)',
        'add/cold (ours)',
        'edit/cold (ours)',
        'add/cold (bare)',
        'pages ours / bare',
      ],
      rows.map(({ size, builds }) => {
        const b = (id) => builds[id];
        return [
          number(size),
          ratio(b('ours/cold')?.wallMs, b('bare/cold')?.wallMs),
          ratio(b('ours/cold')?.cpuMs, b('bare/cold')?.cpuMs),
          ratio(b('ours/cold')?.peakRss, b('bare/cold')?.peakRss),
          ratio(b('ours/warm')?.wallMs, b('ours/cold')?.wallMs),
          ratio(b('ours/add')?.wallMs, b('ours/cold')?.wallMs),
          ratio(b('ours/edit')?.wallMs, b('ours/cold')?.wallMs),
          ratio(b('bare/add')?.wallMs, b('bare/cold')?.wallMs),
          b('ours/cold') && b('bare/cold')
            ? `${number(b('ours/cold').pages)} / ${number(b('bare/cold').pages)}`
            : '–',
        ];
      }),
    ),
  );
  const checks = [];
  for (const size of [5000, 10000]) {
    const builds = rows.find((row) => row.size === size)?.builds;
    const ours = builds?.['ours/cold'];
    const bare = builds?.['bare/cold'];
    if (!ours || !bare) continue;
    const time = ours.wallMs / bare.wallMs;
    const memory = ours.peakRss / bare.peakRss;
    checks.push(
      `${time <= targets.coldTime ? 'PASS' : 'OVER'} cold build at ${number(size)} articles within ${targets.coldTime}× of bare Astro's time: ${time.toFixed(2)}× (CPU ${(ours.cpuMs / bare.cpuMs).toFixed(2)}×)`,
      `${memory <= targets.coldMemory ? 'PASS' : 'OVER'} cold build at ${number(size)} articles within ${targets.coldMemory}× of bare Astro's peak memory: ${memory.toFixed(2)}× (${mib(ours.peakRss)} vs ${mib(bare.peakRss)})`,
    );
  }
  const at10000 = rows.find((row) => row.size === 10000)?.builds;
  if (at10000?.['ours/add'] && at10000['ours/cold']) {
    const add = at10000['ours/add'].wallMs / at10000['ours/cold'].wallMs;
    checks.push(
      `${add <= targets.addAt10000 ? 'PASS' : 'OVER'} publishing one article into 10,000 within ${targets.addAt10000}× of our cold build: ${add.toFixed(2)}× (${seconds(at10000['ours/add'].wallMs)} s)`,
    );
  }
  for (const { size, builds } of rows) {
    if (size < 100_000 || !builds['ours/cold']) continue;
    const cold = builds['ours/cold'];
    checks.push(
      `DONE cold build of ${number(size)} articles: ${seconds(cold.wallMs)} s (CPU ${seconds(cold.cpuMs)} s), peak ${mib(cold.peakRss)}, ${number(cold.pages)} pages`,
    );
  }
  if (lighthouse) {
    out.push(
      '',
      `Lighthouse performance (mobile, simulated slow 4G), ${number(rows[0].size)}-article build:`,
      '',
    );
    out.push(
      table(
        ['page', 'score', 'FCP', 'LCP', 'TBT', 'CLS'],
        lighthouse.map((page) => [
          page.label,
          String(page.score),
          `${seconds(page.metrics['first-contentful-paint'] ?? 0)} s`,
          `${seconds(page.metrics['largest-contentful-paint'] ?? 0)} s`,
          `${(page.metrics['total-blocking-time'] ?? 0).toFixed(0)} ms`,
          (page.metrics['cumulative-layout-shift'] ?? 0).toFixed(3),
        ]),
      ),
    );
    for (const page of lighthouse) {
      checks.push(
        `${page.score >= targets.performance ? 'PASS' : 'UNDER'} Lighthouse performance ≥ ${targets.performance} on ${page.label}: ${page.score}`,
      );
    }
  }
  if (checks.length) out.push('', 'Targets:', '', ...checks.map((check) => `- ${check}`));
  return out.join('\n');
}
