// Lighthouse (the npm package) driving Debian's Chromium through chrome-launcher: never a downloaded
// browser. Used by the Lighthouse test (accessibility, best practices, SEO) and by `npm run bench`
// (mobile performance score).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { chromiumFlags, chromiumPath } from './chromium.mjs';

export const chromePath = chromiumPath;

/** The project's Chromium flags (scripts/chromium.mjs), in Lighthouse's headless mode. */
const chromeFlags = ['--headless=new', ...chromiumFlags];

/** Starts one Chromium for several audits; call `kill()` when done. */
export function launchChrome() {
  return chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
}

/**
 * @typedef {object} AuditResult
 * @property {string} url
 * @property {Record<string, number>} scores  category id → score 0–100
 * @property {Array<{ category: string, id: string, title: string, score: number | null, details: string }>} failed
 *   audits that lower a category's score, with what they flagged
 * @property {Record<string, number>} metrics  performance metrics in ms (when performance was run)
 */

/**
 * Audits `url` with the default (mobile, simulated slow 4G) configuration.
 * @param {string} url
 * @param {number} port  remote-debugging port of a Chrome from launchChrome()
 * @param {string[]} categories  e.g. ['accessibility', 'best-practices', 'seo'] or ['performance']
 * @returns {Promise<AuditResult>}
 */
export async function audit(url, port, categories) {
  const runner = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
  });
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = runner;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  /** @type {Record<string, number>} */
  const scores = {};
  /** @type {AuditResult['failed']} */
  const failed = [];
  for (const [id, category] of Object.entries(lhr.categories)) {
    scores[id] = Math.round((category.score ?? 0) * 100);
    for (const ref of category.auditRefs) {
      const result = lhr.audits[ref.id];
      if (!result || ref.weight === 0 || result.score === null || result.score === 1) continue;
      const items = /** @type {any} */ (result.details)?.items ?? [];
      const details = items
        .slice(0, 5)
        .map(
          (/** @type {any} */ item) =>
            item.node?.snippet ??
            item.url ??
            item.source?.url ??
            JSON.stringify(item).slice(0, 160),
        )
        .join(' | ');
      failed.push({ category: id, id: ref.id, title: result.title, score: result.score, details });
    }
  }
  /** @type {Record<string, number>} */
  const metrics = {};
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value === 'number') metrics[id] = value;
  }
  return { url, scores, failed, metrics };
}
