// A sub-path deployment of the fixture site (BASE_PATH=/afaq, SITE_URL set), with one extra article
// that uses every editor component and local images: built by the deployment tests.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, contentVariant, type BuildResult } from './build-site';
import { fixtureContent, projectRoot } from './paths';

export const subpathBase = '/afaq/';
export const subpathSiteUrl = 'https://news.example.org';
export const componentsArticleId = 'editor-components';
const editorArticle = path.join(projectRoot, 'tests/fixtures/editor-article');

export async function buildSubpathSite(name: string): Promise<BuildResult> {
  const contentDir = await contentVariant(name, fixtureContent, {});
  await cp(
    path.join(editorArticle, `${componentsArticleId}.mdx`),
    path.join(contentDir, `articles/${componentsArticleId}.mdx`),
  );
  await cp(
    path.join(editorArticle, 'images'),
    path.join(contentDir, `articles/images/${componentsArticleId}`),
    { recursive: true },
  );
  const result = await buildSite({
    name,
    contentDir,
    env: { BASE_PATH: '/afaq', SITE_URL: subpathSiteUrl },
  });
  if (!result.ok) throw new Error(`sub-path build failed:\n${result.output}`);
  return result;
}
