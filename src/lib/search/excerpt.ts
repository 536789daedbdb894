// The excerpt of a result: a window of the article's text around the query words, with the matched
// words marked. Returned as parts (text, marked or not) for the page to build with text nodes and
// <mark> elements, so nothing in an article or a query is ever parsed as HTML.
import type { Leniency, QueryWord } from './query';
import {
  foldWord,
  isLooseToken,
  looseKey,
  variantKey,
  withoutProclitic,
  wordKeys,
  wordSpans,
} from './words';

export interface TextPart {
  text: string;
  mark: boolean;
}

/**
 * Which words of a verified result to mark. More lenient than verification (a result is shown only
 * once verified): a word with a proclitic ("لأوكرانيا"), in another spelling of a name ("أميركا" for
 * "أمريكا") or, at the loose leniency, another transliteration is marked too.
 */
export function highlighter(words: QueryWord[], leniency: Leniency): (word: string) => boolean {
  const keys = new Set(
    words.flatMap((word) => [...word.keys, ...word.bare.flatMap((rest) => wordKeys(rest))]),
  );
  const variants = new Set([...keys].map(variantKey));
  const loose = new Set(leniency === 'loose' ? words.flatMap((word) => word.loose) : []);
  return (word) => {
    if (isLooseToken(word)) return false;
    const own = [
      ...wordKeys(word, { lil: false }),
      ...withoutProclitic(foldWord(word), 2).flatMap((rest) => wordKeys(rest)),
    ];
    return own.some(
      (key) => keys.has(key) || variants.has(variantKey(key)) || loose.has(looseKey(key)),
    );
  };
}

/** The parts of `text` with every word `isMatch` accepts marked. */
export function markWords(text: string, isMatch: (word: string) => boolean): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!isMatch(span.word)) continue;
    if (span.start > at) parts.push({ text: text.slice(at, span.start), mark: false });
    parts.push({ text: span.word, mark: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/**
 * About `length` words of `text` from a little before the stretch densest in matched words, marked,
 * with "…" where the text is cut.
 */
export function excerpt(text: string, isMatch: (word: string) => boolean, length = 30): TextPart[] {
  const spans = wordSpans(text);
  if (spans.length === 0) return [];
  const hit = spans.map((span) => isMatch(span.word));
  // The window of `length` words with the most matches (the first such window).
  let bestEnd = -1;
  let bestCount = 0;
  let count = 0;
  for (let end = 0; end < spans.length; end++) {
    if (hit[end]) count++;
    if (end >= length && hit[end - length]) count--;
    if (count > bestCount) {
      bestCount = count;
      bestEnd = end;
    }
  }
  const firstHit = bestEnd === -1 ? -1 : hit.indexOf(true, Math.max(0, bestEnd - length + 1));
  const start = Math.max(0, Math.min(firstHit - 5, spans.length - length));
  const last = Math.min(spans.length, start + length) - 1;
  const parts = markWords(text.slice(spans[start]!.start, spans[last]!.end), isMatch);
  if (start > 0) parts.unshift({ text: '… ', mark: false });
  if (last < spans.length - 1) parts.push({ text: ' …', mark: false });
  return parts;
}
