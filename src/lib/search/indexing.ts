// What the Pagefind integration feeds the indexer for one built page (in memory: the published
// HTML is not changed). Pages opt in with data-pagefind-body (articles); navigation, tags, share
// links, related stories and comments inside them are left out.
import { Parser } from 'htmlparser2';
import type { Html } from './html-dom';
import { arabicWords, extraSearchForms } from './terms';

export const excludedFromIndex = [
  'nav',
  '[data-share]',
  '#comments',
  'section[aria-labelledby="related-heading"]',
  'section[aria-labelledby="tags-heading"]',
  '.back-to-top',
  'script',
  'style',
] as const;

/** The article text of a page that Pagefind indexes (data-pagefind-body minus the excluded parts). */
export function indexedText(html: Html): string | undefined {
  if (typeof html === 'string') return streamedIndexedText(html);
  const body = html('[data-pagefind-body]').first();
  if (body.length === 0) return undefined;
  // A caller's document is left as it was.
  const text = body.clone();
  text.find(excludedFromIndex.join(',')).remove();
  return text.text();
}

type Attributes = Record<string, string>;

/**
 * A matcher for the simple selectors of excludedFromIndex: a tag name and/or any number of "#id",
 * ".class", "[attr]" and '[attr="value"]' parts, no combinators. Anything else throws, so that a new
 * kind of selector there cannot be silently ignored by the streaming reader.
 */
export function simpleSelectorMatcher(
  selector: string,
): (name: string, attribs: Attributes) => boolean {
  const part = /^(?:([a-z][a-z0-9-]*)|#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:="([^"]*)")?\])/i;
  const tests: Array<(name: string, attribs: Attributes) => boolean> = [];
  let rest = selector.trim();
  while (rest) {
    const match = part.exec(rest);
    if (!match) throw new Error(`search-index: selector "${selector}" is not a simple selector`);
    const [whole, tag, id, className, attr, value] = match;
    if (tag) tests.push((name) => name === tag.toLowerCase());
    else if (id) tests.push((_, a) => a.id === id);
    else if (className) tests.push((_, a) => (a.class ?? '').split(/\s+/).includes(className));
    else if (value !== undefined) tests.push((_, a) => a[attr!.toLowerCase()] === value);
    else tests.push((_, a) => attr!.toLowerCase() in a);
    rest = rest.slice(whole.length);
  }
  return (name, attribs) => tests.every((test) => test(name, attribs));
}

const excludedMatchers = excludedFromIndex.map(simpleSelectorMatcher);
const isExcluded = (name: string, attribs: Attributes) =>
  excludedMatchers.some((matches) => matches(name, attribs));

/** indexedText() in one streaming pass of the tokenizer, without building a tree (thousands of pages). */
function streamedIndexedText(html: string): string | undefined {
  let depth = 0;
  let bodyDepth = 0;
  let bodyDone = false;
  let excludedDepth = 0;
  let found = false;
  const chunks: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (bodyDone) return;
        if (bodyDepth === 0) {
          if ('data-pagefind-body' in attribs) {
            bodyDepth = depth;
            found = true;
          }
        } else if (excludedDepth === 0 && isExcluded(name, attribs)) excludedDepth = depth;
      },
      ontext(text) {
        if (bodyDepth !== 0 && excludedDepth === 0) chunks.push(text);
      },
      onclosetag() {
        if (depth === excludedDepth) excludedDepth = 0;
        if (depth === bodyDepth) {
          bodyDepth = 0;
          bodyDone = true;
        }
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found ? chunks.join('') : undefined;
}

/**
 * Returns the page ready for Pagefind, or undefined when the page is not indexed: description and
 * publication date as result metadata, and extra forms of the article's words (see terms.ts)
 * as extra text, so that "الصين" also finds "وبالصين" and "بكين" finds "لبكين". `vocabulary` is
 * every word of the indexed articles (what the corpus attests); `text` is the page's indexedText()
 * when the caller has it already. The page is not re-serialised: the attributes and the hidden
 * block are spliced into the HTML at positions found by htmlparser2's tokenizer (fast with
 * thousands of pages).
 */
export function prepareForIndex(
  html: string,
  vocabulary: ReadonlySet<string> = new Set(),
  text: string | undefined = indexedText(html),
  { trim = false }: { trim?: boolean } = {},
): string | undefined {
  if (text === undefined) return undefined;
  const forms = extraSearchForms(text, vocabulary);
  const inserts: Array<{ at: number; text: string }> = [];
  /** With `trim`: the parts of the page the indexer reads ([start, end) in `html`). */
  const metaParts: Array<[start: number, end: number]> = [];
  let bodyPart: [start: number, end: number] | undefined;
  let htmlTag = '<html>';
  let depth = 0;
  let bodyDepth = 0;
  let bodyStart = -1;
  let bodyClosed = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        // Right after "<meta": the new attribute comes first.
        const afterName = parser.startIndex + 1 + name.length;
        const meta =
          name === 'meta' && attribs.name === 'description'
            ? 'description'
            : name === 'meta' && attribs.property === 'article:published_time'
              ? 'date'
              : undefined;
        if (meta) {
          inserts.push({ at: afterName, text: ` data-pagefind-meta="${meta}[content]"` });
          metaParts.push([parser.startIndex, parser.endIndex + 1]);
        }
        if (name === 'html') htmlTag = html.slice(parser.startIndex, parser.endIndex + 1);
        if (bodyDepth === 0 && !bodyClosed && 'data-pagefind-body' in attribs) {
          bodyDepth = depth;
          bodyStart = parser.startIndex;
        }
      },
      onclosetag(_name, isImplied) {
        if (depth === bodyDepth) {
          // Before "</article>" (the last child of the indexed element).
          if (forms.length > 0 && !isImplied)
            inserts.push({
              at: parser.startIndex,
              text: `<div data-search-forms hidden>${escapeText(forms.join(' '))}</div>`,
            });
          bodyPart = [bodyStart, isImplied ? parser.startIndex : parser.endIndex + 1];
          bodyDepth = 0;
          bodyClosed = true;
        }
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  inserts.sort((a, b) => b.at - a.at);
  const spliced = (start: number, end: number) => {
    let result = html.slice(start, end);
    for (const insert of inserts)
      if (insert.at >= start && insert.at <= end)
        result = result.slice(0, insert.at - start) + insert.text + result.slice(insert.at - start);
    return result;
  };
  if (!trim) return spliced(0, html.length);
  // Only what Pagefind reads: the language, the metadata tags and the indexed element (about half
  // of an article page: less to send to the indexer and for it to parse).
  const metas = metaParts.map(([start, end]) => spliced(start, end)).join('');
  return `<!doctype html>${htmlTag}<head>${metas}</head><body>${bodyPart ? spliced(...bodyPart) : ''}</body></html>`;
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every Arabic word of the given texts (the corpus vocabulary for extraSearchForms). */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of arabicWords(text)) words.add(word);
  return words;
}
