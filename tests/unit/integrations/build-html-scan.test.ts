// The streaming reader used on every built page (the CSP check): it must see exactly what a
// tree-building parser sees.
import { describe, expect, it } from 'vitest';
import { scanInlineCode } from '../../../src/integrations/csp';

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
