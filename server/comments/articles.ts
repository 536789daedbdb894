// The articles that accept comments: the folders under <site>/articles/ of the built site that hold an
// index.html. Read again at most every few seconds, so a rebuilt site is picked up without a restart.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function articleIdsFromSite(siteDir: string, maxAgeMs = 5000): () => Set<string> {
  let cached: { ids: Set<string>; at: number } | undefined;
  return () => {
    const now = Date.now();
    if (cached && now - cached.at < maxAgeMs) return cached.ids;
    const folder = path.join(siteDir, 'articles');
    const ids = new Set<string>();
    if (existsSync(folder)) {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory() && existsSync(path.join(folder, entry.name, 'index.html')))
          ids.add(decode(entry.name));
      }
    }
    cached = { ids, at: now };
    return ids;
  };
}

function decode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
