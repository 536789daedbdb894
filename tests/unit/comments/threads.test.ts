import { describe, expect, it } from 'vitest';
import {
  bodyParagraphs,
  buildCommentThreads,
  countComments,
  type ApprovedComment,
} from '../../../src/lib/comments/threads';
import { commentCountLabel } from '../../../src/lib/comments/view';

const comment = (
  id: string,
  day: number,
  parent: string | null = null,
  article = 'a',
): ApprovedComment => ({
  id,
  article,
  parent,
  name: id,
  website: null,
  date: new Date(Date.UTC(2024, 0, day)),
  body: id,
});

const shape = (
  nodes: ReturnType<typeof buildCommentThreads> extends Map<string, infer T> ? T : never,
): unknown =>
  nodes.map((node) => (node.replies.length ? { [node.id]: shape(node.replies) } : node.id));

describe('buildCommentThreads', () => {
  it('groups by article, threads newest first, replies nested and oldest first', () => {
    const threads = buildCommentThreads([
      comment('old', 1),
      comment('new', 5),
      comment('r2', 4, 'old'),
      comment('r1', 2, 'old'),
      comment('r1a', 3, 'r1'),
      comment('other', 1, null, 'b'),
    ]);
    expect(shape(threads.get('a')!)).toEqual(['new', { old: [{ r1: ['r1a'] }, 'r2'] }]);
    expect(shape(threads.get('b')!)).toEqual(['other']);
    expect(countComments(threads.get('a')!)).toBe(5);
  });

  it('never loses a comment: missing parents, parents on other articles and loops become threads', () => {
    const threads = buildCommentThreads([
      comment('orphan', 1, 'gone'),
      comment('x', 2, 'elsewhere'),
      comment('elsewhere', 1, null, 'b'),
      comment('loop1', 3, 'loop2'),
      comment('loop2', 4, 'loop1'),
      comment('self', 5, 'self'),
    ]);
    expect(countComments(threads.get('a')!)).toBe(5);
    const ids = JSON.stringify(shape(threads.get('a')!));
    for (const id of ['orphan', 'x', 'loop1', 'loop2', 'self']) expect(ids).toContain(`"${id}"`);
  });
});

describe('bodyParagraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(bodyParagraphs('أول\nثانٍ\n\n\nفقرة <b>2</b>\r\n')).toEqual([
      ['أول', 'ثانٍ'],
      ['فقرة <b>2</b>'],
    ]);
    expect(bodyParagraphs('  \n ')).toEqual([]);
  });
});

describe('commentCountLabel', () => {
  it.each([
    [0, 'لا توجد تعليقات بعد'],
    [1, 'تعليق واحد'],
    [2, 'تعليقان'],
    [3, '3 تعليقات'],
    [10, '10 تعليقات'],
    [11, '11 تعليقاً'],
    [99, '99 تعليقاً'],
    [100, '100 تعليق'],
    [102, '102 تعليق'],
    [103, '103 تعليقات'],
    [1000, '1,000 تعليق'],
  ])('%i → %s', (count, label) => {
    expect(commentCountLabel(count)).toBe(label);
  });
});
