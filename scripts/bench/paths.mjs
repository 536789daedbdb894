// Where the build benchmark reads and writes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Corpora, builds, logs and the bare site's working copy; discarded after each size unless --keep. */
export const work = path.join(root, 'tests/.tmp-bench');
export const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
/** The bare Astro site's source files, copied into <work>/bare/ before each bare build. */
export const bareSite = path.join(root, 'scripts/bench/bare-site');

/**
 * Folders the benchmark no longer needs (an earlier build before a cold one, a finished size's
 * corpus and builds) are moved into <work>/trash/ and deleted when the run ends, not deleted just
 * before the next build. On ext4 without a journal (this machine's disk), creating files within a
 * minute or more of tens of thousands of deletions makes the inode allocator step over each recently
 * freed inode (recently_deleted() in fs/ext4/ialloc.c): a perf profile of a 5,000-article cold build
 * started right after `rm -rf` of the previous one (23,000 files) had 4.8 % of the machine's samples
 * there, and the build that writes more files pays more of it.
 */
export const trash = path.join(work, 'trash');
