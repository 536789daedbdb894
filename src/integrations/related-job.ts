// The related articles of every published article, computed in the post-build child process while
// Astro bundles the site (instead of in Astro's process when the first page renders): from the
// manifest content sync leaves and the related-articles terms it keeps with the compiled bodies. The
// pages read the result (lib/content/site-data.ts, relatedFromBuild); the same inputs give the same
// lists in either place (computeRelated does not depend on the order it is given).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { selectPublished } from '../lib/content/articles';
import { BodyStore } from '../lib/content/body-store';
import { readManifest } from '../lib/content/manifest';
import { computeRelated } from '../lib/content/related';
import type { RelatedResult } from '../lib/content/related-lists';
import { site } from '../site.config';

/** Computes the lists and writes them to a file of the build cache; returns its path. */
export function computeRelatedFile(cacheDir: string, buildTime: string): string {
  const bodies = new BodyStore(cacheDir);
  const terms = bodies.readTerms();
  const articles = readManifest(cacheDir, 'articles').map((article) => ({
    ...article,
    date: new Date(article.date),
    category: { id: article.category },
  }));
  const published = selectPublished(articles, new Date(buildTime));
  // The lists depend on the published articles' content (digest: title, standfirst, tags, category,
  // date, body) and the algorithm, not on the time: unchanged inputs, the last build's lists.
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        site.relatedCount,
        // Its code: the module that computes them.
        readFileSync(new URL('../lib/content/related.ts', import.meta.url), 'utf8'),
        published.map((article) => [article.id, article.digest, terms.get(article.id)?.key]),
      ]),
    )
    .digest('base64url');
  const file = path.join(cacheDir, 'afaq-content', 'related.json');
  let related: RelatedResult['related'] | undefined;
  try {
    const last = JSON.parse(readFileSync(file, 'utf8')) as RelatedResult & { key?: string };
    if (last.key === key) related = last.related;
  } catch {
    // First build: computed.
  }
  if (!related) {
    const lists = computeRelated(published, site.relatedCount, {
      terms: (article) => terms.get(article.id)?.terms,
      // Only when the terms are missing (they are written with each body).
      bodyText: (article) => bodies.read(article.body).text,
      now: new Date(buildTime),
    });
    related = Object.fromEntries(
      [...lists].map(([id, list]) => [id, list.map((article) => article.id)]),
    );
  }
  const result: RelatedResult & { key: string } = { key, buildTime, related };
  writeFileSync(file, JSON.stringify(result));
  return file;
}
