// dist/_headers, read by Netlify and Cloudflare Pages: security headers on every response, a year of
// immutable caching for Astro's content-hashed files, and revalidation for everything else.
// Rules never overlap on Cache-Control: Cloudflare joins the values of a header set by two matching
// rules ("max-age=0, …, max-age=31536000") instead of letting one win.

export interface HeaderRule {
  /** A URL path pattern; `*` at the end matches the rest of the path. */
  path: string;
  headers: Array<[name: string, value: string]>;
}

/** Content-hashed build output: safe to cache forever. */
export const immutableCache = 'public, max-age=31536000, immutable';
/** Pages, feeds, the search index: browsers revalidate on every visit (cheap 304s), CDNs purge on deploy. */
export const revalidateCache = 'public, max-age=0, must-revalidate';

export function securityHeaders(csp: string): Array<[string, string]> {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    [
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    ],
  ];
}

/**
 * A top-level folder with a policy of its own (the web editor, admin/): its CSP instead of the site's,
 * and never indexed.
 */
export interface HeaderSection {
  directory: string;
  csp: string;
}

export interface HeaderRulesInput {
  /** "/" or "/afaq/". */
  basePath: string;
  csp: string;
  sections?: readonly HeaderSection[];
  /** Top-level entries of dist/: folders (without "/") and files. */
  directories: readonly string[];
  files: readonly string[];
  /** The hashed-assets folder (Astro's build.assets), "_astro". */
  assetsDir?: string;
}

export function headerRules({
  basePath,
  csp,
  directories,
  files,
  assetsDir = '_astro',
  sections = [],
}: HeaderRulesInput): HeaderRule[] {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  // The CSP goes on each top-level entry rather than on <base>*, which would also match a section
  // with its own policy: two policies on one response are both enforced (Cloudflare joins them).
  const siteCsp: [string, string] = ['Content-Security-Policy', csp];
  const short = (path: string): HeaderRule => ({
    path,
    headers: [siteCsp, ['Cache-Control', revalidateCache]],
  });
  const own = new Set(sections.map((section) => section.directory));
  const hidden = (name: string) =>
    name.startsWith('.') || name === '_headers' || name === '_redirects';
  return [
    {
      path: `${base}*`,
      headers: securityHeaders(csp).filter(([name]) => name !== 'Content-Security-Policy'),
    },
    { path: `${base}${assetsDir}/*`, headers: [siteCsp, ['Cache-Control', immutableCache]] },
    short(base),
    ...sections.map((section): HeaderRule => ({
      path: `${base}${section.directory}/*`,
      headers: [
        ['Content-Security-Policy', section.csp],
        ['X-Robots-Tag', 'noindex, nofollow'],
        ['Cache-Control', revalidateCache],
      ],
    })),
    ...[...directories]
      .filter((d) => d !== assetsDir && !hidden(d) && !own.has(d))
      .sort()
      .map((d) => short(`${base}${d}/*`)),
    ...[...files]
      .filter((f) => !hidden(f))
      .sort()
      .map((f) => short(`${base}${f}`)),
  ];
}

export function renderHeadersFile(rules: readonly HeaderRule[], comment?: string): string {
  const lines = comment ? comment.split('\n').map((line) => `# ${line}`) : [];
  for (const rule of rules) {
    lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (match && rule) rule.headers.push([match[1]!, match[2]!.trim()]);
  }
  return rules;
}

/** Does a rule path ("/afaq/_astro/*", "/afaq/") match a URL path? */
export function pathMatches(pattern: string, urlPath: string): boolean {
  if (pattern.endsWith('*')) return urlPath.startsWith(pattern.slice(0, -1));
  return urlPath === pattern;
}

/** The headers a request for `urlPath` gets, as Cloudflare Pages combines them (duplicates joined). */
export function headersForPath(
  rules: readonly HeaderRule[],
  urlPath: string,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}
