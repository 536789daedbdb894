// Search quality on the judged set (tests/fixtures/search/judged.ts: 150 generated articles, 93
// queries with known answers, 14 of which must find nothing): raw Pagefind against ours, with the
// real Pagefind indexer and its browser script in Node. The thresholds are set from the measurement
// (README "Search"); the table is printed for the README.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { judgedCorpus, judgedQueries } from '../../fixtures/search/judged';
import {
  buildJudgedIndex,
  loadPagefind,
  scoreJudgedSet,
  type Engine,
  type QualityScores,
} from '../../helpers/search-quality';
import type { StaticServer } from '../../helpers/static-server';
import { tmpRoot } from '../../helpers/paths';

const articles = judgedCorpus();
const scores = {} as Record<Engine, QualityScores>;
const servers: StaticServer[] = [];

beforeAll(async () => {
  for (const engine of ['raw', 'ours'] as const) {
    const dir = path.join(tmpRoot, `search-quality-${engine}`);
    await buildJudgedIndex(dir, articles, engine);
    const { api, server } = await loadPagefind(dir);
    servers.push(server);
    scores[engine] = await scoreJudgedSet(api, engine, articles);
  }
  await pagefind.close();
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  console.log(
    [
      `Search quality, ${judgedQueries.length} judged queries over ${articles.length} generated articles:`,
      '| | precision@5 | recall@10 | false hits | must-find-nothing queries answered |',
      '| --- | --- | --- | --- | --- |',
      ...(['raw', 'ours'] as const).map(
        (engine) =>
          `| ${engine === 'raw' ? 'Pagefind alone' : 'ours'} | ${scores[engine].precisionAt5.toFixed(3)} | ${scores[engine].recallAt10.toFixed(3)} | ${percent(scores[engine].falseHitRate)} | ${scores[engine].emptyAnswered.length} of ${judgedQueries.filter((q) => q.concepts.length === 0).length} |`,
      ),
    ].join('\n'),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe('search quality on the judged set', () => {
  it('has at least 60 queries, some that must find nothing, over a corpus where every query has its answer', () => {
    expect(judgedQueries.length).toBeGreaterThanOrEqual(60);
    expect(
      judgedQueries.filter((query) => query.concepts.length === 0).length,
    ).toBeGreaterThanOrEqual(10);
    expect(scores.ours.rows.filter((row) => row.relevant === 0).length).toBe(
      judgedQueries.filter((q) => q.concepts.length === 0).length,
    );
  });

  it('ours: precision@5 ≥ 0.98, recall@10 ≥ 0.95, at most 1 % false hits, nothing for the queries that must find nothing', () => {
    const ours = scores.ours;
    expect(ours.emptyAnswered).toEqual([]);
    expect(ours.falseHitRate).toBeLessThanOrEqual(0.01);
    expect(ours.precisionAt5).toBeGreaterThanOrEqual(0.98);
    expect(ours.recallAt10).toBeGreaterThanOrEqual(0.95);
  });

  it('ours is better than Pagefind alone on every measure (the set measures what Pagefind misses)', () => {
    expect(scores.ours.recallAt10).toBeGreaterThan(scores.raw.recallAt10 + 0.1);
    expect(scores.ours.falseHitRate).toBeLessThan(scores.raw.falseHitRate);
    expect(scores.raw.emptyAnswered.length).toBeGreaterThan(5);
  });
});
