// Reading time of an article, in whole minutes (at least one).
import { countWords, mdxToPlainText } from './text';

export function readingMinutes(source: string, wordsPerMinute: number): number {
  if (!(wordsPerMinute > 0))
    throw new RangeError(`wordsPerMinute must be positive, got ${wordsPerMinute}`);
  const words = countWords(mdxToPlainText(source));
  return Math.max(1, Math.round(words / wordsPerMinute));
}
