// Quality of related articles on a generated corpus of distinct topic clusters, where categories and
// tags are mixed across clusters: the top 3 of every article should come from its own cluster.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/corpus/generate-corpus.mjs';
import { relatedInputs } from '../../../scripts/corpus/related-inputs.mjs';
import { computeRelated, type RelatedWeights } from '../../../src/lib/content/related';

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
