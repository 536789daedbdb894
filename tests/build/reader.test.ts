// Reader features on built sites: paginated sections and tags, archive, feeds, sitemaps, robots.txt,
// structured data, social tags and share links. Expected values are computed from the content
// sources (tests/helpers/corpus.ts), never hard-coded.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { buildSite, contentVariant, type BuildResult } from '../helpers/build-site';
import { loadPage, text, type Page } from '../helpers/html';
import { fixtureDist } from '../helpers/sites';
import { listBuiltPages } from '../helpers/built-pages';
import { fixtureContent } from '../helpers/paths';
import { published, readCorpus, type SourceArticle } from '../helpers/corpus';
import { serveStatic, type StaticServer } from '../helpers/static-server';
import { site } from '../../src/site.config';
import { textToSlug } from '../../src/lib/arabic/slugs';
import { formatNumber } from '../../src/lib/arabic/numbers';
import { formatArabicShortDate } from '../../src/lib/arabic/dates';
import { t } from '../../src/i18n/ar';

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'item', 'sitemap', 'category'].includes(name),
});
const defaultSite = 'https://afaq-news.example';
const { pageSize, feedSize, newsSitemapDays } = site.reader;
const digits = (n: number) => formatNumber(n, site.digits);

/** Every built HTML page as a site path ("/", "/articles/x/", "/404.html"). */
const builtPages = async (dist: string) => (await listBuiltPages(dist)).map((page) => page.url);

function jsonLd(page: Page): Array<Record<string, any>> {
  return page('script[type="application/ld+json"]')
    .map((_, element) => JSON.parse(page(element).text()))
    .get();
}

const meta = (page: Page, key: string) =>
  page(`meta[property="${key}"], meta[name="${key}"]`)
    .map((_, element) => page(element).attr('content'))
    .get() as string[];

/** Count of articles per tag slug and per category among published articles. */
function expectedLists(articles: readonly SourceArticle[]) {
  const byCategory = new Map<string, number>();
  const byTag = new Map<string, Set<string>>();
  for (const article of articles) {
    byCategory.set(article.category, (byCategory.get(article.category) ?? 0) + 1);
    for (const tag of article.tags) {
      const slug = textToSlug(tag);
      if (!byTag.has(slug)) byTag.set(slug, new Set());
      byTag.get(slug)!.add(article.id);
    }
  }
  return { byCategory, byTag: new Map([...byTag].map(([slug, ids]) => [slug, ids.size])) };
}

