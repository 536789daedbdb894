// Related articles for every article, computed once per build for the whole corpus.
//
// Score of a candidate b for an article a (weights in `defaultRelatedWeights`):
//   text      cosine similarity of TF-IDF vectors of title (×3), standfirst (×2) and body (×1), after
//             Arabic normalisation (arabic/normalize.ts); tf is sublinear (1 + ln tf), idf = ln(1 + N / df)
//   tags      cosine similarity of the tag sets, each tag weighted by its idf, so a rare tag shared
//             by two stories counts far more than a tag half the site carries
//   category  a small bonus when both are in the same category
//   recency   a small bonus decaying with the time between the two stories (half-life in days)
// Only a candidate whose text + tag score reaches `minMatch` is a match. Fewer than k matches are
// completed from the same category, newest first, then from the latest articles. Ties: score, then
// newer, then id. Drafts, future-dated articles and the article itself are never candidates.
//
// Scale: vectors are sparse and pruned to each article's strongest terms; an inverted index with
// weight-ordered, capped posting lists yields the candidates, so the work grows roughly linearly
// with the number of articles (no n × n matrix).
import { createProcliticFolder, normalizeArabic, splitWords, termOf } from '../arabic/normalize';

/** What ranking needs from an article. */
export interface RelatedInput {
  id: string;
  title: string;
  description: string;
  date: Date;
  category: { id: string };
  tags: readonly string[];
  draft?: boolean;
}

export interface RelatedWeights {
  text: number;
  tags: number;
  category: number;
  recency: number;
  /** Days after which the recency bonus has halved. */
  recencyHalfLifeDays: number;
  /** Least text + tag score for a candidate to count as a match rather than a filler. */
  minMatch: number;
}

export const defaultRelatedWeights: RelatedWeights = {
  text: 0.7,
  tags: 0.3,
  category: 0.05,
  recency: 0.05,
  recencyHalfLifeDays: 90,
  minMatch: 0.05,
};

export interface RelatedOptions<T> {
  /** The plain body text of an article (without markup). */
  bodyText?: (article: T) => string;
  /**
   * The article's weighted terms as articleTerms() returns them, computed ahead (at content sync, and
   * kept between builds): used instead of analysing title, standfirst and bodyText when given.
   */
  terms?: (article: T) => string | undefined;
  /** Articles dated after this are never related (default: now). */
  now?: Date;
  weights?: Partial<RelatedWeights>;
  /** Terms kept per article vector (strongest first). */
  maxTermsPerArticle?: number;
  /** Terms of an article used to look up candidates (strongest first). */
  maxQueryTerms?: number;
  /** Articles kept per term or tag in the inverted index (strongest first). */
  maxPostings?: number;
}

const TITLE_WEIGHT = 3;
const DESCRIPTION_WEIGHT = 2;
const DAY = 86_400_000;
/** Body text beyond this many characters (a long read's tail) is not indexed. */
const MAX_BODY_CHARS = 20_000;

/** Sparse vector: term ids and weights, L2-normalised. */
interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * The k most related published articles of each article (keyed by id; every given article gets a list,
 * possibly empty). Same input, same output, whatever the input order.
 */
export function computeRelated<T extends RelatedInput>(
  articles: readonly T[],
  k: number,
  options: RelatedOptions<T> = {},
): Map<string, T[]> {
  const weights = { ...defaultRelatedWeights, ...options.weights };
  const now = (options.now ?? new Date()).getTime();
  // A fixed internal order (by id) makes every sum and tie independent of the caller's order.
  const docs = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const eligible = docs.map((doc) => !doc.draft && doc.date.getTime() <= now);
  const result = new Map<string, T[]>();
  if (k <= 0 || docs.length === 0) {
    for (const doc of docs) result.set(doc.id, []);
    return result;
  }

  const index = buildIndex(docs, eligible, options);
  const topMatches = createMatcher(docs, index, weights, k);
  const fillers = newestLists(docs, eligible);
  for (let a = 0; a < docs.length; a++) {
    const chosen = fillUp(topMatches(a), a, k, fillers.byCategory.get(docs[a]!.category.id) ?? [], fillers.all);
    result.set(
      docs[a]!.id,
      chosen.map((i) => docs[i]!),
    );
  }
  return result;
}

/** What ranking reads: each article's text query and tag vector, and the inverted indexes of both. */
interface RelatedIndex {
  queryVectors: SparseVector[];
  tagVectors: SparseVector[];
  textPostings: Postings;
  tagPostings: Postings;
}

