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
// with the number of articles (no n × n matrix). The matching, most of the work, reads only typed
// arrays (RelatedModel), so that the build shares it between two threads (computeRelatedInThreads).
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
  const prepared = prepareRelated(articles, k, options);
  if (!prepared.model) return finishRelated(prepared, new Int32Array(0));
  return finishRelated(prepared, matchRange(prepared.model, 0, prepared.docs.length));
}

/**
 * computeRelated() in two threads: the matching (most of the work) shared between the calling thread
 * and a worker thread (related-worker.ts) that reads the same model from shared memory, each taking
 * the next chunk of articles while there are any (matchChunks). The same lists as computeRelated().
 */
export async function computeRelatedInThreads<T extends RelatedInput>(
  articles: readonly T[],
  k: number,
  options: RelatedOptions<T>,
  /** Runs matchChunks(work) in another thread; resolves when it has taken its last chunk. */
  matchElsewhere: (work: SharedMatching) => Promise<void>,
): Promise<Map<string, T[]>> {
  const prepared = prepareRelated(articles, k, options);
  const { model, docs } = prepared;
  if (!model) return finishRelated(prepared, new Int32Array(0));
  const work: SharedMatching = {
    model: shareModel(model),
    next: new Int32Array(new SharedArrayBuffer(4)),
    matches: new Int32Array(new SharedArrayBuffer(docs.length * k * 4)),
  };
  const elsewhere = matchElsewhere(work);
  matchChunks(work);
  await elsewhere;
  return finishRelated(prepared, work.matches);
}

/** Matching shared between threads: the model, the next article to take, k matches per article. */
export interface SharedMatching {
  model: RelatedModel;
  next: Int32Array;
  matches: Int32Array;
}

/** Takes chunks of articles from `work` until none is left, writing their matches. */
export function matchChunks(work: SharedMatching, chunk = 128): void {
  const n = work.model.times.length;
  for (let from = Atomics.add(work.next, 0, chunk); from < n; from = Atomics.add(work.next, 0, chunk)) {
    work.matches.set(matchRange(work.model, from, Math.min(n, from + chunk)), from * work.model.k);
  }
}

/**
 * What matching reads, as typed arrays only (so that a worker thread can share it): each article's
 * text query and tag vector, the inverted indexes of both, dates, categories, and the weights. Articles
 * are numbered in id order, so comparing numbers compares ids.
 */
export interface RelatedModel {
  k: number;
  /** text, tags, category, recency, recency half-life (ms), minMatch */
  weights: Float64Array;
  times: Float64Array;
  categories: Int32Array;
  queries: Rows;
  tags: Rows;
  textPostings: Rows;
  tagPostings: Rows;
}

/** Rows of (column, weight) pairs in compressed form: row r is offsets[r] .. offsets[r + 1]. */
export interface Rows {
  offsets: Int32Array;
  columns: Int32Array;
  weights: Float64Array;
}

interface Prepared<T> {
  docs: T[];
  eligible: boolean[];
  k: number;
  model?: RelatedModel;
}

function prepareRelated<T extends RelatedInput>(articles: readonly T[], k: number, options: RelatedOptions<T>): Prepared<T> {
  const weights = { ...defaultRelatedWeights, ...options.weights };
  const now = (options.now ?? new Date()).getTime();
  // A fixed internal order (by id) makes every sum and tie independent of the caller's order.
  const docs = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const eligible = docs.map((doc) => !doc.draft && doc.date.getTime() <= now);
  if (k <= 0 || docs.length === 0) return { docs, eligible, k };
  const index = buildIndex(docs, eligible, options);
  const categoryIds = new Map<string, number>();
  const model: RelatedModel = {
    k,
    weights: Float64Array.of(
      weights.text,
      weights.tags,
      weights.category,
      weights.recency,
      weights.recencyHalfLifeDays * DAY,
      weights.minMatch,
    ),
    times: Float64Array.from(docs, (doc) => doc.date.getTime()),
    categories: Int32Array.from(docs, (doc) => {
      let id = categoryIds.get(doc.category.id);
      if (id === undefined) categoryIds.set(doc.category.id, (id = categoryIds.size));
      return id;
    }),
    queries: toRows(index.queryVectors),
    tags: toRows(index.tagVectors),
    textPostings: index.textPostings,
    tagPostings: index.tagPostings,
  };
  return { docs, eligible, k, model };
}

