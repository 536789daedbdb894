// The web editor's GitHub sign-in helper against a stand-in for GitHub's token endpoint on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleOAuth, type OAuthSettings } from '../../server/cms-auth/oauth';

let github: Server;
let settings: OAuthSettings;
const codes: string[] = [];

beforeAll(async () => {
  github = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { code, client_secret: secret } = JSON.parse(body || '{}');
      codes.push(code);
      res.setHeader('content-type', 'application/json');
      if (req.url === '/login/oauth/access_token' && code === 'good' && secret === 's3cret') {
        res.end(JSON.stringify({ access_token: 'gho_token', token_type: 'bearer' }));
      } else {
        res.end(
          JSON.stringify({
            error: 'bad_verification_code',
            error_description: 'The code is wrong </script><script>alert(1)</script>',
          }),
        );
      }
    });
  });
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
  const { port } = github.address() as { port: number };
  settings = {
    clientId: 'client',
    clientSecret: 's3cret',
    allowedOrigins: ['https://news.example.org'],
    githubUrl: `http://127.0.0.1:${port}`,
  };
});

afterAll(() => new Promise<void>((resolve) => github.close(() => resolve())));

const call = (path: string, cookie?: string) =>
  handleOAuth(
    new Request(`https://auth.example.org${path}`, { headers: cookie ? { cookie } : {} }),
    settings,
  );

describe('GitHub sign-in helper', () => {
  it('sends the editor to GitHub with a random state kept in an HttpOnly, Secure cookie', async () => {
    const response = await call('/auth');
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(`${settings.githubUrl}/login/oauth/authorize`);
    expect(location.searchParams.get('client_id')).toBe('client');
    expect(location.searchParams.get('redirect_uri')).toBe('https://auth.example.org/callback');
    const state = location.searchParams.get('state')!;
    expect(state).toMatch(/^[0-9a-f]{48}$/);
    expect(response.headers.get('set-cookie')).toMatch(
      new RegExp(`^afaq_cms_oauth_state=${state}; .*HttpOnly; Secure; SameSite=Lax`),
    );
  });

  it('refuses a callback whose state is not the cookie’s, without asking GitHub', async () => {
    const before = codes.length;
    const response = await call('/callback?code=good&state=abc', 'afaq_cms_oauth_state=xyz');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('authorization:github:error:');
    expect(codes.length).toBe(before);
  });

  it('hands the token to the editor window of an allowed site only', async () => {
    const response = await call('/callback?code=good&state=abc', 'afaq_cms_oauth_state=abc');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(
      'authorization:github:success:{\\"token\\":\\"gho_token\\",\\"provider\\":\\"github\\"}',
    );
    expect(html).toContain('["https://news.example.org"]');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('reports GitHub’s refusal, with its text unable to close the script', async () => {
    const response = await call('/callback?code=bad&state=abc', 'afaq_cms_oauth_state=abc');
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('\\u003c/script>');
  });
});
