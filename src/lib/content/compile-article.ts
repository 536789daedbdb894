// What content sync computes from one article's body, in one pure function so that it can run in
// worker threads (compile-pool.ts): the compiled body, the related-articles terms, the reading time.
import { BodyError, compileBody, type CompileResult } from './body/compile';
import type { EditorMessage } from './messages';
import { articleTerms } from './related';
import { readingMinutesOfText } from '../arabic/reading-time';
import { mdxToPlainText } from '../arabic/text';

export interface CompileTask {
  body: string;
  format: 'md' | 'mdx';
  /** Left to Astro's MDX integration without compiling (AFAQ_MDX_MODULES=1). */
  asModule: boolean;
  basePath: string;
  firstLine: number;
  title: string;
  description: string;
  readingWordsPerMinute: number;
  /** Where the compiled body goes (compile-pool.ts writes it on the thread that compiled it). */
  store?: { cacheDir: string; key: string; file: string };
}

export interface CompileOutcome {
  /** Left out once the body is in the store (`stored`): only its images come back. */
  result?: CompileResult;
  stored?: { images: string[] };
  /** A mistake in the body: the catalogue message and its place in the file. */
  error?: { entry: EditorMessage; line: number; column: number };
  /** The body as plain text (source-level: what reading time and related articles count). */
  plain: string;
  terms: string;
  readingMinutes: number;
}

const termMemo = new Map<string, string | null>();

export function compileArticle(task: CompileTask): CompileOutcome {
  const plain = mdxToPlainText(task.body);
  const outcome: CompileOutcome = {
    plain,
    terms: articleTerms(task.title, task.description, plain, termMemo),
    readingMinutes: readingMinutesOfText(plain, task.readingWordsPerMinute),
  };
  if (termMemo.size > 200_000) termMemo.clear();
  if (task.asModule) {
    outcome.result = { kind: 'module', line: 0, statement: '' };
    return outcome;
  }
  try {
    outcome.result = compileBody(task.body, { format: task.format, basePath: task.basePath, firstLine: task.firstLine });
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    outcome.error = { entry: error.entry, line: error.line, column: error.column };
  }
  return outcome;
}
