// One read of each built page for the steps after a build that look at pages: what the sitemap needs
// (noindex, og:updated_time: lib/seo/head.ts) and what the CSP check needs (the page's policy and the
// inline code it would block: csp.ts). A page an incremental build did not render again keeps its
// size and modification time, so what was found in it at an earlier build is kept in the build cache
// (by file, size and time) and the page is not read again: a build that changed a few pages reads a
// few pages.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
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
  /** What an early scan (below) found while the pages were being written. */
  early?: EarlyScan,
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
  const indexOf = (policy: string) => {
    let index = policyIndex.get(policy);
    if (index === undefined) {
      index = policies.push(policy) - 1;
      policyIndex.set(policy, index);
    }
    return index;
  };
  const next: Record<string, Cached> = Object.create(null) as Record<string, Cached>;
  const facts = new Map<string, PageFacts>();
  const toRead: BuiltPage[] = [];
  let readEarly = 0;
  for (const page of pages) {
    const old = Object.hasOwn(cached.pages, page.file) ? cached.pages[page.file] : undefined;
    const seen = early?.found.get(page.file);
    if (old && old.size === page.size && old.mtimeMs === page.mtimeMs) {
      next[page.file] = {
        ...old,
        policy: old.policy < 0 ? -1 : indexOf(cached.policies[old.policy]!),
      };
    } else if (seen && seen.size === page.size && seen.mtimeMs === page.mtimeMs) {
      next[page.file] = factsOf(seen.read, page, indexOf);
      readEarly++;
    } else toRead.push(page);
  }
  const read = toRead.length + readEarly;
  // One thread: a second one (tried) held another few hundred MB at the build's end for a second's gain.
  const results = await readPages(
    outDir,
    toRead.map((page) => page.file),
  );
  results.forEach((found, i) => {
    const page = toRead[i]!;
    next[page.file] = factsOf(found, page, indexOf);
  });
  for (const page of pages) {
    const { size: _size, mtimeMs: _mtime, ...rest } = next[page.file]!;
    facts.set(page.file, rest);
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

function factsOf(found: PageRead, page: BuiltPage, indexOf: (policy: string) => number): Cached {
  return {
    size: page.size,
    mtimeMs: page.mtimeMs,
    noindex: found.noindex,
    lastmod: found.lastmod,
    policy: found.policy === undefined ? -1 : indexOf(found.policy),
    problems: found.problems,
  };
}

/**
 * Pages read while Astro is still writing others (a first build, where every page is new): each
 * complete page found (its HTML ends with </html>) is read once, with the size and modification
 * time it had; scanPages() takes what was found for a page only if both are still the same at the
 * end, and reads the page again otherwise. Work the end of the build then does not wait for.
 */
export interface EarlyScan {
  found: Map<string, { size: number; mtimeMs: number; read: PageRead }>;
  /** One pass over the output folder: the complete pages not read yet are read. */
  pass(): Promise<number>;
}

export function earlyScan(outDir: string, assetsDir = '_astro'): EarlyScan {
  const found: EarlyScan['found'] = new Map();
  const skip = new Set(['pagefind', assetsDir]);
  let read = 0;
  const visit = async (relative: string): Promise<void> => {
    for (const entry of await readdir(path.join(outDir, relative), { withFileTypes: true })) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (relative || !skip.has(entry.name)) await visit(file);
        continue;
      }
      // Known pages are not looked at again: scanPages() compares their size and time at the end.
      if (!entry.isFile() || !entry.name.endsWith('.html') || found.has(file)) continue;
      const absolute = path.join(outDir, file);
      const before = await stat(absolute);
      const html = await readFile(absolute, 'utf8');
      // A page Astro has not finished writing: read at a later pass, or at the end.
      if (!html.trimEnd().endsWith('</html>') || Buffer.byteLength(html) !== before.size) continue;
      found.set(file, { size: before.size, mtimeMs: before.mtimeMs, read: readPageHtml(html) });
      read++;
    }
  };
  return {
    found,
    async pass() {
      read = 0;
      await visit('');
      return read;
    },
  };
}

/** What one page's HTML holds, its problems checked against its own policy (pure). */
export interface PageRead {
  noindex: boolean;
  lastmod?: string;
  policy?: string;
  problems: InlineProblem[];
}

// What is kept of a page is copied out of it: a match in the page's HTML is a slice of it, and V8
// keeps the whole page in memory for as long as the slice lives (at 100,000 articles, every page of
// the site: the child ran out of heap).
const ownCopy = (slice: string) => Buffer.from(slice, 'utf8').toString('utf8');

// Each distinct policy once, parsed once.
const knownPolicies = new Map<string, { policy: string; parsed: ReturnType<typeof parseCsp> }>();

function knownPolicy(found: string) {
  let known = knownPolicies.get(found);
  if (!known) {
    const policy = ownCopy(found);
    known = { policy, parsed: parseCsp(policy) };
    knownPolicies.set(policy, known);
  }
  return known;
}

export function readPageHtml(html: string): PageRead {
  // The head's two tags, then one pass for the policy and the inline code (thousands of pages).
  const headEnd = html.indexOf('</head>');
  const head = headEnd < 0 ? html : html.slice(0, headEnd);
  const code = scanInlineCode(html);
  const known = code.policy === undefined ? undefined : knownPolicy(code.policy);
  return {
    noindex: isNoindexHtml(head),
    lastmod: lastmodFromHtml(head)?.toISOString(),
    policy: known?.policy,
    problems: known
      ? findInlineViolations(code, known.parsed).map(({ kind, snippet }) => ({
          kind,
          snippet: ownCopy(snippet),
        }))
      : [],
  };
}

/** readPageHtml() of each file, a few files in flight (reading overlaps parsing). */
export async function readPages(outDir: string, files: readonly string[]): Promise<PageRead[]> {
  const results: PageRead[] = [];
  for (let i = 0; i < files.length; i += 8) {
    const batch = files.slice(i, i + 8);
    const htmls = await Promise.all(batch.map((file) => readFile(path.join(outDir, file), 'utf8')));
    for (const html of htmls) results.push(readPageHtml(html));
  }
  return results;
}
