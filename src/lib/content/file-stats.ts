// What content sync knew of each article file at the last sync: its size, modification and change
// times and inode (what git's index keeps to tell an unchanged file without reading it) and the digest
// its contents had. A file whose four are the same has the same contents, so a sync of a 10,000-article
// archive reads the few files that changed, not all of them (reading and hashing them all took about
// as long as everything else a publishing build's sync does). The change time cannot be set back by
// any tool that writes a file, so an edit always shows.
import type { Stats } from 'node:fs';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** [size, mtimeMs, ctimeMs, ino, digest] */
type Known = [number, number, number, number, string];

export class FileStats {
  readonly #file: string;
  readonly #settings: string;
  #known = new Map<string, Known>();
  readonly #next = new Map<string, Known>();

  /** `settings`: what else the digests depend on (a change reads every file again). */
  constructor(cacheDir: string, settings: string) {
    this.#file = path.join(cacheDir, 'afaq-content', 'file-stats.json');
    this.#settings = settings;
    try {
      const saved = JSON.parse(readFileSync(this.#file, 'utf8')) as { settings: string; files: Record<string, Known> };
      if (saved.settings === settings) this.#known = new Map(Object.entries(saved.files));
    } catch {
      // First sync with this cache: every file is read.
    }
  }

  /** The digest `filePath` had at the last sync, if the file is unchanged since. */
  unchanged(filePath: string, stats: Stats): string | undefined {
    const known = this.#known.get(filePath);
    if (!known) return undefined;
    const [size, mtimeMs, ctimeMs, ino, digest] = known;
    const same = size === stats.size && mtimeMs === stats.mtimeMs && ctimeMs === stats.ctimeMs && ino === stats.ino;
    return same ? digest : undefined;
  }

  /** What this sync found for `filePath` (kept for the next sync). */
  record(filePath: string, stats: Stats, digest: string): void {
    this.#next.set(filePath, [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, digest]);
  }

  save(): void {
    mkdirSync(path.dirname(this.#file), { recursive: true });
    const files = Object.fromEntries([...this.#next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileSync(`${this.#file}.tmp`, JSON.stringify({ settings: this.#settings, files }));
    renameSync(`${this.#file}.tmp`, this.#file);
  }
}
