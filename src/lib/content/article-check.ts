// Everything wrong with one article file, each problem with its line, its field and the catalogue's
// message and fix. The build (collections.ts, before Astro's own checks) and the web editor (before
// saving) run this same function on the same text, so the editor sees in the browser what the build
// would print, and a broken article cannot be saved from the editor.
import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import { articleSchema, editorSchemaHelpers } from './article-schema.ts';
import { fieldLabels } from './fields.ts';
import { findImpossibleDates } from './frontmatter.ts';
import {
  articleFileMessages,
  formatMessage,
  impossibleDate,
  missingCategory,
  requiredField,
  type EditorMessage,
} from './messages.ts';
import { placeholderProblems } from './placeholders.ts';
import { componentPattern, editorComponents, missingProps, readComponent } from '../editor/components.ts';
import { mdxSyntaxError } from '../editor/mdx-syntax.ts';

export interface ArticleProblem {
  /** 1-based line in the file (and column, when the problem is at a character). */
  line: number;
  column?: number;
  /** The frontmatter field, or the component (`<Figure>`), the problem is about. */
  field: string;
  text: string;
}

export interface CheckOptions {
  /** Category ids that exist (content/categories/*.json); empty: not checked. */
  categories: readonly string[];
  /** Whether a path written in the article (./images/x.jpg) exists; absent: not checked. */
  fileExists?: (path: string) => boolean;
  /** Check the body's MDX syntax too (the editor does; the build's MDX compiler does its own). */
  mdx?: boolean;
  contentDir?: string;
  /**
   * The frontmatter as the build has already parsed it (Astro's parser): checked first without
   * parsing the YAML again; only a file with a problem is parsed again here, for the lines (the
   * YAML parse with positions was most of this check's cost: 1.3 s of a 5,000-article build).
   */
  data?: Record<string, unknown>;
}

const schema = articleSchema(editorSchemaHelpers);
const shape = schema.shape as Record<string, { isOptional(): boolean }>;
/** Fields the schema requires (no default, not optional). */
export const requiredFields = Object.keys(shape).filter((field) => !shape[field]!.isOptional());

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

interface Parts {
  frontmatter: string;
  /** Line of the closing `---` (1-based). */
  closingLine: number;
  body: string;
}

function split(text: string): Parts | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(`\n${rest}`);
  if (!closing) return undefined;
  const frontmatter = rest.slice(0, Math.max(0, closing.index - 1));
  const closingLine = frontmatter === '' ? 2 : frontmatter.split('\n').length + 2;
  return { frontmatter, closingLine, body: `\n${rest}`.slice(closing.index + closing[0].length) };
}

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The problems of an article file's text (frontmatter, placeholders, components, MDX syntax). */
export function checkArticle(text: string, options: CheckOptions): ArticleProblem[] {
  const parts = split(text);
  if (!parts) return [{ line: 1, field: 'frontmatter', text: formatMessage(articleFileMessages.noFrontmatter) }];
  if (options.data && checkParts(text, parts, options.data, new Map(), options).length === 0) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(parts.frontmatter, { lineCounter });
  if (document.errors.length) {
    const error = document.errors[0]!;
    const line = (error.linePos?.[0]?.line ?? 1) + 1;
    return [{ line, field: 'frontmatter', text: formatMessage(articleFileMessages.yaml(error.message.split('\n')[0]!)) }];
  }
  const lines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items as Pair[]) {
      const start = (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0;
      lines.set(isScalar(pair.key) ? String(pair.key.value) : String(pair.key), lineCounter.linePos(start).line + 1);
    }
  }
  return checkParts(text, parts, (document.toJS() ?? {}) as Record<string, unknown>, lines, options);
}

