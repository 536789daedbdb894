// What a host receives in dist/: a sub-path build (BASE_PATH=/afaq) whose every link, asset,
// canonical URL, feed and sitemap entry stays under the base path, a _headers file with a CSP the
// pages satisfy and non-overlapping cache rules, and the editor components rendered privately.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { findInlineViolations, parseCsp } from '../../src/integrations/csp';
import {
  headersForPath,
  immutableCache,
  parseHeadersFile,
  revalidateCache,
  type HeaderRule,
} from '../../src/integrations/headers-file';
import { checkLinks } from '../../scripts/lib/link-check';
import { listBuiltFiles } from '../../src/integrations/built-files';
import { fixtureDist } from '../helpers/sites';
import {
  buildSubpathSite,
  componentsArticleId,
  subpathBase,
  subpathSiteUrl,
} from '../helpers/subpath-site';

interface Dist {
  dir: string;
  files: string[];
  pages: Array<{ file: string; html: string }>;
  rules: HeaderRule[];
}

async function readDist(dir: string): Promise<Dist> {
  const files = await listBuiltFiles(dir);
  const pages = await Promise.all(
    files
      .filter((f) => f.endsWith('.html'))
      .map(async (file) => ({ file, html: await readFile(path.join(dir, file), 'utf8') })),
  );
  return {
    dir,
    files,
    pages,
    rules: parseHeadersFile(await readFile(path.join(dir, '_headers'), 'utf8')),
  };
}

let sub: Dist;
let root: Dist;
const publicUrl = `${subpathSiteUrl}${subpathBase}`;

beforeAll(async () => {
  const build = await buildSubpathSite('deploy-subpath');
  [sub, root] = await Promise.all([readDist(build.outDir), readDist(fixtureDist)]);
});

