// Text typed in the web editor's rich-text mode is literal text, but its Markdown output writes `<`,
// `{` and `}` bare, which MDX reads as the start of a tag or an expression (the build then fails, or a
// `{/* comment */}` becomes visible text). A block the editor wrote gets those characters escaped, as an
// editor writing MDX by hand would (docs/editors-guide.md, «أخطاء MDX الشائعة»).

/** Blocks that are markup, not text: component tags, HTML, fenced code, MDX comments. */
const MARKUP = /^(?:<[A-Za-z/!]|```|~~~|\{\/\*)/;

/** `text` with bare `{`, `}` and a `<` that starts no tag escaped, outside `code spans`. */
export function escapeMdxText(text: string): string {
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/\\?([{}]|<(?![A-Za-z/!]))/g, (match, char: string) =>
            match.startsWith('\\') ? match : `\\${char}`,
          ),
    )
    .join('');
}

/** A block of the editor's Markdown made safe for MDX (markup blocks are left as they are). */
export function mdxSafeBlock(block: string): string {
  return MARKUP.test(block.trimStart()) ? block : escapeMdxText(block);
}
