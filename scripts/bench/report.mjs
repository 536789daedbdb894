// The benchmark's report: one Markdown text (printed, and written into BENCHMARKS.md and the README
// with --write) with the machine and software, a table of every build, ours/bare ratios, Lighthouse
// scores and the targets, each marked PASS or OVER/UNDER.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './paths.mjs';

// What the report checks (PASS, or OVER/UNDER): ours/bare time at 5,000 articles, our peak memory at
// 10,000, Lighthouse performance.
const targets = { ratioAt5000: 1.5, memoryAt10000: 4 * 1024 ** 3, performance: 95 };

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

/**
 * @param rows one per corpus size: { size, ours, bare? } (build measurements, ./build.mjs)
 * @param lighthouse pages measured by ./lighthouse.mjs on the smallest corpus's build, if any
 */
export function report(rows, lighthouse) {
  const { machine, software } = versions();
  const date = new Date().toISOString().slice(0, 10);
  const out = [];
  out.push(`Measured ${date} on ${machine}.`, '', software + '.', '');
  out.push(
    table(
      [
        'articles',
        'site',
        'wall time',
        'pages',
        'pages/s',
        'peak memory',
        'dist size',
        'related articles',
      ],
      rows.flatMap(({ size, ours, bare }) => [
        [
          number(size),
          'ours',
          `${seconds(ours.wallMs)} s`,
          number(ours.pages),
          (ours.pages / (ours.wallMs / 1000)).toFixed(0),
          mib(ours.peakRss),
          mib(ours.bytes),
          ours.relatedMs === undefined ? '?' : `${ours.relatedMs.toFixed(0)} ms`,
        ],
        ...(bare
          ? [
              [
                number(size),
                'bare Astro',
                `${seconds(bare.wallMs)} s`,
                number(bare.pages),
                (bare.pages / (bare.wallMs / 1000)).toFixed(0),
                mib(bare.peakRss),
                mib(bare.bytes),
                '–',
              ],
            ]
          : []),
      ]),
    ),
  );
  if (rows.some((row) => row.bare)) {
    out.push('', 'Ours / bare Astro:', '');
    out.push(
      table(
        ['articles', 'wall time', 'peak memory', 'pages', 'time per article'],
        rows
          .filter((row) => row.bare)
          .map(({ size, ours, bare }) => [
            number(size),
            `${(ours.wallMs / bare.wallMs).toFixed(2)}×`,
            `${(ours.peakRss / bare.peakRss).toFixed(2)}×`,
            `${(ours.pages / bare.pages).toFixed(2)}×`,
            `${(ours.wallMs / size).toFixed(1)} ms vs ${(bare.wallMs / size).toFixed(1)} ms`,
          ]),
      ),
    );
  }
  const checks = [];
  const at5000 = rows.find((row) => row.size === 5000 && row.bare);
  if (at5000) {
    const ratio = at5000.ours.wallMs / at5000.bare.wallMs;
    checks.push(
      `${ratio <= targets.ratioAt5000 ? 'PASS' : 'OVER'} build time at 5,000 articles within ${targets.ratioAt5000}× of bare Astro: ${ratio.toFixed(2)}×`,
    );
  }
  const at10000 = rows.find((row) => row.size === 10000);
  if (at10000) {
    checks.push(
      `${at10000.ours.peakRss < targets.memoryAt10000 ? 'PASS' : 'OVER'} peak memory at 10,000 articles under 4 GB: ${mib(at10000.ours.peakRss)}`,
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
