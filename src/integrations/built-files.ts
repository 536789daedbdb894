// The files of a finished build (OUT_DIR), as paths relative to it with "/" separators
// ("articles/x/index.html", "_astro/x.css"), sorted. Every step that reads dist/ lists it through here;
// routes.ts (builtFileUrl) says at which URL each file is served.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function listBuiltFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

export interface BuiltPage {
  /** Relative to the output folder, "/" separators. */
  file: string;
  size: number;
  mtimeMs: number;
}

/**
 * The HTML pages of a build (not the search index's, not Astro's assets folder), with size and
 * modification time: a page an incremental build skipped keeps both, so what a step learnt from it at
 * an earlier build still holds (see page-scan.ts).
 */
export async function listBuiltPages(outDir: string, assetsDir = '_astro'): Promise<BuiltPage[]> {
  const skip = new Set(['pagefind', assetsDir]);
  const files: string[] = [];
  const walk = async (relative: string) => {
    for (const entry of await readdir(path.join(outDir, relative), { withFileTypes: true })) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (relative || !skip.has(entry.name)) await walk(file);
      } else if (entry.isFile() && entry.name.endsWith('.html')) files.push(file);
    }
  };
  await walk('');
  files.sort();
  return statPages(outDir, files);
}

/**
 * Size and modification time of each of `files` (relative to outDir) that exists. Synchronous stats:
 * for 12,000 pages a tenth of what as many promises cost.
 */
function statPages(outDir: string, files: readonly string[]): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const file of files) {
    const found = statSync(path.join(outDir, file), { throwIfNoEntry: false });
    if (found) pages.push({ file, size: found.size, mtimeMs: found.mtimeMs });
  }
  return pages;
}

/**
 * The output folder is not emptied before a build (the pages an incremental build skips stay there),
 * so the pages of earlier builds that no longer exist (a deleted article, a tag no story has any more,
 * a list grown shorter) are removed: every page the build did not produce (`outputs`, relative paths),
 * except those copied from public/. Which pages earlier builds left is kept in `cacheFile`; without it
 * the output folder is walked, unless it was empty when the build began (`emptyBefore`). Returns what
 * was removed and the pages there are now (the build's and public/'s HTML pages), with size and
 * modification time.
 */
export async function removeStalePages(
  outDir: string,
  outputs: ReadonlySet<string>,
  {
    assetsDir = '_astro',
    publicDir = path.resolve('public'),
    cacheFile,
    emptyBefore = false,
  }: {
    assetsDir?: string;
    publicDir?: string;
    cacheFile?: string;
    /** The output folder held nothing when the build began: none of its pages is an earlier build's. */
    emptyBefore?: boolean;
  } = {},
): Promise<{ removed: string[]; pages: BuiltPage[] }> {
  const fromPublic = new Set(
    (existsSync(publicDir) ? await readdir(publicDir, { recursive: true }) : []).map((file) =>
      String(file).split(path.sep).join('/'),
    ),
  );
  // A first build into an empty folder: nothing to find (walking 126,000 pages took 12 s).
  let before: string[] | undefined = emptyBefore ? [] : undefined;
  if (cacheFile && !before) {
    try {
      before = JSON.parse(await readFile(cacheFile, 'utf8')) as string[];
    } catch {
      // No list of the last build's pages: the folder is walked.
    }
  }
  before ??= (await listBuiltPages(outDir, assetsDir)).map((page) => page.file);
  const removed: string[] = [];
  for (const page of before) {
    if (outputs.has(page) || fromPublic.has(page)) continue;
    const file = path.join(outDir, page);
    if (!existsSync(file)) continue;
    await rm(file, { force: true });
    removed.push(page);
    // Its folder too, when nothing else is left in it (articles/<id>/).
    for (
      let dir = path.dirname(file);
      dir.startsWith(outDir) && dir !== outDir;
      dir = path.dirname(dir)
    ) {
      try {
        await rmdir(dir);
      } catch {
        break; // not empty
      }
    }
  }
  const files = [...new Set([...outputs, ...fromPublic])].filter((file) => file.endsWith('.html'));
  files.sort();
  const pages = statPages(outDir, files);
  if (cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify(pages.map((page) => page.file)));
  }
  return { removed, pages };
}