function buildIndex<T extends RelatedInput>(docs: readonly T[], eligible: readonly boolean[], options: RelatedOptions<T>): RelatedIndex {
  const textVectors = buildTextVectors(docs, options.bodyText, options.terms, options.maxTermsPerArticle ?? 40);
  const tagVectors = buildTagVectors(docs);
  const maxPostings = options.maxPostings ?? 250;
  return {
    queryVectors: textVectors.map((vector) => strongest(vector, options.maxQueryTerms ?? 40)),
    tagVectors,
    textPostings: buildPostings(textVectors, eligible, maxPostings),
    tagPostings: buildPostings(tagVectors, eligible, maxPostings),
  };
}

/**
 * A function giving the indexes of article a's best k matches, best first: candidates from the posting
 * lists, scored by text and tags, then the category and recency bonuses; below `minMatch`, no match.
 * The scratch arrays are shared by every call (hot loop: plain locals and typed arrays only).
 */
function createMatcher(docs: readonly RelatedInput[], index: RelatedIndex, weights: RelatedWeights, k: number): (a: number) => number[] {
  const n = docs.length;
  const textScore = new Float64Array(n);
  const tagScore = new Float64Array(n);
  const touched = new Int32Array(n);
  const seen = new Uint8Array(n);
  const { text: textWeight, tags: tagWeight, category: categoryWeight, recency: recencyWeight, minMatch } = weights;
  const halfLife = weights.recencyHalfLifeDays * DAY;
  const bonusCeiling = Math.max(0, categoryWeight) + Math.max(0, recencyWeight);
  const times = Float64Array.from(docs, (doc) => doc.date.getTime());
  const categoryIds = new Map<string, number>();
  const categoryOf = Int32Array.from(docs, (doc) => {
    let id = categoryIds.get(doc.category.id);
    if (id === undefined) categoryIds.set(doc.category.id, (id = categoryIds.size));
    return id;
  });
  const top: Array<{ index: number; score: number }> = [];

  return (a) => {
    let touchedCount = accumulate(a, index.queryVectors[a]!, index.textPostings, textScore, touched, seen, 0);
    touchedCount = accumulate(a, index.tagVectors[a]!, index.tagPostings, tagScore, touched, seen, touchedCount);

    // Top k matches, kept in a short sorted list.
    top.length = 0;
    const timeA = times[a]!;
    const categoryA = categoryOf[a]!;
    let floor = Number.NEGATIVE_INFINITY; // the k-th score once the list is full
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t]!;
      const base = textWeight * textScore[b]! + tagWeight * tagScore[b]!;
      textScore[b] = 0;
      tagScore[b] = 0;
      seen[b] = 0;
      if (base < minMatch || base + bonusCeiling < floor) continue;
      const score =
        base +
        (categoryOf[b] === categoryA ? categoryWeight : 0) +
        recencyWeight * Math.pow(0.5, Math.abs(timeA - times[b]!) / halfLife);
      if (top.length === k && !ranksBefore(docs, b, score, top[k - 1]!)) continue;
      let at = top.length === k ? k - 1 : top.length;
      while (at > 0 && ranksBefore(docs, b, score, top[at - 1]!)) at--;
      top.splice(at, 0, { index: b, score });
      if (top.length > k) top.pop();
      if (top.length === k) floor = top[k - 1]!.score;
    }
    return top.map((entry) => entry.index);
  };
}

/** Eligible articles newest first, overall and per category: what short lists are completed with. */
function newestLists(docs: readonly RelatedInput[], eligible: readonly boolean[]) {
  const all = docs.map((_, index) => index).filter((index) => eligible[index]);
  all.sort((a, b) => compareNewest(docs, a, b));
  const byCategory = new Map<string, number[]>();
  for (const index of all) {
    const id = docs[index]!.category.id;
    const list = byCategory.get(id);
    if (list) list.push(index);
    else byCategory.set(id, [index]);
  }
  return { all, byCategory };
}

/** Fewer than k matches: completed from the same category, newest first, then from the latest articles. */
function fillUp(chosen: number[], a: number, k: number, sameCategory: readonly number[], latest: readonly number[]): number[] {
  if (chosen.length >= k) return chosen;
  const taken = new Set([a, ...chosen]);
  for (const list of [sameCategory, latest]) {
    for (const b of list) {
      if (chosen.length >= k) break;
      if (!taken.has(b)) {
        taken.add(b);
        chosen.push(b);
      }
    }
  }
  return chosen;
}

/**
 * Adds article a's dot products with every article in the posting lists of its terms to `scores`,
 * recording each article met for the first time in `touched`. Returns the new count of touched.
 */
function accumulate(
  a: number,
  vector: SparseVector,
  postings: Postings,
  scores: Float64Array,
  touched: Int32Array,
  seen: Uint8Array,
  touchedCount: number,
): number {
  const { offsets, docs, weights } = postings;
  for (let i = 0; i < vector.ids.length; i++) {
    const term = vector.ids[i]!;
    const weight = vector.weights[i]!;
    const end = offsets[term + 1]!;
    for (let p = offsets[term]!; p < end; p++) {
      const b = docs[p]!;
      if (b === a) continue;
      if (seen[b] === 0) {
        seen[b] = 1;
        touched[touchedCount++] = b;
      }
      scores[b] = scores[b]! + weight * weights[p]!;
    }
  }
  return touchedCount;
}

