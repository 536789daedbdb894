import { describe, expect, it } from 'vitest';
import {
  absolute,
  absoluteUrl,
  archiveMonthUrl,
  archiveUrl,
  articlePath,
  articleUrl,
  builtFileUrl,
  categoryUrl,
  commentThanksUrl,
  commentsEndpointPath,
  feedUrl,
  homeUrl,
  joinBase,
  listPagePath,
  listUrl,
  newsSitemapUrl,
  pagePath,
  publicFileUrl,
  searchUrl,
  sitemapIndexUrl,
  tagUrl,
} from '../../src/lib/routes';
import { site } from '../../src/site.config';
import { textToSlug } from '../../src/lib/arabic/slugs';

describe('routes', () => {
  it('builds URLs under the configured base path with a trailing slash', () => {
    expect(homeUrl()).toBe(site.basePath);
    expect(articleUrl('shoigu-beijing-security-talks')).toBe(
      `${site.basePath}articles/shoigu-beijing-security-talks/`,
    );
    expect(categoryUrl('politics')).toBe(`${site.basePath}category/politics/`);
    expect(decodeURIComponent(tagUrl('الحرب في أوكرانيا'))).toBe(
      `${site.basePath}tag/الحرب-في-أوكرانيا/`,
    );
  });

  it('gives every page, feed, sitemap and public file of the site its URL under the base path', () => {
    const base = site.basePath;
    expect(archiveUrl()).toBe(`${base}archive/`);
    expect(archiveMonthUrl('2024-11')).toBe(`${base}archive/2024-11/`);
    expect(searchUrl()).toBe(`${base}search/`);
    expect(commentThanksUrl()).toBe(`${base}comments/thanks/`);
    expect(listUrl('tag', 'الصين', 2)).toBe(`${base}tag/${encodeURIComponent('الصين')}/2/`);
    expect(feedUrl()).toBe(`${base}rss.xml`);
    expect(sitemapIndexUrl()).toBe(`${base}sitemap-index.xml`);
    expect(newsSitemapUrl()).toBe(`${base}news-sitemap.xml`);
    expect(publicFileUrl('favicon.svg')).toBe(`${base}favicon.svg`);
    expect(absolute(searchUrl())).toBe(`${site.url}${base}search/`);
  });

  it('builds the URLs other programs need under any base path', () => {
    expect(articlePath('/afaq/', 'x')).toBe('/afaq/articles/x/');
    expect(commentsEndpointPath('/afaq/')).toBe('/afaq/api/comments');
  });

  it('joins base paths with and without a sub-path', () => {
    expect(joinBase('/', 'articles/x/')).toBe('/articles/x/');
    expect(joinBase('/afaq/', '/articles/x/')).toBe('/afaq/articles/x/');
    expect(joinBase('/afaq', 'favicon.svg')).toBe('/afaq/favicon.svg');
  });

  it('builds page paths with encoded segments and a trailing slash', () => {
    expect(pagePath('/')).toBe('/');
    expect(pagePath('/afaq/')).toBe('/afaq/');
    expect(pagePath('/', 'category', 'politics')).toBe('/category/politics/');
    expect(pagePath('/afaq/', 'tag', 'الصين')).toBe('/afaq/tag/%D8%A7%D9%84%D8%B5%D9%8A%D9%86/');
    expect(decodeURIComponent(pagePath('/', 'tag', 'الصين'))).toBe('/tag/الصين/');
  });

  it('makes absolute URLs on the public site', () => {
    expect(absoluteUrl('https://news.example/', '/afaq/articles/x/')).toBe(
      'https://news.example/afaq/articles/x/',
    );
  });
});

describe('textToSlug', () => {
  it('keeps Arabic letters and hyphenates spaces and punctuation', () => {
    expect(textToSlug('الحرب في أوكرانيا')).toBe('الحرب-في-أوكرانيا');
    expect(textToSlug('  سو-57: المقاتلة!  ')).toBe('سو-57-المقاتلة');
    expect(textToSlug('Airshow China')).toBe('airshow-china');
  });
  it('drops tashkeel and tatweel', () => {
    expect(textToSlug('الصِّينُ')).toBe('الصين');
    expect(textToSlug('الصـــين')).toBe('الصين');
  });
});

describe('listPagePath', () => {
  it('gives the first page (0) the bare list URL and numbered pages their number, under the base path', () => {
    expect(listPagePath('/', 'category', 'politics', 0)).toBe('/category/politics/');
    expect(listPagePath('/', 'category', 'politics', 1)).toBe('/category/politics/1/');
    expect(listPagePath('/afaq/', 'category', 'politics', 3)).toBe('/afaq/category/politics/3/');
  });
  it('percent-encodes Arabic tag slugs, which decode back to the slug', () => {
    const url = listPagePath('/', 'tag', 'كرة-القدم', 2);
    expect(url).toBe(`/tag/${encodeURIComponent('كرة-القدم')}/2/`);
    expect(decodeURIComponent(url)).toBe('/tag/كرة-القدم/2/');
  });
  it('rejects page numbers below 0 and fractions', () => {
    expect(() => listPagePath('/', 'tag', 'x', -1)).toThrow(RangeError);
    expect(() => listPagePath('/', 'tag', 'x', 1.5)).toThrow(RangeError);
  });
});

describe('builtFileUrl', () => {
  it('maps built files to the URLs hosts serve them at', () => {
    expect(builtFileUrl('index.html', '/')).toBe('/');
    expect(builtFileUrl('articles/x/index.html', '/afaq/')).toBe('/afaq/articles/x/');
    expect(builtFileUrl('tag/الصين/index.html', '/')).toBe(`/tag/${encodeURIComponent('الصين')}/`);
    expect(builtFileUrl('404.html', '/afaq/')).toBe('/afaq/404.html');
  });
});

describe('builtFileUrl (search index)', () => {
  it('maps built files to URLs under the base path', () => {
    expect(builtFileUrl('articles/x/index.html', '/')).toBe('/articles/x/');
    expect(builtFileUrl('articles/x/index.html', '/afaq/')).toBe('/afaq/articles/x/');
    expect(builtFileUrl('index.html', '/afaq/')).toBe('/afaq/');
    expect(builtFileUrl('tag/كرة-القدم/index.html', '/')).toBe(
      `/tag/${encodeURIComponent('كرة-القدم')}/`,
    );
  });
});
