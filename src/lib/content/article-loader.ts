// The content loader of the articles collection. Like Astro's glob() loader it reads every
// content/articles/**/*.{md,mdx} file and validates the frontmatter against the schema, but a file
// unchanged since the last sync (same size and times: file-stats.ts, or same digest) is not read or
// parsed again, and the body is compiled here, once
// per change (body/compile.ts, on every core when many changed: compile-pool.ts), into a file of the
// build cache (body-store.ts). The data store keeps the frontmatter and a few numbers, not the text.
//
// An article whose body has its own `import`/`export` cannot be compiled here: it is left to Astro's
// MDX integration (deferred rendering, one module per such article), and its page renders it with
// render(). AFAQ_MDX_MODULES=1 sends every MDX article that way (tests compare the two paths).
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { slug as githubSlug } from 'github-slugger';
import { glob } from 'tinyglobby';
import { compilerVersion } from './body/compile';
import { articleComponentSpecs } from './body/components';
import { BodyStore } from './body-store';
import { FileStats } from './file-stats';
import { isoDate, writeManifest, type ManifestArticle } from './manifest';
import { createCompilePool, type CompilePool } from './compile-pool';
import { bodyMessages, type EditorMessage } from './messages';
import { duplicateSlugError } from './article-check';
import { extractLiveUpdates, storeLiveUpdates, type StoredLiveUpdate } from './live';
import { articlesSyncedKey } from './related-lists';

export interface ArticleLoaderOptions {
  /** Folder of the articles (absolute, or relative to the project root). */
  base: string;
  basePath: string;
  readingWordsPerMinute: number;
  /** Every MDX article through Astro's MDX integration instead (comparison tests). */
  mdxModules?: boolean;
}

/** What an entry carries besides its frontmatter (in `rendered.metadata.afaq`). */
export interface ArticleMeta {
  /** Key of the compiled body in the body store (for an article Astro's MDX integration renders, its text only). */
  body: string;
  /** Rendered by Astro's MDX integration (the body has its own import/export). */
  module?: true;
  readingMinutes: number;
  /** A live coverage page's <Update> blocks, newest first (the page's header and structured data). */
  updates?: StoredLiveUpdate[];
}

type Entry = { id: string; filePath?: string; digest?: string | number; rendered?: { metadata?: Record<string, unknown> } };

/** Astro passes the content entry types (frontmatter parsing per extension) to loaders, untyped. */
interface EntryType {
  getEntryInfo(input: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body?: string }>;
}

const pattern = '**/[^_]*.{md,mdx}';

export function articleLoader(options: ArticleLoaderOptions): Loader {
  return { name: 'afaq-articles', load: (context) => loadArticles(context, options) };
}

/** A mistake in an article, shown by Astro with the file and line. */
function articleError(file: string, line: number | undefined, column: number | undefined, entry: EditorMessage): AstroError {
  const place = line ? `:${line}${column ? `:${column}` : ''}` : '';
  const error = new AstroError(`${file}${place}: ${entry.message}`, entry.hint);
  // Astro prints this place instead of a stack trace of the loader.
  Object.assign(error, { loc: { file, line, column } });
  error.stack = '';
  return error;
}