describe('fixture site (domain root)', () => {
  let articles: SourceArticle[];
  let all: SourceArticle[];
  beforeAll(async () => {
    const corpus = await readCorpus(fixtureContent);
    all = corpus.articles;
    articles = published(all);
  });

  it('has a non-trivial fixture: several categories and tags, a draft and a scheduled article', () => {
    expect(new Set(articles.map((a) => a.category)).size).toBeGreaterThanOrEqual(3);
    expect(all.some((a) => a.draft)).toBe(true);
    expect(all.some((a) => a.date > new Date())).toBe(true);
  });

  it('sitemap lists every public page once, with lastmod, and no draft, scheduled, 404 or search page', async () => {
    const index = xml.parse(await readFile(path.join(fixtureDist, 'sitemap-index.xml'), 'utf8'));
    const locs: string[] = [];
    const lastmods = new Map<string, string>();
    for (const entry of index.sitemapindex.sitemap) {
      const file = path.join(fixtureDist, new URL(entry.loc).pathname);
      const urlset = xml.parse(await readFile(file, 'utf8')).urlset;
      for (const url of urlset.url) {
        locs.push(url.loc);
        if (url.lastmod) lastmods.set(url.loc, url.lastmod);
      }
    }
    // Public pages: every built page but those asking not to be indexed (404, search, …).
    const noindex: string[] = [];
    const expected: string[] = [];
    for (const page of await builtPages(fixtureDist)) {
      const robots = meta(await loadPage(fixtureDist, page), 'robots').join(' ');
      (robots.includes('noindex') ? noindex : expected).push(new URL(page, defaultSite).toString());
    }
    expect(noindex).toEqual(expect.arrayContaining([`${defaultSite}/404.html`]));
    expect(expected).toContain(`${defaultSite}/search/`);
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual([...expected].sort());
    for (const article of articles) {
      const loc = `${defaultSite}/articles/${article.id}/`;
      expect(locs).toContain(loc);
      expect(lastmods.get(loc)).toBe(article.modified.toISOString());
    }
    for (const hidden of all.filter((a) => !articles.includes(a))) {
      expect(locs.some((loc) => loc.includes(`/articles/${hidden.id}/`))).toBe(false);
      expect(existsSync(path.join(fixtureDist, 'articles', hidden.id))).toBe(false);
    }
  });

  it('RSS feed parses as XML, in Arabic, with the newest published articles', async () => {
    const channel = xml.parse(await readFile(path.join(fixtureDist, 'rss.xml'), 'utf8')).rss
      .channel;
    expect(channel.language).toBe('ar');
    expect(channel.title).toBe(site.name);
    const expected = articles.slice(0, feedSize);
    expect(channel.item.map((item: any) => item.title)).toEqual(expected.map((a) => a.title));
    expect(channel.item.map((item: any) => item.link)).toEqual(
      expected.map((a) => `${defaultSite}/articles/${a.id}/`),
    );
    for (const [i, item] of channel.item.entries()) {
      expect(new Date(item.pubDate).toISOString()).toBe(expected[i]!.date.toISOString());
      expect(item.description).toBe(expected[i]!.description);
      expect(item.category[0]).toBeTruthy();
    }
    const home = await loadPage(fixtureDist, '/');
    expect(home('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/rss.xml');
  });

  it('article pages carry NewsArticle (LiveBlogPosting for live coverage) and BreadcrumbList JSON-LD with the required fields', async () => {
    for (const article of articles) {
      const page = await loadPage(fixtureDist, `/articles/${article.id}/`);
      const canonical = page('link[rel="canonical"]').attr('href');
      expect(canonical).toBe(`${defaultSite}/articles/${article.id}/`);
      const data = jsonLd(page);
      const news = data.find(
        (d) => d['@type'] === (article.live ? 'LiveBlogPosting' : 'NewsArticle'),
      )!;
      expect(news['@context']).toBe('https://schema.org');
      expect(news.headline).toBe(article.title);
      expect(news.datePublished).toBe(article.date.toISOString());
      expect(news.dateModified).toBe(article.modified.toISOString());
      expect(news.inLanguage).toBe('ar');
      expect(news.mainEntityOfPage['@id']).toBe(canonical);
      expect(news.author[0].name).toBe(article.byline ?? article.source ?? site.name);
      expect(news.publisher.name).toBe(site.name);
      const logo = new URL(news.publisher.logo.url);
      expect(existsSync(path.join(fixtureDist, logo.pathname))).toBe(true);
      expect(news.image.length).toBeGreaterThan(0);
      for (const image of news.image)
        expect(existsSync(path.join(fixtureDist, new URL(image).pathname))).toBe(true);
      const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!;
      expect(crumbs.itemListElement.map((item: any) => item.position)).toEqual([1, 2, 3]);
      expect(crumbs.itemListElement[1].item).toBe(`${defaultSite}/category/${article.category}/`);
      expect(crumbs.itemListElement[2]).toMatchObject({ name: article.title, item: canonical });
    }
  });

  it('article pages have Open Graph article tags, a Twitter card and a description', async () => {
    for (const article of articles) {
      const page = await loadPage(fixtureDist, `/articles/${article.id}/`);
      expect(meta(page, 'description')).toEqual([article.description]);
      expect(meta(page, 'og:locale')).toEqual(['ar_AR']);
      expect(meta(page, 'og:type')).toEqual(['article']);
      expect(meta(page, 'og:title')).toEqual([article.title]);
      expect(meta(page, 'article:published_time')).toEqual([article.date.toISOString()]);
      expect(meta(page, 'article:modified_time')).toEqual([article.modified.toISOString()]);
      expect(meta(page, 'article:tag')).toEqual(article.tags);
      expect(meta(page, 'twitter:card')).toEqual(['summary_large_image']);
      const [image] = meta(page, 'og:image');
      expect(existsSync(path.join(fixtureDist, new URL(image!).pathname))).toBe(true);
      if (article.image) expect(image).not.toContain(site.reader.socialImage.path);
      else expect(image).toBe(`${defaultSite}/${site.reader.socialImage.path}`);
    }
  });

  it('every page has a title, description, canonical URL and social tags', async () => {
    for (const url of await builtPages(fixtureDist)) {
      const page = await loadPage(fixtureDist, url);
      expect(page('title').text(), url).not.toBe('');
      expect(meta(page, 'description')[0], url).toBeTruthy();
      expect(page('link[rel="canonical"]').attr('href'), url).toMatch(/^https:\/\//);
      for (const key of ['og:title', 'og:description', 'og:image', 'og:url', 'twitter:card'])
        expect(meta(page, key), `${url} ${key}`).toHaveLength(1);
      expect(meta(page, 'og:locale')).toEqual(['ar_AR']);
    }
  });

  it('home page: lead, secondary, latest strip and a block per section, newest first, each story once', async () => {
    const page = await loadPage(fixtureDist, '/');
    const kinds = new Map<string, string>();
    for (const file of await readdir(path.join(fixtureContent, 'categories'))) {
      kinds.set(
        file.replace(/\.json$/, ''),
        JSON.parse(await readFile(path.join(fixtureContent, 'categories', file), 'utf8')).kind ??
          'news',
      );
    }
    const news = articles.filter((a) => kinds.get(a.category) !== 'opinion');
    const lead = news.slice(0, site.reader.homeSecondaryCount + 1).find((a) => a.image) ?? news[0]!;
    const rest = news.filter((a) => a !== lead);
    const secondary = rest.slice(0, site.reader.homeSecondaryCount);
    const latest = rest.slice(secondary.length, secondary.length + site.homeLatestCount);
    const link = (a: SourceArticle) => `/articles/${a.id}/`;
    const hrefs = (selector: string) =>
      page(selector)
        .map((_, el) => page(el).attr('href'))
        .get();
    expect(hrefs('[data-front="lead"] h2 a')).toEqual([link(lead)]);
    expect(hrefs('[data-front="secondary"] h3 a')).toEqual(secondary.map(link));
    expect(hrefs('section[aria-labelledby="latest-heading"] li > a')).toEqual(latest.map(link));
    const used = new Set([lead, ...secondary, ...latest]);
    const { byCategory } = expectedLists(rest.filter((a) => !used.has(a)));
    const blocks = page('section[aria-labelledby^="section-"]');
    expect(blocks.length).toBe(byCategory.size);
    for (const [category, count] of byCategory) {
      const block = page(`section[aria-labelledby="section-${category}-heading"]`);
      const expected = rest
        .filter((a) => a.category === category && !used.has(a))
        .slice(0, site.reader.homeCategoryCount);
      expect(
        block
          .find('h3 a, li > a')
          .map((_, el) => page(el).attr('href'))
          .get(),
      ).toEqual(expected.map(link));
      expect(Math.min(count, site.reader.homeCategoryCount)).toBe(expected.length);
      expect(block.find(`a[href="/category/${category}/"]`).length).toBeGreaterThan(0);
    }
  });

  it('archive: an index of months linking to one page per month, listing every published article once, with Arabic dates', async () => {
    const index = await loadPage(fixtureDist, '/archive/');
    const monthKeys = [
      ...new Set(
        articles.map((a) =>
          a.date.toLocaleDateString('en-CA', { timeZone: site.timeZone }).slice(0, 7),
        ),
      ),
    ];
    const monthLinks = index(`main nav[aria-label="${t.archiveMonths}"] a`)
      .map((_, el) => index(el).attr('href'))
      .get();
    expect(monthLinks).toEqual(
      monthKeys
        .sort()
        .reverse()
        .map((key) => `/archive/${key}/`),
    );
    // The index is small: no article list on it.
    expect(index('main a[href^="/articles/"]').length).toBe(0);
    const links: string[] = [];
    for (const [i, url] of monthLinks.entries()) {
      const page = await loadPage(fixtureDist, url);
      const key = url.split('/')[2]!;
      const monthArticles = articles.filter((a) =>
        a.date.toLocaleDateString('en-CA', { timeZone: site.timeZone }).startsWith(key),
      );
      const onPage = page('main section[id] li a[href^="/articles/"]')
        .map((_, el) => page(el).attr('href'))
        .get();
      expect(onPage.sort()).toEqual(monthArticles.map((a) => `/articles/${a.id}/`).sort());
      links.push(...onPage);
      // Neighbouring months link to each other; the breadcrumbs lead back to the index.
      const nav = page('main nav a')
        .map((_, el) => page(el).attr('href'))
        .get();
      expect(nav).toContain('/archive/');
      if (i > 0) expect(nav).toContain(monthLinks[i - 1]);
      if (i < monthLinks.length - 1) expect(nav).toContain(monthLinks[i + 1]);
      expect(page('title').text()).not.toBe(index('title').text());
    }
    expect(links.sort()).toEqual(articles.map((a) => `/articles/${a.id}/`).sort());
    const first = articles[0]!;
    const firstKey = first.date
      .toLocaleDateString('en-CA', { timeZone: site.timeZone })
      .slice(0, 7);
    const page = await loadPage(fixtureDist, `/archive/${firstKey}/`);
    const item = page(`main section[id] li:has(a[href="/articles/${first.id}/"]) time`);
    expect(item.text().trim()).toBe(
      formatArabicShortDate(first.date, { digits: site.digits, timeZone: site.timeZone }),
    );
  });

  it('share links: every service, with Arabic accessible names and the article URL, and no third-party script', async () => {
    const article = articles[0]!;
    const page = await loadPage(fixtureDist, `/articles/${article.id}/`);
    const canonical = page('link[rel="canonical"]').attr('href')!;
    const links = page('[data-share] a');
    expect(links.length).toBe(5);
    links.each((_, el) => {
      const label = page(el).attr('aria-label') ?? '';
      expect(label).toMatch(/[\u0600-\u06FF]/);
      expect(label).toContain(page(el).text().trim());
      expect(decodeURIComponent(page(el).attr('href')!)).toContain(canonical);
    });
    expect(page('[data-share] [data-share-copy]').attr('aria-label')).toBe(t.shareCopy);
    const scripts = page('script[src]')
      .map((_, el) => page(el).attr('src'))
      .get();
    expect(scripts.every((src) => src.startsWith('/'))).toBe(true);
  });

  it('search page: a GET form, a no-JavaScript fallback with links, open to search engines', async () => {
    const page = await loadPage(fixtureDist, '/search/');
    expect(page('form[role="search"]').attr('method')).toBe('get');
    expect(page('form[role="search"] input[name="q"]').attr('type')).toBe('search');
    expect(page('label[for="search-input"]').text().trim()).toBe(t.searchLabel);
    const fallback = page('noscript').text();
    expect(fallback).toContain(t.searchNoScript);
    expect(fallback).toContain('/archive/');
    expect(meta(page, 'robots')).toEqual([]);
    const { bundles } = JSON.parse(
      await readFile(path.join(fixtureDist, 'pagefind/bundles.json'), 'utf8'),
    ) as { bundles: Array<{ path: string }> };
    expect(existsSync(path.join(fixtureDist, 'pagefind', bundles[0]!.path, 'pagefind.js'))).toBe(
      true,
    );
  });

  it('indexes article bodies only (Pagefind), with the reduced forms out of the published HTML', async () => {
    const { bundles } = JSON.parse(
      await readFile(path.join(fixtureDist, 'pagefind/bundles.json'), 'utf8'),
    ) as { bundles: Array<{ path: string }> };
    let indexed = 0;
    for (const bundle of bundles) {
      const entry = JSON.parse(
        await readFile(
          path.join(fixtureDist, 'pagefind', bundle.path, 'pagefind-entry.json'),
          'utf8',
        ),
      );
      expect(Object.keys(entry.languages)).toEqual(['ar']);
      indexed += entry.languages.ar.page_count;
    }
    expect(indexed).toBe(articles.length);
    const page = await loadPage(fixtureDist, `/articles/${articles[0]!.id}/`);
    expect(page('article[data-pagefind-body]').length).toBe(1);
    expect(page('[data-search-forms]').length).toBe(0);
  });
});

describe('variant site under a sub-path: pagination, tag merging, news sitemap, robots.txt', () => {
  const base = '/afaq/';
  const siteUrl = 'https://news.example.org';
  const today = new Date().toISOString().slice(0, 10);
  const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
  // Enough articles in one category for three pages, whatever the page size is.
  const extra = 2 * pageSize + 1;
  const spellings = ['كرة القدم', 'كرة-القدم', 'كُرة القدم'];
  const files: Record<string, string> = {
    'categories/reader-world.json': JSON.stringify({
      name: 'العالم',
      description: 'أخبار العالم.',
      order: 50,
    }),
    'articles/reader-today.md': `---\ntitle: "خبر اليوم عن قمة عاجلة"\ndescription: "خبر نُشر اليوم."\ndate: ${today}\ncategory: reader-world\ntags: ["قمة"]\n---\n\nنص خبر اليوم.\n`,
    'articles/reader-tomorrow.md': `---\ntitle: "خبر الغد"\ndescription: "مجدول."\ndate: ${tomorrow}\ncategory: reader-world\ntags: ["قمة"]\n---\n\nنص.\n`,
    'articles/reader-draft-today.md': `---\ntitle: "مسودة اليوم"\ndescription: "مسودة."\ndate: ${today}\ncategory: reader-world\ndraft: true\n---\n\nنص.\n`,
  };
  for (let i = 1; i <= extra; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 6)).padStart(2, '0');
    const tags = i % 2 ? `["العالم", "${spellings[i % spellings.length]}"]` : '["العالم"]';
    files[`articles/reader-world-${String(i).padStart(2, '0')}.md`] =
      `---\ntitle: "خبر عالمي رقم ${i}"\ndescription: "وصف الخبر ${i}."\ndate: 2023-${month}-${day}\ncategory: reader-world\ntags: ${tags}\nauthor: lina-haddad\n---\n\nنص الخبر ${i}.\n`;
  }

  let build: BuildResult;
  let dist: string;
  let articles: SourceArticle[];
  let server: StaticServer;
  beforeAll(async () => {
    const contentDir = await contentVariant('reader-variant', fixtureContent, files);
    build = await buildSite({
      name: 'reader-variant',
      contentDir,
      env: { BASE_PATH: '/afaq', SITE_URL: siteUrl },
    });
    if (!build.ok) throw new Error(build.output);
    dist = build.outDir;
    articles = published((await readCorpus(contentDir)).articles);
    server = await serveStatic(dist, base);
  });
  afterAll(async () => server?.close());

  // The layout of lib/view/pagination.ts: numbered pages from the oldest end, full; the first page the rest.
  const numberedPages = (count: number) =>
    count >= 2 * pageSize ? Math.floor(count / pageSize) - 1 : 0;
  const listPath = (kind: string, slug: string, n: number) =>
    `/${kind}/${slug}/${n === 0 ? '' : `${n}/`}`;

  it('splits every category and tag into full numbered pages from the oldest story, the newest on the first page', async () => {
    const { byCategory, byTag } = expectedLists(articles);
    expect(Math.max(...byCategory.values())).toBeGreaterThan(2 * pageSize);
    for (const [kind, counts] of [
      ['category', byCategory],
      ['tag', byTag],
    ] as const) {
      for (const [slug, count] of counts) {
        const numbered = numberedPages(count);
        for (let n = 0; n <= numbered; n++) {
          expect(
            existsSync(path.join(dist, kind, slug, n === 0 ? '' : String(n), 'index.html')),
            `${kind}/${slug}/${n}`,
          ).toBe(true);
          const page = await loadPage(dist, listPath(kind, slug, n));
          const shown = page('main ul li article').length;
          expect(shown, `${kind}/${slug}/${n}`).toBe(
            n === 0 ? count - numbered * pageSize : pageSize,
          );
        }
        expect(
          existsSync(path.join(dist, kind, slug, String(numbered + 1))),
          `${kind}/${slug}/${numbered + 1}`,
        ).toBe(false);
      }
    }
  });

  it("paginates a writer's page: their articles newest first across the first page and the numbered ones", async () => {
    const own = articles.filter((a) => a.author === 'lina-haddad');
    const numbered = numberedPages(own.length);
    expect(numbered).toBeGreaterThanOrEqual(1);
    // Reading order: the first page, then numbered, numbered − 1, …, 1 (the oldest).
    const order = [0, ...Array.from({ length: numbered }, (_, i) => numbered - i)];
    const shown: string[] = [];
    for (const [i, n] of order.entries()) {
      const page = await loadPage(dist, listPath('author', 'lina-haddad', n));
      expect(text(page, 'h1')).toBe(n === 0 ? 'لينا حداد' : `لينا حداد — ${t.pageN(digits(n))}`);
      shown.push(
        ...page('main ul li article h3 a')
          .map((_, a) => page(a).attr('href')!)
          .get(),
      );
      expect(page('head link[rel="next"]').length).toBe(i < order.length - 1 ? 1 : 0);
    }
    expect(shown).toEqual(own.map((a) => `${base}articles/${a.id}/`));
    expect(existsSync(path.join(dist, 'author', 'lina-haddad', String(numbered + 1)))).toBe(false);
  });

  it('puts the oldest stories on page 1 and the newest on the first page', async () => {
    const world = articles
      .filter((a) => a.category === 'reader-world')
      .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
    const first = await loadPage(dist, listPath('category', 'reader-world', 0));
    expect(first('main ul li article h2 a').first().attr('href')).toBe(
      `${base}articles/${world[0]!.id}/`,
    );
    const oldest = await loadPage(dist, listPath('category', 'reader-world', 1));
    const links = oldest('main ul li article h2 a')
      .map((_, el) => oldest(el).attr('href'))
      .get();
    expect(links).toEqual(world.slice(-pageSize).map((a) => `${base}articles/${a.id}/`));
  });

  it('links pages with rel prev (newer) and next (older), in the head and the pager, with Arabic labels', async () => {
    const count = articles.filter((a) => a.category === 'reader-world').length;
    const numbered = numberedPages(count);
    expect(numbered).toBeGreaterThan(0);
    const url = (n: number) => `${base}category/reader-world/${n === 0 ? '' : `${n}/`}`;
    // Reading order: the first page, then numbered, numbered − 1, …, 1.
    const order = [0, ...Array.from({ length: numbered }, (_, i) => numbered - i)];
    for (const [i, n] of order.entries()) {
      const page = await loadPage(dist, url(n).slice(base.length - 1));
      const newer = order[i - 1];
      const older = order[i + 1];
      expect(page('head link[rel="prev"]').attr('href')).toBe(
        newer === undefined ? undefined : `${siteUrl}${url(newer)}`,
      );
      expect(page('head link[rel="next"]').attr('href')).toBe(
        older === undefined ? undefined : `${siteUrl}${url(older)}`,
      );
      expect(page('nav a[rel="prev"]').attr('href')).toBe(
        newer === undefined ? undefined : url(newer),
      );
      expect(page('nav a[rel="next"]').attr('href')).toBe(
        older === undefined ? undefined : url(older),
      );
      expect(page('link[rel="canonical"]').attr('href')).toBe(`${siteUrl}${url(n)}`);
      expect(text(page, `nav[aria-label="${t.pagination}"] p`)).toBe(
        n === 0 ? t.newestPage : t.pageN(digits(n)),
      );
      expect(page(`nav[aria-label="${t.pagination}"] a[aria-current="page"]`).text().trim()).toBe(
        n === 0 ? t.newestPage : digits(n),
      );
      if (n > 0) expect(page('title').text()).toContain(t.pageN(digits(n)));
    }
  });

  it('merges tag spellings with one slug into one page, reachable through its percent-encoded URL', async () => {
    const slug = textToSlug(spellings[0]!);
    const tagged = articles.filter((a) => a.tags.some((tag) => textToSlug(tag) === slug));
    expect(
      new Set(tagged.flatMap((a) => a.tags.filter((tag) => textToSlug(tag) === slug))).size,
    ).toBeGreaterThan(1);
    const article = await loadPage(dist, `/articles/${tagged[0]!.id}/`);
    const href = article(`section[aria-labelledby="tags-heading"] a`)
      .map((_, el) => article(el).attr('href'))
      .get()
      .find((link) => decodeURIComponent(link) === `${base}tag/${slug}/`);
    expect(href).toBeDefined();
    expect(href).toMatch(/%[0-9A-F]{2}/); // shared as an encoded ASCII URL
    const response = await fetch(new URL(href!, server.origin));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(t.tagArticles(spellings[0]!));
    const numbered = numberedPages(tagged.length);
    const ids = new Set<string>();
    for (let n = 0; n <= numbered; n++) {
      const page = await loadPage(dist, listPath('tag', slug, n));
      page('main ul li article h2 a').each((_, el) => void ids.add(page(el).attr('href')!));
    }
    expect([...ids].sort()).toEqual(tagged.map((a) => `${base}articles/${a.id}/`).sort());
  });

  it('Google News sitemap lists the articles of the last two days only, with publication, date and title', async () => {
    const urlset = xml.parse(await readFile(path.join(dist, 'news-sitemap.xml'), 'utf8')).urlset;
    const now = Date.now();
    const recent = articles.filter((a) => now - a.date.getTime() <= newsSitemapDays * 86_400_000);
    expect(recent.map((a) => a.id)).toContain('reader-today');
    const urls = urlset.url ?? [];
    expect(urls.map((u: any) => u.loc).sort()).toEqual(
      recent.map((a) => `${siteUrl}${base}articles/${a.id}/`).sort(),
    );
    for (const url of urls) {
      const article = recent.find((a) => url.loc.endsWith(`/${a.id}/`))!;
      expect(url['news:news']['news:publication']).toEqual({
        'news:name': site.name,
        'news:language': 'ar',
      });
      expect(url['news:news']['news:publication_date']).toBe(article.date.toISOString());
      expect(url['news:news']['news:title']).toBe(article.title);
    }
    const text = await readFile(path.join(dist, 'news-sitemap.xml'), 'utf8');
    expect(text).not.toContain('reader-tomorrow');
    expect(text).not.toContain('reader-draft-today');
  });

  it('robots.txt names both sitemaps under SITE_URL and BASE_PATH, and they exist', async () => {
    const robots = await (await fetch(new URL('robots.txt', server.url))).text();
    const sitemaps = [...robots.matchAll(/^Sitemap: (.+)$/gm)].map((m) => m[1]!);
    expect(sitemaps).toEqual([
      `${siteUrl}${base}sitemap-index.xml`,
      `${siteUrl}${base}news-sitemap.xml`,
    ]);
    for (const sitemap of sitemaps) {
      const response = await fetch(new URL(new URL(sitemap).pathname, server.origin));
      expect(response.status, sitemap).toBe(200);
      const body = await response.text();
      expect(() => xml.parse(body)).not.toThrow();
    }
    const index = xml.parse(await readFile(path.join(dist, 'sitemap-index.xml'), 'utf8'));
    for (const entry of index.sitemapindex.sitemap) {
      const urlset = xml.parse(
        await readFile(path.join(dist, new URL(entry.loc).pathname.slice(base.length)), 'utf8'),
      ).urlset;
      for (const url of urlset.url) expect(url.loc.startsWith(`${siteUrl}${base}`)).toBe(true);
      expect(
        urlset.url.some(
          (u: any) => u.loc.includes('reader-tomorrow') || u.loc.includes('reader-draft'),
        ),
      ).toBe(false);
    }
  });
});
