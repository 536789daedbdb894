// Quality of related articles on a generated corpus of distinct topic clusters, where categories and
// tags are mixed across clusters: the top 3 of every article should come from its own cluster.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/corpus/generate-corpus.mjs';
import { relatedInputs } from '../../../scripts/corpus/related-inputs.mjs';
import { matchWorker } from '../../../src/integrations/related-job';
import {
  computeRelated,
  computeRelatedInThreads,
  type RelatedWeights,
  type SharedMatching,
} from '../../../src/lib/content/related';

const articles = relatedInputs(generateCorpus({ count: 800, clusters: 8, seed: 7 }));

function precisionAt3(weights?: Partial<RelatedWeights>): number {
  const related = computeRelated(articles, 3, { bodyText: (a) => a.text, weights, now: new Date('2030-01-01') });
  let hits = 0;
  let total = 0;
  for (const article of articles) {
    for (const other of related.get(article.id) ?? []) {
      total++;
      if (other.cluster === article.cluster) hits++;
    }
  }
  return hits / total;
}

describe('related articles on a generated multi-cluster corpus', () => {
  it('is a corpus where tags and categories alone cannot tell the clusters apart', () => {
    expect(new Set(articles.map((a) => a.cluster)).size).toBe(8);
    const withoutText = precisionAt3({ text: 0 });
    console.info(`precision@3 from tags, category and dates only: ${withoutText.toFixed(4)}`);
    expect(withoutText).toBeLessThan(0.7);
  });

  it('puts stories of the same cluster in the top 3 (precision@3 ≥ 0.9)', () => {
    const precision = precisionAt3();
    console.info(`related precision@3 on ${articles.length} articles in 8 clusters: ${precision.toFixed(4)}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('related articles in two threads', () => {
  it('gives the same lists as one thread', async () => {
    const options = { bodyText: (a: (typeof articles)[number]) => a.text, now: new Date('2030-01-01') };
    const one = computeRelated(articles, 6, options);
    let shared: SharedMatching | undefined;
    const worker = matchWorker();
    const two = await computeRelatedInThreads(articles, 6, options, (work) => {
      shared = work;
      return worker(work);
    });
    const ids = (lists: Map<string, { id: string }[]>) =>
      [...lists].map(([id, list]) => [id, list.map((article) => article.id)]);
    expect(ids(two)).toEqual(ids(one));
    // Every article was matched (its row written), by one thread or the other.
    expect(shared!.next[0]).toBeGreaterThanOrEqual(articles.length);
  });

  it('matches in the worker thread what this thread matches', async () => {
    const options = { bodyText: (a: (typeof articles)[number]) => a.text, now: new Date('2030-01-01') };
    const worker = matchWorker();
    let mine: SharedMatching | undefined;
    let theirs: SharedMatching | undefined;
    await computeRelatedInThreads(articles, 6, options, (work) => {
      mine = work;
      // The worker gets the same model with its own counter and rows, so it matches every article
      // alone while this thread matches every article of `work`.
      theirs = {
        model: work.model,
        next: new Int32Array(new SharedArrayBuffer(4)),
        matches: new Int32Array(new SharedArrayBuffer(work.matches.length * 4)).fill(-2),
      };
      return worker(theirs);
    });
    expect(theirs!.next[0]).toBeGreaterThanOrEqual(articles.length);
    expect(theirs!.matches.includes(-2)).toBe(false);
    expect([...theirs!.matches]).toEqual([...mine!.matches]);
  });
});