function compareNewest(docs: readonly RelatedInput[], a: number, b: number): number {
  const docA = docs[a]!;
  const docB = docs[b]!;
  return docB.date.getTime() - docA.date.getTime() || (docA.id < docB.id ? -1 : docA.id > docB.id ? 1 : 0);
}

/** Whether candidate b with `score` ranks before an entry already in the list. */
function ranksBefore(docs: readonly RelatedInput[], b: number, score: number, other: { index: number; score: number }) {
  if (score !== other.score) return score > other.score;
  return compareNewest(docs, b, other.index) < 0;
}

/** TF-IDF vectors of title + standfirst + body, pruned to the strongest terms and L2-normalised. */
function buildTextVectors<T extends RelatedInput>(
  docs: readonly T[],
  bodyText: ((article: T) => string) | undefined,
  precomputed: ((article: T) => string | undefined) | undefined,
  maxTerms: number,
): SparseVector[] {
  // Pass 1: weighted term frequencies per article and document frequencies of the terms. Each distinct
  // word is analysed once (stopword, article) and mapped straight to a term id.
  const vocabulary = new Map<string, number>();
  const terms: string[] = [];
  const termOfWord = new Map<string, number>(); // word → term id, or -1 for no term
  let tf = new Float64Array(1024);
  const docTerms: Int32Array[] = [];
  const docCounts: Float64Array[] = [];
  const rawDf: number[] = [];
  const present: number[] = [];
  const idOf = (term: string) => {
    let id = vocabulary.get(term);
    if (id === undefined) {
      id = terms.length;
      vocabulary.set(term, id);
      terms.push(term);
      rawDf.push(0);
      if (id >= tf.length) {
        const grown = new Float64Array(tf.length * 2);
        grown.set(tf);
        tf = grown;
      }
    }
    return id;
  };
  const count = (id: number, weight: number) => {
    if (tf[id] === 0) present.push(id);
    tf[id] = tf[id]! + weight;
  };
  const add = (text: string, weight: number) => {
    for (const word of splitWords(text)) {
      let id = termOfWord.get(word);
      if (id === undefined) {
        const term = termOf(word);
        id = term === null ? -1 : idOf(term);
        termOfWord.set(word, id);
      }
      if (id >= 0) count(id, weight);
    }
  };
  // A precomputed term goes where add() would put it: the same ids in the same order, the same sums.
  const addTerm = (term: string, weight: number) => count(idOf(term), weight);
  for (const doc of docs) {
    const given = precomputed?.(doc);
    if (given !== undefined) {
      const fields = given === '' ? [] : given.split(' ');
      for (let i = 0; i + 1 < fields.length; i += 2) addTerm(fields[i]!, Number(fields[i + 1]));
    } else {
      add(doc.title, TITLE_WEIGHT);
      add(doc.description, DESCRIPTION_WEIGHT);
      if (bodyText) add(bodyText(doc).slice(0, MAX_BODY_CHARS), 1);
    }
    const ids = Int32Array.from(present);
    const counts = Float64Array.from(ids, (id) => tf[id]!);
    for (const id of ids) {
      rawDf[id]!++;
      tf[id] = 0;
    }
    present.length = 0;
    docTerms.push(ids);
    docCounts.push(counts);
  }

  // Fold proclitic forms (وبكين → بكين) onto attested bare words, then merge and count again.
  const fold = createProcliticFolder(new Map(terms.map((term, id) => [term, rawDf[id]!])));
  const folded = new Int32Array(terms.length);
  for (let id = 0; id < terms.length; id++) folded[id] = vocabulary.get(fold(terms[id]!)) ?? id;
  const df = new Int32Array(terms.length);
  for (let doc = 0; doc < docTerms.length; doc++) {
    const ids = docTerms[doc]!;
    const counts = docCounts[doc]!;
    for (let i = 0; i < ids.length; i++) {
      const target = folded[ids[i]!]!;
      if (tf[target] === 0) present.push(target);
      tf[target] = tf[target]! + counts[i]!;
    }
    const mergedIds = Int32Array.from(present);
    docCounts[doc] = Float64Array.from(mergedIds, (id) => tf[id]!);
    docTerms[doc] = mergedIds;
    for (const id of mergedIds) {
      df[id]!++;
      tf[id] = 0;
    }
    present.length = 0;
  }

  const n = docs.length;
  const idf = Float64Array.from(df, (count) => Math.log(1 + n / count));
  return docTerms.map((ids, doc) => {
    const counts = docCounts[doc]!;
    const entries: Array<[number, number]> = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (df[id]! < 2) continue; // a term only this article has cannot relate it to another
      entries.push([id, (1 + Math.log(counts[i]!)) * idf[id]!]);
    }
    return toVector(entries, maxTerms);
  });
}

