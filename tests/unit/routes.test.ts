import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase, pagePath } from '../../src/lib/routes';
import { textToSlug } from '../../src/lib/arabic/slugs';

describe('urls', () => {
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
    expect(absoluteUrl('https://news.example/', '/afaq/articles/x/')).toBe('https://news.example/afaq/articles/x/');
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
