// Reading time of an article, in whole minutes (at least one).
import { countWords, mdxToPlainText } from './text';

export function readingMinutes(source: string, wordsPerMinute: number): number {
  return readingMinutesOfText(mdxToPlainText(source), wordsPerMinute);
}

/** The same from the body's plain text (mdxToPlainText), when the caller has it already. */
export function readingMinutesOfText(text: string, wordsPerMinute: number): number {
  if (!(wordsPerMinute > 0))
    throw new RangeError(`wordsPerMinute must be positive, got ${wordsPerMinute}`);
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
