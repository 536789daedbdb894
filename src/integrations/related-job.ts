// The related articles of every published article, computed in the post-build child process while
// Astro bundles the site (instead of in Astro's process when the first page renders): from the
// manifest content sync leaves and the related-articles terms it keeps with the compiled bodies. The
// pages read the result (lib/content/site-data.ts, relatedFromBuild); the same inputs give the same
// lists in either place (computeRelated does not depend on the order it is given). From a few thousand
// articles the matching runs in two threads (this one and a worker thread): publishing into 10,000
// articles waits 2.5 s for the lists instead of 3.3 s.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { selectPublished } from '../lib/content/articles';
import { BodyStore, RelatedTerms } from '../lib/content/body-store';
import { readManifest } from '../lib/content/manifest';
import { Worker } from 'node:worker_threads';
import { tsNodeArgs } from '../../scripts/node-options.mjs';
import {
  computeRelated,
  computeRelatedInThreads,
  type SharedMatching,
  type RelatedOptions,
} from '../lib/content/related';
import type { RelatedResult } from '../lib/content/related-lists';
import { site } from '../site.config';

/** From this many articles, the matching is split between two threads. */
const threadsFrom = 2000;

/**
 * Reads the last build's related-articles terms while Astro starts, so that computeRelatedFile()
 * reads again only the files the sync rewrote (RelatedTerms.all): about 0.15 s less between the
 * articles' sync and the lists at 10,000 articles.
 */
export function readTermsAhead(cacheDir: string): void {
  new BodyStore(cacheDir).readTerms();
}

/** Computes the lists and writes them to a file of the build cache; returns its path. */
export async function computeRelatedFile(cacheDir: string, buildTime: string): Promise<string> {
  const bodies = new BodyStore(cacheDir);
  const terms = bodies.readTerms();
  RelatedTerms.forget();
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
    type Article = (typeof published)[number];
    const options: RelatedOptions<Article> = {
      terms: (article) => terms.get(article.id)?.terms,
      // Only when the terms are missing (they are written with each body).
      bodyText: (article) => bodies.read(article.body).text,
      now: new Date(buildTime),
    };
    // Started first: the thread loads its modules while this one builds the model.
    const worker =
      published.length >= threadsFrom && availableParallelism() > 1 ? matchWorker() : undefined;
    const lists = worker
      ? await computeRelatedInThreads(published, site.relatedCount, options, worker)
      : computeRelated(published, site.relatedCount, options);
    related = Object.fromEntries(
      [...lists].map(([id, list]) => [id, list.map((article) => article.id)]),
    );
  }
  const result: RelatedResult & { key: string } = { key, buildTime, related };
  writeFileSync(file, JSON.stringify(result));
  return file;
}

/** matchChunks() in a worker thread (lib/content/related-worker.ts), run the way the project runs Node. */
export function matchWorker(): (work: SharedMatching) => Promise<void> {
  const worker = new Worker(new URL('../lib/content/related-worker.ts', import.meta.url), {
    execArgv: tsNodeArgs,
  });
  const done = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`related-worker exited (${code})`)));
  }).finally(() => void worker.terminate());
  return (work) => {
    worker.postMessage(work);
    return done;
  };
}
