// One read of each built page for the steps after a build that look at pages: what the sitemap needs
// (noindex, og:updated_time: lib/seo/head.ts) and what the CSP check needs (the page's policy and the
// inline code it would block: csp.ts). A page an incremental build did not render again keeps its
// size and modification time, so what was found in it at an earlier build is kept in the build cache
// (by file, size and time) and the page is not read again: a build that changed a few pages reads a
// few pages.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isNoindexHtml, lastmodFromHtml } from '../lib/seo/head';
import type { BuiltPage } from './built-files';
import { findInlineViolations, parseCsp, scanInlineCode, type InlineProblem } from './csp';

export interface PageFacts {
  /** The page asks not to be indexed (robots noindex). */
  noindex: boolean;
  /** og:updated_time, ISO 8601. */
  lastmod?: string;
  /** Index of its CSP in `policies`; -1: the page has none. */
  policy: number;
  /** Inline code its own CSP would block. */
  problems: InlineProblem[];
}

export interface PageScan {
  /** By file (relative to the output folder). */
  pages: Map<string, PageFacts>;
  /** The distinct page policies, as written. */
  policies: string[];
  /** Pages read (the others had not changed since the last scan). */
  read: number;
}

interface Cached extends PageFacts {
  size: number;
  mtimeMs: number;
}

const cacheVersion = 1;

/** What each page of `pages` holds; with `cacheFile`, unchanged pages are not read again. */
export async function scanPages(
  outDir: string,
  pages: readonly BuiltPage[],
  cacheFile?: string,
): Promise<PageScan> {
  let cached: { policies: string[]; pages: Record<string, Cached> } = { policies: [], pages: {} };
  if (cacheFile) {
    try {
      const saved = JSON.parse(readFileSync(cacheFile, 'utf8'));
      if (saved.version === cacheVersion) cached = saved;
    } catch {
      // First scan, or no cache: every page is read.
    }
  }
  const policies: string[] = [];
  const policyIndex = new Map<string, number>();
  const parsed: ReturnType<typeof parseCsp>[] = [];
  const indexOf = (policy: string) => {
    let index = policyIndex.get(policy);
    if (index === undefined) {
      index = policies.push(policy) - 1;
      policyIndex.set(policy, index);
      // Pages share a handful of distinct policies: parsed once each.
      parsed.push(parseCsp(policy));
    }
    return index;
  };
  const next: Record<string, Cached> = Object.create(null) as Record<string, Cached>;
  const facts = new Map<string, PageFacts>();
  let read = 0;
  const scanOne = async (page: BuiltPage): Promise<Cached> => {
    const old = Object.hasOwn(cached.pages, page.file) ? cached.pages[page.file] : undefined;
    if (old && old.size === page.size && old.mtimeMs === page.mtimeMs) {
      return { ...old, policy: old.policy < 0 ? -1 : indexOf(cached.policies[old.policy]!) };
    }
    read++;
    const html = await readFile(path.join(outDir, page.file), 'utf8');
    // The head's two tags, then one pass for the policy and the inline code (thousands of pages).
    const headEnd = html.indexOf('</head>');
    const head = headEnd < 0 ? html : html.slice(0, headEnd);
    const code = scanInlineCode(html);
    const policy = code.policy === undefined ? -1 : indexOf(code.policy);
    return {
      size: page.size,
      mtimeMs: page.mtimeMs,
      noindex: isNoindexHtml(head),
      lastmod: lastmodFromHtml(head)?.toISOString(),
      policy,
      problems: policy < 0 ? [] : findInlineViolations(code, parsed[policy]!),
    };
  };
  // A few files in flight: reading overlaps the parsing of the previous ones.
  for (let i = 0; i < pages.length; i += 8) {
    const batch = pages.slice(i, i + 8);
    const results = await Promise.all(batch.map(scanOne));
    batch.forEach((page, j) => {
      const { size: _size, mtimeMs: _mtime, ...rest } = results[j]!;
      next[page.file] = results[j]!;
      facts.set(page.file, rest);
    });
  }
  if (cacheFile) {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(
      `${cacheFile}.tmp`,
      JSON.stringify({ version: cacheVersion, policies, pages: next }),
    );
    renameSync(`${cacheFile}.tmp`, cacheFile);
  }
  return { pages: facts, policies, read };
}
