#!/usr/bin/env node
// Synthetic Arabic news corpus in the CONTENT_DIR layout, deterministic from a seed.
//
//   node scripts/corpus/generate-corpus.mjs --count 1000 --out /tmp/corpus [options]
//
// Options
//   --count N        articles to write (required, ≥ 1)
//   --out DIR        output folder; writes DIR/articles/article-00001.mdx …, DIR/categories/*.json and
//                    DIR/clusters.json (ground truth: the topic cluster of every article)
//   --clusters N     topic clusters (default 8). Each cluster has its own people, places, event and
//                    theme vocabulary; 14 themes exist, further clusters reuse a theme with new people
//                    and places (like two flood stories in two countries)
//   --seed N         random seed (default 1): same options, same bytes
//   --start DATE     newest possible article date, YYYY-MM-DD (default 2025-06-01)
//   --days N         dates are spread over this many days before --start (default 730)
//   --drafts F       fraction of articles marked `draft: true` (default 0)
//   --noise F        chance that a person, place or topic in a body sentence is borrowed from another
//                    cluster, as stories mention other news (default 0.1)
//   --clean          delete DIR/articles and DIR/categories before writing
//
// Articles mix their cluster's sentences with generic news sentences, have 4–8 paragraphs with some
// h2/h3 headings and a quote, Arabic punctuation, prefixed forms (وبكين، بالصين، للقاهرة), a little
// tashkeel/tatweel and Arabic-Indic digits. Categories and tags are deliberately mixed across clusters
// (half the articles take a random category, most tags are shared or noise), so tags alone cannot
// tell which stories belong together.
//
// As a module: `generateCorpus(options)` returns { articles, categories, clusters } in memory (each
// article: id, cluster, data (frontmatter), body, source (full file text)); `writeCorpus(dir, corpus)`
// writes it. Used by the related-articles quality test and benchmark, and by build benchmarks. The
// vocabulary (themes, names, places, sentence templates) is data, in ./words.mjs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseOptions } from '../cli-options.mjs';
import { fileURLToPath } from 'node:url';
import {
  CLUSTER_SENTENCES,
  CORPUS_CATEGORIES,
  FAMILY_NAMES,
  FIRST_NAMES,
  GENERIC_SENTENCES,
  HEADINGS,
  PLACES,
  SHARED_TAGS,
  TASHKEEL,
  THEMES,
  TITLES,
} from './words.mjs';

export { CORPUS_CATEGORIES };

/** Small, fast, seedable PRNG (mulberry32). */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max) => Math.floor(next() * max);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

function shuffled(list, random) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Attaches و / ب / ل to a name, merging with its article (الصين → والصين، بالصين، للصين). */
export function attachPrefix(prefix, name) {
  if (name.startsWith('ال')) return prefix === 'ل' ? `لل${name.slice(2)}` : `${prefix}${name}`;
  return `${prefix}${name}`;
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const toArabicIndic = (text) => text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]);

function buildClusters(count, random) {
  const people = shuffled(
    FIRST_NAMES.flatMap((first) => FAMILY_NAMES.map((family) => `${first} ${family}`)),
    random,
  );
  const places = shuffled(PLACES, random);
  const clusters = [];
  for (let c = 0; c < count; c++) {
    const theme = THEMES[c % THEMES.length];
    // Beyond the list of places, a numbered district keeps every cluster's places distinct.
    const round = Math.floor((c * 3) / places.length);
    const clusterPlaces = [0, 1, 2]
      .map((i) => places[(c * 3 + i) % places.length])
      .map((place) => (round === 0 ? place : `${place} ${round + 1}`));
    clusters.push({
      id: c,
      theme: theme.id,
      category: theme.category,
      people: [0, 1, 2, 3].map((i) => people[(c * 4 + i) % people.length]),
      places: clusterPlaces,
      topics: theme.topics,
      orgs: theme.orgs,
      events: theme.events.map((event) => `${event} في ${clusterPlaces[0]}`),
      tags: [...theme.tags, clusterPlaces[0], people[(c * 4) % people.length]],
    });
  }
  return clusters;
}

