// The GitHub sign-in helper of the web editor (README "Web editor"), for hosts other than Netlify:
// GitHub gives a login code, and only a server that knows the OAuth App's secret may swap it for a
// token. Two routes, the protocol Decap CMS speaks:
//   GET /auth      → redirect to GitHub's authorize page, with a random state kept in a cookie
//   GET /callback  → check the state, swap the code for a token, hand it to the editor's window
// Written on the Fetch API (Request → Response) so the same code runs in Node (serve.ts) and in a
// Cloudflare Worker or Pages Function (`export default { fetch: (request, env) => … }`).

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  /** Origins of the sites whose editor may receive the token, e.g. https://news.example.org. */
  allowedOrigins: readonly string[];
  /** GitHub, or a GitHub Enterprise host. */
  githubUrl?: string;
  scope?: string;
}

const stateCookie = 'afaq_cms_oauth_state';

function randomState(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function cookieValue(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** The page that passes the result to the editor window (Decap's popup handshake), then closes. */
function handOver(
  status: 'success' | 'error',
  content: object,
  origins: readonly string[],
): Response {
  const message = `authorization:github:${status}:${JSON.stringify(content)}`;
  // JSON inside <script>: "<" escaped, so no text (an error description) can close the element.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  // Only the configured sites' windows get the message; the script has no inline data but JSON.
  const script = `(function(){var message=${json(message)};var origins=${json(origins)};
function receive(event){if(origins.indexOf(event.origin)===-1)return;window.removeEventListener('message',receive);
window.opener.postMessage(message,event.origin);window.close();}
window.addEventListener('message',receive);if(window.opener){window.opener.postMessage('authorizing:github','*');}})();`;
  const html = `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>تسجيل الدخول</title><p>${
    status === 'success' ? 'تمّ تسجيل الدخول، يمكنك إغلاق هذه النافذة.' : 'تعذّر تسجيل الدخول.'
  }</p><script>${script}</script></html>`;
  return new Response(html, {
    status: status === 'success' ? 200 : 400,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'set-cookie': `${stateCookie}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`,
      'content-security-policy':
        "default-src 'none'; script-src 'unsafe-inline'; frame-ancestors 'none'",
      'referrer-policy': 'no-referrer',
    },
  });
}

/** Handles /auth and /callback (under any prefix); anything else is 404. */
export async function handleOAuth(
  request: Request,
  settings: OAuthSettings,
  fetcher: typeof fetch = fetch,
): Promise<Response> {
  const url = new URL(request.url);
  const github = (settings.githubUrl ?? 'https://github.com').replace(/\/+$/, '');
  if (request.method !== 'GET') return new Response('Method Not Allowed', { status: 405 });
  if (url.pathname.endsWith('/auth')) {
    const state = randomState();
    const authorize = new URL(`${github}/login/oauth/authorize`);
    authorize.searchParams.set('client_id', settings.clientId);
    authorize.searchParams.set('redirect_uri', new URL('callback', new URL('.', url)).href);
    authorize.searchParams.set('scope', settings.scope ?? 'repo,user');
    authorize.searchParams.set('state', state);
    return new Response(null, {
      status: 302,
      headers: {
        location: authorize.href,
        'cache-control': 'no-store',
        'set-cookie': `${stateCookie}=${state}; Path=/; Max-Age=600; HttpOnly; Secure; SameSite=Lax`,
      },
    });
  }
  if (url.pathname.endsWith('/callback')) {
    const code = url.searchParams.get('code');
    const state = url.searchParams.get('state');
    const expected = cookieValue(request, stateCookie);
    if (!code || !state || !expected || state !== expected) {
      return handOver(
        'error',
        {
          message: 'حالة تسجيل الدخول غير صحيحة أو منتهية: أعد المحاولة. Invalid or expired state.',
        },
        settings.allowedOrigins,
      );
    }
    const response = await fetcher(`${github}/login/oauth/access_token`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        code,
      }),
    });
    const result = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      error_description?: string;
    };
    if (!response.ok || !result.access_token) {
      return handOver(
        'error',
        { message: `رفض GitHub تسجيل الدخول. ${result.error_description ?? ''}`.trim() },
        settings.allowedOrigins,
      );
    }
    return handOver(
      'success',
      { token: result.access_token, provider: 'github' },
      settings.allowedOrigins,
    );
  }
  return new Response('Not Found', { status: 404 });
}
