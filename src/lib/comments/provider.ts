// Where the comment form posts, decided from deployment settings, and the origin that the Content
// Security Policy must allow for it (form-action and connect-src).
import { commentsEndpointPath } from '../routes.ts';

/** Where the comment form posts: nowhere (comments closed), Netlify Forms, or a receiver's URL. */
export type CommentProvider =
  /** `unconfigured`: closed because nothing says where comments go (the build says so). */
  | { kind: 'none'; unconfigured?: boolean }
  | { kind: 'netlify'; formName: string }
  | { kind: 'endpoint'; url: string };

export interface CommentsEnv {
  provider?: string;
  endpoint?: string;
  netlifyForm?: string;
  /** "true" on Netlify's build machines. */
  netlify?: string;
}

/**
 * The comment provider for a build. A build never ships a form that posts to nothing: without
 * COMMENTS_PROVIDER it is `netlify` on Netlify (NETLIFY=true), `endpoint` when COMMENTS_ENDPOINT says
 * where the receiver is, and otherwise comments are closed (`unconfigured`: the build says what to
 * set). `endpoint` without COMMENTS_ENDPOINT posts to <basePath>api/comments on the site itself (the
 * receiver behind the same host, as deploy/ sets it up). Throws with the variable named when a value
 * makes no sense: a deployment must not silently lose comments.
 */
export function resolveCommentProvider(env: CommentsEnv, basePath: string): CommentProvider {
  const detected = env.endpoint?.trim() ? 'endpoint' : env.netlify === 'true' ? 'netlify' : '';
  const kind = (env.provider ?? '').trim().toLowerCase() || detected;
  if (!kind) return { kind: 'none', unconfigured: true };
  if (kind === 'none') return { kind: 'none' };
  if (kind === 'netlify')
    return { kind: 'netlify', formName: env.netlifyForm?.trim() || 'comments' };
  if (kind !== 'endpoint') {
    throw new Error(
      `COMMENTS_PROVIDER must be "endpoint", "netlify" or "none" (got "${env.provider}").`,
    );
  }
  const url = env.endpoint?.trim() || commentsEndpointPath(basePath);
  if (!url.startsWith('/') || url.startsWith('//')) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw new Error(
        `COMMENTS_ENDPOINT must be an http(s) URL or a path starting with "/" (got "${url}").`,
      );
    }
  }
  return { kind: 'endpoint', url };
}

/**
 * The origin the form posts to when it is not the site's own origin (e.g. "https://comments.example.org"),
 * or undefined when the form posts to the site itself or is closed.
 */
export function commentEndpointOrigin(
  provider: CommentProvider,
  siteUrl: string,
): string | undefined {
  if (provider.kind !== 'endpoint') return undefined;
  const site = new URL(siteUrl);
  const endpoint = new URL(provider.url, site);
  return endpoint.origin === site.origin ? undefined : endpoint.origin;
}

/**
 * Sources to add to the CSP's `form-action` and `connect-src` for comments, besides 'self': the
 * endpoint's origin when it is on another origin, nothing otherwise.
 */
export function commentCspSources(provider: CommentProvider, siteUrl: string): string[] {
  const origin = commentEndpointOrigin(provider, siteUrl);
  return origin ? [origin] : [];
}
