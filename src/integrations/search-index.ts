// Builds the Pagefind search index from content data (the manifests content sync leaves and the
// compiled bodies' text), not from the built pages, so it runs while Astro renders them (in the
// post-build child process, started when the build starts: post-build.ts). What a record holds is
// src/lib/search/record.ts's (searchRecord); this module decides when records are made and indexed.
//
// The index is a set of Pagefind bundles, one per block of articles in publication order
// (lib/search/blocks.ts), listed newest first in <outDir>/pagefind/bundles.json for the search page
// (lib/search/bundles.ts merges them). A block whose records are the same as at the last build keeps
// its bundle: the state kept in the build cache (afaq-search/state.json) has, for every article, what
// its record was made from (content digest, section) and the words its extra forms depend on, and
// for every word of the corpus its own forms. A record changes when its article changes, or when the
// forms of one of its words change (a new story can bring the word that makes "لبكين" also "بكين" in
// older stories): only the blocks holding such records are indexed again. Pagefind's indexing (about
// 3 ms per article) is what stays linear in the size of a block.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { selectPublished } from '../lib/content/articles';
import { BodyStore } from '../lib/content/body-store';
import { readManifest } from '../lib/content/manifest';
import { articlePath } from '../lib/routes';
import { blockSizesFrom, bundleName, searchBlocks } from '../lib/search/blocks';
import type { BundleList } from '../lib/search/bundles';
import {
  buildSearchLexicon,
  searchForms,
  searchRecord,
  searchText,
  searchWords,
  type SearchArticle,
  type SearchLexicon,
} from '../lib/search/record';
import { site } from '../site.config';

export interface SearchIndexJob {
  outDir: string;
  cacheDir: string;
  /** The build's time (ISO 8601): what is published. */
  buildTime: string;
}

/** Bump when the records or the bundles change for the same content (and the same record.ts). */
const version = 3;
/** Files of a bundle the search page does not use (Pagefind's own UIs). */
const unusedFiles = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

interface ArticleState {
  /** What its record is made from besides the lexicon (content digest, URL, section). */
  key: string;
  /** Its distinct words (searchWords), space-separated: one string per article keeps memory low. */
  words: string;
  /** Hash of its extra forms at the last build. */
  forms: string;
}

interface State {
  version: number;
  /** Hash of record.ts's output for a fixed sample: a change of the search code re-indexes all. */
  recordCode: string;
  /** Bundle name → hash of its records. */
  bundles: Record<string, string>;
  articles: Record<string, ArticleState>;
  /** Hash of the corpus's words (the lexicon is a function of them). */
  lexicon: string;
  /** Every word of the corpus → its own forms, space-separated. */
  wordForms: Record<string, string>;
}

const hash = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 22);
const split = (value: string) => (value ? value.split(' ') : []);
/** An own property only (article ids are file names: "constructor" is one). */
const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** What the search code makes of a fixed article: when it changes, every record may have. */
function recordCodeKey(): string {
  const sample: SearchArticle = {
    url: '/articles/x/',
    title: 'وزير الخارجية يزور بكين',
    text: 'زيارة لبكين وللصين\nوبالصين قال الوزير إن المسؤولين في غزه وأمريكا وأميركا\nسطر ثان',
    section: { id: 'world', name: 'العالم' },
    date: new Date('2024-05-01T10:00:00Z'),
  };
  const lexicon = buildSearchLexicon([searchText(sample), 'بكين الصين غزة']);
  return hash(
    JSON.stringify([searchRecord(sample, lexicon, { timeZone: site.timeZone }), searchWords('و')]),
  );
}