/**
 * Fills a template's {slots} from a cluster. With probability `noise` a person, place or topic comes from
 * another cluster instead, as real stories mention other news.
 */
function fill(template, cluster, random, others = [], noise = 0) {
  const from = () => (others.length > 0 && random.chance(noise) ? random.pick(others) : cluster);
  const place = () => random.pick(from().places);
  let person = '';
  return template.replace(/\{(\w+)\}/g, (_, slot) => {
    switch (slot) {
      case 'person':
        return (person = random.pick(from().people));
      case 'person2': {
        const people = from().people.filter((name) => name !== person);
        return random.pick(people.length > 0 ? people : cluster.people);
      }
      case 'place':
      case 'place2':
        return place();
      case 'placeB':
        return attachPrefix('ب', place());
      case 'placeL':
        return attachPrefix('ل', place());
      case 'topic':
      case 'topic2':
        return random.pick(from().topics);
      case 'org':
        return random.pick(cluster.orgs);
      case 'event':
        return random.pick(cluster.events);
      case 'number': {
        const number = String(2 + random.int(60));
        return random.chance(0.3) ? toArabicIndic(number) : number;
      }
      default:
        return slot;
    }
  });
}

/** Adds a diacritic or a tatweel to one word now and then, as real copy has. */
function decorate(sentence, random) {
  if (!random.chance(0.15)) return sentence;
  const words = sentence.split(' ');
  const at = random.int(words.length);
  const word = words[at];
  if (word.length < 4 || !/^[\u0621-\u064A]+$/.test(word)) return sentence;
  const position = 1 + random.int(word.length - 2);
  const mark = random.chance(0.2) ? '\u0640' : random.pick(TASHKEEL);
  words[at] = word.slice(0, position) + mark + word.slice(position);
  return words.join(' ');
}

function paragraph(cluster, random, sentences, clusterShare, others, noise) {
  const out = [];
  for (let i = 0; i < sentences; i++) {
    const template = random.chance(clusterShare)
      ? random.pick(CLUSTER_SENTENCES)
      : random.pick(GENERIC_SENTENCES);
    out.push(decorate(fill(template, cluster, random, others, noise), random));
  }
  return out.join(' ');
}

function articleBody(cluster, random, minParagraphs, maxParagraphs, others, noise) {
  const paragraphs = minParagraphs + random.int(maxParagraphs - minParagraphs + 1);
  const blocks = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p >= 2 && p % 2 === 0 && random.chance(0.6)) {
      blocks.push(
        `${random.chance(0.75) ? '##' : '###'} ${fill(random.pick(HEADINGS), cluster, random)}`,
      );
    }
    if (p === 3 && random.chance(0.3)) {
      blocks.push(`> ${fill('«{topic} ليست مسألة عابرة»، قال {person}.', cluster, random)}`);
    }
    blocks.push(paragraph(cluster, random, 2 + random.int(3), 0.6, others, noise));
  }
  return `${blocks.join('\n\n')}\n`;
}

