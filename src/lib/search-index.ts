// What the Pagefind integration feeds the indexer for one built page (in memory: the published
// HTML is not changed). Pages opt in with data-pagefind-body (articles); navigation, tags, share
// links, related stories and comments inside them are left out.
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
  const text = body.clone();
  text.find(excludedFromIndex.join(',')).remove();
  return text.text();
}

/**
 * Returns the page ready for Pagefind, or undefined when the page is not indexed: description and
 * publication date as result metadata, and extra forms of the article's words (see search-terms.ts)
 * as extra text, so that "الصين" also finds "وبالصين" and "بكين" finds "لبكين". `vocabulary` is
 * every word of the indexed articles (what the corpus attests).
 */
export function prepareForIndex(html: Html, vocabulary: ReadonlySet<string> = new Set()): string | undefined {
  // One parse: indexedText works on a copy of the body.
  const $ = loadHtml(html);
  const text = indexedText($);
  if (text === undefined) return undefined;
  $('meta[name="description"]').attr('data-pagefind-meta', 'description[content]');
  $('meta[property="article:published_time"]').attr('data-pagefind-meta', 'date[content]');
  const forms = extraSearchForms(text, vocabulary);
  if (forms.length > 0) $('[data-pagefind-body]').first().append($('<div data-search-forms hidden></div>').text(forms.join(' ')));
  return $.html();
}

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
