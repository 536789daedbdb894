// The related articles of every published article, computed in the post-build child process while
// Astro bundles the site (instead of in Astro's process when the first page renders): from the
// manifest content sync leaves and the related-articles terms it keeps with the compiled bodies. The
// pages read the result (lib/content/site-data.ts, relatedFromBuild); the same inputs give the same
// lists in either place (computeRelated does not depend on the order it is given).
import { writeFileSync } from 'node:fs';
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
  const lists = computeRelated(published, site.relatedCount, {
    terms: (article) => terms.get(article.id)?.terms,
    // Only when the terms are missing (they are written with each body).
    bodyText: (article) => bodies.read(article.body).text,
    now: new Date(buildTime),
  });
  const result: RelatedResult = {
    buildTime,
    related: Object.fromEntries(
      [...lists].map(([id, list]) => [id, list.map((article) => article.id)]),
    ),
  };
  const file = path.join(cacheDir, 'afaq-content', 'related.json');
  writeFileSync(file, JSON.stringify(result));
  return file;
}
