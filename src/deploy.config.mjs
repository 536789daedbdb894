// Where the built site will live. Read by astro.config.mjs (and, through Astro, by every page).
// Deployers set these with environment variables; the defaults serve the site at a domain root.
//   SITE_URL   the public origin, e.g. https://news.example.org
//   BASE_PATH  a sub-path, e.g. /afaq for https://user.github.io/afaq/
/** @param {string | undefined} value */
function normaliseBasePath(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const siteUrl = (process.env.SITE_URL || 'https://afaq-news.example').replace(/\/+$/, '');
export const basePath = normaliseBasePath(process.env.BASE_PATH);
/** Folder holding articles/ and categories/ (and comments/): swapped by tests and benchmarks. */
export const contentDir = process.env.CONTENT_DIR || './content';
