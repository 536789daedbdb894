// axe-core (WCAG 2.1 A/AA) on a page in Chromium, with Arabic text included in the colour-contrast
// checks. Every browser test that checks accessibility goes through here.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/** Runs axe on the current page and returns its violations (empty when the page passes). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's Content Security Policy stays in force (an
  // injected <script> tag would need it switched off).
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    // axe-core skips text it takes for an icon-font ligature: it draws the first letter alone and the
    // whole word clipped to that letter's width, and calls them a ligature when the pixels differ.
    // Arabic letters change shape when joined, so every Arabic text would be skipped and never
    // checked for colour contrast. Only that heuristic reads canvas pixels: for the duration of the
    // run, both drawings read back the same, so Arabic text is checked like any other.
    const getImageData = CanvasRenderingContext2D.prototype.getImageData;
    CanvasRenderingContext2D.prototype.getImageData = function (
      ...args: Parameters<typeof getImageData>
    ) {
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
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target,
        failureSummary: node.failureSummary,
      })),
    }));
  }, wcagTags);
}

/** Readable lines for a failure message. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');

/** "rule (impact): help targets" lines; empty when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await runAxe(page)).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
  );
}
