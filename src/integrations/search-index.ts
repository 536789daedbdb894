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
// for every word of the corpus its own forms. A block is indexed again when one of its articles
// changed (or it gained or lost articles); when only the extra forms of some records changed (a new
// story can bring the word that makes "بنشر" also "نشر" in thousands of older stories), the block is
// stale, and a bounded number of stale blocks is refreshed per build (see step 4). Pagefind's indexing
// (about 2 ms per article, records given as custom records) is what stays linear, in the size of the blocks indexed.
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
  type SearchRecord,
} from '../lib/search/record';
import { site } from '../site.config';
import { collectGarbage } from './collect-garbage';

export interface SearchIndexJob {
  outDir: string;
  cacheDir: string;
  /** The build's time (ISO 8601): what is published. */
  buildTime: string;
}

/** Bump when the records or the bundles change for the same content (and the same record.ts). */
const version = 4;
/** Files of a bundle the search page does not use (Pagefind's own UIs). */
const unusedFiles = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

interface ArticleState {
  /** What its record is made from besides the lexicon (content digest, URL, section). */
  key: string;
  /** Its distinct words (searchWords), space-separated: one string per article keeps memory low. */
  words: string;
  /** Hash of its extra forms, given the corpus as it is now. */
  forms: string;
  /** Hash of the extra forms its record in the bundle has (older when the bundle is stale). */
  indexed: string;
}

interface BundleState {
  /** Hash of its articles and what their records are made from, besides the forms. */
  keys: string;
  /** Hash of the forms its records have. */
  forms: string;
  /** When (ms) its records first lagged behind the corpus's word forms, while they do. */
  staleSince?: number;
}

interface State {
  version: number;
  /** Hash of record.ts's output for a fixed sample: a change of the search code re-indexes all. */
  recordCode: string;
  bundles: Record<string, BundleState>;
  articles: Record<string, ArticleState>;
  /** Hash of the corpus's words (the lexicon is a function of them). */
  lexicon: string;
  /** Every word of the corpus → its own forms, space-separated. */
  wordForms: Record<string, string>;
  /** When (ms, build time) `lexicon` and `wordForms` were last brought up to the corpus (step 2). */
  formsAt?: number;
}

/**
 * How long a build that publishes may leave the older stories' word forms as they were (step 2): the
 * archive-wide pass costs about 1.4 s at 10,000 articles, and publishing should not wait for it.
 */
