// Compiled article bodies live on disk, one file per content digest, under the build cache
// (ASTRO_CACHE_DIR, so tests and benchmarks keep separate caches): written at content sync when an
// article changes, read by its page when it is rendered. The data store keeps only the key, so memory
// does not grow with the archive's text. Also here: the related-articles terms of every article
// (what computeRelated needs from each body, kept between builds), in 256 files.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledBody } from './body/compile';

export interface StoredBody extends CompiledBody {
  /** The article file, for messages. */
  file: string;
}

const termsFolder = 'related-terms';

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
      if (!shard.isDirectory() || shard.name === termsFolder) continue;
      const shardDir = path.join(this.dir, shard.name);
      for (const name of readdirSync(shardDir)) {
        if (name.endsWith('.json') && live.has(name.slice(0, -5))) continue;
        rmSync(path.join(shardDir, name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  /** Removes the bodies of these keys (those an article changed or deleted in this sync left behind). */
  remove(keys: Iterable<string>): number {
    let removed = 0;
    for (const key of keys) {
      const file = this.#file(key);
      if (!existsSync(file)) continue;
      rmSync(file, { force: true });
      removed++;
    }
    return removed;
  }

  /** The related-articles terms of every article (see RelatedTerms). */
  terms(): RelatedTerms {
    return new RelatedTerms(path.join(this.dir, termsFolder));
  }

  /** Related-articles terms by article id, with the body key they were computed from: all of them. */
  readTerms(): Map<string, TermsEntry> {
    return this.terms().all();
  }
}

export interface TermsEntry {
  /** The body key (content digest) the terms were computed from. */
  key: string;
  terms: string;
}

/** Shards as this process last read them, by file: what all() need not read again. */
const readShards = new Map<string, { stamp: string; entries: ReadonlyMap<string, TermsEntry> }>();

/**
 * The terms in 256 files by a hash of the article's id, each read when one of its articles is asked
 * for and written when one changed: publishing one story reads and writes 1/256 of them, not all
 * (at 10,000 articles they are 15 MB).
 */
export class RelatedTerms {
  readonly #dir: string;
  readonly #shards = new Map<string, Map<string, TermsEntry>>();
  readonly #dirty = new Set<string>();
  constructor(dir: string) {
    this.#dir = dir;
  }

  static shardOf(id: string): string {
    return createHash('sha1').update(id).digest('hex').slice(0, 2);
  }

  #shard(name: string): Map<string, TermsEntry> {
    let shard = this.#shards.get(name);
    if (!shard) {
      shard = new Map();
      try {
        const saved = JSON.parse(readFileSync(path.join(this.#dir, `${name}.json`), 'utf8')) as Record<string, TermsEntry>;
        for (const [id, entry] of Object.entries(saved)) shard.set(id, entry);
      } catch {
        // Not written yet: empty.
      }
      this.#shards.set(name, shard);
    }
    return shard;
  }

  get(id: string): TermsEntry | undefined {
    return this.#shard(RelatedTerms.shardOf(id)).get(id);
  }

  set(id: string, entry: TermsEntry): void {
    const name = RelatedTerms.shardOf(id);
    this.#shard(name).set(id, entry);
    this.#changed(name);
  }

  delete(id: string): void {
    const name = RelatedTerms.shardOf(id);
    if (this.#shard(name).delete(id)) this.#changed(name);
  }

  #changed(name: string): void {
    this.#dirty.add(name);
    readShards.delete(path.join(this.#dir, `${name}.json`));
  }

  /** Lets go of the shards all() kept (their strings: about 15 MB at 10,000 articles). */
  static forget(): void {
    readShards.clear();
  }

  /**
   * Every shard's entries in one map. A shard file this process read before and that is unchanged
   * since (written whole and renamed: a new inode) is not read again: the post-build child reads
   * them all while Astro starts (readTerms), then only the few the sync rewrote.
   */
  all(): Map<string, TermsEntry> {
    const all = new Map<string, TermsEntry>();
    const names = existsSync(this.#dir) ? readdirSync(this.#dir).filter((name) => /^[0-9a-f]{2}\.json$/.test(name)) : [];
    for (const name of names) {
      const file = path.join(this.#dir, name);
      const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
      const stamp = stats && `${stats.mtimeNs}:${stats.size}:${stats.ino}`;
      const known = readShards.get(file);
      const shard = known && known.stamp === stamp && !this.#dirty.has(name.slice(0, 2)) ? known.entries : this.#shard(name.slice(0, 2));
      if (stamp && shard !== known?.entries) readShards.set(file, { stamp, entries: shard });
      for (const [id, entry] of shard) all.set(id, entry);
    }
    return all;
  }

  /** Writes the shards that changed (each whole, then renamed). */
  save(): void {
    if (this.#dirty.size === 0) return;
    mkdirSync(this.#dir, { recursive: true });
    for (const name of this.#dirty) {
      const entries = [...this.#shard(name)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const file = path.join(this.#dir, `${name}.json`);
      writeFileSync(`${file}.tmp`, JSON.stringify(Object.fromEntries(entries)));
      renameSync(`${file}.tmp`, file);
    }
    this.#dirty.clear();
    // The single file of earlier versions.
    rmSync(path.join(this.#dir, '..', 'related-terms.json'), { force: true });
  }
}