async function loadArticles(context: LoaderContext, options: ArticleLoaderOptions): Promise<void> {
  const { config, store, logger, generateDigest, parseData, watcher } = context;
  const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
  const root = fileURLToPath(config.root);
  const baseDir = path.resolve(root, options.base);
  const cacheDir = fileURLToPath(config.cacheDir);
  const bodies = new BodyStore(cacheDir);
  // Whatever changes the compiled output of an unchanged file is part of each entry's digest, and its
  // path: the body's images are relative to it, and Astro's store keeps an entry whose digest it has.
  const settings = [
    compilerVersion,
    options.basePath,
    options.readingWordsPerMinute,
    options.mdxModules ? 'modules' : 'sync',
    // The components and their rules (a new check applies to the articles already synced).
    JSON.stringify(articleComponentSpecs, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value)),
  ].join('|');
  const byFile = new Map<string, { id: string; digest?: string | number; meta?: ArticleMeta }>();
  const indexFiles = () => {
    byFile.clear();
    for (const entry of store.values()) if (entry.filePath) byFile.set(entry.filePath, { id: entry.id, digest: entry.digest, meta: metaOf(entry) });
  };
  indexFiles();
  const untouched = new Set(store.keys());
  /** id → file, for the files of this sync: two files with one id fail the build. */
  const seen = new Map<string, string>();
  const claim = (id: string, filePath: string) => {
    const other = seen.get(id);
    if (other && other !== filePath) throw duplicateSlugError(id, filePath, other);
    seen.set(id, filePath);
  };
  const terms = bodies.terms();
  /** Bodies of the last sync that an article changed or deleted in this one may have left unused. */
  const replaced = new Set<string>();
  let changed = 0;
  let pool: CompilePool | undefined;

  const fileStats = new FileStats(cacheDir, generateDigest(settings));

  /** The file's contents if it changed since the last sync (else its entry stays as it is). */
  const readChanged = async (file: string): Promise<{ contents: string; stats: Stats } | undefined> => {
    const absolute = path.join(baseDir, file);
    const filePath = path.relative(root, absolute).split(path.sep).join('/');
    const previous = byFile.get(filePath);
    const kept = (digest: string) => {
      if (!previous?.meta || String(previous.digest) !== digest || !bodies.has(previous.meta.body)) return false;
      claim(previous.id, filePath);
      untouched.delete(previous.id);
      fileStats.record(filePath, stats, digest);
      return true;
    };
    // Unchanged since the last sync by its size and times: not read (file-stats.ts). A synchronous
    // stat: a tenth of the promise's cost, and 10,000 of them without yielding, so that Astro's data
    // store (written 500 ms after its last change) is not written once more in the middle of the sync.
    const stats = statSync(absolute);
    const known = fileStats.unchanged(filePath, stats);
    if (known !== undefined && kept(known)) return undefined;
    // Synchronous too: 5,000 promised reads took 1.4–1.9 s of a first build's sync, one at a time.
    const contents = readFileSync(absolute, 'utf8');
    return kept(generateDigest(`${settings}\n${filePath}\n${contents}`)) ? undefined : { contents, stats };
  };

  const syncFile = async (file: string, given?: { contents: string; stats: Stats }) => {
    const read = given ?? (await readChanged(file));
    if (read === undefined) return;
    const { contents } = read;
    const absolute = path.join(baseDir, file);
    const filePath = path.relative(root, absolute).split(path.sep).join('/');
    const digest = generateDigest(`${settings}\n${filePath}\n${contents}`);
    // Saved only once the whole sync succeeded (below).
    fileStats.record(filePath, read.stats, digest);
    const previous = byFile.get(filePath);
    if (previous?.meta) replaced.add(previous.meta.body);
    changed++;
    const extension = path.extname(file);
    const entryType = entryTypes.get(extension);
    if (!entryType) throw new Error(`${filePath}: no content entry type for ${extension} files`);
    const { data, body = '' } = await entryType.getEntryInfo({ contents, fileUrl: pathToFileURL(absolute) });
    const id = data.slug !== undefined && data.slug !== null && data.slug !== '' ? String(data.slug) : idFromPath(file);
    if (previous && previous.id !== id) {
      store.delete(previous.id);
      terms.delete(previous.id);
    }
    claim(id, filePath);
    // An entry of an earlier sync with this id, from another file of this folder that still exists: a
    // duplicate too (a file of another content folder, synced with the same cache, is not).
    const existing = store.get(id);
    const other = existing?.filePath ? path.resolve(root, existing.filePath) : undefined;
    if (other && existing!.filePath !== filePath && !path.relative(baseDir, other).startsWith('..') && existsSync(other)) {
      claim(id, existing!.filePath!);
    }
    untouched.delete(id);
    const parsed = await parseData({ id, data, filePath: absolute });
    const format = extension === '.md' ? 'md' : 'mdx';
    const outcome = await (pool ?? createCompilePool(0)).compile({
      body,
      format,
      asModule: format === 'mdx' && Boolean(options.mdxModules),
      basePath: options.basePath,
      firstLine: contents.slice(0, Math.max(0, contents.indexOf(body))).split('\n').length,
      title: String(parsed.title ?? ''),
      description: String(parsed.description ?? ''),
      readingWordsPerMinute: options.readingWordsPerMinute,
      store: { cacheDir, key: digest, file: filePath },
    });
    if (outcome.error) throw articleError(filePath, outcome.error.line, outcome.error.column, outcome.error.entry);
    const meta: ArticleMeta = { body: digest, readingMinutes: outcome.readingMinutes };
    if (parsed.live === true) meta.updates = storeLiveUpdates(extractLiveUpdates(body, filePath));
    terms.set(id, { key: digest, terms: outcome.terms });
    if (outcome.result?.kind === 'module') {
      // Rendered by Astro's MDX integration; the body store keeps its text (for search) only.
      meta.module = true;
      bodies.write(digest, { html: '', parts: [], headings: [], images: [], text: outcome.plain, file: filePath });
      store.set({ id, data: parsed, filePath, digest, deferredRender: true, rendered: { html: '', metadata: { afaq: meta } } });
      return;
    }
    // The compiled body is in the store already (written where it was compiled: compile-pool.ts).
    const images = outcome.stored!.images;
    for (const image of images) {
      if (!existsSync(path.resolve(path.dirname(absolute), image))) {
        const line = contents.split('\n').findIndex((text) => text.includes(image.replace(/^\.\//, ''))) + 1;
        throw articleError(filePath, line || undefined, undefined, bodyMessages.imageMissing(image));
      }
    }
    store.set({
      id,
      data: parsed,
      filePath,
      digest,
      // Without images, no empty imagePaths: Astro serialises every object in its data store at each
      // sync, and one empty array per article was about a quarter of that time at 10,000 articles.
      rendered: { html: '', metadata: images.length ? { imagePaths: images, afaq: meta } : { afaq: meta } },
      assetImports: images,
    });
  };

  const files = (await glob(pattern, { cwd: baseDir, expandDirectories: false })).sort();
  // First which files changed (most builds: a few), then those, on every core when there are many.
  // Bounded: reading thousands of files at once would only queue them in memory.
  const changedFiles: Array<[string, { contents: string; stats: Stats }]> = [];
  await eachBounded(files, 16, async (file) => {
    const read = await readChanged(file);
    if (read !== undefined) changedFiles.push([file, read]);
  });
  pool = createCompilePool(changedFiles.length);
  try {
    await eachBounded(changedFiles, pool.concurrency, ([file, read]) => syncFile(file, read));
  } finally {
    await pool.close();
    pool = undefined;
  }
  for (const id of untouched) {
    const body = metaOf(store.get(id))?.body;
    if (body) replaced.add(body);
    terms.delete(id);
    store.delete(id);
    changed++;
  }
  if (changed > 0) {
    const live = new Set<string>();
    for (const entry of store.values()) {
      const body = metaOf(entry)?.body;
      if (body) live.add(body);
    }
    terms.save();
    // A few changes: their old bodies removed; many: every body not in use (also what a failed sync
    // may have left).
    const pruned =
      changed * 10 > store.keys().length
        ? bodies.prune(live)
        : bodies.remove([...replaced].filter((body) => !live.has(body)));
    logger.info(`${changed} article(s) compiled or removed${pruned ? `, ${pruned} old bodies pruned` : ''}`);
  }
  if (changed > 0 || !manifestWritten(cacheDir)) writeArticlesManifest(cacheDir, store.values());
  fileStats.save();
  const synced = (globalThis as Record<symbol, unknown>)[articlesSyncedKey];
  if (typeof synced === 'function') (synced as () => void)();

  // `astro dev`: an article saved, added or deleted is synced on its own.
  if (!watcher) return;
  watcher.add(baseDir);
  const resync = async (changedPath: string) => {
    const file = path.relative(baseDir, changedPath).split(path.sep).join('/');
    if (file.startsWith('..') || !/\.mdx?$/.test(file) || path.basename(file).startsWith('_')) return;
    indexFiles();
    seen.clear();
    for (const entry of store.values()) if (entry.filePath) seen.set(entry.id, entry.filePath);
    try {
      await syncFile(file);
      writeArticlesManifest(cacheDir, store.values());
      logger.info(`Reloaded ${file}`);
    } catch (error) {
      logger.error((error as Error).message);
    }
  };
  watcher.on('change', resync);
  watcher.on('add', resync);
  watcher.on('unlink', (deletedPath) => {
    const filePath = path.relative(root, deletedPath).split(path.sep).join('/');
    for (const entry of store.values()) if (entry.filePath === filePath) store.delete(entry.id);
  });
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachBounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

const manifestWritten = (cacheDir: string) => existsSync(path.join(cacheDir, 'afaq-content', 'articles.json'));

/** The articles manifest (manifest.ts) from the data store's entries. */
function writeArticlesManifest(cacheDir: string, entries: Iterable<Entry & { data: Record<string, unknown> }>): void {
  const articles: ManifestArticle[] = [];
  for (const entry of entries) {
    const meta = metaOf(entry);
    if (!meta || !entry.filePath) continue;
    const data = entry.data;
    articles.push({
      id: entry.id,
      file: entry.filePath,
      digest: String(entry.digest),
      body: meta.body,
      title: String(data.title),
      description: String(data.description),
      date: isoDate(data.date),
      updated: data.updated ? isoDate(data.updated) : undefined,
      category: String((data.category as { id: string }).id),
      tags: (data.tags as string[] | undefined) ?? [],
      author: data.author as string | undefined,
      source: data.source as string | undefined,
      draft: Boolean(data.draft),
    });
  }
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeManifest(cacheDir, 'articles', articles);
}

function metaOf(entry: Entry | undefined): ArticleMeta | undefined {
  return entry?.rendered?.metadata?.afaq as ArticleMeta | undefined;
}

/** The id Astro's glob() loader gives a file without `slug`: each path segment slugged, no extension. */
export function idFromPath(file: string): string {
  return file
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
