// GFM table alignment (`| :--- | ---: |`) as logical classes instead of the `align`/`style` that
// Markdown tools emit: inline styles break the site's Content-Security-Policy, and in a right-to-left
// page "left" and "right" are the wrong words. The colon at the start of the delimiter (`:---`)
// aligns to the start of the line (the right in Arabic), at the end (`---:`) to the end. Used by the
// article body compiler (src/lib/content/body/compile.ts) and, as a rehype plugin, by Astro's own
// Markdown and MDX pipelines (astro.config.mjs).
import type { Properties } from 'hast';

const classes: Record<string, string> = {
  left: 'text-start',
  right: 'text-end',
  center: 'text-center',
  start: 'text-start',
  end: 'text-end',
};

/** Moves a table cell's alignment (align="…" or style="text-align: …") into its class, in place. */
export function alignToClass(properties: Properties): void {
  let align: string | undefined;
  if (typeof properties.align === 'string') align = properties.align;
  if (typeof properties.style === 'string') {
    const match = /^\s*text-align\s*:\s*(\w+)\s*;?\s*$/i.exec(properties.style);
    if (!match) return; // any other style is left for the caller to refuse
    align = match[1]!.toLowerCase();
    delete properties.style;
  }
  delete properties.align;
  const name = align ? classes[align] : undefined;
  if (!name) return;
  const existing = Array.isArray(properties.className)
    ? properties.className
    : typeof properties.className === 'string'
      ? [properties.className]
      : [];
  properties.className = [...existing.map(String), name];
}

interface TreeNode {
  type: string;
  tagName?: string;
  properties?: Properties;
  children?: TreeNode[];
}

/** The rehype plugin: `rehypePlugins: [rehypeTableAlign]`. */
export default function rehypeTableAlign() {
  return (tree: unknown) => {
    const walk = (node: TreeNode) => {
      if (
        node.type === 'element' &&
        (node.tagName === 'th' || node.tagName === 'td') &&
        node.properties
      ) {
        alignToClass(node.properties);
      }
      node.children?.forEach(walk);
    };
    walk(tree as TreeNode);
  };
}
