// Widths for a photo's srcset, the same for every full-width photo of an article (its cover, its
// <Figure>s): never upscaled.

/** The standard widths below the original, then the original (capped at 1600 px). */
export function photoWidths(originalWidth: number): number[] {
  return [400, 800, 1200]
    .filter((width) => width < originalWidth)
    .concat(Math.min(originalWidth, 1600));
}
