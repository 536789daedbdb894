// The web editor in a build: its own page and policy under admin/, kept out of everything readers get.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { listBuiltFiles } from '../../src/integrations/built-files';
import { headersForPath, parseHeadersFile } from '../../src/integrations/headers-file';
import { parseCsp } from '../../src/integrations/csp';
import { fixtureDist } from '../helpers/sites';

const read = (file: string) => readFile(path.join(fixtureDist, file), 'utf8');

describe('/admin/ in the built site', () => {
  it('is an Arabic page that is never indexed, with its own policy: no eval, no inline script', async () => {
    const $ = cheerio.load(await read('admin/index.html'));
    expect($('html').attr('lang')).toBe('ar');
    expect($('html').attr('dir')).toBe('rtl');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect($('script:not([src])').length).toBe(0);
    expect($('script[src]').attr('src')).toBe('admin.js');
    const meta = $('meta[http-equiv="content-security-policy"]').attr('content')!;
    const config = JSON.parse(await read('admin/config.json'));
    expect(meta).toBe(config.csp);
    const policy = parseCsp(meta);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('gets its policy from _headers alone (not the site’s as well), and noindex', async () => {
    const rules = parseHeadersFile(await read('_headers'));
    const admin = headersForPath(rules, '/admin/');
    expect(admin['content-security-policy']).toMatch(
      /^default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'/,
    );
    expect(admin['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
    expect(admin['x-robots-tag']).toBe('noindex, nofollow');
    const site = parseCsp(headersForPath(rules, '/articles/x/')['content-security-policy']!);
    expect(site.get('style-src')).not.toContain("'unsafe-inline'");
  });

  it('is loaded by no reader page, and is in neither the sitemap nor the search index', async () => {
    const files = await listBuiltFiles(fixtureDist);
    const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages)
      expect(await read(page), page).not.toMatch(/admin\/admin\.js|admin\/config\.json/);
    const sitemaps = files.filter((file) => /sitemap.*\.xml$/.test(file));
    for (const sitemap of sitemaps) expect(await read(sitemap), sitemap).not.toContain('/admin/');
    const html = await read('admin/index.html');
    expect(html).not.toContain('data-pagefind-body');
  });

  it('ships the editor bundle from npm: no URL of a CDN in the page or the bundle', async () => {
    const bundle = await read('admin/admin.js');
    expect(bundle.length).toBeGreaterThan(1_000_000);
    expect(bundle).not.toMatch(
      /https:\/\/(unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)\//,
    );
    // The page loads its own files only; the hosts it may talk to are in its policy (the Git host's API).
    const $ = cheerio.load(await read('admin/index.html'));
    const loaded = $('[src], [href]')
      .map((_, element) => $(element).attr('src') ?? $(element).attr('href'))
      .get();
    expect(loaded).toEqual(['admin.css', 'admin.js']);
    const policy = parseCsp($('meta[http-equiv="content-security-policy"]').attr('content')!);
    for (const source of [...policy.values()].flat())
      expect(source).not.toMatch(/unpkg|jsdelivr|cdnjs|googleapis|gstatic/);
  });
});
