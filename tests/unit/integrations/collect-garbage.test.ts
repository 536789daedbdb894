import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectGarbageIfGrown } from '../../../src/integrations/collect-garbage';

const withGc = globalThis as { gc?: () => void };

describe('collectGarbageIfGrown', () => {
  afterEach(() => {
    delete withGc.gc;
  });

  it('collects after a step that grew the heap by more than 16 MB', () => {
    withGc.gc = vi.fn();
    collectGarbageIfGrown(process.memoryUsage().heapUsed - 32 * 1024 * 1024);
    expect(withGc.gc).toHaveBeenCalledTimes(1);
  });

  it('leaves the heap alone after a small step', () => {
    withGc.gc = vi.fn();
    collectGarbageIfGrown(process.memoryUsage().heapUsed);
    expect(withGc.gc).not.toHaveBeenCalled();
  });

  it('does nothing where gc is not exposed', () => {
    expect(() => collectGarbageIfGrown(0)).not.toThrow();
  });
});
