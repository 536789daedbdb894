// Plain text out of an article's MDX source: used to count words (reading time) and, later, to index.

/** Strips frontmatter-free MDX/Markdown source down to the words a reader reads. */
export function mdxToPlainText(source: string): string {
  return source
    .replace(/^\s*(import|export)\s.*$/gm, ' ') // MDX module lines
    .replace(/```[\s\S]*?```/g, ' ') // fenced code
    .replace(/<!--[\s\S]*?-->/g, ' ') // comments
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: keep alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: keep the label
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // HTML/JSX tags
    .replace(/^#{1,6}\s+/gm, '') // heading marks
    .replace(/^\s*>\s?/gm, '') // blockquote marks
    .replace(/[*_`~]+/g, '') // emphasis and code marks
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words in a text: runs of letters or digits in any script (Arabic, Latin, digits alike). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu)?.length ?? 0;
}