/** Fewer than k matches completed with fillers; the lists by id. `matches`: k per article, -1 for none. */
function finishRelated<T extends RelatedInput>({ docs, eligible, k }: Prepared<T>, matches: Int32Array): Map<string, T[]> {
  const result = new Map<string, T[]>();
  if (k <= 0 || docs.length === 0) {
    for (const doc of docs) result.set(doc.id, []);
    return result;
  }
  const fillers = newestLists(docs, eligible);
  for (let a = 0; a < docs.length; a++) {
    const chosen: number[] = [];
    for (let i = a * k; i < (a + 1) * k && matches[i]! >= 0; i++) chosen.push(matches[i]!);
    const filled = fillUp(chosen, a, k, fillers.byCategory.get(docs[a]!.category.id) ?? [], fillers.all);
    result.set(
      docs[a]!.id,
      filled.map((i) => docs[i]!),
    );
  }
  return result;
}

function toRows(vectors: readonly SparseVector[]): Rows {
  const offsets = new Int32Array(vectors.length + 1);
  for (let r = 0; r < vectors.length; r++) offsets[r + 1] = offsets[r]! + vectors[r]!.ids.length;
  const columns = new Int32Array(offsets[vectors.length]!);
  const weights = new Float64Array(columns.length);
  vectors.forEach((vector, r) => {
    columns.set(vector.ids, offsets[r]!);
    weights.set(vector.weights, offsets[r]!);
  });
  return { offsets, columns, weights };
}

/** The model's arrays copied into shared memory (a worker reads them without a copy of its own). */
function shareModel(model: RelatedModel): RelatedModel {
  const share = <A extends Int32Array | Float64Array>(array: A): A => {
    const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => A)(new SharedArrayBuffer(array.byteLength));
    copy.set(array);
    return copy;
  };
  const rows = (r: Rows): Rows => ({ offsets: share(r.offsets), columns: share(r.columns), weights: share(r.weights) });
  return {
    k: model.k,
    weights: share(model.weights),
    times: share(model.times),
    categories: share(model.categories),
    queries: rows(model.queries),
    tags: rows(model.tags),
    textPostings: rows(model.textPostings),
    tagPostings: rows(model.tagPostings),
  };
}

