// The web editor's GitHub sign-in helper as a Cloudflare Worker (README "Web editor"): deploy this
// file with `wrangler deploy`, with the variables CMS_OAUTH_CLIENT_ID, CMS_OAUTH_ORIGINS and the secret
// CMS_OAUTH_CLIENT_SECRET; the OAuth App's callback is https://<worker>/callback.
import { handleOAuth } from './oauth';

interface Env {
  CMS_OAUTH_CLIENT_ID: string;
  CMS_OAUTH_CLIENT_SECRET: string;
  CMS_OAUTH_ORIGINS: string;
  CMS_OAUTH_GITHUB?: string;
}

export default {
  fetch: (request: Request, env: Env) =>
    handleOAuth(request, {
      clientId: env.CMS_OAUTH_CLIENT_ID,
      clientSecret: env.CMS_OAUTH_CLIENT_SECRET,
      allowedOrigins: env.CMS_OAUTH_ORIGINS.split(',').map(
        (origin) => new URL(origin.trim()).origin,
      ),
      githubUrl: env.CMS_OAUTH_GITHUB,
    }),
};
