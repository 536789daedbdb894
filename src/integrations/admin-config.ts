// The web editor's config.json: the Decap configuration generated from the article schema
// (lib/editor/decap-config.ts), the admin page's CSP, and what the browser-side checks need (category
// ids, taken file names). Written by `astro build`, served fresh by `npm run dev`.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { articleSchema, editorSchemaHelpers } from '../lib/content/article-schema.ts';
import { adminCsp, type EditorBackend } from '../lib/editor/admin-page.ts';
import { articleFieldOrder, editorConfig } from '../lib/editor/decap-config.ts';

export interface AdminSettings {
  contentDir: string;
  siteUrl: string;
  basePath: string;
  backend: EditorBackend;
}

async function names(folder: string, extension: RegExp): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  return entries
    .filter((name) => extension.test(name))
    .map((name) => name.replace(extension, '').split(path.sep).join('/'));
}

export async function editorConfigFor(
  root: string,
  { contentDir, siteUrl, basePath, backend }: AdminSettings,
) {
  // Decap's paths are relative to the repository root (the project); CONTENT_DIR may be absolute.
  const content =
    path.relative(root, path.resolve(root, contentDir)).split(path.sep).join('/') || '.';
  const [categories, taken] = await Promise.all([
    names(path.resolve(root, contentDir, 'categories'), /\.(json|ya?ml)$/),
    names(path.resolve(root, contentDir, 'articles'), /\.mdx?$/),
  ]);
  const schema = articleSchema(editorSchemaHelpers);
  return {
    ...editorConfig({ schema, contentDir: content, siteUrl, basePath, backend }),
    csp: adminCsp(backend),
    sitePath: basePath,
    articleFieldOrder: articleFieldOrder(schema),
    validation: { categories, taken, folder: `${content}/articles` },
  };
}
