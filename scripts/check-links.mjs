// `npm run check:links [dist]`: checks every internal link, asset and #anchor of a built site.
// Uses BASE_PATH and SITE_URL like the build did. Exit code 1 when anything is broken.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { listBuiltFiles } from '../src/integrations/built-files';
import { checkLinks } from './lib/link-check';
import { articleId } from '../src/lib/content/frontmatter';
import { basePath, contentDir, siteUrl } from '../src/deploy.config.mjs';

/** Checks `distDir`; prints each problem with its page, the article file behind it and a fix. */
export async function checkBuiltLinks(distDir) {
  const files = new Set(await listBuiltFiles(distDir));
  const pages = await Promise.all(
    [...files]
      .filter((f) => f.endsWith('.html'))
      .map(async (file) => ({ file, html: await readFile(path.join(distDir, file), 'utf8') })),
  );
  const problems = checkLinks({ pages, files, basePath, siteUrl });
  const sources = await articleSources();
  const where = (page) => {
    const id = /^articles\/([^/]+)\/index\.html$/.exec(page)?.[1];
    const source = id && sources.get(id);
    return `${path.join(distDir, page)}${source ? ` (المصدر / source: ${source})` : ''}`;
  };
  // One entry per broken link, with every page that has it (a broken header link is on all pages).
  const groups = Map.groupBy(problems, (p) => `${p.kind}\n${p.url}`);
  for (const group of groups.values()) {
    const [first] = group;
    const pagesList = group.slice(0, 5).map((p) => `      ${where(p.page)}`);
    if (group.length > 5) pagesList.push(`      … +${group.length - 5} more pages`);
    console.log(
      `✗ ${first.url}: ${first.message}\n    الحل / fix: ${first.fix}\n    في / in:\n${pagesList.join('\n')}`,
    );
  }
  console.log(
    problems.length
      ? `\n✗ links: ${groups.size} broken link(s) on ${new Set(problems.map((p) => p.page)).size} of ${pages.length} pages. روابط معطوبة: ${groups.size}`
      : `✓ links: ${pages.length} pages, every internal link, asset and #anchor resolves. كل الروابط سليمة.`,
  );
  return problems.length;
}

/** Article id → its MDX file, to name the file an editor must fix. */
async function articleSources() {
  const dir = path.join(contentDir, 'articles');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const map = new Map();
  for (const e of entries.filter((e) => e.isFile() && /\.mdx?$/i.test(e.name))) {
    const full = path.join(e.parentPath, e.name);
    const id = articleId({ path: path.relative(dir, full), text: await readFile(full, 'utf8') });
    map.set(id, path.relative(process.cwd(), full));
  }
  return map;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
  process.exitCode = (await checkBuiltLinks(distDir)) ? 1 : 0;
}
