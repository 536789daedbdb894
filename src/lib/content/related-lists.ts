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
