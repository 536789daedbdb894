import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspHashes,
  findInlineViolations,
  mergeCsp,
  metaPolicy,
  parseCsp,
  scanInlineCode,
  scanInlineCodeParsed,
  serializeCsp,
  siteCspDirectives,
} from '../../../src/integrations/csp';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('siteCspDirectives', () => {
  it('allows only the site itself by default, plus comment origins and video players where given', () => {
    const directives = siteCspDirectives({
      comments: ['https://comments.example.org'],
      frames: ['https://www.youtube-nocookie.com'],
    });
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("img-src 'self'"); // images are local (Astro's image service), no data: or remote
    expect(directives).toContain("connect-src 'self' https://comments.example.org");
    expect(directives).toContain("form-action 'self' https://comments.example.org");
    expect(directives).toContain('frame-src https://www.youtube-nocookie.com');
    expect(directives.join(';')).not.toMatch(/unsafe-inline|unsafe-eval'|\*/);
  });
  it('blocks all frames when there is no player', () => {
    expect(siteCspDirectives({ comments: [], frames: [] })).toContain("frame-src 'none'");
  });
});

describe('parse, merge and serialise policies', () => {
  it('round-trips and unites sources per directive', () => {
    const a = parseCsp("default-src 'self'; script-src 'self' 'sha256-A'");
    const b = parseCsp("script-src 'self' 'sha256-B'; style-src 'self';");
    expect(serializeCsp(mergeCsp([a, b]))).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self'",
    );
  });
  it("drops 'none' once a directive has real sources", () => {
    expect(
      serializeCsp(mergeCsp([parseCsp("frame-src 'none'"), parseCsp('frame-src https://x.org')])),
    ).toBe('frame-src https://x.org');
  });
  it('reads the policy of a page', () => {
    expect(
      metaPolicy(
        `<head><meta http-equiv="content-security-policy" content="default-src 'self'"></head>`,
      ),
    ).toBe("default-src 'self'");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});

describe('findInlineViolations', () => {
  const script = 'console.log(1)';
  const style = 'body{color:red}';
  const page = `<html><head><style>${style}</style><script type="application/ld+json">{"a":1}</script></head>
    <body><script>${script}</script><script src="/x.js"></script></body></html>`;

  it('accepts inline scripts and styles whose hashes the policy lists (data blocks need none)', () => {
    const policy = parseCsp(
      `default-src 'self'; script-src 'self' ${sha256(script)}; style-src 'self' ${sha256(style)}`,
    );
    expect(findInlineViolations(page, policy)).toEqual([]);
  });

  it('reports unhashed scripts and styles with the start of their code', () => {
    const policy = parseCsp("default-src 'self'; script-src 'self'");
    expect(findInlineViolations(page, policy)).toEqual([
      { kind: 'script', snippet: script },
      { kind: 'style', snippet: style },
    ]);
  });

  it('reports style attributes, event handlers and javascript: URLs, which hashes cannot allow', () => {
    const html = `<p style="color:red">x</p><button onclick="go()">b</button><a href="javascript:go()">a</a>`;
    const kinds = findInlineViolations(html, parseCsp("default-src 'self'")).map((p) => p.kind);
    expect(kinds).toEqual(['style attribute', 'event handler', 'javascript: URL']);
  });

  it("ignores 'unsafe-inline' once a hash is present, as browsers do", () => {
    const policy = parseCsp(`script-src 'unsafe-inline' ${sha256('other()')}`);
    expect(findInlineViolations(`<script>${script}</script>`, policy)).toHaveLength(1);
    expect(
      findInlineViolations(`<script>${script}</script>`, parseCsp("script-src 'unsafe-inline'")),
    ).toEqual([]);
  });

  it('hashes the exact text with each algorithm', () => {
    expect(cspHashes(script)[0]).toBe(sha256(script));
    expect(cspHashes(script).map((h) => h.slice(1, 7))).toEqual(['sha256', 'sha384', 'sha512']);
  });
});

describe('scanInlineCode', () => {
  const policy = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x'; style-src 'self'">`;
  const pages = [
    `<html><head>${policy}<style>a{color:red}</style></head><body><script type="module">a()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script></body></html>`,
    `<html><head>${policy}</head><body><p style="color:red">x</p><a href="javascript:alert(1)">y</a><button onclick="f()">z</button></body></html>`,
    `<html><head>${policy}</head><body><script>if (a < b && c) f("</div>")</script><STYLE media="print">b{}</STYLE></body></html>`,
    `<html><head><meta http-equiv="Content-Security-Policy" content="script-src &#39;self&#39;"></head><body></body></html>`,
    `<html><head>${policy}</head><body><script type="text/&#106;avascript">x()</script></body></html>`,
    `<html><body>no policy <script>y()</script></body></html>`,
  ];
  it('reads what the tokenizer reads, on every kind of page', () => {
    for (const html of pages)
      expect(scanInlineCode(html), html).toEqual(scanInlineCodeParsed(html));
  });
});
