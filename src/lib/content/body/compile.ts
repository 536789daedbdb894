// An article body (MDX or Markdown, frontmatter removed) compiled once, at content sync, into what the
// article page needs: HTML with markers where registered components and optimised images go, the
// headings for the table of contents, the local images it uses and its plain text. Parsing is
// Sätteri's (native: the parser Astro 7 uses for Markdown); the rest is plain hast transforms:
// rehype-slug ids (Arabic kept), base-path links, table alignment as logical classes, HTML-like JSX as
// HTML, `{…}` plain values as text. Typographic quotes and dashes are Sätteri's, as in Astro's own
// Markdown. Pure: the same source and options give the same result.
import { markdownToHast, mdxToHast } from 'satteri';
import type { Element, ElementContent, Nodes, Properties, Root, RootContent, Text } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import rehypeSlug from 'rehype-slug';
import { prefixBasePath } from '../../../integrations/rehype-base-links';
import { alignToClass } from '../../../integrations/rehype-table-align';
import { orderLiveUpdates } from '../../../integrations/remark-live-updates';
import { bodyMessages, type EditorMessage } from '../messages';
import { evaluateStatic, NotStaticError, type StaticValue } from './expressions';
import { articleComponentSpecs, type ArticleComponentSpec } from './components';

/** Bumped whenever the output for the same source changes (cached compiled bodies are then redone). */
export const compilerVersion = 3;

export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** HTML with `<!--afaq:N-->` markers: part N (a component or an optimised image) goes there. */
export interface CompiledHtml {
  html: string;
  parts: BodyPart[];
}

export type BodyPart =
  | { kind: 'component'; name: string; props: Record<string, StaticValue>; children?: CompiledHtml }
  | { kind: 'image'; src: string; alt: string; title?: string };

export interface CompiledBody extends CompiledHtml {
  headings: BodyHeading[];
  /** Local image paths the body uses, as written (relative to the article file). */
  images: string[];
  /** What a reader reads, as plain text (blocks on their own lines): what search indexes. */
  text: string;
}

export interface CompileOptions {
  format: 'md' | 'mdx';
  /** Astro's base ("/" or "/afaq/"): root-relative links in the body get it. */
  basePath: string;
  /** Line of the file on which the body starts (after the frontmatter), for messages. Default 1. */
  firstLine?: number;
  components?: Readonly<Record<string, ArticleComponentSpec>>;
}

/** Compiled, or (an `import`/`export` in the body) left to Astro's MDX integration. */
export type CompileResult =
  | { kind: 'compiled'; body: CompiledBody }
  | { kind: 'module'; line: number; statement: string };

/** A mistake in the body: a catalogue message and its place in the file. */
export class BodyError extends Error {
  readonly entry: EditorMessage;
  readonly line: number;
  readonly column: number;
  constructor(entry: EditorMessage, line: number, column: number) {
    super(`${entry.message} ${entry.hint}`);
    this.name = 'BodyError';
    this.entry = entry;
    this.line = line;
    this.column = column;
  }
}

