// The content manifests the post-build steps read: parsed once per process while the file is the same,
// read again as soon as a sync rewrote it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifest, writeManifest, type ManifestCategory } from '../../../src/lib/content/manifest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afaq-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const categories = (names: string[]): ManifestCategory[] => names.map((name, order) => ({ id: `c${order}`, name, order }));

describe('readManifest', () => {
  it('gives the same entries to every reader until the manifest is written again', () => {
    writeManifest(dir, 'categories', categories(['سياسة', 'اقتصاد']));
    const first = readManifest(dir, 'categories');
    expect(first.map((category) => category.name)).toEqual(['سياسة', 'اقتصاد']);
    expect(readManifest(dir, 'categories')).toBe(first);
    // Rewritten with the same size, within the same second: still read again.
    writeManifest(dir, 'categories', categories(['رياضة', 'اقتصاد']));
    const second = readManifest(dir, 'categories');
    expect(second).not.toBe(first);
    expect(second.map((category) => category.name)).toEqual(['رياضة', 'اقتصاد']);
  });

  it('has no authors when the collection never synced', () => {
    expect(readManifest(dir, 'authors')).toEqual([]);
  });
});