describe('sub-path deployment (BASE_PATH=/afaq)', () => {
  it('every internal link, asset, srcset entry and #anchor resolves under /afaq/', () => {
    const problems = checkLinks({
      pages: sub.pages,
      files: new Set(sub.files),
      basePath: subpathBase,
      siteUrl: subpathSiteUrl,
    });
    expect(problems.map((p) => `${p.page}: ${p.url} (${p.kind})`)).toEqual([]);
    // The check did look at real links: the home page alone has dozens.
    expect(
      sub.pages.find((p) => p.file === 'index.html')!.html.match(/href="\/afaq\//g)!.length,
    ).toBeGreaterThan(20);
  });

  it('no root-relative URL in any page escapes the base path', () => {
    for (const { file, html } of sub.pages) {
      const $ = cheerio.load(html);
      const urls = $('[href],[src],[srcset],[action],[poster]')
        .toArray()
        .flatMap((el) =>
          ['href', 'src', 'srcset', 'action', 'poster']
            .map((a) => $(el).attr(a))
            .filter((v): v is string => Boolean(v)),
        )
        .flatMap((v) => v.split(',').map((part) => part.trim().split(/\s+/)[0]!));
      const escaping = urls.filter(
        (url) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith(subpathBase),
      );
      expect(escaping, file).toEqual([]);
    }
  });

  it('canonical and social URLs are absolute under SITE_URL + BASE_PATH', () => {
    for (const { file, html } of sub.pages) {
      const $ = cheerio.load(html);
      const urls = [
        $('link[rel="canonical"]').attr('href'),
        $('meta[property="og:url"]').attr('content'),
        $('meta[property="og:image"]').attr('content'),
      ];
      for (const url of urls.filter(Boolean))
        expect(url, file).toMatch(new RegExp(`^${publicUrl}`));
    }
    const article = sub.pages.find((p) => p.file === `articles/${componentsArticleId}/index.html`)!;
    expect(cheerio.load(article.html)('link[rel="canonical"]').attr('href')).toBe(
      `${publicUrl}articles/${componentsArticleId}/`,
    );
  });

  it('feeds, sitemaps and robots.txt list public URLs under the base path', async () => {
    const xmlFiles = sub.files.filter((f) => f.endsWith('.xml'));
    let checked = 0;
    for (const file of xmlFiles) {
      const xml = await readFile(path.join(sub.dir, file), 'utf8');
      const locations = [...xml.matchAll(/<(?:loc|link|guid)[^>]*>([^<]+)</g)].map((m) =>
        m[1]!.trim(),
      );
      for (const url of locations) expect(url, file).toMatch(new RegExp(`^${publicUrl}`));
      checked += locations.length;
    }
    // The RSS feed and the sitemap list every article (the news sitemap only the last days' ones).
    expect(xmlFiles).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml']));
    expect(checked).toBeGreaterThan(10);
    const robots = await readFile(path.join(sub.dir, 'robots.txt'), 'utf8').catch(() => '');
    for (const line of robots.split('\n').filter((l) => /^sitemap:/i.test(l)))
      expect(line).toContain(publicUrl);
  });

  it('the search index points at pages under the base path', async () => {
    const { bundles } = JSON.parse(
      await readFile(path.join(sub.dir, 'pagefind/bundles.json'), 'utf8'),
    ) as { bundles: Array<{ path: string }> };
    expect(bundles.length).toBeGreaterThan(0);
    const entry = JSON.parse(
      await readFile(
        path.join(sub.dir, 'pagefind', bundles[0]!.path, 'pagefind-entry.json'),
        'utf8',
      ),
    );
    expect(Object.keys(entry.languages)).toContain('ar');
    // Pagefind fragments are gzipped JSON; the URLs are checked in the browser (e2e/subpath.test.ts).
    expect(sub.files.some((f) => f.startsWith(`pagefind/${bundles[0]!.path}fragment/`))).toBe(true);
  });
});

describe('_headers', () => {
  const headerPolicy = (dist: Dist) =>
    parseCsp(
      headersForPath(dist.rules, `${dist === sub ? subpathBase : '/'}`)['content-security-policy']!,
    );

  it('sends a strict CSP: same-origin by default, no inline code allowed except by hash, no framing', () => {
    for (const dist of [sub, root]) {
      const policy = headerPolicy(dist);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      for (const [name, sources] of policy) {
        expect(sources, name).not.toContain("'unsafe-inline'");
        expect(sources, name).not.toContain("'unsafe-eval'");
        expect(sources, name).not.toContain('*');
      }
      expect(policy.get('script-src')!.some((s) => s.startsWith("'sha256-"))).toBe(true);
      expect(policy.get('frame-src')).toEqual([
        'https://www.youtube-nocookie.com',
        'https://player.vimeo.com',
      ]);
    }
  });

  it('the header CSP allows every inline script and style of every page, and each page has its <meta> policy', () => {
    for (const dist of [sub, root]) {
      const policy = headerPolicy(dist);
      for (const { file, html } of dist.pages) {
        expect(findInlineViolations(html, policy), file).toEqual([]);
        expect(html, file).toMatch(/<meta http-equiv="content-security-policy"/);
      }
    }
  });

  it('caches hashed assets for a year and makes everything else revalidate, one Cache-Control per file', () => {
    for (const dist of [sub, root]) {
      const base = dist === sub ? subpathBase : '/';
      for (const file of dist.files.filter((f) => f !== '_headers')) {
        const url = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
        const cache = headersForPath(dist.rules, url)['cache-control'];
        expect(cache, url).toBe(file.startsWith('_astro/') ? immutableCache : revalidateCache);
        expect(headersForPath(dist.rules, url)['x-content-type-options'], url).toBe('nosniff');
      }
    }
    expect(sub.rules.every((rule) => rule.path.startsWith(subpathBase))).toBe(true);
    expect(root.rules.some((rule) => rule.path === '/_astro/*')).toBe(true);
  });
});

describe('editor components in a built article', () => {
  const $ = () =>
    cheerio.load(
      sub.pages.find((p) => p.file === `articles/${componentsArticleId}/index.html`)!.html,
    );

  it('Figure: an optimised local image (AVIF and WebP sources, sizes) with caption and credit', () => {
    const figure = $()('.article-body figure.article-figure');
    expect(figure.find('source[type="image/avif"]').attr('srcset')).toMatch(
      /^\/afaq\/_astro\/harbour\.[\w-]+\.avif 400w/,
    );
    expect(figure.find('source[type="image/webp"]').length).toBe(1);
    const img = figure.find('img');
    expect(img.attr('alt')).toBe('رافعات الميناء عند الغروب وسفينة راسية');
    expect(img.attr('width')).toBeDefined();
    expect(img.attr('loading')).toBe('lazy');
    expect(figure.find('figcaption').text()).toContain('السفينة لحظة رسوّها في الرصيف الرئيسي');
    expect(figure.find('figcaption bdi').text()).toBe('تصوير: آفاق نيوز');
  });

  it('PullQuote and Note', () => {
    expect($()('.pull-quote blockquote').text()).toBe('هذه السفينة هي الأولى، ولن تكون الأخيرة.');
    expect($()('.pull-quote cite').text()).toBe('مدير الميناء');
    const notes = $()('[role="note"]');
    expect(notes.length).toBe(2);
    expect(notes.eq(0).find('p').first().text()).toBe('خلفية');
    expect(notes.eq(1).find('p').first().text()).toBe('تنبيه'); // default title of tone="warning"
  });

  it('Video: a local poster and a plain link to the video page; nothing from the video host in the page', () => {
    const videos = $()('[data-video-embed]');
    expect(videos.length).toBe(2);
    expect(videos.eq(0).find('a').attr('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(videos.eq(0).find('img').attr('src')).toMatch(/^\/afaq\/_astro\/video-poster\./);
    expect(videos.eq(1).find('a').attr('href')).toBe('https://vimeo.com/76979871');
    expect($()('iframe').length).toBe(0);
    // No element loads anything from another origin (links are not loads).
    const loads = $()('[src],[srcset],[poster],link[href]')
      .toArray()
      .flatMap((el) => ['src', 'srcset', 'poster', 'href'].map((a) => $()(el).attr(a) ?? ''));
    expect(loads.filter((url) => /youtube|ytimg|vimeo/.test(url))).toEqual([]);
  });

  it("an editor's root-relative link gets the base path; MDX escapes render as text", () => {
    const body = $()('.article-body');
    expect(body.find('a:contains("أخبار الاقتصاد")').attr('href')).toBe('/afaq/category/economy/');
    expect(body.text()).toContain('نسبة < 15% المستهدفة');
    expect(body.text()).toContain('{الهدف − المحقق}');
  });
});