/** What ranking reads: each article's text query and tag vector, and the inverted indexes of both. */
interface RelatedIndex {
  queryVectors: SparseVector[];
  tagVectors: SparseVector[];
  textPostings: Rows;
  tagPostings: Rows;
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
 * The best k matches of articles from .. to - 1, best first, k numbers each (-1 where fewer): candidates
 * from the posting lists, scored by text and tags, then the category and recency bonuses; below
 * `minMatch`, no match. Hot loop: plain locals and typed arrays only.
 */
export function matchRange(model: RelatedModel, from: number, to: number): Int32Array {
  const { k, times, categories: categoryOf } = model;
  const n = times.length;
  const textScore = new Float64Array(n);
  const tagScore = new Float64Array(n);
  const touched = new Int32Array(n);
  const seen = new Uint8Array(n);
  const [textWeight, tagWeight, categoryWeight, recencyWeight, halfLife, minMatch] = model.weights as unknown as number[];
  const bonusCeiling = Math.max(0, categoryWeight!) + Math.max(0, recencyWeight!);
  const result = new Int32Array((to - from) * k).fill(-1);
  // The list so far, best first: article numbers and scores.
  const topIndex = new Int32Array(k + 1);
  const topScore = new Float64Array(k + 1);
  // Newer first, then the lower number (the smaller id).
  const ranksBefore = (b: number, score: number, at: number) => {
    if (score !== topScore[at]) return score > topScore[at]!;
    const other = topIndex[at]!;
    return times[other]! - times[b]! < 0 || (times[other] === times[b] && b < other);
  };

  for (let a = from; a < to; a++) {
    // Marked as met, the article is never its own candidate (its sums are thrown away).
    seen[a] = 1;
    let touchedCount = accumulate(a, model.queries, model.textPostings, textScore, touched, seen, 0);
    touchedCount = accumulate(a, model.tags, model.tagPostings, tagScore, touched, seen, touchedCount);
    seen[a] = 0;
    textScore[a] = 0;
    tagScore[a] = 0;
    let size = 0;
    const timeA = times[a]!;
    const categoryA = categoryOf[a]!;
    let floor = Number.NEGATIVE_INFINITY; // the k-th score once the list is full
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t]!;
      const base = textWeight! * textScore[b]! + tagWeight! * tagScore[b]!;
      textScore[b] = 0;
      tagScore[b] = 0;
      seen[b] = 0;
      if (base < minMatch! || base + bonusCeiling < floor) continue;
      const score =
        base +
        (categoryOf[b] === categoryA ? categoryWeight! : 0) +
        recencyWeight! * Math.pow(0.5, Math.abs(timeA - times[b]!) / halfLife!);
      if (size === k && !ranksBefore(b, score, k - 1)) continue;
      let at = size === k ? k - 1 : size;
      while (at > 0 && ranksBefore(b, score, at - 1)) at--;
      for (let i = Math.min(size, k - 1); i > at; i--) {
        topIndex[i] = topIndex[i - 1]!;
        topScore[i] = topScore[i - 1]!;
      }
      topIndex[at] = b;
      topScore[at] = score;
      if (size < k) size++;
      if (size === k) floor = topScore[k - 1]!;
    }
    result.set(topIndex.subarray(0, size), (a - from) * k);
  }
  return result;
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
 * recording each article met for the first time in `touched` (the caller marks `a` itself as met).
 * Returns the new count of touched.
 */
function accumulate(
  a: number,
  vectors: Rows,
  postings: Rows,
  scores: Float64Array,
  touched: Int32Array,
  seen: Uint8Array,
  touchedCount: number,
): number {
  const { offsets, columns: docs, weights } = postings;
  const last = vectors.offsets[a + 1]!;
  for (let i = vectors.offsets[a]!; i < last; i++) {
    const term = vectors.columns[i]!;
    const weight = vectors.weights[i]!;
    const end = offsets[term + 1]!;
    for (let p = offsets[term]!; p < end; p++) {
      const b = docs[p]!;
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
    const { ids, counts } = takeCounts(present, tf, rawDf);
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
    const merged = takeCounts(present, tf, df);
    docTerms[doc] = merged.ids;
    docCounts[doc] = merged.counts;
  }

  const n = docs.length;
  const idf = Float64Array.from(df, (count) => Math.log(1 + n / count));
  // Scratch arrays reused for every article: its candidate terms and their weights by term id.
  const candidates = new Int32Array(terms.length);
  const weightOf = new Float64Array(terms.length);
  return docTerms.map((ids, doc) => {
    const counts = docCounts[doc]!;
    let size = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (df[id]! < 2) continue; // a term only this article has cannot relate it to another
      weightOf[id] = (1 + Math.log(counts[i]!)) * idf[id]!;
      candidates[size++] = id;
    }
    return toVector(candidates.subarray(0, size), weightOf, maxTerms);
  });
}

/**
 * One article's counted terms: the ids in `present` (in the order first counted) and their counts in
 * `tf`, each id counted once more in `df`; `tf` and `present` are left empty for the next article.
 * Plain loops: TypedArray.from(array, map) was most of buildTextVectors' time in a profile.
 */
function takeCounts(
  present: number[],
  tf: Float64Array,
  df: { [id: number]: number },
): { ids: Int32Array; counts: Float64Array } {
  const ids = new Int32Array(present.length);
  const counts = new Float64Array(present.length);
  for (let i = 0; i < present.length; i++) {
    const id = present[i]!;
    ids[i] = id;
    counts[i] = tf[id]!;
    df[id]!++;
    tf[id] = 0;
  }
  present.length = 0;
  return { ids, counts };
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
  const weightOf = Float64Array.from(df, (count) => Math.log(1 + n / count));
  return tagIds.map((ids) =>
    toVector(
      Int32Array.from([...ids].filter((id) => df[id]! >= 2)),
      weightOf,
      Number.POSITIVE_INFINITY,
    ),
  );
}

