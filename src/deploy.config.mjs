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
/** Where the comment form posts (see src/lib/comments/provider.ts and README "Comments"):
 *   COMMENTS_PROVIDER     endpoint | netlify | none (unset: netlify on Netlify, endpoint when
 *                         COMMENTS_ENDPOINT is set, otherwise none and the build says what to set)
 *   COMMENTS_ENDPOINT     URL of the receiver for `endpoint` (default: <BASE_PATH>api/comments on the site)
 *   COMMENTS_NETLIFY_FORM form name for `netlify` (default: comments) */
export const commentsEnv = {
  provider: process.env.COMMENTS_PROVIDER,
  endpoint: process.env.COMMENTS_ENDPOINT,
  netlifyForm: process.env.COMMENTS_NETLIFY_FORM,
  netlify: process.env.NETLIFY,
};
/** The Git host the web editor saves to in production (src/lib/editor/backend.ts, README "Web editor"). */
export const editorEnv = {
  backend: process.env.CMS_BACKEND,
  repo: process.env.CMS_REPO,
  branch: process.env.CMS_BRANCH,
  authUrl: process.env.CMS_AUTH_URL,
  gitlabUrl: process.env.CMS_GITLAB_URL,
  gitlabAppId: process.env.CMS_GITLAB_APP_ID,
  githubRepository: process.env.GITHUB_REPOSITORY,
  repositoryUrl: process.env.REPOSITORY_URL,
};
