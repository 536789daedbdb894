// Pages of earlier builds that no longer exist are removed; a first build into an empty folder has none.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStalePages } from '../../../src/integrations/built-files';

const root = mkdtempSync(path.join(os.tmpdir(), 'afaq-built-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string): string {
  const outDir = path.join(root, name);
  for (const file of ['index.html', 'articles/a/index.html', 'articles/old/index.html']) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), '<!doctype html><html lang="ar"></html>');
  }
  return outDir;
}
const outputs = new Set(['index.html', 'articles/a/index.html']);
const publicDir = path.join(root, 'no-public');

describe('removeStalePages', () => {
  it('removes a page no build produces any more, and its empty folder', async () => {
    const outDir = site('walked');
    const { removed, pages } = await removeStalePages(outDir, outputs, { publicDir });
    expect(removed).toEqual(['articles/old/index.html']);
    expect(existsSync(path.join(outDir, 'articles/old'))).toBe(false);
    expect(pages.map((page) => page.file)).toEqual(['articles/a/index.html', 'index.html']);
    expect(pages.every((page) => page.size > 0 && page.mtimeMs > 0)).toBe(true);
  });

  it('uses the list the last build kept, and looks for nothing when the folder was empty before', async () => {
    const cached = site('cached');
    const cacheFile = path.join(root, 'pages.json');
    writeFileSync(cacheFile, JSON.stringify(['index.html', 'articles/old/index.html']));
    expect((await removeStalePages(cached, outputs, { publicDir, cacheFile })).removed).toEqual([
      'articles/old/index.html',
    ]);

    // emptyBefore: every file there is this build's, so the folder is not walked (this one file,
    // put there by the test, is not found) and the pages are the build's own.
    const fresh = site('fresh');
    const { removed, pages } = await removeStalePages(fresh, outputs, {
      publicDir,
      emptyBefore: true,
    });
    expect(removed).toEqual([]);
    expect(existsSync(path.join(fresh, 'articles/old/index.html'))).toBe(true);
    expect(pages.map((page) => page.file)).toEqual(['articles/a/index.html', 'index.html']);
  });
});
