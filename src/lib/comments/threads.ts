// Approved comments (content/comments/*.json) turned into threads per article. Pure: no Astro, no config.

export interface ApprovedComment {
  id: string;
  article: string;
  parent: string | null;
  name: string;
  website: string | null;
  date: Date;
  body: string;
  /** A reply from the newsroom (a moderator's), shown as «فريق التحرير». */
  staff?: boolean;
}

export interface CommentNode extends ApprovedComment {
  replies: CommentNode[];
}

const newestFirst = (a: ApprovedComment, b: ApprovedComment) =>
  b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id);
const oldestFirst = (a: ApprovedComment, b: ApprovedComment) =>
  a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id);

/**
 * Groups comments by article and nests replies under their parent. Threads come newest first (the
 * latest discussion on top); replies inside a thread read in order, oldest first. A reply whose parent
 * is missing, on another article, or part of a loop (hand-edited files) is shown as a thread of its own,
 * so no approved comment ever disappears.
 */
export function buildCommentThreads(
  comments: readonly ApprovedComment[],
): Map<string, CommentNode[]> {
  const nodes = new Map<string, CommentNode>();
  for (const comment of comments) nodes.set(comment.id, { ...comment, replies: [] });

  const byArticle = new Map<string, CommentNode[]>();
  const attached = new Set<string>();
  const roots: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent ? nodes.get(node.parent) : undefined;
    if (parent && parent.article === node.article && parent.id !== node.id)
      parent.replies.push(node);
    else roots.push(node);
  }
  // Walk from the roots; anything not reached sits in a loop and becomes a root itself.
  const visit = (node: CommentNode) => {
    attached.add(node.id);
    for (const reply of node.replies) if (!attached.has(reply.id)) visit(reply);
  };
  roots.forEach(visit);
  for (const node of nodes.values()) {
    if (attached.has(node.id)) continue;
    const parent = nodes.get(node.parent ?? '');
    if (parent) parent.replies = parent.replies.filter((reply) => reply.id !== node.id);
    roots.push(node);
    visit(node);
  }

  const sortReplies = (node: CommentNode) => {
    node.replies.sort(oldestFirst);
    node.replies.forEach(sortReplies);
  };
  for (const root of roots.sort(newestFirst)) {
    sortReplies(root);
    const list = byArticle.get(root.article) ?? [];
    list.push(root);
    byArticle.set(root.article, list);
  }
  return byArticle;
}

/** Every comment in the threads, replies included. */
export function countComments(threads: readonly CommentNode[]): number {
  return threads.reduce((sum, node) => sum + 1 + countComments(node.replies), 0);
}

/**
 * Plain text as paragraphs of lines: a blank line starts a paragraph, a single line break stays a
 * line break. The result is rendered as escaped text, never as HTML.
 */
export function bodyParagraphs(body: string): string[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}
