// Compiled article bodies live on disk, one file per content digest, under the build cache
// (ASTRO_CACHE_DIR, so tests and benchmarks keep separate caches): written at content sync when an
// article changes, read by its page when it is rendered. The data store keeps only the key, so memory
// does not grow with the archive's text. Also here: the related-articles terms of every article in one
// file (what computeRelated needs from each body, kept between builds).
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledBody } from './body/compile';

export interface StoredBody extends CompiledBody {
  /** The article file, for messages. */
  file: string;
}

export class BodyStore {
  readonly dir: string;
  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, 'afaq-bodies');
  }

  #file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  has(key: string): boolean {
    return existsSync(this.#file(key));
  }

  #made = new Set<string>();

  write(key: string, body: StoredBody): void {
    const file = this.#file(key);
    const dir = path.dirname(file);
    if (!this.#made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.#made.add(dir);
    }
    // Written whole, then renamed: a page never reads half a body.
    writeFileSync(`${file}.tmp`, JSON.stringify(body));
    renameSync(`${file}.tmp`, file);
  }

  read(key: string): StoredBody {
    return JSON.parse(readFileSync(this.#file(key), 'utf8')) as StoredBody;
  }

  /** Removes the bodies whose key is not in `live` (articles deleted or changed since). */
  prune(live: ReadonlySet<string>): number {
    let removed = 0;
    if (!existsSync(this.dir)) return 0;
    for (const shard of readdirSync(this.dir, { withFileTypes: true })) {
      if (!shard.isDirectory()) continue;
      const shardDir = path.join(this.dir, shard.name);
      for (const name of readdirSync(shardDir)) {
        if (name.endsWith('.json') && live.has(name.slice(0, -5))) continue;
        rmSync(path.join(shardDir, name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  get termsFile(): string {
    return path.join(this.dir, 'related-terms.json');
  }

  /** Related-articles terms by article id, with the body key they were computed from. */
  readTerms(): Map<string, { key: string; terms: string }> {
    try {
      return new Map(Object.entries(JSON.parse(readFileSync(this.termsFile, 'utf8')) as Record<string, { key: string; terms: string }>));
    } catch {
      return new Map();
    }
  }

  writeTerms(terms: ReadonlyMap<string, { key: string; terms: string }>): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(`${this.termsFile}.tmp`, JSON.stringify(Object.fromEntries([...terms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))));
    renameSync(`${this.termsFile}.tmp`, this.termsFile);
  }
}
