// What the Pagefind integration feeds the indexer for one built page (in memory: the published
// HTML is not changed). Pages opt in with data-pagefind-body (articles); navigation, tags, share
// links, related stories and comments inside them are left out.
import { Parser } from 'htmlparser2';
import { loadHtml, type Html } from './html-dom';
import { arabicWords, extraSearchForms } from './search-terms';

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
  const $ = loadHtml(html);
  const body = $('[data-pagefind-body]').first();
  if (body.length === 0) return undefined;
  // A document parsed here is ours to change; a caller's document is left as it was.
  const text = typeof html === 'string' ? body : body.clone();
  text.find(excludedFromIndex.join(',')).remove();
  return text.text();
}

/**
 * Returns the page ready for Pagefind, or undefined when the page is not indexed: description and
 * publication date as result metadata, and extra forms of the article's words (see search-terms.ts)
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
): string | undefined {
  if (text === undefined) return undefined;
  const forms = extraSearchForms(text, vocabulary);
  const inserts: Array<{ at: number; text: string }> = [];
  let depth = 0;
  let bodyDepth = 0;
  let bodyClosed = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        // Right after "<meta": the new attribute comes first.
        const afterName = parser.startIndex + 1 + name.length;
        if (name === 'meta' && attribs.name === 'description') inserts.push({ at: afterName, text: ' data-pagefind-meta="description[content]"' });
        if (name === 'meta' && attribs.property === 'article:published_time') inserts.push({ at: afterName, text: ' data-pagefind-meta="date[content]"' });
        if (bodyDepth === 0 && !bodyClosed && 'data-pagefind-body' in attribs) bodyDepth = depth;
      },
      onclosetag(_name, isImplied) {
        if (depth === bodyDepth) {
          // Before "</article>" (the last child of the indexed element).
          if (forms.length > 0 && !isImplied) inserts.push({ at: parser.startIndex, text: `<div data-search-forms hidden>${escapeText(forms.join(' '))}</div>` });
          bodyDepth = 0;
          bodyClosed = true;
        }
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  let result = html;
  for (const insert of inserts.sort((a, b) => b.at - a.at)) result = result.slice(0, insert.at) + insert.text + result.slice(insert.at);
  return result;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** "articles/x/index.html" under base "/afaq/" → "/afaq/articles/x/" (segments percent-encoded). */
export function pageUrl(relativeFile: string, base: string): string {
  const segments = relativeFile.split(/[\\/]/);
  const isIndex = segments.at(-1) === 'index.html';
  if (isIndex) segments.pop();
  const root = base.endsWith('/') ? base : `${base}/`;
  if (segments.length === 0) return root;
  return `${root}${segments.map(encodeURIComponent).join('/')}${isIndex ? '/' : ''}`;
}

/** Every Arabic word of the given texts (the corpus vocabulary for extraSearchForms). */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of arabicWords(text)) words.add(word);
  return words;
}
