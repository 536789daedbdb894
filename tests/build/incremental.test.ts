// Incremental builds (experimental.incrementalBuild, the cache keys of src/lib/view/cache-keys.ts):
// after publishing one story, editing a title or deleting a story, a warm build renders only the
// pages that change, and its output is the same as a cold build of the same content. The new story
// is on its page, the home page, its category and tag pages, the feeds, the sitemaps and in search;
// the stories related to it link it; no page shows an edited title's old words; a deleted story's page
// is gone.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site';
import { loadPage } from '../helpers/html';
import { tmpRoot } from '../helpers/paths';
import { generateCorpus, writeCorpus } from '../../scripts/corpus/generate-corpus.mjs';
import { textToSlug } from '../../src/lib/arabic/slugs';

const contentDir = path.join(tmpRoot, 'incremental-content');
const articlesDir = path.join(contentDir, 'articles');

/** The HTML and XML files of a build (not the search index, not the assets), relative paths. */
async function pages(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true });
  return files
    .map(String)
    .filter(
      (file) =>
        /\.(html|xml|txt)$/.test(file) &&
        !file.startsWith('pagefind') &&
        !file.startsWith('_astro'),
    )
    .sort();
}

/** A page's text without what differs between two builds by design: the form's "shown at" build time. */
const comparable = (html: string) => html.replace(/(name="ts" value=")\d+"/g, '$1"');

/** Every difference between a warm build and a cold build of the same content. */
async function differences(warm: string, cold: string): Promise<string[]> {
  const [a, b] = await Promise.all([pages(warm), pages(cold)]);
  const found: string[] = [];
  if (a.join('\n') !== b.join('\n'))
    found.push(
      `files: only warm ${a.filter((f) => !b.includes(f))}, only cold ${b.filter((f) => !a.includes(f))}`,
    );
  for (const file of a.filter((f) => b.includes(f))) {
    const [x, y] = await Promise.all([
      readFile(path.join(warm, file), 'utf8'),
      readFile(path.join(cold, file), 'utf8'),
    ]);
    if (comparable(x) !== comparable(y)) found.push(file);
  }
  return found;
}

/** The URLs in the search index (the fragments of every Pagefind bundle). */
async function indexedUrls(outDir: string): Promise<string[]> {
  const root = path.join(outDir, 'pagefind');
  const files = (await readdir(root, { recursive: true }))
    .map(String)
    .filter((file) => file.endsWith('.pf_fragment'));
  const urls = await Promise.all(
    files.map(async (file) => {
      const text = gunzipSync(await readFile(path.join(root, file)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      return (JSON.parse(text) as { url: string }).url;
    }),
  );
  return urls.sort();
}

/**
 * The search index by bundle: each bundle's records (url, text and metadata of its fragments).
 * Small blocks (AFAQ_SEARCH_BLOCKS) give these 60 stories several bundles, as 10,000 would have.
 */
const env = { AFAQ_SEARCH_BLOCKS: '4,16' };
async function searchIndex(outDir: string): Promise<Record<string, string[]>> {
  const root = path.join(outDir, 'pagefind');
  const { bundles } = JSON.parse(await readFile(path.join(root, 'bundles.json'), 'utf8')) as {
    bundles: Array<{ path: string }>;
  };
  const index: Record<string, string[]> = {};
  for (const { path: bundle } of bundles) {
    const dir = path.join(root, bundle, 'fragment');
    index[bundle] = (
      await Promise.all(
        (await readdir(dir)).map(async (file) => {
          const text = gunzipSync(await readFile(path.join(dir, file)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, '');
          const { url, content, meta } = JSON.parse(text) as Record<string, unknown>;
          return JSON.stringify({ url, content, meta });
        }),
      )
    ).sort();
  }
  return index;
}

/** "N article(s) indexed" from the build's log. */
const indexedCount = (build: BuildResult) =>
  Number(/(\d+) article\(s\) indexed/.exec(build.output)?.[1] ?? NaN);

/** Builds the content into the warm build's folders (kept), and a cold build into fresh ones. */
async function buildBoth(): Promise<{ warm: BuildResult; cold: BuildResult }> {
  const warm = await buildSite({ name: 'incremental', contentDir, keep: true, env });
  expect(warm.ok, warm.output).toBe(true);
  const cold = await buildSite({ name: 'incremental-cold', contentDir, env });
  expect(cold.ok, cold.output).toBe(true);
  return { warm, cold };
}

const rendered = (build: BuildResult) => (build.output.match(/├─ .*\(\+\d+ms\)/g) ?? []).length;
const skipped = (build: BuildResult) => (build.output.match(/\((cached|restored)\)/g) ?? []).length;

const newId = 'zz-breaking-news';
let corpus: ReturnType<typeof generateCorpus>;

beforeAll(async () => {
  await rm(contentDir, { recursive: true, force: true });
  // Enough stories for numbered list pages and related stories.
  corpus = generateCorpus({ count: 60, seed: 7 });
  writeCorpus(contentDir, corpus, { clean: true });
  const first = await buildSite({ name: 'incremental', contentDir, env });
  expect(first.ok, first.output).toBe(true);
});

describe('incremental builds', () => {
  it('render nothing again when nothing changed', async () => {
    const warm = await buildSite({ name: 'incremental', contentDir, keep: true, env });
    expect(warm.ok, warm.output).toBe(true);
    // Only the pages without a cache key (the home page, search, feeds…) are rendered.
    expect(skipped(warm)).toBeGreaterThan(60);
    expect(rendered(warm)).toBeLessThan(15);
    expect(indexedCount(warm), 'no search record changed').toBe(0);
    expect(warm.output).toMatch(/CSP checked on \d+ pages \((\d|1\d) read\)/);
  });

  it('after publishing one story: it is on every page it belongs to, and the output is a cold build’s', async () => {
    // A story on the subject of an existing one, so that it is related to others, in words the corpus
    // has (a new word changes older stories' search records bit by bit: tests/unit/integrations/
    // search-index.test.ts; here the index must be a cold build's at once).
    const model = corpus.articles[0]!;
    const tags = model.data.tags.length ? model.data.tags : ['عاجل'];
    const text = model.source
      .replace(/^title: .*$/m, `title: "${corpus.articles[1]!.data.title.replace(/"/g, '')}"`)
      .replace(/^date: .*$/m, `date: ${new Date(Date.now() - 3600_000).toISOString()}`)
      .replace(/^tags: .*$/m, `tags: ${JSON.stringify(tags)}`);
    await writeFile(path.join(articlesDir, `${newId}.mdx`), text);
    const { warm, cold } = await buildBoth();
    expect(skipped(warm), 'most pages are not rendered again').toBeGreaterThan(rendered(warm));
    expect(await differences(warm.outDir, cold.outDir)).toEqual([]);

    const link = `a[href="/articles/${newId}/"]`;
    expect((await loadPage(warm.outDir, '/'))(link).length).toBeGreaterThan(0);
    expect(
      (await loadPage(warm.outDir, `/category/${model.data.category}/`))(`main ${link}`).length,
    ).toBe(1);
    for (const tag of tags) {
      const slug = textToSlug(tag);
      expect((await loadPage(warm.outDir, `/tag/${slug}/`))(`main ${link}`).length, tag).toBe(1);
    }
    const own = await loadPage(warm.outDir, `/articles/${newId}/`);
    const related = own('section[aria-labelledby="related-heading"] a')
      .map((_, a) => own(a).attr('href')!)
      .get();
    expect(related.length).toBeGreaterThan(0);
    // The stories the new one is related to (on a cold build too: see above) link it back, most of them.
    let linkBack = 0;
    for (const href of related)
      if (
        (await loadPage(warm.outDir, href))(`section[aria-labelledby="related-heading"] ${link}`)
          .length
      )
        linkBack++;
    expect(linkBack).toBeGreaterThan(0);
    expect(await readFile(path.join(warm.outDir, 'rss.xml'), 'utf8')).toContain(
      `/articles/${newId}/`,
    );
    expect(await readFile(path.join(warm.outDir, 'sitemap-0.xml'), 'utf8')).toContain(
      `/articles/${newId}/`,
    );
    expect(await readFile(path.join(warm.outDir, 'news-sitemap.xml'), 'utf8')).toContain(
      `/articles/${newId}/`,
    );
    expect(await indexedUrls(warm.outDir)).toContain(`/articles/${newId}/`);
    expect(await searchIndex(warm.outDir)).toEqual(await searchIndex(cold.outDir));
    expect(indexedCount(warm), 'only the blocks whose records changed').toBeLessThan(
      indexedCount(cold),
    );
  });

  it('after editing a title: no page shows the old title, and the output is a cold build’s', async () => {
    const target = corpus.articles[5]!;
    const file = path.join(articlesDir, `${target.id}.mdx`);
    const oldTitle = target.data.title;
    // In words of the corpus (see above), and found nowhere else.
    const other = corpus.articles.find((article) => !article.data.title.includes(oldTitle))!;
    const newTitle = `${other.data.title} ${target.id.replace(/\D/g, '')}`;
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(`title: "${oldTitle}"`, `title: "${newTitle}"`),
    );
    const { warm, cold } = await buildBoth();
    expect(await differences(warm.outDir, cold.outDir)).toEqual([]);
    expect(await searchIndex(warm.outDir)).toEqual(await searchIndex(cold.outDir));
    let shown = 0;
    for (const page of await pages(warm.outDir)) {
      const html = await readFile(path.join(warm.outDir, page), 'utf8');
      expect(html.includes(oldTitle), page).toBe(false);
      if (html.includes(newTitle)) shown++;
    }
    expect(shown).toBeGreaterThan(2); // its page, its lists, its related stories…
  });

  it('after deleting a story: its page is gone everywhere, and the output is a cold build’s', async () => {
    await rm(path.join(articlesDir, `${newId}.mdx`));
    const { warm, cold } = await buildBoth();
    expect(await differences(warm.outDir, cold.outDir)).toEqual([]);
    expect((await pages(warm.outDir)).some((page) => page.includes(newId))).toBe(false);
    expect(await readFile(path.join(warm.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain(newId);
    expect(await indexedUrls(warm.outDir)).not.toContain(`/articles/${newId}/`);
    expect(await searchIndex(warm.outDir)).toEqual(await searchIndex(cold.outDir));
  });

  it('keeps the cache’s copy of each page as a link to it, and restores an emptied output folder from it', async () => {
    const outDir = path.join(tmpRoot, 'incremental', 'dist');
    const copies = path.join(tmpRoot, 'incremental', 'cache', 'dist');
    // Pages rendered again by the builds above (edited, deleted) included: one file under two names
    // (src/integrations/incremental-cache-links.ts), not a second write.
    const linked = (await pages(outDir)).filter((page) => page.endsWith('.html'));
    expect(linked.length).toBeGreaterThan(60);
    let withCopies = 0;
    for (const page of linked) {
      const [built, copy] = await Promise.all([
        stat(path.join(outDir, page)),
        stat(path.join(copies, page)).catch(() => undefined),
      ]);
      if (!copy) continue;
      withCopies++;
      expect(copy.ino, page).toBe(built.ino);
    }
    expect(withCopies).toBeGreaterThan(60);
    // A host that keeps the cache but builds into a clean folder: the skipped pages come back as
    // they were, the same as the cold build of the same content (the test above's).
    await rm(outDir, { recursive: true, force: true });
    const restored = await buildSite({ name: 'incremental', contentDir, keep: true, env });
    expect(restored.ok, restored.output).toBe(true);
    expect((restored.output.match(/\(restored\)/g) ?? []).length).toBeGreaterThan(60);
    expect(await differences(outDir, path.join(tmpRoot, 'incremental-cold', 'dist'))).toEqual([]);
  });
});
