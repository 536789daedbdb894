// Whether an article body is valid MDX, and if not, where and why in Arabic: the web editor runs this
// before saving (the build's MDX compiler would stop on the same text). Parsing only, with the same
// MDX grammar (micromark's mdxjs extension) the compiler uses.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { bodyMessages } from '../content/messages.ts';

export interface MdxSyntaxError {
  /** 1-based line and column in the body. */
  line: number;
  column: number;
  /** The parser's own words (English), kept for the "what the message means" table of the guide. */
  reason: string;
  /** What the editor should do, in Arabic. */
  fix: string;
}

/** The first syntax error of an MDX body, or undefined when it parses. */
export function mdxSyntaxError(body: string): MdxSyntaxError | undefined {
  try {
    fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    return undefined;
  } catch (error) {
    const e = error as {
      line?: number;
      column?: number;
      reason?: string;
      message?: string;
      place?: { start?: { line: number; column: number } };
    };
    const reason = e.reason ?? e.message ?? String(error);
    const located = /\((\d+):(\d+)-/.exec(reason);
    const line = e.line ?? e.place?.start?.line ?? (located ? Number(located[1]) : 1);
    const column = e.column ?? e.place?.start?.column ?? (located ? Number(located[2]) : 1);
    return { line, column, reason, fix: bodyMessages.parse(reason).message };
  }
}
