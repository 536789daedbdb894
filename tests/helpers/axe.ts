// axe-core (WCAG 2.1 A/AA) on a page in Chromium, Arabic text included in the colour-contrast checks
// (same approach as tests/e2e/quality.test.ts, shared here for other browser tests).
import axe from 'axe-core';
import type { Page } from 'playwright-core';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** "rule (impact): help" lines with the failing elements; empty when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source); // through the DevTools protocol: the page's CSP stays in force
  return page.evaluate(async (tags) => {
    // axe skips text it takes for icon-font ligatures, and Arabic joining looks like one: make its
    // pixel comparison see identical drawings for the duration of the run so Arabic text is checked.
    const getImageData = CanvasRenderingContext2D.prototype.getImageData;
    CanvasRenderingContext2D.prototype.getImageData = function (...args: Parameters<typeof getImageData>) {
      const image = getImageData.apply(this, args);
      image.data.fill(255);
      return image;
    };
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner
      .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .finally(() => {
        CanvasRenderingContext2D.prototype.getImageData = getImageData;
      });
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
    );
  }, wcagTags);
}
