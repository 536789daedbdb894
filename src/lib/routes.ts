// Every internal link goes through here so that the base path (deployments under a sub-path) and the
// trailing-slash policy are honoured in one place.

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
