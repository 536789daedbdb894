// What the search index reads from a built page: the article's text (data-pagefind-body; navigation,
// tags, share links, related stories and comments inside it are left out) and the head's metadata.
import { Parser } from 'htmlparser2';
import type { Html } from './html-dom';
import type { SearchArticle } from './record';

export const excludedFromIndex = [
  'nav',
  '[data-share]',
  '#comments',
  'section[aria-labelledby="related-heading"]',
  'section[aria-labelledby="tags-heading"]',
  '.back-to-top',
  // The article header's dates, labels and reading time (its description and author stay).
  'time',
  'dt',
  '[data-pagefind-ignore]',
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

/** Elements that end a line of text (their words never run into the next element's). */
const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** indexedText() in one streaming pass of the tokenizer, without building a tree (thousands of pages). */
function streamedIndexedText(html: string): string | undefined {
  return readArticle(html)?.text;
}

/**
 * One streaming pass over a built page: its indexed text (data-pagefind-body minus the excluded
 * parts and the <h1>, a line per block, or undefined when the page is not indexed), and the head's
 * title, publication date and section.
 */
function readArticle(
  html: string,
  { lines = false, skipTitle = false } = {},
):
  | { text: string; title?: string; date?: string; sectionName?: string; sectionId?: string }
  | undefined {
  let depth = 0;
  let bodyDepth = 0;
  let bodyDone = false;
  let excludedDepth = 0;
  let found = false;
  let title: string | undefined;
  let date: string | undefined;
  let sectionName: string | undefined;
  let sectionId: string | undefined;
  const chunks: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (name === 'meta') {
          if (attribs.property === 'og:title') title = attribs.content;
          else if (attribs.property === 'article:published_time') date = attribs.content;
          else if (attribs.property === 'article:section') sectionName = attribs.content;
        }
        if (bodyDone) return;
        if (bodyDepth === 0) {
          if ('data-pagefind-body' in attribs) {
            bodyDepth = depth;
            found = true;
            sectionId = attribs['data-section'];
          }
        } else if (
          excludedDepth === 0 &&
          (isExcluded(name, attribs) || (skipTitle && name === 'h1'))
        )
          excludedDepth = depth;
        else if (lines && excludedDepth === 0 && blocks.has(name)) chunks.push('\n');
      },
      ontext(text) {
        if (bodyDepth !== 0 && excludedDepth === 0) chunks.push(text);
      },
      onclosetag(name) {
        if (depth === excludedDepth) excludedDepth = 0;
        else if (lines && bodyDepth !== 0 && excludedDepth === 0 && blocks.has(name))
          chunks.push('\n');
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
  return found ? { text: chunks.join(''), title, date, sectionName, sectionId } : undefined;
}

/**
 * The article of a built page as search indexes it (record.ts), or undefined for a page that is not
 * an article (no data-pagefind-body, or no title or date in its head). `url` is the page's URL
 * without the base path.
 */
export function searchArticleOf(html: string, url: string): SearchArticle | undefined {
  const page = readArticle(html, { lines: true, skipTitle: true });
  if (!page?.title || !page.date) return undefined;
  const date = new Date(page.date);
  if (Number.isNaN(date.getTime())) return undefined;
  const text = page.text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  // Copies, not slices of the page: a slice would keep the whole page's HTML in memory.
  const own = (value: string) => Buffer.from(value, 'utf8').toString('utf8');
  return {
    url,
    title: own(page.title),
    text,
    date,
    section: { id: own(page.sectionId ?? ''), name: own(page.sectionName ?? '') },
  };
}
