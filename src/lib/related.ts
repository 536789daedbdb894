// Related articles for every article, computed once per build.
// Interim ranking (same category, newest first, then the latest); issue #3 replaces it with scoring.
import type { ArticleSummary } from './articles';

export function computeRelated(articles: readonly ArticleSummary[], k: number): Map<string, ArticleSummary[]> {
  const result = new Map<string, ArticleSummary[]>();
  for (const article of articles) {
    const sameCategory = articles.filter((other) => other.id !== article.id && other.category.id === article.category.id);
    const others = articles.filter((other) => other.id !== article.id && other.category.id !== article.category.id);
    result.set(article.id, [...sameCategory, ...others].slice(0, k));
  }
  return result;
}
