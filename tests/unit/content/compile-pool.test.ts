// The content sync's compile pool: threads and the calling thread share a first build's articles, and
// each compiled body is in the body store when its outcome comes back.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BodyStore } from '../../../src/lib/content/body-store';
import type { CompileTask } from '../../../src/lib/content/compile-article';
import { compileAndStore, createCompilePool } from '../../../src/lib/content/compile-pool';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afaq-compile-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.AFAQ_COMPILE_THREADS;
});

const task = (i: number, cacheDir: string): CompileTask => ({
  body: `## عنوان ${i}\n\nفقرة أولى عن الخبر رقم ${i} في الرياض.\n\n![صورة](./images/${i}.jpg)\n`,
  format: 'mdx',
  asModule: false,
  basePath: '/',
  firstLine: 6,
  title: `خبر ${i}`,
  description: 'وصف',
  readingWordsPerMinute: 200,
  store: { cacheDir, key: `key-${i}`, file: `content/articles/${i}.mdx` },
});

describe('compileAndStore', () => {
  it('writes the compiled body into the store and returns only its images', () => {
    const cacheDir = path.join(dir, 'one');
    const outcome = compileAndStore(task(1, cacheDir));
    expect(outcome.error).toBeUndefined();
    expect(outcome.result).toBeUndefined();
    expect(outcome.stored).toEqual({ images: ['./images/1.jpg'] });
    const stored = new BodyStore(cacheDir).read('key-1');
    expect(stored.file).toBe('content/articles/1.mdx');
    expect(stored.headings.map((heading) => heading.text)).toEqual(['عنوان 1']);
    expect(stored.text).toContain('فقرة أولى عن الخبر رقم 1');
  });

  it('stores nothing for a body with a mistake', () => {
    const cacheDir = path.join(dir, 'broken');
    const outcome = compileAndStore({ ...task(2, cacheDir), body: 'نص <Figure src="./a.jpg">\n' });
    expect(outcome.error?.line).toBeGreaterThan(0);
    expect(outcome.stored).toBeUndefined();
    expect(new BodyStore(cacheDir).has('key-2')).toBe(false);
  });
});

describe('createCompilePool', () => {
  it('gives a thread its share of many articles while this thread compiles too', async () => {
    process.env.AFAQ_COMPILE_THREADS = '1';
    const cacheDir = path.join(dir, 'pool');
    const count = 400;
    const pool = createCompilePool(count);
    try {
      const outcomes: Array<Awaited<ReturnType<typeof pool.compile>>> = [];
      // The first article goes to the thread: once it answers, the thread has started (as it has
      // early in a sync of thousands of articles).
      outcomes[0] = await pool.compile(task(0, cacheDir));
      expect(pool.counts).toEqual({ threads: 1, here: 0 });
      let next = 1;
      // As the sync does: `concurrency` articles in hand, each one's next file after its outcome.
      await Promise.all(
        Array.from({ length: pool.concurrency }, async () => {
          while (next < count) {
            const i = next++;
            outcomes[i] = await pool.compile(task(i, cacheDir));
          }
        }),
      );
      expect(pool.counts.threads + pool.counts.here).toBe(count);
      // One article at a time (the pool before) left the thread 2–9 % of them: it is given
      // threadDepth ahead, every time it answers.
      expect(pool.counts.threads).toBeGreaterThanOrEqual(count / 4);
      expect(pool.counts.here).toBeGreaterThan(0);
      const store = new BodyStore(cacheDir);
      for (const [i, outcome] of outcomes.entries()) {
        expect(outcome.stored).toEqual({ images: [`./images/${i}.jpg`] });
        expect(store.read(`key-${i}`).headings[0]?.text).toBe(`عنوان ${i}`);
      }
    } finally {
      await pool.close();
    }
  });
});