function pad(value, width) {
  return String(value).padStart(width, '0');
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

/**
 * Generates the corpus in memory.
 * @param {{ count: number, clusters?: number, seed?: number, start?: string, days?: number, drafts?: number,
 *   noise?: number, minParagraphs?: number, maxParagraphs?: number }} options
 */
export function generateCorpus(options) {
  const {
    count,
    clusters: clusterCount = 8,
    seed = 1,
    start = '2025-06-01',
    days = 730,
    drafts = 0,
    noise = 0.1,
    minParagraphs = 4,
    maxParagraphs = 8,
  } = options;
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive integer, got ${count}`);
  if (!Number.isInteger(clusterCount) || clusterCount < 1)
    throw new RangeError(`clusters must be a positive integer, got ${clusterCount}`);
  const startTime = Date.parse(`${start}T00:00:00Z`);
  if (Number.isNaN(startTime)) throw new RangeError(`start must be YYYY-MM-DD, got ${start}`);

  const random = createRandom(seed);
  const clusters = buildClusters(clusterCount, random);
  const width = Math.max(5, String(count).length);
  const articles = [];
  for (let i = 0; i < count; i++) {
    const cluster = clusters[i % clusterCount];
    const id = `article-${pad(i + 1, width)}`;
    const date = new Date(startTime - random.int(days + 1) * 86_400_000);
    const category = random.chance(0.5) ? cluster.category : random.pick(CORPUS_CATEGORIES).id;
    const tags = new Set();
    if (random.chance(0.45)) tags.add(random.pick(cluster.tags));
    for (let t = random.int(3); t > 0; t--) tags.add(random.pick(SHARED_TAGS));
    if (random.chance(0.2)) tags.add(random.pick(random.pick(clusters).tags)); // noise: any cluster's tag
    const data = {
      title: fill(random.pick(TITLES), cluster, random),
      description: fill(random.pick(CLUSTER_SENTENCES), cluster, random),
      date: isoDay(date),
      category,
      tags: [...tags],
      ...(drafts > 0 && random.chance(drafts) ? { draft: true } : {}),
    };
    const others = clusters.filter((other) => other !== cluster);
    const body = articleBody(cluster, random, minParagraphs, maxParagraphs, others, noise);
    articles.push({ id, cluster: cluster.id, data, body, source: `${frontmatter(data)}\n${body}` });
  }
  return {
    articles,
    categories: CORPUS_CATEGORIES,
    clusters: clusters.map(({ id, theme, people, places }) => ({ id, theme, people, places })),
    options: { count, clusters: clusterCount, seed, start, days, drafts, noise },
  };
}

function frontmatter(data) {
  // JSON strings and arrays are valid YAML flow scalars; the date stays a bare YAML date.
  const lines = Object.entries(data).map(
    ([key, value]) => `${key}: ${key === 'date' ? value : JSON.stringify(value)}`,
  );
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Writes a generated corpus: <dir>/articles/*.mdx, <dir>/categories/*.json, <dir>/clusters.json. */
export function writeCorpus(dir, corpus, { clean = false } = {}) {
  const articlesDir = path.join(dir, 'articles');
  const categoriesDir = path.join(dir, 'categories');
  if (clean) {
    rmSync(articlesDir, { recursive: true, force: true });
    rmSync(categoriesDir, { recursive: true, force: true });
  }
  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(categoriesDir, { recursive: true });
  for (const { id, name, order } of corpus.categories) {
    writeFileSync(
      path.join(categoriesDir, `${id}.json`),
      `${JSON.stringify({ name, order }, null, 2)}\n`,
    );
  }
  for (const article of corpus.articles)
    writeFileSync(path.join(articlesDir, `${article.id}.mdx`), article.source);
  const { clusters: clusterCount, ...options } = corpus.options;
  const truth = {
    ...options,
    clusterCount,
    clusters: corpus.clusters,
    articles: Object.fromEntries(corpus.articles.map((article) => [article.id, article.cluster])),
  };
  writeFileSync(path.join(dir, 'clusters.json'), `${JSON.stringify(truth, null, 1)}\n`);
}

function readOptions(argv) {
  return parseOptions(argv, {
    numbers: ['count', 'clusters', 'seed', 'days', 'drafts', 'noise'],
    strings: ['out', 'start'],
    flags: ['clean'],
  });
}

function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
    if (options.help) {
      const header = fileURLToPath(import.meta.url);
      process.stdout.write(
        `Usage: node scripts/corpus/generate-corpus.mjs --count N --out DIR [--clusters N] [--seed N] [--start YYYY-MM-DD] [--days N] [--drafts F] [--noise F] [--clean]\nSee the header of ${header}.\n`,
      );
      return;
    }
    if (options.count === undefined || !options.out)
      throw new Error('--count and --out are required');
    const started = performance.now();
    const corpus = generateCorpus(options);
    writeCorpus(options.out, corpus, { clean: options.clean });
    const ms = Math.round(performance.now() - started);
    process.stdout.write(
      `wrote ${corpus.articles.length} articles in ${corpus.clusters.length} clusters to ${options.out} (${ms} ms)\n`,
    );
  } catch (error) {
    process.stderr.write(`generate-corpus: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