/** Elements an editor may write as HTML (JSX in MDX, raw HTML in Markdown). */
const allowedElements = new Set(
  (
    'a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn ' +
    'div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp ' +
    'section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);
const imageExtension = /\.(avif|gif|jpe?g|png|svg|tiff?|webp)$/i;

interface Position {
  start: { line: number; column: number };
}
type Any = { type: string; position?: Position; children?: Any[]; [key: string]: unknown };

/** A component of the registry, kept as a node until the tree is serialised. */
interface ComponentNode {
  type: 'afaqComponent';
  name: string;
  props: Record<string, StaticValue>;
  children: ElementContent[];
  hasChildren: boolean;
}
interface ImageNode {
  type: 'afaqImage';
  src: string;
  alt: string;
  title?: string;
}
type Transformed = ElementContent | ComponentNode | ImageNode;

export function compileBody(source: string, options: CompileOptions): CompileResult {
  const firstLine = options.firstLine ?? 1;
  const components: Readonly<Record<string, ArticleComponentSpec>> = options.components ?? articleComponentSpecs;
  const known = Object.keys(components);
  const fail = (node: { position?: Position } | undefined, entry: EditorMessage): never => {
    throw new BodyError(entry, (node?.position?.start.line ?? 1) + firstLine - 1, node?.position?.start.column ?? 1);
  };

  let tree: Any;
  try {
    tree = (
      options.format === 'mdx'
        ? mdxToHast(source, { position: true, features: { smartPunctuation: true } })
        : markdownToHast(source, { position: true, features: { rawHtml: true, smartPunctuation: true } })
    ) as unknown as Any;
  } catch (error) {
    // Sätteri's messages start with "line:column: " (counted from the body).
    const message = (error as Error).message;
    const place = /^(\d+):(\d+):\s*/.exec(message);
    throw new BodyError(
      bodyMessages.parse(place ? message.slice(place[0].length) : message),
      Number(place?.[1] ?? 1) + firstLine - 1,
      Number(place?.[2] ?? 1),
    );
  }

  const module = tree.children?.find((child) => child.type === 'mdxjsEsm');
  if (module) {
    return {
      kind: 'module',
      line: (module.position?.start.line ?? 1) + firstLine - 1,
      statement: String(module.value ?? '').split('\n')[0]!,
    };
  }

  // Live coverage: the <Update> blocks newest first, whatever order they were written in. One without a
  // valid time is left in place here and reported below, at its line (its component check).
  try {
    orderLiveUpdates(tree as never);
  } catch {
    /* reported by the <Update> check */
  }

  const images = new Set<string>();
  const localImage = (src: unknown, node: Any): string => {
    if (typeof src !== 'string' || !isLocalImagePath(src)) return fail(node, bodyMessages.imageNotLocal(String(src)));
    const path = src.startsWith('./') || src.startsWith('../') ? src : `./${src}`;
    images.add(path);
    return path;
  };

  const staticValue = (code: string, node: Any, what: string): StaticValue => {
    try {
      const value = evaluateStatic(code);
      return value === undefined ? fail(node, bodyMessages.emptyProp(what)) : value;
    } catch (error) {
      if (!(error instanceof NotStaticError)) throw error;
      return fail(node, bodyMessages.notPlainProp(what, code, error.message));
    }
  };

  const attributesOf = (node: Any): Record<string, StaticValue> => {
    const props: Record<string, StaticValue> = {};
    for (const attribute of (node.attributes as Any[] | undefined) ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') fail(node, bodyMessages.spreadProps(String(node.name)));
      const name = String(attribute.name);
      const value = attribute.value as string | null | { type: string; value: string } | undefined;
      if (value === null || value === undefined) props[name] = true;
      else if (typeof value === 'string') props[name] = value;
      else props[name] = staticValue(value.value, node, `${String(node.name)} ${name}`);
    }
    return props;
  };

  const checkElement = (node: Any, tagName: string, properties: Properties) => {
    if (!allowedElements.has(tagName)) fail(node, bodyMessages.elementNotAllowed(tagName));
    for (const name of Object.keys(properties)) {
      if (name === 'style') fail(node, bodyMessages.styleAttribute(tagName));
      if (/^on/i.test(name)) fail(node, bodyMessages.eventHandler(tagName, name));
    }
    for (const name of ['href', 'src', 'cite']) {
      const value = properties[name];
      if (typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value)) {
        fail(node, bodyMessages.unsafeUrl(tagName, name, value));
      }
    }
  };

  const image = (node: Any, properties: Properties): ImageNode => {
    const src = typeof properties.src === 'string' ? decodeURI(properties.src) : undefined;
    const title = typeof properties.title === 'string' ? { title: properties.title } : {};
    return { type: 'afaqImage', src: localImage(src, node), alt: typeof properties.alt === 'string' ? properties.alt : '', ...title };
  };

  const element = (node: Any): Transformed => {
    const tagName = String(node.tagName);
    const properties = { ...((node.properties as Properties | undefined) ?? {}) };
    if (tagName === 'th' || tagName === 'td') alignToClass(properties);
    checkElement(node, tagName, properties);
    if (tagName === 'img') return image(node, properties);
    return { type: 'element', tagName, properties, children: children(node) } satisfies Element;
  };

  const jsx = (node: Any): Transformed[] => {
    const name = node.name as string | null;
    if (!name) return children(node); // <>…</>
    const spec = Object.hasOwn(components, name) ? components[name] : undefined;
    if (spec) {
      const props = attributesOf(node);
      for (const prop of spec.imageProps ?? []) if (props[prop] !== undefined) props[prop] = localImage(props[prop], node);
      const problem = spec.problems?.(props)[0];
      if (problem) fail(node, bodyMessages.componentProblem(name, problem));
      const content = children(node);
      const hasChildren = content.some((child) => child.type !== 'text' || child.value.trim() !== '');
      if (hasChildren && !spec.children) fail(node, bodyMessages.noChildren(name));
      return [{ type: 'afaqComponent', name, props, children: content, hasChildren }];
    }
    if (/^[A-Z]/.test(name) || name.includes('.')) return fail(node, bodyMessages.unknownComponent(name, known));
    const properties: Record<string, string | number | boolean> = {};
    for (const [attribute, value] of Object.entries(attributesOf(node))) {
      if (value !== null && typeof value === 'object') fail(node, bodyMessages.notTextValue(attribute));
      const key = attribute === 'className' ? 'class' : attribute === 'htmlFor' ? 'for' : attribute;
      if (value !== null) properties[key] = value as string | number | boolean;
    }
    const built = h(name, properties) as Element;
    if (name === 'th' || name === 'td') alignToClass(built.properties);
    checkElement(node, name, built.properties);
    if (name === 'img') return [image(node, built.properties)];
    return [{ ...built, children: children(node) }];
  };

  const expression = (node: Any): Transformed[] => {
    const code = String(node.value);
    let value: StaticValue | undefined;
    try {
      value = evaluateStatic(code);
    } catch (error) {
      if (!(error instanceof NotStaticError)) throw error;
      return fail(node, bodyMessages.notPlainValue(code, error.message));
    }
    if (value === undefined) return []; // {/* a comment */}
    if (typeof value === 'object' && value !== null) return fail(node, bodyMessages.notTextValue(code));
    return [{ type: 'text', value: String(value) }];
  };

  function transform(node: Any): Transformed[] {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: String(node.value) }];
      case 'comment':
      case 'doctype':
        return [];
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return expression(node);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return jsx(node);
      case 'element':
        return [element(node)];
      default:
        return fail(node, bodyMessages.parse(`unsupported ${node.type} node`));
    }
  }

  function children(node: Any): ElementContent[] {
    return (node.children ?? []).flatMap(transform) as ElementContent[];
  }

  const root: Root = { type: 'root', children: children(tree) as RootContent[] };
  rehypeSlug()(root);
  prefixBasePath(root as never, options.basePath);
  return {
    kind: 'compiled',
    body: {
      ...serialise(root.children as Nodes[]),
      headings: collectHeadings(root),
      images: [...images],
      text: plainText(root, components),
    },
  };
}