const formsEvery = 3_600_000;

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
    next.articles[article.id] =
      old?.key === key ? { ...old } : { key, words, forms: '', indexed: '' };
    for (const word of split(words)) corpus.add(word);
  }

  // 2. The lexicon, from the corpus's words (sorted: it does not depend on the order of articles),
  // and which words' own forms changed with it. A build that publishes (articles changed) within an
  // hour of the last pass leaves the older stories' forms for later: the changed articles' records
  // get the new lexicon's forms (step 3), and the next build that publishes nothing (the scheduled
  // rebuild), or the first after the hour, finds which older stories the new words changed and
  // marks their bundles stale (step 4), as this build would have.
  const now = Date.parse(job.buildTime);
  const sortedWords = [...corpus].sort();
  next.lexicon = hash(sortedWords.join(' '));
  const lexicon: SearchLexicon = buildSearchLexicon([sortedWords.join(' ')]);
  const changedWords = new Set<string>();
  const formsDeferred =
    next.lexicon !== previous.lexicon &&
    changed.size > 0 &&
    previous.formsAt !== undefined &&
    now - previous.formsAt < formsEvery;
  if (next.lexicon === previous.lexicon || formsDeferred) {
    next.lexicon = previous.lexicon;
    next.wordForms = previous.wordForms;
    next.formsAt = previous.formsAt;
  } else {
    next.formsAt = now;
    for (const word of sortedWords) {
      const forms = searchForms(word, lexicon).join(' ');
      next.wordForms[word] = forms;
      if (own(previous.wordForms, word) !== forms) changedWords.add(word);
    }
  }

  // 3. Each article's forms: recomputed where the article or one of its words' forms changed (and kept
  // for its record, below, if its block is indexed in this build).
  // One string per article (not an array of forms): at 100,000 articles the arrays alone filled the heap.
  const formsOf = new Map<string, string>();
  for (const article of published) {
    const state = next.articles[article.id]!;
    if (
      !changed.has(article.id) &&
      (changedWords.size === 0 || !split(state.words).some((word) => changedWords.has(word)))
    ) {
      continue;
    }
    const forms = searchForms(state.words, lexicon);
    const joined = forms.join(' ');
    formsOf.set(article.id, joined);
    state.forms = hash(joined);
  }

  // 4. The bundles. A block whose articles or records' inputs changed is indexed again. A block whose
  // records differ only by extra forms that the corpus's words have changed since (a new story brought
  // the bare word of a form older stories have) is stale: it keeps its records for a later build, so
  // that publishing a story never waits for the archive. One stale block (the stalest) is refreshed
  // by a build that publishes nothing (the scheduled rebuild), or by any build once it has been stale
  // for a day; after as many such builds as there are stale blocks, the index is a cold build's.
  const root = path.join(job.outDir, 'pagefind');
  mkdirSync(root, { recursive: true });
  const blocks = searchBlocks(published.length, sizes);
  const plans = blocks.map((block) => {
    const name = bundleName(block);
    const slice = published.slice(block.start, block.end);
    const states = slice.map((article) => next.articles[article.id]!);
    const keys = hash(states.map((state) => state.key).join('|'));
    const before = own(previous.bundles, name);
    const exists = existsSync(path.join(root, name, 'pagefind-entry.json'));
    const changed = !exists || before?.keys !== keys;
    const stale = changed ? 0 : states.filter((state) => state.forms !== state.indexed).length;
    return { name, slice, states, keys, changed, stale };
  });
  const staleSince = (plan: (typeof plans)[number]) =>
    own(previous.bundles, plan.name)?.staleSince ?? now;
  const publishing = plans.some((plan) => plan.changed);
  const stalest = plans
    .filter((plan) => plan.stale > 0 && (!publishing || now - staleSince(plan) >= 86_400_000))
    .sort((a, b) => b.stale - a.stale)[0];
  const refresh = new Set(stalest ? [stalest] : []);
  let indexed = 0;
  let refreshed = 0;
  let kept = 0;
  let staleLeft = 0;
  for (const plan of plans) {
    if (plan.changed || refresh.has(plan)) {
      await writeBundle(
        path.join(root, plan.name),
        plan.slice.map((article) =>
          searchRecord(searchArticle(article), lexicon, {
            timeZone: site.timeZone,
            forms: formsOf.get(article.id)?.split(' ').filter(Boolean),
          }),
        ),
      );
      for (const state of plan.states) state.indexed = state.forms;
      if (plan.changed) indexed += plan.slice.length;
      else refreshed += plan.slice.length;
    } else {
      kept++;
      if (plan.stale) staleLeft++;
    }
    const lagging = plan.states.some((state) => state.forms !== state.indexed);
    next.bundles[plan.name] = {
      keys: plan.keys,
      forms: hash(plan.states.map((state) => state.indexed).join('|')),
      ...(lagging ? { staleSince: staleSince(plan) } : {}),
    };
  }
  await pagefind.close();

  // 5. What the search page loads, and nothing else under pagefind/.
  const names = Object.keys(next.bundles);
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory() ? !names.includes(entry.name) : entry.name !== 'bundles.json') {
      rmSync(path.join(root, entry.name), { recursive: true, force: true });
    }
  }
  const sizesByName = new Map(plans.map((plan) => [plan.name, plan.slice.length]));
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
      `${indexed} article(s) indexed, ${kept} bundle(s) unchanged` +
      (refreshed || staleLeft
        ? `; ${refreshed} article(s) refreshed for new word forms, ${staleLeft} bundle(s) left to refresh`
        : '') +
      (formsDeferred
        ? '; the older stories’ word forms left for a build that publishes nothing'
        : ''),
  );
}

/** Indexes `records` into the bundle folder `dir`, replacing what it held. */
async function writeBundle(dir: string, records: readonly SearchRecord[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind indexes in its own process: a few records in flight keep it busy, a bound keeps memory flat.
  const inFlight = new Set<Promise<void>>();
  const failures: string[] = [];
  for (const record of records) {
    const task: Promise<void> = index
      .addCustomRecord(record)
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
  // Pagefind's process keeps the memory of the largest index it held: a new one for each bundle keeps
  // the build's peak at one block's index (about 200 MB for 2,048 articles), not the archive's.
  await pagefind.close();
  collectGarbage();
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
