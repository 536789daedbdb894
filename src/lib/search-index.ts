// What the Pagefind integration feeds the indexer for one built page (in memory: the published
// HTML is not changed). Pages opt in with data-pagefind-body (articles); navigation, tags, share
// links, related stories and comments inside them are left out.
import * as cheerio from 'cheerio';
import { extraSearchForms } from './search-terms';

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

/**
 * Returns the page ready for Pagefind, or undefined when the page is not indexed: description and
 * publication date as result metadata, and the particle-reduced forms of the article's words
 * (see search-terms.ts) as extra text, so that "الصين" also finds "وبالصين" and "للصين".
 */
export function prepareForIndex(html: string): string | undefined {
  const $ = cheerio.load(html);
  const body = $('[data-pagefind-body]').first();
  if (body.length === 0) return undefined;
  $('meta[name="description"]').attr('data-pagefind-meta', 'description[content]');
  $('meta[property="article:published_time"]').attr('data-pagefind-meta', 'date[content]');
  const text = body.clone();
  text.find(excludedFromIndex.join(',')).remove();
  const forms = extraSearchForms(text.text());
  if (forms.length > 0) body.append($('<div data-search-forms hidden></div>').text(forms.join(' ')));
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
