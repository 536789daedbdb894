// The search index step on a small synthetic corpus (content data as content sync leaves it, real
// Pagefind): only the bundles whose records changed are indexed again, a new word's forms reach older
// stories one stale bundle per build that publishes nothing, and the index then is a cold build's.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/integrations/search-index';
import { BodyStore } from '../../../src/lib/content/body-store';
import { writeManifest, type ManifestArticle } from '../../../src/lib/content/manifest';

const root = mkdtempSync(path.join(os.tmpdir(), 'afaq-search-index-'));
const warm = { outDir: path.join(root, 'warm/dist'), cacheDir: path.join(root, 'warm/cache') };
const buildTime = '2025-01-01T00:00:00.000Z';
let articles: ManifestArticle[] = [];

beforeAll(() => {
  process.env.AFAQ_SEARCH_BLOCKS = '2,4';
});
afterAll(() => {
  delete process.env.AFAQ_SEARCH_BLOCKS;
  rmSync(root, { recursive: true, force: true });
});

function article(n: number, text: string): ManifestArticle {
  const id = `a${String(n).padStart(2, '0')}`;
  return {
    id,
    file: `content/articles/${id}.mdx`,
    digest: `${id}-${text.length}-${text.slice(0, 12)}`,
    body: `${id}${Buffer.from(text).toString('hex').slice(0, 16)}`,
    title: `عنوان الخبر ${n}`,
    description: 'وصف قصير',
    date: new Date(Date.UTC(2024, 0, 1 + n)).toISOString(),
    category: 'world',
    tags: [],
    draft: false,
  };
}

/** Writes the content data of `list` into `cacheDir`, as content sync would. */
function sync(cacheDir: string, list: ManifestArticle[], texts: Map<string, string>) {
  const bodies = new BodyStore(cacheDir);
  for (const item of list) {
    bodies.write(item.body, {
      html: '',
      parts: [],
      headings: [],
      images: [],
      text: texts.get(item.id)!,
      file: item.file,
    });
  }
  writeManifest(cacheDir, 'articles', list);
  writeManifest(cacheDir, 'categories', [{ id: 'world', name: 'العالم', order: 1 }]);
}

const texts = new Map<string, string>();
async function build(
  where: { outDir: string; cacheDir: string },
  time = buildTime,
): Promise<string> {
  sync(where.cacheDir, articles, texts);
  const logs: string[] = [];
  await buildSearchIndex({ ...where, buildTime: time }, (line) => logs.push(line));
  return logs.join('\n');
}

/** Each bundle's records: the fragments' url, text and metadata. */
function index(outDir: string): Record<string, string[]> {
  const base = path.join(outDir, 'pagefind');
  const { bundles } = JSON.parse(readFileSync(path.join(base, 'bundles.json'), 'utf8')) as {
    bundles: Array<{ path: string }>;
  };
  return Object.fromEntries(
    bundles.map(({ path: bundle }) => {
      const dir = path.join(base, bundle, 'fragment');
      const records = readdirSync(dir).map((file) => {
        const text = gunzipSync(readFileSync(path.join(dir, file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, '');
        const { url, content, meta } = JSON.parse(text) as Record<string, unknown>;
        return JSON.stringify({ url, content, meta });
      });
      return [bundle, records.sort()];
    }),
  );
}

const count = (log: string, what: RegExp) => Number(what.exec(log)?.[1] ?? 0);

describe('buildSearchIndex', () => {
  it('indexes only what changed, and a new word reaches older stories bundle by bundle', async () => {
    // 12 stories in bundles of 4 (4,4,2,2 with these sizes): most have "بنشر", none the bare "نشر".
    for (let n = 1; n <= 12; n++) {
      const text = `وعدت الحكومة ${n % 3 ? 'بنشر' : 'بإعلان'} النتائج.\nوقال الوزير إن المدينة هادئة.`;
      const item = article(n, text);
      texts.set(item.id, text);
      articles.push(item);
    }
    const first = await build(warm);
    expect(first).toMatch(/12 articles in \d+ bundle\(s\); 12 article\(s\) indexed/);

    expect(count(await build(warm), /(\d+) article\(s\) indexed/)).toBe(0);

    // A new story with the bare word: its own bundle is new. Publishing does not wait for the archive:
    // the older stories' forms are left for a build that publishes nothing, and no stale bundle is
    // refreshed by the build that publishes.
    const text = 'قررت الوزارة نشر التقرير كاملاً.';
    const fresh = article(13, text);
    texts.set(fresh.id, text);
    articles = [...articles, fresh];
    const added = await build(warm);
    expect(count(added, /(\d+) article\(s\) indexed/)).toBeLessThan(13);
    expect(added).toMatch(/word forms left for a build that publishes nothing/);
    expect(count(added, /(\d+) article\(s\) refreshed/)).toBe(0);
    // The next build that publishes nothing finds the older bundles with "بنشر" stale, and it and the
    // next ones refresh one each, until the index is a cold build's.
    let log = await build(warm);
    expect(log).toMatch(/refreshed for new word forms, [1-9]\d* bundle\(s\) left to refresh/);
    for (let i = 0; i < 6 && /left to refresh/.test(log) && !/ 0 bundle\(s\) left/.test(log); i++) {
      log = await build(warm);
    }
    expect(log).not.toMatch(/[1-9]\d* bundle\(s\) left to refresh/);
    const cold = { outDir: path.join(root, 'cold/dist'), cacheDir: path.join(root, 'cold/cache') };
    await build(cold);
    expect(index(warm.outDir)).toEqual(index(cold.outDir));
    // The older stories are found by the bare word now ("بنشر" indexed with the form "نشر").
    const records = Object.values(index(warm.outDir)).flat();
    const withForm = records.filter((record) => / نشر|نشر /.test(JSON.parse(record).content));
    expect(withForm.length).toBeGreaterThan(2);
  }, 120_000);

  it('brings the older stories’ forms up to date in a build that publishes an hour after the last pass', async () => {
    const where = { outDir: path.join(root, 'hour/dist'), cacheDir: path.join(root, 'hour/cache') };
    articles = articles.filter((item) => item.id !== 'a13');
    await build(where);
    articles = [...articles, article(13, texts.get('a13')!)];
    const later = new Date(Date.parse(buildTime) + 3_600_000).toISOString();
    const published = await build(where, later);
    expect(published).not.toMatch(/left for a build that publishes nothing/);
    expect(published).toMatch(
      /0 article\(s\) refreshed for new word forms, [1-9]\d* bundle\(s\) left to refresh/,
    );
  }, 120_000);
});
