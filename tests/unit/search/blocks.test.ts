// The search index's layout: blocks of consecutive articles, so that a new story re-indexes a small
// block and the number of bundles stays bounded.
import { describe, expect, it } from 'vitest';
import {
  blockSizesFrom,
  bundleName,
  largeBlockSize,
  searchBlocks,
  type BlockSizes,
} from '../../../src/lib/search/blocks';

const sizes: BlockSizes = { small: 4, minLarge: 16, maxFullBlocks: 4 };
const covers = (count: number) => {
  const blocks = searchBlocks(count, sizes);
  let next = 0;
  for (const block of blocks) {
    expect(block.start).toBe(next);
    expect(block.end).toBeGreaterThan(block.start);
    next = block.end;
  }
  expect(next).toBe(count);
  return blocks;
};

describe('searchBlocks', () => {
  it('is one block below minLarge, none for no articles', () => {
    expect(searchBlocks(0, sizes)).toEqual([]);
    expect(searchBlocks(15, sizes)).toEqual([{ start: 0, end: 15 }]);
  });

  it('covers every article once, in order, for any count', () => {
    for (let count = 0; count < 300; count++) covers(count);
  });

  it('full blocks, then halving blocks, then a tail shorter than the smallest block', () => {
    expect(covers(16 + 8 + 4 + 3).map((b) => b.end - b.start)).toEqual([16, 8, 4, 3]);
    expect(covers(16 * 3 + 4).map((b) => b.end - b.start)).toEqual([16, 16, 16, 4]);
  });

  it('publishing one story changes only the blocks at the newest end', () => {
    for (let count = 16; count < 200; count++) {
      const before = searchBlocks(count, sizes).map(bundleName);
      const after = new Set(searchBlocks(count + 1, sizes).map(bundleName));
      const changed = before.filter((name) => !after.has(name));
      const large = largeBlockSize(count + 1, sizes);
      // Unless the full-block size doubles, at most the blocks after the full ones change.
      if (large === largeBlockSize(count, sizes)) {
        const reindexed = searchBlocks(count + 1, sizes)
          .filter((block) => !before.includes(bundleName(block)))
          .reduce((sum, block) => sum + block.end - block.start, 0);
        expect(reindexed, `count ${count}`).toBeLessThanOrEqual(large);
        expect(changed.length).toBeLessThanOrEqual(Math.log2(large / sizes.small) + 1);
      }
    }
  });

  it('keeps the number of bundles bounded as the archive grows', () => {
    const defaults = searchBlocks(100_000);
    expect(defaults.length).toBeLessThanOrEqual(16 + 5 + 1);
    expect(largeBlockSize(10_000)).toBe(1024);
    expect(searchBlocks(10_000).length).toBeLessThanOrEqual(9 + 2 + 1);
    // Smaller blocks for a smaller archive, never more full blocks than a larger one has.
    expect(largeBlockSize(5_000)).toBe(512);
    expect(searchBlocks(5_000).length).toBeLessThanOrEqual(16 + 1 + 1);
  });

  it('names bundles by first article and size', () => {
    expect(bundleName({ start: 2048, end: 2560 })).toBe('b0002048-512');
  });
});

describe('blockSizesFrom (AFAQ_SEARCH_BLOCKS)', () => {
  it('reads "small,minLarge" and refuses anything else', () => {
    expect(blockSizesFrom('4,16')).toMatchObject({ small: 4, minLarge: 16 });
    expect(blockSizesFrom(undefined).minLarge).toBe(512);
    expect(() => blockSizesFrom('3,16')).toThrow(/AFAQ_SEARCH_BLOCKS/);
    expect(() => blockSizesFrom('32,16')).toThrow(/AFAQ_SEARCH_BLOCKS/);
  });
});
