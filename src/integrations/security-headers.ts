// After a build: checks that every page's inline scripts and styles are allowed by the page's own CSP
// (Astro's security.csp <meta>), fails the build naming the page (an article's file) and the code if
// not, and writes dist/_headers with the site-wide policy (plus header-only directives) and caching
// rules.
// Runs in the post-build child process (src/integrations/post-build.ts), not in Astro's.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { headerOnlyDirectives, mergeCsp, parseCsp, serializeCsp } from './csp';
import { headerRules, renderHeadersFile } from './headers-file';
import type { PageScan } from './page-scan';
import { bodyMessages, formatMessage } from '../lib/content/messages';

export interface SecurityHeadersOptions {
  /** Astro's base ("/" or "/afaq/"). */
  basePath: string;
  /** Astro's build.assets ("_astro"). */
  assetsDir: string;
}

export interface CspCheck {
  /** The distinct page policies, parsed. */
  policies: ReturnType<typeof parseCsp>[];
  pages: number;
  /** Pages read (the others had not changed since the last build: page-scan.ts). */
  read: number;
  /** Folders with a policy of their own (the web editor's), kept out of the site's policy. */
  sections: { directory: string; csp: string }[];
}

/** The web editor's page (src/integrations/admin.ts, not one of Astro's pages). */
export const adminPage = 'admin/index.html';

/** Sources that would loosen a reader page's policy (the web editor's page alone may have some). */
const looseSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', 'blob:', '*'];

/** The policy the web editor's page was written with (admin/config.json), if the build has one. */
export async function adminPolicy(outDir: string): Promise<string | undefined> {
  try {
    const config = JSON.parse(await readFile(path.join(outDir, 'admin/config.json'), 'utf8')) as {
      csp?: string;
    };
    return config.csp;
  } catch {
    return undefined;
  }
}

/**
 * Checks the inline code of every page of the scan (page-scan.ts) against the page's own CSP; throws
 * naming each problem, for an article's page with the article file (`articleFile`: "articles/x/index.html"
 * → "content/articles/x.mdx"). A reader page's policy may not be loose; the web editor's page has its
 * own, exactly `adminCsp` (the one it was written with), never merged into the site's.
 */
export function checkPageCsp(
  scan: PageScan,
  articleFile: (page: string) => string | undefined = () => undefined,
  adminCsp?: string,
): CspCheck {
  const problems: string[] = [];
  const sections: CspCheck['sections'] = [];
  const readerPolicies = new Map<number, string>();
  for (const [page, facts] of scan.pages) {
    if (facts.policy < 0) {
      problems.push(
        `${page}: no Content-Security-Policy <meta> (is security.csp enabled in astro.config.mjs?)`,
      );
      continue;
    }
    const policy = scan.policies[facts.policy]!;
    if (page === adminPage) {
      if (policy !== adminCsp)
        problems.push(`${page}: its policy is not the web editor's own (admin/config.json)`);
      sections.push({ directory: 'admin', csp: `${policy}; ${headerOnlyDirectives.join('; ')}` });
    } else if (!readerPolicies.has(facts.policy)) {
      readerPolicies.set(facts.policy, page);
      for (const [directive, sources] of parseCsp(policy)) {
        const loose = sources.filter((source) => looseSources.includes(source));
        if (loose.length && /^(default|script|style|img|connect|font)-src$/.test(directive)) {
          problems.push(
            `${page}: ${directive} allows ${loose.join(' ')}, looser than a reader page may be`,
          );
        }
      }
    }
    const article = articleFile(page);
    for (const problem of facts.problems) {
      const text = `inline ${problem.kind} not allowed by the CSP: ${problem.snippet}`;
      problems.push(
        article
          ? formatMessage(bodyMessages.blockedOnArticlePage(article, page, text))
          : `${page}: ${text}`,
      );
    }
  }
  if (problems.length) {
    throw new Error(
      `Content-Security-Policy: ${problems.length} problem(s); the browser would block this code:\n  ${problems.join('\n  ')}\n` +
        'Fix: use a processed <script> (not is:inline) or a stylesheet/class, so Astro hashes it; for code that must stay ' +
        'inline, add its hash with Astro.csp.insertScriptHash()/insertStyleHash() in the component. ' +
        'No style="" attributes or on*= handlers.',
    );
  }
  return {
    policies: [...readerPolicies.keys()].map((index) => parseCsp(scan.policies[index]!)),
    pages: scan.pages.size,
    read: scan.read,
    sections,
  };
}

/** Writes `outDir/_headers`: the union of the page policies (see checkPageCsp) and the caching rules. */
export async function writeHeadersFile(
  outDir: string,
  { policies, pages, read, sections }: CspCheck,
  { basePath, assetsDir }: SecurityHeadersOptions,
  log: (message: string) => void,
): Promise<void> {
  const site = mergeCsp([...policies, parseCsp(headerOnlyDirectives.join('; '))]);
  const top = await readdir(outDir, { withFileTypes: true });
  const rules = headerRules({
    basePath,
    csp: serializeCsp(site),
    sections,
    assetsDir,
    directories: top.filter((e) => e.isDirectory()).map((e) => e.name),
    files: top.filter((e) => e.isFile()).map((e) => e.name),
  });
  const comment =
    'Generated at build time by src/integrations/security-headers.ts (read by Netlify and Cloudflare Pages).\n' +
    'The CSP is the union of the per-page <meta> policies Astro writes, plus header-only directives.';
  await writeFile(path.join(outDir, '_headers'), renderHeadersFile(rules, comment));
  log(`_headers written: ${rules.length} rules, CSP checked on ${pages} pages (${read} read)`);
}
