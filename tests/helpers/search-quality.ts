// Measures search quality on the judged set (tests/fixtures/search/judged.ts): builds a Pagefind index
// of the generated corpus in Node, either raw (the articles as HTML, Pagefind alone) or ours (each
// article's record from src/lib/search/record.ts), serves it on 127.0.0.1, loads Pagefind's own
// browser script (pagefind.js runs in Node too) and runs every judged query through it: raw as typed,
// ours through src/lib/search/engine.ts, as the search page does.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { createSearch, type PagefindApi } from '../../src/lib/search/engine';
import {
  buildSearchLexicon,
  searchRecord,
  searchText,
  type SearchArticle,
} from '../../src/lib/search/record';
import { judgedQueries, relevantArticles, type JudgedArticle } from '../fixtures/search/judged';
import { serveStatic, type StaticServer } from './static-server';

export type Engine = 'raw' | 'ours';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const toSearchArticle = (article: JudgedArticle): SearchArticle => ({
  url: article.url,
  title: article.title,
  text: article.paragraphs.join('\n'),
  section: { id: article.section, name: article.section },
  date: new Date(article.date),
});

/** Writes the index of `articles` into `dir`/pagefind/. */
export async function buildJudgedIndex(
  dir: string,
  articles: JudgedArticle[],
  engine: Engine,
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(errors.join('; '));
  const records = articles.map(toSearchArticle);
  const lexicon = buildSearchLexicon(records.map(searchText));
  for (const [i, article] of records.entries()) {
    // Ours: the build's record (src/lib/search/record.ts). Raw: the page as Pagefind alone reads it.
    const added =
      engine === 'ours'
        ? await index.addCustomRecord(searchRecord(article, lexicon, { timeZone: 'Asia/Riyadh' }))
        : await index.addHTMLFile({
            url: article.url,
            content: `<html lang="ar"><body><article data-pagefind-body><h1>${escapeHtml(article.title)}</h1>${articles[i]!.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`,
          });
    if (added.errors.length) throw new Error(added.errors.join('; '));
  }
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
}

/** Pagefind's browser API on an index in `dir`, in this process. */
export async function loadPagefind(
  dir: string,
): Promise<{ api: PagefindApi; server: StaticServer }> {
  const server = await serveStatic(dir);
  // A query string makes each index's module its own instance.
  const api = await import(
    `${pathToFileURL(path.join(dir, 'pagefind/pagefind.js')).href}?${encodeURIComponent(dir)}`
  );
  await api.options({ basePath: `${server.url}pagefind/`, baseUrl: '/', noWorker: true });
  await api.init();
  return { api, server };
}

/** The first `limit` result URLs (paths) of a query. */
export async function searchUrls(
  api: PagefindApi,
  engine: Engine,
  query: string,
  limit = 10,
): Promise<string[]> {
  const path = (url: string) => new URL(url, 'http://x').pathname;
  if (engine === 'raw') {
    const found = await api.search(query);
    return Promise.all(
      (found?.results ?? []).slice(0, limit).map(async (hit) => path((await hit.data()).url)),
    );
  }
  const search = createSearch(api, query);
  let page = await search.next();
  while (page.more && page.results.length < limit) page = await search.next();
  return page.results.slice(0, limit).map((result) => path(result.url));
}

export interface QualityScores {
  /** Mean share of relevant results among the first five shown (queries that have relevant articles and show something). */
  precisionAt5: number;
  /** Mean share of the relevant articles (at most 10) found among the first ten results. */
  recallAt10: number;
  /** Share of all results shown (first ten of every query) that are not relevant. */
  falseHitRate: number;
  /** Queries that must find nothing but showed results. */
  emptyAnswered: string[];
  queries: number;
  rows: Array<{ query: string; relevant: number; shown: number; wrong: number }>;
}

export async function scoreJudgedSet(
  api: PagefindApi,
  engine: Engine,
  articles: JudgedArticle[],
): Promise<QualityScores> {
  let precision = 0;
  let precisionQueries = 0;
  let recall = 0;
  let recallQueries = 0;
  let shown = 0;
  let wrong = 0;
  const emptyAnswered: string[] = [];
  const rows: QualityScores['rows'] = [];
  for (const judged of judgedQueries) {
    const relevant = relevantArticles(articles, judged);
    const top = await searchUrls(api, engine, judged.query);
    const misses = top.filter((url) => !relevant.has(url)).length;
    shown += top.length;
    wrong += misses;
    rows.push({ query: judged.query, relevant: relevant.size, shown: top.length, wrong: misses });
    if (relevant.size === 0) {
      if (top.length > 0) emptyAnswered.push(judged.query);
      continue;
    }
    const top5 = top.slice(0, 5);
    if (top5.length > 0) {
      precision += top5.filter((url) => relevant.has(url)).length / top5.length;
      precisionQueries++;
    }
    recall += top.filter((url) => relevant.has(url)).length / Math.min(10, relevant.size);
    recallQueries++;
  }
  return {
    precisionAt5: precision / precisionQueries,
    recallAt10: recall / recallQueries,
    falseHitRate: wrong / Math.max(1, shown),
    emptyAnswered,
    queries: judgedQueries.length,
    rows,
  };
}

const sectionNames: Record<string, string> = {
  politics: 'سياسة',
  international: 'دولي',
  economy: 'اقتصاد',
  technology: 'تكنولوجيا',
  sports: 'رياضة',
  culture: 'ثقافة',
};

/** Writes the judged corpus as a content folder (articles/*.mdx, categories/*.json) for a site build. */
export async function writeJudgedContent(dir: string, articles: JudgedArticle[]): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  await mkdir(path.join(dir, 'categories'), { recursive: true });
  for (const [i, [id, name]] of Object.entries(sectionNames).entries())
    await writeFile(
      path.join(dir, 'categories', `${id}.json`),
      JSON.stringify({ name, order: i + 1 }),
    );
  for (const article of articles) {
    const frontmatter = [
      `title: ${JSON.stringify(article.title)}`,
      `description: ${JSON.stringify(article.description)}`,
      `date: ${article.date.slice(0, 10)}`,
      `category: ${article.section}`,
    ].join('\n');
    await writeFile(
      path.join(dir, 'articles', `${article.id}.mdx`),
      `---\n${frontmatter}\n---\n\n${article.paragraphs.join('\n\n')}\n`,
    );
  }
}

/** The Arabic name of a judged article's section (the site's categories as written by writeJudgedContent). */
export const judgedSectionName = (id: string) => sectionNames[id]!;
