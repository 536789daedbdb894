// What content sync leaves for the build steps that run outside Astro's page rendering (the related
// articles and the search index, in the post-build child process: src/integrations/post-build.ts):
// the articles and categories as the data store has them, in plain JSON files of the build cache,
// written by their loaders when a sync ends (article-loader.ts, collections.ts).
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ManifestArticle {
  id: string;
  /** Relative to the project root. */
  file: string;
  /** The content digest (the article file and the compiler's settings). */
  digest: string;
  /** Key of its body in the body store (body-store.ts): the compiled body, or the text only. */
  body: string;
  title: string;
  description: string;
  /** ISO 8601. */
  date: string;
  updated?: string;
  category: string;
  tags: string[];
  author?: string;
  source?: string;
  draft: boolean;
}

export interface ManifestCategory {
  id: string;
  name: string;
  order: number;
}

/** A writer with an author file (an article's `author:` may name one by id). */
export interface ManifestAuthor {
  id: string;
  name: string;
}

type Name = 'articles' | 'categories' | 'authors';

const manifestFile = (cacheDir: string, name: Name) =>
  path.join(cacheDir, 'afaq-content', `${name}.json`);

export function writeManifest(cacheDir: string, name: 'articles', entries: ManifestArticle[]): void;
export function writeManifest(
  cacheDir: string,
  name: 'categories',
  entries: ManifestCategory[],
): void;
export function writeManifest(cacheDir: string, name: 'authors', entries: ManifestAuthor[]): void;
export function writeManifest(cacheDir: string, name: Name, entries: unknown[]): void {
  const file = manifestFile(cacheDir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole, then renamed: a reader never sees half a manifest.
  writeFileSync(`${file}.tmp`, JSON.stringify(entries));
  renameSync(`${file}.tmp`, file);
}

export function readManifest(cacheDir: string, name: 'articles'): ManifestArticle[];
export function readManifest(cacheDir: string, name: 'categories'): ManifestCategory[];
export function readManifest(cacheDir: string, name: 'authors'): ManifestAuthor[];
export function readManifest(cacheDir: string, name: Name): unknown[] {
  const file = manifestFile(cacheDir, name);
  // No authors folder: no manifest either, when the collection never synced.
  if (name === 'authors' && !existsSync(file)) return [];
  // Parsed once per process while the file is unchanged: the post-build child's steps (related lists,
  // search index, the early page scan) each read the articles' manifest, 10,000 articles' worth of
  // JSON (about 150 ms a parse). Readers must not change what they are given.
  const stats = statSync(file, { bigint: true });
  const stamp = `${stats.mtimeNs}:${stats.size}:${stats.ino}`;
  const known = parsed.get(file);
  if (known?.stamp === stamp) return known.entries;
  const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  parsed.set(file, { stamp, entries });
  return entries;
}

const parsed = new Map<string, { stamp: string; entries: unknown[] }>();

/** A Date (the data store's) or an ISO string as ISO 8601. */
export const isoDate = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
