// Tag pages. A tag's URL segment is textToSlug(tag), so spellings that differ only in diacritics,
// punctuation or spacing ("كرة القدم", "كرة-القدم", "كُرة القدم") share one page instead of colliding.
import { textToSlug } from '../arabic/slugs';

export interface TagGroup<T> {
  slug: string;
  /** The spelling shown on the page: the most used one, then the first in Arabic order. */
  name: string;
  /** Every spelling that led here. */
  spellings: string[];
  /** Articles carrying any of the spellings, in the given order, each once. */
  articles: T[];
}

export function groupTagsBySlug<T extends { tags: readonly string[] }>(articles: readonly T[]): TagGroup<T>[] {
  const groups = new Map<string, { uses: Map<string, number>; articles: T[] }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const tag of article.tags) {
      const slug = textToSlug(tag);
      if (!slug) continue;
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { uses: new Map(), articles: [] }));
      group.uses.set(tag, (group.uses.get(tag) ?? 0) + 1);
      if (!seen.has(slug)) {
        seen.add(slug);
        group.articles.push(article);
      }
    }
  }
  return [...groups]
    .map(([slug, group]) => {
      const spellings = [...group.uses.keys()].sort((a, b) => a.localeCompare(b, 'ar'));
      const name = [...spellings].sort((a, b) => group.uses.get(b)! - group.uses.get(a)!)[0]!;
      return { slug, name, spellings, articles: group.articles };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'ar'));
}