/** "./a.jpg", "../images/a.png", "images/a.webp": yes. "https://…", "/a.jpg", "data:…": no. */
export function isLocalImagePath(value: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value) && imageExtension.test(value.split(/[?#]/)[0]!);
}

type Walkable = { type: string; children?: unknown[] } & Record<string, unknown>;

/** h1–h6 in document order, components' children included, with their rehype-slug ids. */
function collectHeadings(root: Root): BodyHeading[] {
  const headings: BodyHeading[] = [];
  const walk = (node: Walkable) => {
    if (node.type === 'element') {
      const element = node as unknown as Element;
      const depth = /^h([1-6])$/.exec(element.tagName)?.[1];
      if (depth && typeof element.properties.id === 'string') {
        headings.push({ depth: Number(depth), slug: element.properties.id, text: toString(element) });
      }
    }
    for (const child of node.children ?? []) walk(child as Walkable);
  };
  walk(root as unknown as Walkable);
  return headings;
}

/** The nodes as HTML, each component and image replaced by a marker and described in `parts`. */
function serialise(nodes: Nodes[]): CompiledHtml {
  const parts: BodyPart[] = [];
  const replace = (node: Nodes): Nodes => {
    const custom = node as unknown as ComponentNode | ImageNode;
    if (custom.type === 'afaqComponent') {
      parts.push({
        kind: 'component',
        name: custom.name,
        props: custom.props,
        ...(custom.hasChildren ? { children: serialise(custom.children) } : {}),
      });
      return { type: 'comment', value: `afaq:${parts.length - 1}` };
    }
    if (custom.type === 'afaqImage') {
      parts.push({ kind: 'image', src: custom.src, alt: custom.alt, ...(custom.title ? { title: custom.title } : {}) });
      return { type: 'comment', value: `afaq:${parts.length - 1}` };
    }
    if ('children' in node && node.children) return { ...node, children: node.children.map(replace) } as Nodes;
    return node;
  };
  return { html: toHtml({ type: 'root', children: nodes.map(replace) as RootContent[] }), parts };
}

const blockElements = new Set(
  'address article aside blockquote caption dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

/** The text a reader reads: text nodes, block boundaries as line breaks, components' text props. */
function plainText(root: Root, components: Readonly<Record<string, ArticleComponentSpec>>): string {
  const chunks: string[] = [];
  const walk = (node: Walkable) => {
    if (node.type === 'text') chunks.push((node as unknown as Text).value);
    else if (node.type === 'afaqImage') chunks.push(` ${String(node.alt ?? '')} `);
    else if (node.type === 'afaqComponent') {
      for (const prop of components[String(node.name)]?.textProps ?? []) {
        const value = (node.props as Record<string, unknown>)[prop];
        if (typeof value === 'string') chunks.push(`\n${value}\n`);
      }
    }
    const block = node.type === 'element' && blockElements.has(String(node.tagName));
    if (block) chunks.push('\n');
    for (const child of node.children ?? []) walk(child as Walkable);
    if (block) chunks.push('\n');
  };
  walk(root as unknown as Walkable);
  return chunks.join('').replace(/[ \t]*\n\s*/g, '\n').trim();
}
