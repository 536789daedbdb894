// Content sync tells an unchanged article file by its size, times and inode, without reading it.
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStats } from '../../../src/lib/content/file-stats';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afaq-file-stats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FileStats', () => {
  it('knows a file unchanged since the last sync, and not one rewritten with its size and time kept', async () => {
    const file = path.join(dir, 'a.mdx');
    writeFileSync(file, 'عنوان أول');
    // A whole second: put back below exactly (a time read as a Date loses its nanoseconds).
    const time = 1_700_000_000;
    utimesSync(file, time, time);
    const first = new FileStats(dir, 'settings-1');
    expect(first.unchanged('content/a.mdx', statSync(file))).toBeUndefined();
    first.record('content/a.mdx', statSync(file), 'digest-1');
    first.save();

    const next = new FileStats(dir, 'settings-1');
    expect(next.unchanged('content/a.mdx', statSync(file))).toBe('digest-1');
    // Other settings (a new compiler, another base path): every file is read again.
    expect(new FileStats(dir, 'settings-2').unchanged('content/a.mdx', statSync(file))).toBeUndefined();

    // The same number of bytes, the old modification time put back: the change time still tells.
    const { mtimeMs, size } = statSync(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(file, 'عنوان ثان');
    utimesSync(file, time, time);
    expect(statSync(file).size).toBe(size);
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
    expect(next.unchanged('content/a.mdx', statSync(file))).toBeUndefined();
  });

  it('keeps only the files this sync recorded (a deleted article is forgotten)', () => {
    const file = path.join(dir, 'b.mdx');
    writeFileSync(file, 'نص');
    const first = new FileStats(dir, 's');
    first.record('content/b.mdx', statSync(file), 'd');
    first.record('content/gone.mdx', statSync(file), 'd');
    first.save();
    const second = new FileStats(dir, 's');
    second.record('content/b.mdx', statSync(file), 'd');
    second.save();
    const third = new FileStats(dir, 's');
    expect(third.unchanged('content/b.mdx', statSync(file))).toBe('d');
    expect(third.unchanged('content/gone.mdx', statSync(file))).toBeUndefined();
  });
});
