import { describe, expect, it } from 'vitest';
import {
  headerRules,
  headersForPath,
  immutableCache,
  parseHeadersFile,
  renderHeadersFile,
  revalidateCache,
} from '../../../src/integrations/headers-file';

const editorCsp = "default-src 'self'; style-src 'self' 'unsafe-inline'";
const rules = (basePath: string) =>
  headerRules({
    basePath,
    csp: "default-src 'self'",
    directories: ['_astro', 'admin', 'articles', 'pagefind', '.well-known'],
    files: ['index.html', '404.html', 'rss.xml', '_headers'],
    sections: [{ directory: 'admin', csp: editorCsp }],
  });

describe('headerRules', () => {
  it('gives every response the security headers and one Cache-Control value', () => {
    const all = rules('/');
    const cases: Array<[string, string]> = [
      ['/', revalidateCache],
      ['/articles/x/', revalidateCache],
      ['/pagefind/pagefind-entry.json', revalidateCache],
      ['/rss.xml', revalidateCache],
      ['/404.html', revalidateCache],
      ['/_astro/BaseLayout.abc123.css', immutableCache],
      ['/_astro/fonts/x.woff2', immutableCache],
    ];
    for (const [path, cache] of cases) {
      const headers = headersForPath(all, path);
      expect(headers['cache-control'], path).toBe(cache); // joined values would show the overlap
      expect(headers['content-security-policy'], path).toBe("default-src 'self'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('gives the web editor its own policy, alone (two policies would both apply), and noindex', () => {
    for (const base of ['/', '/afaq/']) {
      const headers = headersForPath(rules(base), `${base}admin/`);
      expect(headers['content-security-policy']).toBe(editorCsp);
      expect(headers['x-robots-tag']).toBe('noindex, nofollow');
      expect(headers['cache-control']).toBe(revalidateCache);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headersForPath(rules(base), `${base}articles/x/`)['content-security-policy']).toBe(
        "default-src 'self'",
      );
    }
  });

  it('puts every rule under the base path', () => {
    const all = rules('/afaq/');
    expect(all.every((rule) => rule.path.startsWith('/afaq/'))).toBe(true);
    expect(headersForPath(all, '/afaq/_astro/x.js')['cache-control']).toBe(immutableCache);
    expect(headersForPath(all, '/afaq/articles/x/')['cache-control']).toBe(revalidateCache);
    expect(headersForPath(all, '/_astro/x.js')).toEqual({});
  });

  it('skips the _headers file itself and hidden folders', () => {
    const paths = rules('/').map((rule) => rule.path);
    expect(paths).not.toContain('/_headers');
    expect(paths).not.toContain('/.well-known/*');
  });
});

describe('render and parse _headers', () => {
  it('round-trips, comments included', () => {
    const all = rules('/afaq/');
    const text = renderHeadersFile(all, 'generated\nby a test');
    expect(
      text.startsWith('# generated\n# by a test\n/afaq/*\n  X-Content-Type-Options: nosniff\n'),
    ).toBe(true);
    expect(parseHeadersFile(text)).toEqual(all);
  });
});
