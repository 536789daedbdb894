// After a build: checks that every page's inline scripts and styles are allowed by the page's own CSP
// (Astro's security.csp <meta>), fails the build naming the page and the code if not, and writes
// dist/_headers with the site-wide policy (plus header-only directives) and caching rules.
// Runs in the post-build child process (src/integrations/post-build.ts), not in Astro's.
import { readdir, readFile, writeFile } from 'node:fs/promises';
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
import { listBuiltFiles } from './built-files';

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
}

/** Checks the inline code of every built page of `outDir` against its CSP; throws naming each problem. */
export async function checkPageCsp(outDir: string): Promise<CspCheck> {
  const pages = (await listBuiltFiles(outDir))
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(outDir, file));
  const policies: ReturnType<typeof parseCsp>[] = [];
  const parsedPolicies = new Map<string, ReturnType<typeof parseCsp>>();
  const problems: string[] = [];
  for (const file of pages) {
    // One streaming pass per page for the policy and the inline code (thousands of pages).
    const code = scanInlineCode(await readFile(file, 'utf8'));
    const relative = path.relative(outDir, file);
    const policy = code.policy;
    if (!policy) {
      problems.push(
        `${relative}: no Content-Security-Policy <meta> (is security.csp enabled in astro.config.mjs?)`,
      );
      continue;
    }
    // Pages share a handful of distinct policies: parse and merge each once.
    let parsed = parsedPolicies.get(policy);
    if (!parsed) {
      parsed = parseCsp(policy);
      parsedPolicies.set(policy, parsed);
      policies.push(parsed);
    }
    for (const problem of findInlineViolations(code, parsed)) {
      problems.push(
        `${relative}: inline ${problem.kind} not allowed by the CSP: ${problem.snippet}`,
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
  return { policies, pages: pages.length };
}

/** Writes `outDir/_headers`: the union of the page policies (see checkPageCsp) and the caching rules. */
export async function writeHeadersFile(
  outDir: string,
  { policies, pages }: CspCheck,
  { basePath, assetsDir }: SecurityHeadersOptions,
  log: (message: string) => void,
): Promise<void> {
  const site = mergeCsp([...policies, parseCsp(headerOnlyDirectives.join('; '))]);
  const top = await readdir(outDir, { withFileTypes: true });
  const rules = headerRules({
    basePath,
    csp: serializeCsp(site),
    assetsDir,
    directories: top.filter((e) => e.isDirectory()).map((e) => e.name),
    files: top.filter((e) => e.isFile()).map((e) => e.name),
  });
  const comment =
    'Generated at build time by src/integrations/security-headers.ts (read by Netlify and Cloudflare Pages).\n' +
    'The CSP is the union of the per-page <meta> policies Astro writes, plus header-only directives.';
  await writeFile(path.join(outDir, '_headers'), renderHeadersFile(rules, comment));
  log(`_headers written: ${rules.length} rules, CSP checked on ${pages} pages`);
}
