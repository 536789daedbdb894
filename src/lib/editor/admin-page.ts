// The web editor's HTML page and its Content-Security-Policy. The admin page has a policy of its own,
// looser than the reader pages' in exactly two ways, both needed by Decap CMS and nowhere else:
// style-src allows inline styles (its interface styles itself at run time), and connect-src/img-src
// allow the Git host's API. No 'unsafe-eval' (see src/integrations/admin-bundle.ts), no inline script.

export interface EditorBackend {
  name: 'github' | 'gitlab';
  repo: string;
  branch: string;
  /** GitHub: the OAuth proxy (Netlify's, or ours: server/cms-auth/). */
  base_url?: string;
  auth_endpoint?: string;
  /** GitLab: the instance and the OAuth application (PKCE, no server needed). */
  api_root?: string;
  auth_type?: 'pkce';
  app_id?: string;
}

const origin = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/** The admin page's policy (a <meta> cannot carry frame-ancestors: the header adds it). */
export function adminCsp(backend: EditorBackend): string {
  const api =
    backend.name === 'github'
      ? ['https://api.github.com']
      : [origin(backend.api_root) ?? 'https://gitlab.com'];
  const images =
    backend.name === 'github'
      ? ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com']
      : [...api, 'https://secure.gravatar.com'];
  const list = (...sources: (string | undefined)[]) =>
    [...new Set(sources.filter(Boolean))].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${list("'self'", 'blob:', 'data:', ...images)}`,
    "font-src 'self'",
    `connect-src ${list("'self'", 'blob:', ...api, origin(backend.base_url))}`,
    "frame-src 'self' blob:",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ].join('; ');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page: Arabic, right to left, never indexed, the bundle and nothing inline. */
export function adminPage(csp: string): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${escapeAttribute(csp)}">
<title>تحرير آفاق نيوز</title>
<link rel="stylesheet" href="admin.css">
</head>
<body>
<noscript><p>محرر المقالات يحتاج إلى تفعيل جافاسكربت في المتصفح.</p></noscript>
<script src="admin.js"></script>
</body>
</html>
`;
}