/** The problems of a file whose frontmatter parsed into `data` (`lines`: each field's line). */
function checkParts(
  text: string,
  parts: Parts,
  data: Record<string, unknown>,
  lines: ReadonlyMap<string, number>,
  options: CheckOptions,
): ArticleProblem[] {
  const { categories, fileExists, mdx = false, contentDir = 'content' } = options;
  const problems: ArticleProblem[] = [];
  const bodyLine = (index: number) => parts.closingLine + parts.body.slice(0, index).split('\n').length;
  const add = (field: string, entry: EditorMessage | string, line = lines.get(field) ?? parts.closingLine, column?: number) => {
    if (!problems.some((problem) => problem.field === field && problem.line === line)) {
      const text = typeof entry === 'string' ? entry : formatMessage(entry);
      problems.push(column ? { line, column, field, text } : { line, field, text });
    }
  };

  for (const field of requiredFields) {
    if (isEmpty(data[field])) add(field, requiredField(fieldLabels[field]?.label ?? field, fieldLabels[field]?.hint ?? ''));
  }
  for (const date of findImpossibleDates(text, ['date', 'updated', 'breakingUntil', 'liveUntil'])) add(date.field, impossibleDate(date.value));
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) add(key, issue.message);
        continue;
      }
      const field = String(issue.path[0] ?? 'frontmatter');
      if (!problems.some((problem) => problem.field === field)) add(field, issue.message);
    }
  }
  if (typeof data.category === 'string' && data.category && categories.length && !categories.includes(data.category)) {
    add('category', missingCategory(data.category, contentDir));
  }
  if (typeof data.image === 'string' && data.image && fileExists && !fileExists(data.image)) {
    add('image', articleFileMessages.imageMissing(data.image));
  }
  if (data.draft !== true) {
    for (const placeholder of placeholderProblems(data, parts.body)) {
      add(placeholder.field, articleFileMessages.placeholder(placeholder.field), placeholder.field === 'body' ? bodyLine(placeholder.index) : undefined);
    }
  }
  for (const component of editorComponents) {
    const pattern = new RegExp(componentPattern(component).source.slice(1), 'g');
    for (const match of parts.body.matchAll(pattern)) {
      const line = bodyLine(match.index ?? 0);
      const values = readComponent(component, match);
      const missing = missingProps(component, values);
      if (missing.length) add(`<${component.name}>`, articleFileMessages.componentProps(component.name, missing), line);
      for (const prop of component.props) {
        const value = values[prop.name];
        if (prop.widget === 'image' && value && fileExists && !fileExists(value)) add(`<${component.name}>`, articleFileMessages.imageMissing(value), line);
      }
    }
  }
  if (mdx) {
    // The body parsed where it sits in the file (frontmatter lines left empty), so the parser's own
    // positions are the file's lines and columns.
    const error = mdxSyntaxError('\n'.repeat(parts.closingLine) + parts.body);
    if (error) add('body', articleFileMessages.mdxSyntax(error.fix, error.reason), error.line, error.column);
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The problems as the build prints them and the editor shows them: file:line, field, message. */
export function formatProblems(file: string, problems: readonly ArticleProblem[]): string {
  const count = problems.length;
  const arabicCount = count === 1 ? 'خطأ واحد' : count === 2 ? 'خطآن' : count <= 10 ? `${count} أخطاء` : `${count} خطأً`;
  const head = `${file}: ${arabicCount} في المقال (${count} problem${count === 1 ? '' : 's'}):`;
  const at = (problem: ArticleProblem) => `${file}:${problem.line}${problem.column ? `:${problem.column}` : ''}`;
  return [head, ...problems.map((problem) => `  ${at(problem)}  ${problem.field}: ${problem.text}`)].join('\n');
}

/** The build's error for an article's problems: the message alone, no stack trace or code location. */
export function articleError(file: string, problems: readonly ArticleProblem[]): Error {
  const error = new Error(formatProblems(file, problems));
  // Astro prints a thrown error's stack and the location it points to (content.config.ts): neither
  // helps an editor, whose mistake is at the file and line in the message.
  error.stack = '';
  return error;
}

/** Two article files with the same URL slug (file name or `slug:` field). */
export function duplicateSlugError(slug: string, file: string, other: string): Error {
  const error = new Error(`${file}: ${formatMessage(articleFileMessages.duplicateSlug(slug, other))}`);
  error.stack = '';
  return error;
}
