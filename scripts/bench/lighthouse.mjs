// Lighthouse's mobile performance score (simulated slow 4G) of three pages of a built site: the home,
// the first article and the search page, served on 127.0.0.1 to Debian's Chromium.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** One { label, path, score, metrics, failed } per page; Chromium and the server are stopped after. */
export async function lighthousePerformance(distDir) {
  const { audit, launchChrome } = await import('../lighthouse-audit.mjs');
  const { serveStatic } = await import('../../tests/helpers/static-server.ts');
  const server = await serveStatic(distDir);
  const chrome = await launchChrome();
  try {
    const firstArticle = readdirSync(path.join(distDir, 'articles')).sort()[0];
    const pages = [
      { label: 'home', path: '' },
      { label: 'article', path: `articles/${firstArticle}/` },
      { label: 'search', path: 'search/' },
    ];
    const results = [];
    for (const page of pages) {
      const result = await audit(new URL(page.path, server.url).toString(), chrome.port, [
        'performance',
      ]);
      results.push({
        ...page,
        score: result.scores.performance,
        metrics: result.metrics,
        failed: result.failed,
      });
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}
