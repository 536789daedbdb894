import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePathOf, nginxConfig } from '../../../scripts/nginx-config';
import { headerRules, parseHeadersFile } from '../../../src/integrations/headers-file';
import { fixtureDir } from '../../helpers/paths';

const subpath = parseHeadersFile(readFileSync(path.join(fixtureDir, 'deploy/_headers'), 'utf8'));
const options = {
  root: '/srv/afaq/current',
  serverName: 'news.example.org',
  listen: '80',
  receiver: '127.0.0.1:8787',
};

/** location blocks of a generated file: "match" → its body. */
function locations(config: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of config.matchAll(/^ {2}location ([^{]+) \{\n([\s\S]*?)^ {2}\}/gm))
    found.set(match[1]!.trim(), match[2]!);
  return found;
}

describe('nginxConfig', () => {
  it('turns each _headers rule into a location carrying every header that applies to it', () => {
    const config = nginxConfig({
      ...options,
      rules: subpath,
      endpoint: '/afaq/api/comments',
      admin: '/afaq/comments-admin/',
    });
    const blocks = locations(config);
    const assets = blocks.get('^~ /afaq/_astro/')!;
    // nginx does not merge add_header across levels: the security headers are repeated in each location.
    expect(assets).toContain(
      `add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc+/='; style-src 'self'; frame-ancestors 'none'" always;`,
    );
    expect(assets).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(assets).toContain(
      'add_header Cache-Control "public, max-age=31536000, immutable" always;',
    );
    expect(assets).not.toContain('must-revalidate');
    expect(blocks.get('= /afaq/')).toContain('must-revalidate');
    expect(blocks.get('= /afaq/rss.xml')).toContain('alias /srv/afaq/current/rss.xml;');
    expect(blocks.get('^~ /afaq/articles/')).toContain('alias /srv/afaq/current/articles/;');
    expect(blocks.get('^~ /afaq/')).toContain('alias /srv/afaq/current/;');
    expect(blocks.get('^~ /afaq/')).not.toContain('Cache-Control');
    expect(config).toContain('error_page 404 /afaq/404.html;');
  });

  it('gives the web editor its own policy only, never the site’s as well', () => {
    const rules = headerRules({
      basePath: '/',
      csp: "default-src 'self'",
      directories: ['_astro', 'admin', 'articles'],
      files: [],
      sections: [
        { directory: 'admin', csp: "default-src 'self'; style-src 'self' 'unsafe-inline'" },
      ],
    });
    const admin = locations(
      nginxConfig({ ...options, rules, endpoint: '/api/comments', admin: '/comments-admin/' }),
    ).get('^~ /admin/')!;
    expect(admin.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(admin).toContain(
      `add_header Content-Security-Policy "default-src 'self'; style-src 'self' 'unsafe-inline'" always;`,
    );
    expect(admin).toContain('add_header X-Robots-Tag "noindex, nofollow" always;');
  });

  it('proxies the comment endpoint and the moderation page to the receiver, with the client address', () => {
    const config = nginxConfig({
      ...options,
      rules: subpath,
      endpoint: '/afaq/api/comments',
      admin: '/afaq/comments-admin/',
    });
    const blocks = locations(config);
    for (const match of ['= /afaq/api/comments', '^~ /afaq/comments-admin/']) {
      const block = blocks.get(match)!;
      expect(block).toContain('proxy_pass http://afaq_comments;');
      expect(block).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
      // The receiver sets its own headers there: none of the site's.
      expect(block).not.toContain('add_header');
    }
    expect(blocks.get('= /afaq/api/comments')).toContain('limit_req zone=afaq_comments');
    expect(config).toMatch(/upstream afaq_comments \{\n {2}server 127\.0\.0\.1:8787;/);
    expect(blocks.get('= /afaq/_headers')).toContain('return 404;');
  });

  it('uses root (not alias) for a site at the domain root, and escapes quotes and $ in values', () => {
    const rules = headerRules({
      basePath: '/',
      csp: `default-src 'self'; script-src "$x"`,
      directories: ['_astro', 'articles'],
      files: ['rss.xml'],
    });
    const config = nginxConfig({
      ...options,
      rules,
      endpoint: '/api/comments',
      admin: '/comments-admin/',
    });
    expect(config).toContain('  root /srv/afaq/current;');
    expect(config).not.toContain('alias ');
    // The site's policy is on the home page and on every top-level entry (not on "/*": the web
    // editor's admin/ has a policy of its own, and two would both apply).
    expect(locations(config).get('= /')).toContain(
      `add_header Content-Security-Policy "default-src 'self'; script-src \\"\\$x\\"" always;`,
    );
  });

  it('refuses a _headers file without a rule covering every path', () => {
    expect(() => basePathOf(parseHeadersFile('/rss.xml\n  Cache-Control: x\n'))).toThrow(
      /no rule covering every path/,
    );
    expect(basePathOf(subpath)).toBe('/afaq/');
  });
});
