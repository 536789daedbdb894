// Reading and writing an article file (YAML frontmatter + MDX body) so that saving from the web editor
// changes only what the editor changed: every frontmatter field whose value is the same keeps its exact
// bytes (quotes, flow lists, comments, order), the body is kept as it was unless it was edited.
import { Document, isMap, isScalar, LineCounter, parseDocument, visit, type Pair } from 'yaml';

export interface ArticleFile {
  /** The frontmatter as plain values (strings, numbers, booleans, lists). */
  data: Record<string, unknown>;
  /** Everything after the closing `---` line, byte for byte (usually starts with a blank line). */
  body: string;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

interface Split {
  frontmatter: string;
  /** Offset of the frontmatter text inside the file. */
  start: number;
  /** The file up to (and including) the opening line, and from the closing line on. */
  head: string;
  closing: string;
  body: string;
}

function split(text: string): Split | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1]!;
  const start = /^---[ \t]*\r?\n/.exec(text)![0].length;
  const afterFrontmatter = start + frontmatter.length;
  const closingEnd = match.index + match[0].length;
  return {
    frontmatter,
    start,
    head: text.slice(0, start),
    closing: text.slice(afterFrontmatter, closingEnd),
    body: text.slice(closingEnd),
  };
}

/** The frontmatter and body of an article file. A file without frontmatter is all body. */
export function parseArticleFile(text: string): ArticleFile {
  const parts = split(text);
  if (!parts) return { data: {}, body: text };
  const document = parseDocument(parts.frontmatter);
  const data = document.toJS() ?? {};
  return { data: typeof data === 'object' && !Array.isArray(data) ? data : {}, body: parts.body };
}

/** Values that mean "not written": an optional field the editor left empty. */
function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    const time = (v: unknown) =>
      v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : NaN;
    return time(a) === time(b) && !Number.isNaN(time(a));
  }
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) =>
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    );
  }
  return a === b;
}

/** Strings written without quotes: ids, numbers-free slugs and ISO dates, as editors write them by hand. */
const PLAIN_STRING =
  /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)$/;

/** One `key: value` entry in the house style: text double-quoted, lists of scalars on one line. */
export function formatField(key: string, value: unknown): string {
  const document = new Document({ [key]: value instanceof Date ? value.toISOString() : value });
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === 'string')
        node.type = PLAIN_STRING.test(node.value) ? 'PLAIN' : 'QUOTE_DOUBLE';
    },
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Where each top-level field sits in the frontmatter text: from its line's start to its last line's end. */
function fieldSpans(frontmatter: string): { key: string; from: number; to: number }[] | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(frontmatter, { lineCounter, keepSourceTokens: true });
  if (document.errors.length || !isMap(document.contents)) return undefined;
  const lineStart = (offset: number) => frontmatter.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (offset: number) => {
    const newline = frontmatter.indexOf('\n', offset);
    return newline === -1 ? frontmatter.length : newline + 1;
  };
  return (document.contents.items as Pair[]).map((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keyStart = (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0;
    const value = pair.value as { range?: [number, number, number] } | null;
    const valueEnd = value?.range
      ? value.range[1]
      : (pair.key as { range: [number, number, number] }).range[1];
    return { key, from: lineStart(keyStart), to: lineEnd(Math.max(keyStart, valueEnd - 1)) };
  });
}

/**
 * The file to write for `data` and `body`. With the `original` file text, every field whose value did
 * not change keeps its original bytes, fields the editor emptied are removed, changed fields are
 * rewritten in place, new ones are added at the end of the frontmatter in `order`.
 */
export function serializeArticleFile(
  data: Record<string, unknown>,
  body: string,
  original?: string,
  order: readonly string[] = [],
): string {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = Object.keys(data).sort((a, b) => rank(a) - rank(b));
  const parts = original === undefined ? undefined : split(original);
  const spans = parts && fieldSpans(parts.frontmatter);
  if (!parts || !spans) {
    const frontmatter = keys
      .filter((key) => !isEmpty(data[key]))
      .map((key) => formatField(key, data[key]))
      .join('');
    const text = body.startsWith('\n') || body === '' ? body : `\n${body}`;
    return `---\n${frontmatter}---\n${text.endsWith('\n') || text === '' ? text : `${text}\n`}`;
  }
  const before = parseArticleFile(original!).data;
  let frontmatter = '';
  let cursor = 0;
  for (const span of spans) {
    frontmatter += parts.frontmatter.slice(cursor, span.from);
    cursor = span.to;
    const value = data[span.key];
    if (!(span.key in data) && !keys.includes(span.key)) {
      // A field the editor does not know about (the form has no control for it): keep it.
      frontmatter += parts.frontmatter.slice(span.from, span.to);
    } else if (sameValue(value, before[span.key])) {
      frontmatter += parts.frontmatter.slice(span.from, span.to);
    } else if (!isEmpty(value)) {
      frontmatter += formatField(span.key, value);
    }
  }
  frontmatter += parts.frontmatter.slice(cursor);
  // The closing line follows the last field's own newline: never leave a blank line before it.
  if (!parts.frontmatter.endsWith('\n')) frontmatter = frontmatter.replace(/\n+$/, '');
  const added = keys.filter(
    (key) => !spans.some((span) => span.key === key) && !isEmpty(data[key]),
  );
  if (added.length) {
    if (frontmatter && !frontmatter.endsWith('\n')) frontmatter += '\n';
    frontmatter += added.map((key) => formatField(key, data[key])).join('');
    frontmatter = frontmatter.replace(/\n$/, '');
  }
  return `${parts.head}${frontmatter}${parts.closing}${body}`;
}
