// Keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs): a page whose
// key and code are unchanged since the last build is not rendered again, its file stays. A key must
// cover everything the page shows that does not come from code: its own content, the other stories it
// lists as their cards show them, its comments, and what every page shows (`siteKey` of the site data:
// the settings, the navigation, the year in the footer). Code is Astro's part: it hashes each page's
// module graph, so a change to a component re-renders every page that uses it.
import { hash } from 'node:crypto';

/** A short digest of the given values as JSON (dates as ISO strings; give maps and sets as arrays). */
export function cacheKeyOf(...parts: unknown[]): string {
  // One-shot hash(): no Hash object for each of the build's ~25,000 keys at 10,000 articles.
  return hash('sha256', JSON.stringify(parts), 'base64url').slice(0, 32);
}

const objectKeys = new WeakMap<object, string>();

/** cacheKeyOf(value), computed once per object (a story's card is listed on many pages). */
export function objectKeyOf(value: object): string {
  let key = objectKeys.get(value);
  if (!key) objectKeys.set(value, (key = cacheKeyOf(value)));
  return key;
}
