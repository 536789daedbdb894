// Which Git host the web editor saves to in production (README "Web editor"), from the environment:
//   CMS_BACKEND       github (default) | gitlab
//   CMS_REPO          owner/name; defaults to GitHub Actions' GITHUB_REPOSITORY or Netlify's REPOSITORY_URL
//   CMS_BRANCH        the branch articles are published on (default: main)
//   CMS_AUTH_URL      GitHub: the OAuth helper's origin (default: Netlify's, https://api.netlify.com)
//   CMS_GITLAB_URL    GitLab: the instance (default: https://gitlab.com)
//   CMS_GITLAB_APP_ID GitLab: the OAuth application's id (PKCE: no server needed)
// Local mode (npm run dev) needs none of them.
import type { EditorBackend } from './admin-page';

export interface EditorEnv {
  backend?: string;
  repo?: string;
  branch?: string;
  authUrl?: string;
  gitlabUrl?: string;
  gitlabAppId?: string;
  githubRepository?: string;
  repositoryUrl?: string;
}

/** "owner/name" from a repository URL such as https://github.com/owner/name(.git). */
function repoFromUrl(url: string | undefined): string | undefined {
  const match = url && /^[a-z+]+:\/\/[^/]+\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? match[1] : undefined;
}

export function resolveEditorBackend(env: EditorEnv): EditorBackend {
  const name = env.backend?.trim() === 'gitlab' ? 'gitlab' : 'github';
  const repo =
    env.repo?.trim() || env.githubRepository?.trim() || repoFromUrl(env.repositoryUrl) || '';
  const branch = env.branch?.trim() || 'main';
  if (name === 'gitlab') {
    const apiRoot = `${(env.gitlabUrl?.trim() || 'https://gitlab.com').replace(/\/+$/, '')}/api/v4`;
    return {
      name,
      repo,
      branch,
      api_root: apiRoot,
      base_url: env.gitlabUrl?.trim() || 'https://gitlab.com',
      auth_endpoint: 'oauth/authorize',
      ...(env.gitlabAppId?.trim()
        ? { auth_type: 'pkce' as const, app_id: env.gitlabAppId.trim() }
        : {}),
    };
  }
  return {
    name,
    repo,
    branch,
    ...(env.authUrl?.trim()
      ? { base_url: env.authUrl.trim().replace(/\/+$/, ''), auth_endpoint: 'auth' }
      : {}),
  };
}
