// How the related lists computed in the post-build child process (integrations/related-job.ts) reach
// the pages (site-data.ts): the integration puts a promise of them on globalThis under this key when
// the build starts, as the pages render in the same process as the integration's hooks.
export const relatedListsKey = Symbol.for('afaq-news.related-lists');

export interface RelatedResult {
  /** The build time the lists were computed for (what was published). */
  buildTime: string;
  /** Article id → ids of its related articles, best first. */
  related: Record<string, string[]>;
}

/**
 * Set by the integration during `astro build`: the article loader calls it once the articles manifest
 * and the related-articles terms are written, so that the lists are computed while Astro finishes
 * syncing the other collections and starts the build.
 */
export const articlesSyncedKey = Symbol.for('afaq-news.articles-synced');
