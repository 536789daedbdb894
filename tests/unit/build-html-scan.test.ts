// The streaming readers used on every built page (CSP check, search index): they must see exactly
// what a tree-building parser sees.
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { scanInlineCode } from '../../src/lib/csp';
import { indexedText, prepareForIndex } from '../../src/lib/search-index';

describe('scanInlineCode', () => {
  it('reads the meta policy, executable inline scripts, styles and every attribute in document order', () => {
    const script = 'if (a < b && c > d) { document.write("</p>") }';
    const html = `<!doctype html><html><head>
      <META HTTP-EQUIV="Content-Security-Policy" content="default-src 'self'">
      <style>p{color:red}</style>
      <script type="application/ld+json">{"@context":"https://schema.org"}</script>
      <script src="/x.js"></script>
      <script type="module">${script}</script></head>
      <body><p style="color:blue" onclick="go()">x</p><a href="javascript:go()">a</a></body></html>`;
    const code = scanInlineCode(html);
    expect(code.policy).toBe("default-src 'self'");
    expect(code.scripts).toEqual([script]);
    expect(code.styles).toEqual(['p{color:red}']);
    expect(code.attributes.filter((a) => ['style', 'onclick', 'href'].includes(a.name))).toEqual([
      { name: 'style', value: 'color:blue' },
      { name: 'onclick', value: 'go()' },
      { name: 'href', value: 'javascript:go()' },
    ]);
  });

  it('finds no policy where there is none', () => {
    expect(scanInlineCode('<p>x</p>').policy).toBeUndefined();
  });
});

describe('prepareForIndex splices without re-serialising', () => {
  const page =
    '<!doctype html><html lang="ar"><head><meta name="description" content="وصف"><meta property="article:published_time" content="2024-11-12T00:00:00.000Z"></head>' +
    '<body><article data-pagefind-body><p>زيارة وبالصين &amp; <b>غيرها</b></p>' +
    '<section aria-labelledby="related-heading"><article><a href="/x/">خبر</a></article></section></article><footer>ذيل</footer></body></html>';

  it('adds the metadata attributes and the forms as the last child of the indexed element, nothing else', () => {
    const prepared = prepareForIndex(page, new Set(['الصين']))!;
    const $ = cheerio.load(prepared);
    expect($('meta[name="description"]').attr('data-pagefind-meta')).toBe('description[content]');
    expect($('meta[property="article:published_time"]').attr('data-pagefind-meta')).toBe('date[content]');
    const body = $('[data-pagefind-body]');
    expect(body.children().last().is('[data-search-forms][hidden]')).toBe(true);
    expect(body.find('[data-search-forms]').text()).toBe('الصين');
    // The rest of the page is byte for byte the original.
    const restored = prepared
      .replace(/<div data-search-forms hidden>[^<]*<\/div>/, '')
      .replaceAll(/ data-pagefind-meta="[^"]*"/g, '');
    expect(restored).toBe(page);
  });

  it('uses the text it is given and skips pages without an indexed element', () => {
    expect(indexedText(page)).toBe('زيارة وبالصين & غيرها');
    expect(prepareForIndex('<html><body><p>x</p></body></html>')).toBeUndefined();
    const withText = cheerio.load(prepareForIndex(page, new Set(['بكين']), 'ولبكين')!);
    expect(withText('[data-search-forms]').text()).toBe('بكين');
  });
});
