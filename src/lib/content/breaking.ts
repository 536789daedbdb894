// «عاجل»: which stories the breaking bar shows at build time, and a key that changes exactly when the
// bar's content does (pages are cached between builds; every page shows the bar, so its cache key
// must include this).
import { createHash } from 'node:crypto';

export interface BreakingCandidate {
  id: string;
  title: string;
  date: Date;
  breaking: boolean;
  /** When the story leaves the bar; without it, `maxHours` after its date. */
  breakingUntil?: Date;
}

/** Breaking stories still in force at `now`, newest first. */
export function selectBreaking<T extends BreakingCandidate>(
  articles: readonly T[],
  now: Date,
  options: { maxHours: number; limit: number },
): T[] {
  const until = (article: T) => article.breakingUntil?.getTime() ?? article.date.getTime() + options.maxHours * 3_600_000;
  return articles
    .filter((article) => article.breaking && article.date.getTime() <= now.getTime() && now.getTime() < until(article))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id))
    .slice(0, options.limit);
}

/** A short digest of what the bar shows (ids and titles, in order): "" when the bar is empty. */
export function breakingKey(stories: ReadonlyArray<Pick<BreakingCandidate, 'id' | 'title'>>): string {
  if (stories.length === 0) return '';
  const hash = createHash('sha256');
  for (const story of stories) hash.update(`${story.id}\u0000${story.title}\u0000`);
  return hash.digest('hex').slice(0, 16);
}
