// After a build: checks that every page's inline scripts and styles are allowed by the page's own CSP
// (Astro's security.csp <meta>), fails the build naming the page (an article's file) and the code if
// not, and writes dist/_headers with the site-wide policy (plus header-only directives) and caching
// rules.
// Runs in the post-build child process (src/integrations/post-build.ts), not in Astro's.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  findInlineViolations,
  headerOnlyDirectives,
  mergeCsp,
  parseCsp,
  scanInlineCode,
  serializeCsp,
} from './csp';
import { headerRules, renderHeadersFile } from './headers-file';
import type { BuiltPage } from './built-files';
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
  /** Pages read (the others had not changed since the last check). */
  read: number;
  /** Folders with a policy of their own (the web editor's), kept out of the site's policy. */
  sections: { directory: string; csp: string }[];
}

/** The web editor's page (src/integrations/admin.ts) and the policy it was written with. */
const adminPage = 'admin/index.html';

/** Sources that would loosen a reader page's policy (the web editor's page alone may have some). */
const looseSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', 'blob:', '*'];

async function adminPolicy(outDir: string): Promise<string | undefined> {
  try {
    const config = JSON.parse(await readFile(path.join(outDir, 'admin/config.json'), 'utf8')) as {
      csp?: string;
    };
    return config.csp;
  } catch {
    return undefined;
  }
}

export interface CspCheckOptions {
  /** Keeps each page's findings between builds (by file, size and modification time). */
  cacheFile?: string;
  /** The article file behind a page ("articles/x/index.html" → "content/articles/x.mdx"), if any. */
  articleFile?: (page: string) => string | undefined;
}

interface PageFindings {
  size: number;
  mtimeMs: number;
  /** Index in the cache's policies; -1: the page has none. */
  policy: number;
  problems: Array<{ kind: string; snippet: string }>;
}

const cacheVersion = 1;

/**
 * Checks the inline code of every page of `pages` (built-files.ts) against the page's own CSP; throws
 * naming each problem (for an article's page, the article file). Pages unchanged since the last check
 * (same size and modification time: an incremental build skipped them) are not read again.
 */
export async function checkPageCsp(
  outDir: string,
  pages: readonly BuiltPage[],
  { cacheFile, articleFile = () => undefined }: CspCheckOptions = {},
): Promise<CspCheck> {
  let cached: { policies: string[]; pages: Record<string, PageFindings> } = {
    policies: [],
    pages: {},
  };
  if (cacheFile) {
    try {
      const saved = JSON.parse(await readFile(cacheFile, 'utf8'));
      if (saved.version === cacheVersion) cached = saved;
    } catch {
      // First check, or no cache: every page is read.
    }
  }
  const policyTexts: string[] = [];
  const policyIndex = new Map<string, number>();
  const parsedPolicies: ReturnType<typeof parseCsp>[] = [];
  const problems: string[] = [];
  const indexOfPolicy = (policy: string, file: string) => {
    let index = policyIndex.get(policy);
    if (index === undefined) {
      index = policyTexts.length;
      policyTexts.push(policy);
      policyIndex.set(policy, index);
      // Pages share a handful of distinct policies: parsed (and checked) once each.
      const parsed = parseCsp(policy);
      parsedPolicies.push(parsed);
      for (const [directive, sources] of parsed) {
        const loose = sources.filter((source) => looseSources.includes(source));
        if (loose.length && /^(default|script|style|img|connect|font)-src$/.test(directive)) {
          problems.push(
            `${file}: ${directive} allows ${loose.join(' ')}, looser than a reader page may be`,
          );
        }
      }
    }
    return index;
  };
  const next: Record<string, PageFindings> = Object.create(null) as Record<string, PageFindings>;
  const sections: CspCheck['sections'] = [];
  const adminCsp = await adminPolicy(outDir);
  let read = 0;
  for (const page of pages) {
    if (page.file === adminPage) {
      // The editor's page has its own policy: exactly the one it was built with, never merged.
      read++;
      const code = scanInlineCode(await readFile(path.join(outDir, page.file), 'utf8'));
      if (!code.policy) {
        problems.push(`${page.file}: no Content-Security-Policy <meta>`);
        continue;
      }
      if (code.policy !== adminCsp)
        problems.push(`${page.file}: its policy is not the web editor's own (admin/config.json)`);
      for (const problem of findInlineViolations(code, parseCsp(code.policy))) {
        problems.push(
          `${page.file}: inline ${problem.kind} not allowed by the CSP: ${problem.snippet}`,
        );
      }
      sections.push({
        directory: 'admin',
        csp: `${code.policy}; ${headerOnlyDirectives.join('; ')}`,
      });
      continue;
    }
    const old = Object.hasOwn(cached.pages, page.file) ? cached.pages[page.file] : undefined;
    let findings: PageFindings;
    if (old && old.size === page.size && old.mtimeMs === page.mtimeMs) {
      findings = {
        ...old,
        policy: old.policy < 0 ? -1 : indexOfPolicy(cached.policies[old.policy]!, page.file),
      };
    } else {
      read++;
      // One pass per page for the policy and the inline code (thousands of pages).
      const code = scanInlineCode(await readFile(path.join(outDir, page.file), 'utf8'));
      const policy = code.policy === undefined ? -1 : indexOfPolicy(code.policy, page.file);
      findings = {
        size: page.size,
        mtimeMs: page.mtimeMs,
        policy,
        problems: policy < 0 ? [] : findInlineViolations(code, parsedPolicies[policy]!),
      };
    }
    next[page.file] = findings;
    if (findings.policy < 0) {
      problems.push(
        `${page.file}: no Content-Security-Policy <meta> (is security.csp enabled in astro.config.mjs?)`,
      );
      continue;
    }
    const article = articleFile(page.file);
    for (const problem of findings.problems) {
      const text = `inline ${problem.kind} not allowed by the CSP: ${problem.snippet}`;
      problems.push(
        article
          ? formatMessage(bodyMessages.blockedOnArticlePage(article, page.file, text))
          : `${page.file}: ${text}`,
      );
    }
  }
  if (cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(
      `${cacheFile}.tmp`,
      JSON.stringify({ version: cacheVersion, policies: policyTexts, pages: next }),
    );
    await rename(`${cacheFile}.tmp`, cacheFile);
  }
  if (problems.length) {
    throw new Error(
      `Content-Security-Policy: ${problems.length} problem(s); the browser would block this code:\n  ${problems.join('\n  ')}\n` +
        'Fix: use a processed <script> (not is:inline) or a stylesheet/class, so Astro hashes it; for code that must stay ' +
        'inline, add its hash with Astro.csp.insertScriptHash()/insertStyleHash() in the component. ' +
        'No style="" attributes or on*= handlers.',
    );
  }
  return { policies: parsedPolicies, pages: pages.length, read, sections };
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
