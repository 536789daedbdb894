// Quality of related articles on a generated corpus of distinct topic clusters, where categories and
// tags are mixed across clusters: the top 3 of every article should come from its own cluster.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/corpus/generate-corpus.mjs';
import { computeRelated, type RelatedInput, type RelatedWeights } from '../../../src/lib/content/related';
import { mdxToPlainText } from '../../../src/lib/arabic/text';

interface CorpusArticle extends RelatedInput {
  cluster: number;
  text: string;
}

const corpus = generateCorpus({ count: 800, clusters: 8, seed: 7 });
const articles: CorpusArticle[] = corpus.articles.map((generated) => ({
  id: generated.id,
  title: generated.data.title,
  description: generated.data.description,
  date: new Date(`${generated.data.date}T00:00:00Z`),
  category: { id: generated.data.category },
  tags: generated.data.tags,
  cluster: generated.cluster,
  text: mdxToPlainText(generated.body),
}));

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
