// The web editor's rich-text widget re-serialises the whole body whenever one paragraph is edited
// (`1)` lists become `1.`, `\<` loses its backslash, tables are re-padded). This puts back, byte for
// byte, every top-level block of the original body that the editor did not touch: a block of the new
// body that equals the widget's rendering of an original block is that original block.

/** A top-level block (paragraph, heading, list, component…) and the text between it and the next. */
export interface Block {
  text: string;
  /** The separator that followed it in the file (usually "\n\n"). */
  after: string;
}

/**
 * Top-level blocks of a Markdown/MDX body: separated by blank lines, except inside fenced code and
 * inside a component tag that spans several lines (`<Note>` … `</Note>`).
 */
export function splitBlocks(body: string): Block[] {
  const lines = body.split(/(?<=\n)/);
  const blocks: Block[] = [];
  let current = '';
  let fence: string | undefined;
  let openTags = 0;
  const flush = (separator: string) => {
    if (current)
      blocks.push({
        text: current.replace(/\n$/, ''),
        after: (current.endsWith('\n') ? '\n' : '') + separator,
      });
    else if (blocks.length) blocks[blocks.length - 1]!.after += separator;
    current = '';
  };
  let leading = '';
  for (const line of lines) {
    const bare = line.replace(/\r?\n$/, '');
    if (fence === undefined && openTags === 0 && bare.trim() === '') {
      if (!current && !blocks.length) leading += line;
      else flush(line);
      continue;
    }
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(bare);
    if (fence === undefined && fenceMatch) fence = fenceMatch[1]![0]!.repeat(fenceMatch[1]!.length);
    else if (fence !== undefined && fenceMatch && bare.trim().startsWith(fence)) fence = undefined;
    else if (fence === undefined) openTags = Math.max(0, openTags + tagBalance(bare));
    current += line;
  }
  flush('');
  if (leading && blocks.length) blocks.unshift({ text: '', after: leading });
  else if (leading) blocks.push({ text: '', after: leading });
  return blocks;
}

/** Opening minus closing component tags on a line (`<Note>` +1, `</Note>` −1, `<Figure />` 0). */
function tagBalance(line: string): number {
  let balance = 0;
  for (const match of line.matchAll(/<(\/?)([A-Z][A-Za-z0-9]*)\b[^<>]*?(\/?)>/g)) {
    if (match[1]) balance--;
    else if (!match[3]) balance++;
  }
  // An opening tag whose attributes continue on the next lines: `<Figure` alone, closed later by `/>`.
  if (/<[A-Z][A-Za-z0-9]*\b[^<>]*$/.test(line)) balance++;
  if (/^[^<]*\/>\s*$/.test(line) && !/<[A-Z]/.test(line)) balance--;
  return balance;
}

/** Longest common subsequence of two lists of keys: pairs of indexes. */
function lcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The body to write: `edited` (the widget's output) with every block that renders the same as an
 * original block replaced by that original block, and the original's blank lines and final newline.
 * `normalize` is the widget's own round trip (Markdown → editor → Markdown) of one block.
 */
export function mergeBody(
  original: string,
  edited: string,
  normalize: (block: string) => string,
  fresh: (block: string) => string = (block) => block,
): string {
  if (edited === original) return original;
  const before = splitBlocks(original);
  const after = splitBlocks(edited);
  // A thematic break is one whatever its spelling (***, - - -): the widget renders a lone one as nothing.
  const key = (text: string) =>
    /^ {0,3}([-*_])(?: *\1){2,} *$/.test(text.trim()) ? '<hr>' : text.trim();
  let beforeKeys: string[];
  try {
    // A trailing paragraph keeps blocks the widget renders as nothing on their own (a lone `***`).
    beforeKeys = before.map((block) =>
      block.text ? key(normalize(block.text)) || key(block.text) : '',
    );
  } catch {
    return (
      after
        .map((block) => (block.text ? fresh(block.text) : ''))
        .filter(Boolean)
        .join('\n\n') + '\n'
    );
  }
  const afterKeys = after.map((block) => key(block.text));
  if (beforeKeys.join('\n\n') === afterKeys.filter(Boolean).join('\n\n') && before.length)
    return original;
  const matched = new Map(
    lcs(beforeKeys, afterKeys)
      .filter(([i]) => before[i]!.text)
      .map(([i, j]) => [j, i]),
  );
  const out: string[] = [];
  const leading = before[0]?.text === '' ? before[0].after : '';
  out.push(leading);
  const blocks = after.filter((block) => block.text);
  blocks.forEach((block, index) => {
    const j = after.indexOf(block);
    const source = matched.has(j) ? before[matched.get(j)!]! : undefined;
    out.push(source ? source.text : fresh(block.text));
    if (index < blocks.length - 1)
      out.push(source && /\n\s*\n/.test(source.after) ? source.after : '\n\n');
  });
  const ending = original ? /\n*$/.exec(original)?.[0] || '' : '';
  return out.join('') + (ending || '\n');
}
