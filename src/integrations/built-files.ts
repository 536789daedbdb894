// The files of a finished build (OUT_DIR), as paths relative to it with "/" separators
// ("articles/x/index.html", "_astro/x.css"), sorted. Every step that reads dist/ lists it through here;
// routes.ts (builtFileUrl) says at which URL each file is served.
import { readdir } from 'node:fs/promises';
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
