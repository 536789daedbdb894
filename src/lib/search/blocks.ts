// The layout of the search index (src/integrations/search-index.ts builds it): Pagefind bundles, each
// holding a block of consecutive articles in publication order, oldest first; the search page merges
// them (bundles.ts). Pagefind cannot update an index in place, and indexing costs about 2 ms per
// article: with blocks, publishing a story re-indexes the small block at the newest end and an edit
// the block holding the article, not the whole archive, and the indexer holds one block in memory.
//
// Below `minLarge` articles the index is one bundle (re-indexed whole: a few seconds at most). From
// there: full blocks of `large` articles from the oldest end, then the rest split like a binary
// counter into blocks of decreasing size (large/2, large/4, …, small) and a tail of fewer than
// `small`. A new story goes into the tail; when the tail fills up, it merges with the blocks of its
// size before it (each article is re-indexed about log2(large/small) times over its life). `large`
// doubles as the archive grows so that there are at most `maxFullBlocks` full blocks (the browser
// merges a bounded number of bundles); each doubling re-indexes everything once.

export interface SearchBlock {
  /** Index of the block's first article in publication order (oldest first). */
  start: number;
  /** One past its last article. */
  end: number;
}

export interface BlockSizes {
  small: number;
  minLarge: number;
  maxFullBlocks: number;
}

// Pagefind's process holds one block's index at a time, at the build's busiest moment (pages render
// meanwhile): about 120 MB for 512 articles, 220 MB for 1,024, 450 MB for 2,048. Full blocks start at
// 512 articles and double from 8,192 (16 × 512), so the browser never merges more bundles than it
// would with larger blocks, and a 5,000-article build's peak has 100 MB less of the indexer in it.
export const defaultBlockSizes: BlockSizes = { small: 256, minLarge: 512, maxFullBlocks: 16 };

/** The size of the full blocks for `count` articles. */
export function largeBlockSize(count: number, sizes: BlockSizes = defaultBlockSizes): number {
  let large = sizes.minLarge;
  while (large * sizes.maxFullBlocks < count) large *= 2;
  return large;
}

/** The blocks covering articles 0 … count−1 (publication order, oldest first). */
export function searchBlocks(count: number, sizes: BlockSizes = defaultBlockSizes): SearchBlock[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  if (count === 0) return [];
  if (count < sizes.minLarge) return [{ start: 0, end: count }];
  const large = largeBlockSize(count, sizes);
  const blocks: SearchBlock[] = [];
  let start = 0;
  while (count - start >= large) {
    blocks.push({ start, end: start + large });
    start += large;
  }
  for (let size = large / 2; size >= sizes.small; size /= 2) {
    if (count - start >= size) {
      blocks.push({ start, end: start + size });
      start += size;
    }
  }
  if (start < count) blocks.push({ start, end: count });
  return blocks;
}

/** A bundle's folder name under pagefind/: its first article and its size ("b0002048-512"). */
export const bundleName = (block: SearchBlock) =>
  `b${String(block.start).padStart(7, '0')}-${block.end - block.start}`;

/**
 * Block sizes from AFAQ_SEARCH_BLOCKS ("small,minLarge[,maxFullBlocks]"), for tests that need
 * several bundles with a few articles; the defaults otherwise.
 */
export function blockSizesFrom(value: string | undefined): BlockSizes {
  if (!value) return defaultBlockSizes;
  const [small, minLarge, maxFullBlocks] = value.split(',').map(Number);
  const power = (n: number | undefined) =>
    n !== undefined && n >= 1 && Number.isInteger(Math.log2(n));
  if (!power(small) || !power(minLarge) || small! > minLarge!) {
    throw new Error(
      `AFAQ_SEARCH_BLOCKS="${value}": expected "small,minLarge" (powers of two, small ≤ minLarge)`,
    );
  }
  return {
    small: small!,
    minLarge: minLarge!,
    maxFullBlocks: maxFullBlocks ?? defaultBlockSizes.maxFullBlocks,
  };
}
