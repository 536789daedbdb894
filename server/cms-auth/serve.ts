// `npm run cms-auth`: the web editor's GitHub sign-in helper as a small Node service (put it behind
// your nginx or any HTTPS proxy; README "Web editor"). Settings from the environment:
//   CMS_OAUTH_CLIENT_ID, CMS_OAUTH_CLIENT_SECRET  the GitHub OAuth App (callback: <this service>/callback)
//   CMS_OAUTH_ORIGINS  the site origins allowed to receive a token, comma-separated
//   CMS_OAUTH_PORT (default 8787), CMS_OAUTH_HOST (default 127.0.0.1), CMS_OAUTH_GITHUB (GitHub Enterprise)
import { createServer } from 'node:http';
import { handleOAuth } from './oauth';

const required = (name: string) => {
  const value = process.env[name]?.trim();
  if (!value) {
    console.error(`✗ ${name} مطلوب (${name} is required): see README, "Web editor".`);
    process.exit(1);
  }
  return value;
};

const settings = {
  clientId: required('CMS_OAUTH_CLIENT_ID'),
  clientSecret: required('CMS_OAUTH_CLIENT_SECRET'),
  allowedOrigins: required('CMS_OAUTH_ORIGINS')
    .split(',')
    .map((origin) => new URL(origin.trim()).origin),
  githubUrl: process.env.CMS_OAUTH_GITHUB,
};
const port = Number(process.env.CMS_OAUTH_PORT ?? 8787);
const host = process.env.CMS_OAUTH_HOST ?? '127.0.0.1';

createServer(async (req, res) => {
  try {
    // Behind a proxy the public URL is what the callback must name (X-Forwarded-Proto/Host).
    const proto = String(req.headers['x-forwarded-proto'] ?? 'http').split(',')[0];
    const hostHeader = String(
      req.headers['x-forwarded-host'] ?? req.headers.host ?? `${host}:${port}`,
    ).split(',')[0];
    const request = new Request(new URL(req.url ?? '/', `${proto}://${hostHeader}`), {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([name, value]): [string, string][] =>
        typeof value === 'string' ? [[name, value]] : [],
      ),
    });
    const response = await handleOAuth(request, settings);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error(error);
    res.writeHead(500).end();
  }
}).listen(port, host, () =>
  console.log(`✓ web editor sign-in helper on http://${host}:${port}/ (auth, callback)`),
);
