import { describe, expect, it } from 'vitest';
import { orderLiveUpdates } from '../../../src/integrations/remark-live-updates';

const update = (time: string, text: string) => ({
  type: 'mdxJsxFlowElement',
  name: 'Update',
  attributes: [{ type: 'mdxJsxAttribute', name: 'time', value: time }],
  children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
});
const paragraph = (text: string) => ({
  type: 'paragraph',
  children: [{ type: 'text', value: text }],
});
const texts = (tree: any): string[] =>
  tree.children.map((node: any) =>
    node.name === 'Update' ? `U:${node.children[0].children[0].value}` : node.children[0].value,
  );

describe('orderLiveUpdates', () => {
  it('puts updates newest first in the places they occupy, leaving other content where it is', () => {
    const tree = {
      type: 'root',
      children: [
        paragraph('intro'),
        update('2024-11-12T10:00:00+03:00', 'first'),
        update('2024-11-12T12:00:00+03:00', 'third'),
        paragraph('note'),
        update('2024-11-12T11:00:00+03:00', 'second'),
      ],
    };
    expect(orderLiveUpdates(tree)).toBe(3);
    expect(texts(tree)).toEqual(['intro', 'U:third', 'U:second', 'note', 'U:first']);
  });

  it('keeps the written order of updates with the same time, and leaves a tree without updates alone', () => {
    const tree = {
      type: 'root',
      children: [update('2024-11-12T10:00:00Z', 'a'), update('2024-11-12T10:00:00Z', 'b')],
    };
    orderLiveUpdates(tree);
    expect(texts(tree)).toEqual(['U:a', 'U:b']);
    const plain = { type: 'root', children: [paragraph('x')] };
    expect(orderLiveUpdates(plain)).toBe(0);
  });

  it('fails naming the file when an update has no time', () => {
    const tree = { type: 'root', children: [{ ...update('x', 'a'), attributes: [] }] };
    expect(() => orderLiveUpdates(tree, 'content/articles/live.mdx')).toThrow(
      /^content\/articles\/live\.mdx: <Update>: الوقت time مطلوب/,
    );
  });
});
