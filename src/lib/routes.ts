// Every URL of the site, in one place: pages, feeds, sitemaps, files of public/, the comment
// receiver's default path, and the URL a built file is served at. Each one honours the base path
// (deployments under a sub-path) and the trailing-slash policy (every page URL ends in "/").
// Reads the deployment settings only (deploy.config.mjs), so any module may import it, the site's
// config and the comment receiver included.
import { basePath, siteUrl } from '../deploy.config.mjs';
import { textToSlug } from './arabic/slugs.ts';

// ── Building blocks, for any base path ────────────────────────────────────────────────────────────

/** Joins a base path such as "/" or "/afaq/" with a site path such as "articles/x/". */
export function joinBase(basePath: string, path: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const rest = path.replace(/^\/+/, '');
  return `${base}${rest}`;
}

/** A page URL: encoded segments and a trailing slash ("/afaq/category/politics/"). */
export function pagePath(basePath: string, ...segments: Array<string | number>): string {
  const encoded = segments.map((segment) => encodeURIComponent(String(segment)));
  return joinBase(basePath, encoded.length ? `${encoded.join('/')}/` : '');
}

/** Absolute URL on the public site (canonical links, feeds, sitemaps). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).toString();
}

/** The URL path a built file is served at: "articles/x/index.html" under "/afaq/" → "/afaq/articles/x/". */
export function builtFileUrl(relativeFile: string, basePath: string): string {
  const segments = relativeFile.split(/[\\/]/);
  const isIndex = segments.at(-1) === 'index.html';
  if (isIndex) segments.pop();
  const root = basePath.endsWith('/') ? basePath : `${basePath}/`;
  if (segments.length === 0) return root;
  return `${root}${segments.map(encodeURIComponent).join('/')}${isIndex ? '/' : ''}`;
}

/** An article under any base path (the comment receiver sends readers back to it). */
export const articlePath = (basePath: string, id: string) => pagePath(basePath, 'articles', id);

/** The comment receiver's path on the site when COMMENTS_ENDPOINT is not set (a reverse proxy forwards it). */
export const commentsEndpointPath = (basePath: string) => joinBase(basePath, 'api/comments');

/**
 * The receiver's moderation page (COMMENTS_ADMIN_PATH unless set). Not "admin/": that is the site's
 * own web editor, and nginx serves both on one host.
 */
export const commentsAdminPath = (basePath: string) => joinBase(basePath, 'comments-admin/');

export type ListKind = 'category' | 'tag' | 'author';

/**
 * "/category/politics/" (or /tag/…/, /author/…/) for the list's first page (0), "/category/politics/3/"
 * for numbered page 3 (numbered from the oldest stories: view/pagination.ts), encoded, with the base path.
 */
export function listPagePath(basePath: string, kind: ListKind, slug: string, page: number): string {
  if (!Number.isInteger(page) || page < 0)
    throw new RangeError(`page must be 0 or a positive integer, got ${page}`);
  return page === 0 ? pagePath(basePath, kind, slug) : pagePath(basePath, kind, slug, page);
}

// ── This site's URLs ──────────────────────────────────────────────────────────────────────────────

export const homeUrl = () => pagePath(basePath);
export const articleUrl = (id: string) => articlePath(basePath, id);
export const categoryUrl = (id: string) => pagePath(basePath, 'category', id);
/** A tag's page: spellings with the same slug share it (see content/tags.ts). */
export const tagUrl = (tag: string) => pagePath(basePath, 'tag', textToSlug(tag));
/** Page `page` (0: the first) of a category's, a tag's or a writer's list; `slug` is the category id, the tag's slug or the author id. */
export const listUrl = (kind: ListKind, slug: string, page: number) =>
  listPagePath(basePath, kind, slug, page);
/** A writer's page (the first page of their articles): "/author/ahmad-salem/". */
export const authorUrl = (id: string) => pagePath(basePath, 'author', id);
/** One of the site's own pages (content/pages/<slug>.md): "/about/". */
export const sitePageUrl = (slug: string) => pagePath(basePath, slug);
export const archiveUrl = () => pagePath(basePath, 'archive');
/** A month page of the archive; `key` is "YYYY-MM" (see groupByMonth). */
export const archiveMonthUrl = (key: string) => pagePath(basePath, 'archive', key);
export const searchUrl = () => pagePath(basePath, 'search');
/** Page to land on after a Netlify Forms post (the receiver sends readers back to the article). */
export const commentThanksUrl = () => pagePath(basePath, 'comments', 'thanks');
export const feedUrl = () => joinBase(basePath, 'rss.xml');
export const sitemapIndexUrl = () => joinBase(basePath, 'sitemap-index.xml');
export const newsSitemapUrl = () => joinBase(basePath, 'news-sitemap.xml');
/** A file of public/ ("favicon.svg", "og-default.png"). */
export const publicFileUrl = (file: string) => joinBase(basePath, file);
/** A path of this site as an absolute URL on the public origin. */
export const absolute = (path: string) => absoluteUrl(siteUrl, path);
