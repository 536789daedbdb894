import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, type BuiltPage } from '../../../scripts/lib/link-check';
import { projectRoot } from '../../helpers/paths';
import { tsNodeArgs } from '../../../scripts/node-options.mjs';

const page = (file: string, body: string, head = ''): BuiltPage => ({
  file,
  html: `<!doctype html><html><head>${head}</head><body id="top">${body}</body></html>`,
});

function check(pages: BuiltPage[], basePath = '/', extraFiles: string[] = []) {
  const files = new Set([...pages.map((p) => p.file), ...extraFiles]);
  return checkLinks({ pages, files, basePath, siteUrl: 'https://news.example.org' });
}

describe('checkLinks', () => {
  const site = [
    page(
      'index.html',
      `<a href="/articles/a/">a</a> <a href="articles/a/#${encodeURIComponent('الخلفية')}">rel</a> <a href="#top">top</a>
       <a href="https://other.example.org/x">ext</a> <a href="mailto:x@y.z">mail</a>
       <img src="/_astro/a.webp" srcset="/_astro/a.webp 400w, /_astro/b.webp 800w" alt="">`,
      '<link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="https://news.example.org/">',
    ),
    page('articles/a/index.html', '<h2 id="الخلفية">الخلفية</h2><a href="../../">home</a>'),
    page('404.html', '<a href="/">home</a>'),
  ];

  it('accepts a site whose links, assets, anchors and absolute self-links all resolve', () => {
    expect(check(site, '/', ['_astro/a.webp', '_astro/b.webp', '_astro/site.css'])).toEqual([]);
  });

  it('reports a missing page, asset and srcset candidate with the page that links to them', () => {
    const problems = check(site, '/', ['_astro/a.webp']);
    expect(problems.map((p) => [p.page, p.url, p.kind])).toEqual([
      ['index.html', '/_astro/site.css', 'missing'],
      ['index.html', '/_astro/b.webp', 'missing'],
    ]);
    expect(problems[0]!.fix).toMatch(/fix the address/);
  });

  it('reports an anchor that names no element on the target page', () => {
    const problems = check([
      page('index.html', '<a href="/articles/a/#nothing">x</a>'),
      page('articles/a/index.html', '<h2 id="real">r</h2>'),
    ]);
    expect(problems).toMatchObject([
      {
        kind: 'missing-anchor',
        url: '/articles/a/#nothing',
        message: expect.stringContaining('"nothing"'),
      },
    ]);
  });

  it('reports a page link without its trailing slash', () => {
    const problems = check([
      page('index.html', '<a href="/articles/a">x</a>'),
      page('articles/a/index.html', ''),
    ]);
    expect(problems).toMatchObject([{ kind: 'no-trailing-slash', fix: 'write /articles/a/' }]);
  });

  it('reports links that escape the base path of a sub-path deployment', () => {
    const pages = [
      page(
        'index.html',
        '<a href="/afaq/articles/a/">ok</a><a href="/articles/a/">bad</a><a href="/afaq">home</a>',
      ),
      page('articles/a/index.html', ''),
    ];
    const problems = check(pages, '/afaq/');
    expect(problems.map((p) => [p.url, p.kind])).toEqual([
      ['/articles/a/', 'outside-base'],
      ['/afaq', 'no-trailing-slash'],
    ]);
  });

  it('checks absolute links to the site origin (canonical, og:image) like relative ones', () => {
    const problems = check([
      page(
        'index.html',
        '',
        '<meta property="og:image" content="https://news.example.org/og.png">',
      ),
    ]);
    expect(problems).toMatchObject([{ url: 'https://news.example.org/og.png', kind: 'missing' }]);
  });

  it('reports relative links on the 404 page, which is served at any depth', () => {
    const problems = check([
      page('404.html', '<a href="articles/">x</a>'),
      page('articles/index.html', ''),
    ]);
    expect(problems).toMatchObject([{ page: '404.html', kind: 'relative-on-404' }]);
  });
});

describe('npm run check:links (scripts/check-links.mjs)', () => {
  it('prints each broken link with the page, the article file behind it and a fix, and exits 1', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'afaq-links-'));
    const dist = path.join(root, 'dist');
    mkdirSync(path.join(dist, 'articles/oil'), { recursive: true });
    mkdirSync(path.join(root, 'content/articles'), { recursive: true });
    writeFileSync(
      path.join(root, 'content/articles/oil-story.mdx'),
      '---\ntitle: x\nslug: oil\n---\n',
    );
    writeFileSync(
      path.join(dist, 'index.html'),
      '<body id="top"><a href="/afaq/articles/oil/">oil</a></body>',
    );
    writeFileSync(
      path.join(dist, 'articles/oil/index.html'),
      '<body><a href="/afaq/category/energy/">energy</a><a href="#missing">x</a></body>',
    );
    const run = (distDir: string) =>
      spawnSync(process.execPath, [...tsNodeArgs, 'scripts/check-links.mjs', distDir], {
        cwd: projectRoot,
        env: { ...process.env, BASE_PATH: '/afaq', CONTENT_DIR: path.join(root, 'content') },
        encoding: 'utf8',
      });
    const broken = run(dist);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(
      '✗ /afaq/category/energy/: no page or file at /afaq/category/energy/',
    );
    expect(broken.stdout).toContain('✗ #missing: no element with id "missing"');
    expect(broken.stdout).toMatch(
      /articles\/oil\/index\.html \(المصدر \/ source: .*content\/articles\/oil-story\.mdx\)/,
    );
    expect(broken.stdout).toMatch(/الحل \/ fix: /);

    writeFileSync(
      path.join(dist, 'articles/oil/index.html'),
      '<body><h2 id="missing">ok</h2><a href="/afaq/">home</a><a href="#missing">x</a></body>',
    );
    const fixed = run(dist);
    expect(fixed.status, fixed.stdout).toBe(0);
    expect(fixed.stdout).toContain('✓ links: 2 pages');
    // Two Node processes in a row: allow for a busy machine.
  }, 30_000);
});
