import { describe, expect, it } from 'vitest';
import { photoWidths } from '../../../src/lib/view/images';

describe('photoWidths', () => {
  it('never upscales and caps the largest at 1600 px', () => {
    expect(photoWidths(3000)).toEqual([400, 800, 1200, 1600]);
    expect(photoWidths(1000)).toEqual([400, 800, 1000]);
    expect(photoWidths(300)).toEqual([300]);
  });
});
