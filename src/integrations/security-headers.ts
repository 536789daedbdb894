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

/** Checks the inline code of every built page of `outDir` against its CSP; throws naming each problem. */
export async function checkPageCsp(outDir: string): Promise<CspCheck> {
  const pages = (await listBuiltFiles(outDir))
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(outDir, file));
  const policies: ReturnType<typeof parseCsp>[] = [];
  const parsedPolicies = new Map<string, ReturnType<typeof parseCsp>>();
  const problems: string[] = [];
  const sections: CspCheck['sections'] = [];
  const adminCsp = await adminPolicy(outDir);
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
    if (relative.split(path.sep).join('/') === adminPage) {
      // The editor's page has its own policy: exactly the one it was built with, never merged.
      if (policy !== adminCsp)
        problems.push(`${relative}: its policy is not the web editor's own (admin/config.json)`);
      for (const problem of findInlineViolations(code, parseCsp(policy))) {
        problems.push(
          `${relative}: inline ${problem.kind} not allowed by the CSP: ${problem.snippet}`,
        );
      }
      sections.push({ directory: 'admin', csp: `${policy}; ${headerOnlyDirectives.join('; ')}` });
      continue;
    }
    // Pages share a handful of distinct policies: parse and merge each once.
    let parsed = parsedPolicies.get(policy);
    if (!parsed) {
      parsed = parseCsp(policy);
      parsedPolicies.set(policy, parsed);
      policies.push(parsed);
      for (const [directive, sources] of parsed) {
        const loose = sources.filter((source) => looseSources.includes(source));
        if (loose.length && /^(default|script|style|img|connect|font)-src$/.test(directive)) {
          problems.push(
            `${relative}: ${directive} allows ${loose.join(' ')}, looser than a reader page may be`,
          );
        }
      }
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
  return { policies, pages: pages.length, sections };
}

/** Writes `outDir/_headers`: the union of the page policies (see checkPageCsp) and the caching rules. */
export async function writeHeadersFile(
  outDir: string,
  { policies, pages, sections }: CspCheck,
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
  log(`_headers written: ${rules.length} rules, CSP checked on ${pages} pages`);
}
