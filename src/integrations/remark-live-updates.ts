// Live coverage shows its updates newest first, whatever order the editor wrote them in: among the
// children of any node, the <Update time="…"> blocks are put in descending time order in the places
// they occupy (other content stays where it is). An update without a valid time fails the build.
import { parseUpdateTime } from '../lib/content/live.ts';

interface Node {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  [key: string]: unknown;
}

const isUpdate = (node: Node) => node.type === 'mdxJsxFlowElement' && node.name === 'Update';

function timeOf(node: Node, file: string): number {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'time');
  const time = parseUpdateTime(typeof attribute?.value === 'string' ? attribute.value : undefined);
  if (typeof time === 'string') throw new Error(`${file}: ${time}`);
  return time.getTime();
}

/** Reorders the tree in place; returns the number of updates found (for tests). */
export function orderLiveUpdates(tree: Node, file = 'article'): number {
  let count = 0;
  const walk = (node: Node) => {
    const children = node.children;
    if (!children) return;
    const slots: number[] = [];
    children.forEach((child, index) => {
      if (isUpdate(child)) slots.push(index);
      else walk(child);
    });
    if (slots.length === 0) return;
    count += slots.length;
    const sorted = slots
      .map((index) => ({ node: children[index]!, time: timeOf(children[index]!, file), index }))
      .sort((a, b) => b.time - a.time || a.index - b.index);
    slots.forEach((slot, i) => (children[slot] = sorted[i]!.node));
    for (const { node: update } of sorted) walk(update);
  };
  walk(tree);
  return count;
}

/** The remark plugin. */
export default function remarkLiveUpdates() {
  return (tree: unknown, file: unknown) => {
    const { path, history } = (file ?? {}) as { path?: string; history?: string[] };
    orderLiveUpdates(tree as Node, path ?? history?.[0] ?? 'article');
  };
}