/** Tag vectors: each tag (normalised) weighted by its idf, L2-normalised. */
function buildTagVectors(docs: readonly RelatedInput[]): SparseVector[] {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  const tagIds = docs.map((doc) => {
    const ids = new Set<number>();
    for (const tag of doc.tags) {
      const key = normalizeArabic(tag).replace(/\s+/g, ' ').trim();
      if (!key) continue;
      let id = vocabulary.get(key);
      if (id === undefined) {
        id = df.length;
        vocabulary.set(key, id);
        df.push(0);
      }
      if (!ids.has(id)) {
        ids.add(id);
        df[id]!++;
      }
    }
    return ids;
  });
  const n = docs.length;
  return tagIds.map((ids) =>
    toVector(
      [...ids].filter((id) => df[id]! >= 2).map((id): [number, number] => [id, Math.log(1 + n / df[id]!)]),
      Number.POSITIVE_INFINITY,
    ),
  );
}

/** Strongest `maxTerms` entries (ties by term id), L2-normalised, sorted by term id. */
function toVector(entries: Array<[number, number]>, maxTerms: number): SparseVector {
  let kept = entries;
  if (entries.length > maxTerms) {
    entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    kept = entries.slice(0, maxTerms);
  }
  kept.sort((x, y) => x[0] - y[0]);
  let norm = 0;
  for (const [, weight] of kept) norm += weight * weight;
  norm = Math.sqrt(norm) || 1;
  const ids = new Int32Array(kept.length);
  const weights = new Float64Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    ids[i] = kept[i]![0];
    weights[i] = kept[i]![1] / norm;
  }
  return { ids, weights };
}

/** The `count` strongest entries of a vector (not renormalised: scores stay comparable). */
function strongest(vector: SparseVector, count: number): SparseVector {
  if (vector.ids.length <= count) return vector;
  const order = Array.from(vector.ids.keys()).sort(
    (x, y) => vector.weights[y]! - vector.weights[x]! || vector.ids[x]! - vector.ids[y]!,
  );
  const kept = order.slice(0, count).sort((x, y) => vector.ids[x]! - vector.ids[y]!);
  return { ids: Int32Array.from(kept, (i) => vector.ids[i]!), weights: Float64Array.from(kept, (i) => vector.weights[i]!) };
}

/** Inverted index in compressed rows: for each term, eligible articles by weight (strongest first), capped. */
interface Postings {
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

function buildPostings(vectors: readonly SparseVector[], eligible: readonly boolean[], cap: number): Postings {
  let termCount = 0;
  for (const vector of vectors) for (const id of vector.ids) termCount = Math.max(termCount, id + 1);
  const lists: Array<Array<[number, number]>> = Array.from({ length: termCount }, () => []);
  vectors.forEach((vector, doc) => {
    if (!eligible[doc]) return;
    for (let i = 0; i < vector.ids.length; i++) lists[vector.ids[i]!]!.push([doc, vector.weights[i]!]);
  });
  const offsets = new Int32Array(termCount + 1);
  let total = 0;
  for (let term = 0; term < termCount; term++) {
    const list = lists[term]!;
    if (list.length > cap) {
      list.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      list.length = cap;
    }
    total += list.length;
    offsets[term + 1] = total;
  }
  const docs = new Int32Array(total);
  const weights = new Float64Array(total);
  let at = 0;
  for (const list of lists) {
    for (const [doc, weight] of list) {
      docs[at] = doc;
      weights[at++] = weight;
    }
  }
  return { offsets, docs, weights };
}

/**
 * An article's weighted term counts (title ×3, standfirst ×2, body ×1, as computeRelated weighs them)
 * as one compact string "term weight term weight …", in order of first occurrence: what the `terms`
 * option takes, so that the text of thousands of articles is not analysed again every build.
 */
export function articleTerms(
  title: string,
  description: string,
  bodyText: string,
  /** Word → term (or null) memo to share between calls: most words recur across articles. */
  memo: Map<string, string | null> = new Map(),
): string {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const word of splitWords(text)) {
      let term = memo.get(word);
      if (term === undefined) memo.set(word, (term = termOf(word)));
      if (term !== null) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  add(title, TITLE_WEIGHT);
  add(description, DESCRIPTION_WEIGHT);
  add(bodyText.slice(0, MAX_BODY_CHARS), 1);
  return [...counts].map(([term, weight]) => `${term} ${weight}`).join(' ');
}
