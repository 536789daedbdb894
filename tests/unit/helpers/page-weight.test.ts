// The measuring helpers behind the page budgets and the page-type checks, on a tiny hand-made dist/.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetFile, gzipSize, measurePage } from '../../helpers/page-weight';
import {
  listBuiltPages,
  missingPageTypes,
  pageTypeOf,
  representativePages,
} from '../../helpers/built-pages';

let dist: string;
const css = 'body{color:red}'.repeat(200);
const js = 'console.log("x");'.repeat(100);
const font = Buffer.alloc(3000, 7);

beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'afaq-weight-'));
  await mkdir(path.join(dist, '_astro/fonts'), { recursive: true });
  await writeFile(path.join(dist, '_astro/a.css'), css);
  await writeFile(path.join(dist, '_astro/b.js'), js);
  await writeFile(path.join(dist, '_astro/fonts/f.woff2'), font);
  await writeFile(path.join(dist, '_astro/fonts/g.woff2'), font);
  for (const dir of [
    'articles/x',
    'articles/y',
    'category/politics',
    'category/politics/2',
    'tag',
    'tag/a',
    'search',
  ]) {
    await mkdir(path.join(dist, dir), { recursive: true });
    await writeFile(path.join(dist, dir, 'index.html'), '<!doctype html><title>t</title>');
  }
  await writeFile(
    path.join(dist, 'index.html'),
    `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css">
     <link rel="preload" as="font" href="/_astro/fonts/f.woff2" crossorigin>
     <link rel="preload" as="font" href="/_astro/fonts/f.woff2" crossorigin>
     <style>p{margin:0}</style>
     <script type="module" src="/_astro/b.js"></script>
     <script type="application/ld+json">{"@context":"https://schema.org"}</script>
     <script>document.documentElement.dataset.js="1"</script></head><body></body></html>`,
  );
  await writeFile(path.join(dist, '404.html'), '<!doctype html><title>404</title>');
});

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('measurePage', () => {
  it('counts external and inline CSS and JS, preloaded fonts once each, and ignores JSON-LD', async () => {
    const weight = await measurePage(dist, path.join(dist, 'index.html'));
    expect(weight.stylesheets.map((asset) => asset.url)).toEqual(['/_astro/a.css']);
    expect(weight.stylesheets[0]!.raw).toBe(css.length);
    expect(weight.stylesheets[0]!.gzip).toBe(gzipSize(css));
    expect(weight.scripts.map((asset) => asset.url)).toEqual(['/_astro/b.js']);
    expect(weight.preloadedFonts).toHaveLength(1);
    expect(weight.fonts).toBe(font.length);
    expect(weight.inlineCss).toBe(gzipSize('p{margin:0}'));
    expect(weight.inlineJs).toBe(gzipSize('document.documentElement.dataset.js="1"'));
    expect(weight.css).toBe(gzipSize(css) + weight.inlineCss);
    expect(weight.js).toBe(gzipSize(js) + weight.inlineJs);
    expect(weight.total).toBe(weight.html + gzipSize(css) + gzipSize(js) + font.length);
  });

  it('resolves assets under a base path and refuses other hosts', () => {
    expect(assetFile('/d', '/afaq/_astro/a.css', '/afaq/')).toBe(path.join('/d', '_astro/a.css'));
    expect(() => assetFile('/d', 'https://cdn.example/x.js')).toThrow(/another host/);
    expect(() => assetFile('/d', '/other/x.js', '/afaq/')).toThrow(/outside the base path/);
  });
});

describe('built pages by type', () => {
  it('classifies URLs into page types', () => {
    expect(pageTypeOf('/')).toBe('home');
    expect(pageTypeOf('/articles/x/')).toBe('article');
    expect(pageTypeOf('/category/politics/2/')).toBe('category');
    expect(pageTypeOf('/404.html')).toBe('404');
    expect(pageTypeOf('/archive/2024/11/')).toBe('archive');
  });

  it('lists every page, picks one per shape and names the missing required types', async () => {
    const pages = await listBuiltPages(dist);
    expect(pages.map((page) => page.url)).toEqual([
      '/',
      '/404.html',
      '/articles/x/',
      '/articles/y/',
      '/category/politics/',
      '/category/politics/2/',
      '/search/',
      '/tag/',
      '/tag/a/',
    ]);
    expect(representativePages(pages).map((page) => page.url)).toEqual([
      '/',
      '/404.html',
      '/articles/x/',
      '/category/politics/',
      '/category/politics/2/',
      '/search/',
      '/tag/',
      '/tag/a/',
    ]);
    expect(missingPageTypes(pages)).toEqual(['archive', 'author']);
  });
});
