// The build cache's bodies and related-articles terms: a publishing build touches only what changed.
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BodyStore, RelatedTerms } from '../../../src/lib/content/body-store';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afaq-body-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body = { html: '<p>نص</p>', parts: [], headings: [], images: [], text: 'نص', file: 'content/a.mdx' };

describe('RelatedTerms', () => {
  it('keeps every article’s terms, and a change rewrites only its own shard', () => {
    const store = new BodyStore(path.join(dir, 'terms'));
    const ids = Array.from({ length: 40 }, (_, i) => `خبر-${i}`);
    const first = store.terms();
    for (const id of ids) first.set(id, { key: `k-${id}`, terms: `كلمة ${id}` });
    first.save();
    const folder = path.join(store.dir, 'related-terms');
    const shards = readdirSync(folder);
    expect(shards.length).toBeGreaterThan(10);
    expect(store.readTerms().size).toBe(40);
    expect(store.readTerms().get('خبر-7')).toEqual({ key: 'k-خبر-7', terms: 'كلمة خبر-7' });

    const before = new Map(shards.map((name) => [name, statSync(path.join(folder, name)).mtimeMs]));
    const next = store.terms();
    next.set('خبر-7', { key: 'k2', terms: 'جديد' });
    next.delete('خبر-8');
    next.save();
    const touched = new Set([RelatedTerms.shardOf('خبر-7'), RelatedTerms.shardOf('خبر-8')].map((s) => `${s}.json`));
    for (const [name, mtime] of before) {
      if (!touched.has(name)) expect(statSync(path.join(folder, name)).mtimeMs, name).toBe(mtime);
    }
    const all = store.readTerms();
    expect(all.size).toBe(39);
    expect(all.get('خبر-7')).toEqual({ key: 'k2', terms: 'جديد' });
    expect(all.has('خبر-8')).toBe(false);
  });

  it('does not read a shard it read before again while the file is unchanged, until forget()', () => {
    const store = new BodyStore(path.join(dir, 'terms-ahead'));
    const terms = store.terms();
    terms.set('أ', { key: 'k1', terms: 'أول 1' });
    terms.save();
    // Same size, same time (whole seconds, set exactly), same inode: what a rewrite by save() never
    // keeps (a new file, renamed over the old one). Taken as unchanged.
    const file = path.join(store.dir, 'related-terms', `${RelatedTerms.shardOf('أ')}.json`);
    utimesSync(file, 1_000_000_000, 1_000_000_000);
    expect(store.readTerms().get('أ')?.terms).toBe('أول 1');
    writeFileSync(file, readFileSync(file, 'utf8').replace('أول 1', 'أول 2'));
    utimesSync(file, 1_000_000_000, 1_000_000_000);
    expect(store.readTerms().get('أ')?.terms).toBe('أول 1');
    RelatedTerms.forget();
    expect(store.readTerms().get('أ')?.terms).toBe('أول 2');
  });
});

describe('BodyStore', () => {
  it('removes the bodies it is told, and a full prune leaves the terms alone', () => {
    const store = new BodyStore(path.join(dir, 'bodies'));
    for (const key of ['aa1', 'ab2', 'cd3']) store.write(key, body);
    const terms = store.terms();
    terms.set('خبر', { key: 'aa1', terms: 'كلمة' });
    terms.save();

    expect(store.remove(['ab2', 'zz9'])).toBe(1);
    expect(store.has('ab2')).toBe(false);
    expect(store.has('aa1')).toBe(true);

    expect(store.prune(new Set(['aa1']))).toBe(1);
    expect(store.has('cd3')).toBe(false);
    expect(store.read('aa1').text).toBe('نص');
    expect(existsSync(path.join(store.dir, 'related-terms'))).toBe(true);
    expect(store.readTerms().get('خبر')?.terms).toBe('كلمة');
  });
});