export async function buildSearchIndex(
  job: SearchIndexJob,
  log: (message: string) => void,
): Promise<void> {
  const stateFile = path.join(job.cacheDir, 'afaq-search', 'state.json');
  const recordCode = recordCodeKey();
  const previous = readState(stateFile, recordCode);
  const sections = new Map(
    readManifest(job.cacheDir, 'categories').map((category) => [category.id, category]),
  );
  const authors = new Map(
    readManifest(job.cacheDir, 'authors').map((author) => [author.id, author.name]),
  );
  const bodies = new BodyStore(job.cacheDir);
  const sizes = blockSizesFrom(process.env.AFAQ_SEARCH_BLOCKS);
  // Oldest first, so that new stories land in the last block.
  const published = selectPublished(
    readManifest(job.cacheDir, 'articles').map((article) => ({
      ...article,
      date: new Date(article.date),
    })),
    new Date(job.buildTime),
  ).reverse();
  type Published = (typeof published)[number];

  const searchArticle = (article: Published): SearchArticle => ({
    url: articlePath('/', article.id),
    title: article.title,
    // What a reader reads on the page: the standfirst, the byline, the body.
    text: [
      article.description,
      article.author && (authors.get(article.author) ?? article.author),
      bodies.read(article.body).text,
    ]
      .filter(Boolean)
      .join('\n'),
    section: {
      id: article.category,
      name: sections.get(article.category)?.name ?? article.category,
    },
    date: article.date,
  });
  const keyOf = (article: Published) =>
    hash(
      JSON.stringify([
        article.digest,
        article.id,
        article.category,
        sections.get(article.category)?.name ?? '',
        article.author ? (authors.get(article.author) ?? '') : '',
      ]),
    );

  // 1. Each article's words: kept from the last build where its record's inputs did not change.
  const next: State = {
    version,
    recordCode,
    bundles: {},
    articles: Object.create(null) as Record<string, ArticleState>,
    lexicon: '',
    wordForms: Object.create(null) as Record<string, string>,
  };
  const changed = new Set<string>();
  const corpus = new Set<string>();
  for (const article of published) {
    const key = keyOf(article);
    const old = own(previous.articles, article.id);
    const words =
      old?.key === key ? old.words : searchWords(searchText(searchArticle(article))).join(' ');
    if (old?.key !== key) changed.add(article.id);
    next.articles[article.id] = { key, words, forms: old?.key === key ? old.forms : '' };
    for (const word of split(words)) corpus.add(word);
  }

  // 2. The lexicon, from the corpus's words (sorted: it does not depend on the order of articles),
  // and which words' own forms changed with it.
  const sortedWords = [...corpus].sort();
  next.lexicon = hash(sortedWords.join(' '));
  const lexicon: SearchLexicon = buildSearchLexicon([sortedWords.join(' ')]);
  const changedWords = new Set<string>();
  if (next.lexicon === previous.lexicon) next.wordForms = previous.wordForms;
  else {
    for (const word of sortedWords) {
      const forms = searchForms(word, lexicon).join(' ');
      next.wordForms[word] = forms;
      if (own(previous.wordForms, word) !== forms) changedWords.add(word);
    }
  }

  // 3. Each article's forms: recomputed where the article or one of its words' forms changed.
  for (const article of published) {
    const state = next.articles[article.id]!;
    if (
      !changed.has(article.id) &&
      (changedWords.size === 0 || !split(state.words).some((word) => changedWords.has(word)))
    ) {
      continue;
    }
    state.forms = hash(searchForms(state.words, lexicon).join(' '));
  }

  // 4. The bundles: a block whose records are unchanged keeps its bundle.
  const root = path.join(job.outDir, 'pagefind');
  mkdirSync(root, { recursive: true });
  let indexed = 0;
  let kept = 0;
  for (const block of searchBlocks(published.length, sizes)) {
    const name = bundleName(block);
    const slice = published.slice(block.start, block.end);
    const blockHash = hash(
      slice
        .map((article) => `${next.articles[article.id]!.key}:${next.articles[article.id]!.forms}`)
        .join('|'),
    );
    next.bundles[name] = blockHash;
    const dir = path.join(root, name);
    if (previous.bundles[name] === blockHash && existsSync(path.join(dir, 'pagefind-entry.json'))) {
      kept++;
      continue;
    }
    await writeBundle(
      dir,
      slice.map((article) =>
        searchRecord(searchArticle(article), lexicon, { timeZone: site.timeZone }),
      ),
    );
    indexed += slice.length;
  }
  await pagefind.close();

  // 5. What the search page loads, and nothing else under pagefind/.
  const names = Object.keys(next.bundles);
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory() ? !names.includes(entry.name) : entry.name !== 'bundles.json') {
      rmSync(path.join(root, entry.name), { recursive: true, force: true });
    }
  }
  const sizesByName = new Map(
    searchBlocks(published.length, sizes).map((block) => [
      bundleName(block),
      block.end - block.start,
    ]),
  );
  const list: BundleList = {
    bundles: names
      .toReversed()
      .map((name) => ({ path: `${name}/`, pages: sizesByName.get(name)! })),
  };
  await writeFile(path.join(root, 'bundles.json'), JSON.stringify(list));
  mkdirSync(path.dirname(stateFile), { recursive: true });
  await writeFile(`${stateFile}.tmp`, JSON.stringify(next));
  renameSync(`${stateFile}.tmp`, stateFile);
  log(
    `search index: ${published.length} articles in ${names.length} bundle(s); ` +
      `${indexed} article(s) indexed, ${kept} bundle(s) unchanged`,
  );
}

/** Indexes `records` into the bundle folder `dir`, replacing what it held. */
async function writeBundle(
  dir: string,
  records: ReadonlyArray<{ url: string; html: string }>,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind indexes in its own process: a few records in flight keep it busy, a bound keeps memory flat.
  const inFlight = new Set<Promise<void>>();
  const failures: string[] = [];
  for (const record of records) {
    const task: Promise<void> = index
      .addHTMLFile({ url: record.url, content: record.html })
      .then((added) => {
        if (added.errors.length) failures.push(`${record.url}: ${added.errors.join('; ')}`);
      })
      .catch((error: unknown) => {
        failures.push(`${record.url}: ${String(error)}`);
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= 32) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failures.length) throw new Error(`Pagefind: ${failures.join('\n')}`);
  // Written into a new folder that then replaces the bundle's (Pagefind leaves files it finds
  // already written as they are, so writing over the old folder cannot tell what is left over).
  const fresh = `${dir}.new`;
  rmSync(fresh, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: fresh });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const entry of readdirSync(fresh)) {
    if (unusedFiles.test(entry)) rmSync(path.join(fresh, entry), { force: true });
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(fresh, dir);
}

function readState(file: string, recordCode: string): State {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as State;
    if (state.version === version && state.recordCode === recordCode) return state;
  } catch {
    // First build, or a cache from another version: everything is indexed.
  }
  return { version, recordCode, bundles: {}, articles: {}, lexicon: '', wordForms: {} };
}