/**
 * The strongest `maxTerms` of the given (distinct) term ids by weight (`weightOf[id]`; ties: the
 * lower id), L2-normalised, sorted by term id. Selected by the weight of the last one kept, with
 * numeric sorts only: a sort with a comparator was most of the model's preparation in a profile.
 */
function toVector(ids: Int32Array, weightOf: Float64Array, maxTerms: number): SparseVector {
  let kept = ids;
  if (ids.length > maxTerms) {
    const ascending = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) ascending[i] = weightOf[ids[i]!]!;
    ascending.sort();
    const threshold = ascending[ids.length - maxTerms]!;
    const ties: number[] = [];
    kept = new Int32Array(maxTerms);
    let size = 0;
    for (const id of ids) {
      if (weightOf[id]! > threshold) kept[size++] = id;
      else if (weightOf[id] === threshold) ties.push(id);
    }
    // Those of the threshold's weight with the lowest ids fill the places left.
    const lowest = Int32Array.from(ties).sort();
    for (let i = 0; size < maxTerms; i++) kept[size++] = lowest[i]!;
  }
  const sorted = Int32Array.from(kept).sort();
  let norm = 0;
  for (let i = 0; i < sorted.length; i++) norm += weightOf[sorted[i]!]! * weightOf[sorted[i]!]!;
  norm = Math.sqrt(norm) || 1;
  const weights = new Float64Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) weights[i] = weightOf[sorted[i]!]! / norm;
  return { ids: sorted, weights };
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
function buildPostings(vectors: readonly SparseVector[], eligible: readonly boolean[], cap: number): Rows {
  let termCount = 0;
  for (const vector of vectors) for (const id of vector.ids) termCount = Math.max(termCount, id + 1);
  // Every eligible article under each of its terms, in article order (counted, then placed).
  const starts = new Int32Array(termCount + 1);
  vectors.forEach((vector, doc) => {
    if (eligible[doc]) for (const id of vector.ids) starts[id + 1]!++;
  });
  for (let term = 0; term < termCount; term++) starts[term + 1]! += starts[term]!;
  const fill = starts.slice(0, termCount);
  const allDocs = new Int32Array(starts[termCount]!);
  const allWeights = new Float64Array(allDocs.length);
  vectors.forEach((vector, doc) => {
    if (!eligible[doc]) return;
    for (let i = 0; i < vector.ids.length; i++) {
      const at = fill[vector.ids[i]!]!++;
      allDocs[at] = doc;
      allWeights[at] = vector.weights[i]!;
    }
  });
  // A longer list keeps its `cap` strongest articles (ties: the lower number), strongest first.
  const offsets = new Int32Array(termCount + 1);
  for (let term = 0; term < termCount; term++)
    offsets[term + 1] = offsets[term]! + Math.min(cap, starts[term + 1]! - starts[term]!);
  const docs = new Int32Array(offsets[termCount]!);
  const weights = new Float64Array(docs.length);
  for (let term = 0; term < termCount; term++) {
    const from = starts[term]!;
    const length = starts[term + 1]! - from;
    const to = offsets[term]!;
    if (length <= cap) {
      docs.set(allDocs.subarray(from, from + length), to);
      weights.set(allWeights.subarray(from, from + length), to);
      continue;
    }
    const order = new Int32Array(length);
    for (let i = 0; i < length; i++) order[i] = from + i;
    order.sort((x, y) => allWeights[y]! - allWeights[x]! || allDocs[x]! - allDocs[y]!);
    for (let i = 0; i < cap; i++) {
      docs[to + i] = allDocs[order[i]!]!;
      weights[to + i] = allWeights[order[i]!]!;
    }
  }
  return { offsets, columns: docs, weights };
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
