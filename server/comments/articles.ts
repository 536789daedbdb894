// The articles that accept comments: the folders under <site>/articles/ of the built site that hold an
// index.html. Read again at most every few seconds, so a rebuilt site is picked up without a restart.
// Titles (the page's <h1>) are read on demand for the moderation page, cached by file time.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

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

/** The text of the first <h1> of an HTML page. */
export function firstHeading(html: string): string | undefined {
  let depth = 0;
  let text = '';
  let done = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (!done && (name === 'h1' || depth > 0)) depth += 1;
      },
      ontext(chunk) {
        if (depth > 0 && !done) text += chunk;
      },
      onclosetag() {
        if (depth > 0 && !done && --depth === 0) done = true;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const title = text.replace(/\s+/g, ' ').trim();
  return title || undefined;
}

/** Article titles by id, from <site>/articles/<id>/index.html; at most `max` remembered. */
export function articleTitlesFromSite(
  siteDir: string,
  max = 2000,
): (id: string) => string | undefined {
  const cache = new Map<string, { mtimeMs: number; title: string | undefined }>();
  return (id) => {
    if (!id || id.includes('/') || id.includes('\\') || id === '.' || id === '..') return undefined;
    const candidates = [id, encodeURIComponent(id)].map((name) =>
      path.join(siteDir, 'articles', name, 'index.html'),
    );
    const file = candidates.find((candidate) => existsSync(candidate));
    if (!file) return undefined;
    const { mtimeMs } = statSync(file);
    const hit = cache.get(id);
    if (hit && hit.mtimeMs === mtimeMs) return hit.title;
    const title = firstHeading(readFileSync(file, 'utf8'));
    cache.delete(id);
    cache.set(id, { mtimeMs, title });
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    return title;
  };
}

function decode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
