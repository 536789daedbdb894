// The streaming readers used on every built page (CSP check, search index): they must see exactly
// what a tree-building parser sees.
import { describe, expect, it } from 'vitest';
import { scanInlineCode } from '../../../src/integrations/csp';
import {
  excludedFromIndex,
  indexedText,
  searchArticleOf,
  simpleSelectorMatcher,
} from '../../../src/lib/search/indexing';
import { loadHtml } from '../../../src/lib/search/html-dom';

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

describe('indexedText streams what the tree sees', () => {
  it('gives the same text as the tree for every kind of excluded element, entities, void and implied tags', () => {
    const html =
      '<!doctype html><html lang="ar"><head><title>عنوان</title><style>p{}</style></head><body><nav>قبل</nav>' +
      '<article class="x" data-pagefind-body><h1>العنوان &amp; &quot;اقتباس&quot;</h1><p>أول<br>سطر<p>ثانٍ <img src="a.png" alt="صورة"> بعد' +
      '<nav><a href="/">قائمة</a><nav>متداخلة</nav></nav><div data-share><a>شارك</a></div><section id="comments"><p>تعليق</p></section>' +
      '<section aria-labelledby="related-heading"><h2>ذات صلة</h2></section><section aria-labelledby="tags-heading">وسوم</section>' +
      '<section aria-labelledby="other">يبقى</section><a class="back-to-top big" href="#top">أعلى</a><a class="back-to-topx">يبقى أيضاً</a>' +
      '<script>var x = "<p>";</script><style>.a{}</style><p>آخر</p></article><footer>ذيل</footer>' +
      '<article data-pagefind-body>ثانية</article></body></html>';
    const streamed = indexedText(html);
    expect(streamed).toBe(indexedText(loadHtml(html)));
    expect(streamed).toContain('يبقى أيضاً');
    expect(streamed).not.toContain('شارك');
    expect(indexedText('<html><body><p>x</p></body></html>')).toBeUndefined();
    expect(indexedText('<html><body><div data-pagefind-body></div></body></html>')).toBe('');
  });

  it('matches the simple selectors it is given and refuses others', () => {
    const matches = excludedFromIndex.map(simpleSelectorMatcher);
    expect(matches.map((m) => m('nav', {}))).toContain(true);
    expect(
      simpleSelectorMatcher('section[aria-labelledby="tags-heading"]')('section', {
        'aria-labelledby': 'tags-heading',
      }),
    ).toBe(true);
    expect(
      simpleSelectorMatcher('section[aria-labelledby="tags-heading"]')('div', {
        'aria-labelledby': 'tags-heading',
      }),
    ).toBe(false);
    expect(simpleSelectorMatcher('.back-to-top')('a', { class: 'x back-to-top' })).toBe(true);
    expect(simpleSelectorMatcher('#comments')('section', { id: 'comments' })).toBe(true);
    expect(() => simpleSelectorMatcher('main > nav')).toThrow(/not a simple selector/);
  });
});

describe('searchArticleOf reads a built article for the search index', () => {
  const page =
    '<!doctype html><html lang="ar"><head><meta property="og:title" content="مباحثات في بكين"><meta property="article:published_time" content="2024-11-12T00:00:00.000Z"><meta property="article:section" content="سياسة"></head>' +
    '<body><nav>القائمة</nav><article data-pagefind-body data-section="politics"><header><a href="/category/politics/" data-pagefind-ignore>سياسة</a><h1>مباحثات في بكين</h1><p>وصف الخبر</p>' +
    '<dl><div><dt>الكاتب:</dt><dd>سارة</dd></div><div><dt>نُشر في:</dt><dd><time datetime="2024-11-12">12 نوفمبر</time></dd></div><div data-pagefind-ignore><dd>دقيقتان</dd></div></dl></header>' +
    '<h2>العنوان</h2><p>زيارة وبالصين &amp; <b>غيرها</b></p><ul><li>أول</li><li>ثانٍ</li></ul>' +
    '<section aria-labelledby="related-heading"><article><a href="/x/">خبر</a></article></section></article><footer>ذيل</footer></body></html>';

  it('gives the title, date, section and the text a line per block, without the title, dates, labels and excluded parts', () => {
    const article = searchArticleOf(page, '/articles/x/')!;
    expect(article).toMatchObject({
      url: '/articles/x/',
      title: 'مباحثات في بكين',
      section: { id: 'politics', name: 'سياسة' },
    });
    expect(article.date.toISOString()).toBe('2024-11-12T00:00:00.000Z');
    expect(article.text.split('\n')).toEqual([
      'وصف الخبر',
      'سارة',
      'العنوان',
      'زيارة وبالصين & غيرها',
      'أول',
      'ثانٍ',
    ]);
  });

  it('skips pages that are not articles', () => {
    expect(searchArticleOf('<html><body><p>x</p></body></html>', '/')).toBeUndefined();
    expect(
      searchArticleOf('<html><body><article data-pagefind-body>نص</article></body></html>', '/'),
    ).toBeUndefined();
  });
});
