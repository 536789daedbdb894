// An article file's frontmatter read as text, where the parsed data is not enough or not there yet:
// impossible dates (YAML turns `date: 2024-13-45` into a real Date by rolling over to 2025-02-14
// before any schema sees it), and the article's id (its URL slug) outside Astro (scripts, tests).

export interface InvalidDate {
  field: string;
  value: string;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The frontmatter block of a file (the YAML between the --- lines), or undefined when it has none. */
export function frontmatterOf(fileText: string): string | undefined {
  return frontmatterPattern.exec(fileText)?.[1];
}

/** Date-like values of `fields` in a file's frontmatter that are not real calendar dates. */
export function findImpossibleDates(fileText: string, fields: readonly string[]): InvalidDate[] {
  const frontmatter = frontmatterOf(fileText);
  if (!frontmatter) return [];
  const problems: InvalidDate[] = [];
  for (const field of fields) {
    const line = new RegExp(`^${field}:[ \\t]*["']?([^"'\\r\\n#]*)`, 'm').exec(frontmatter);
    const value = line?.[1]?.trim();
    if (!value) continue;
    const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[Tt ])/.exec(value);
    if (!parts) continue; // not YAML-date-shaped: the schema judges it
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      problems.push({ field, value });
    }
  }
  return problems;
}

export interface ArticleFile {
  /** Path inside the articles folder, e.g. "economy/oil.mdx" or "oil.mdx". */
  path: string;
  text: string;
}

/** The `slug:` field of an article's frontmatter, if it has one. */
export function frontmatterSlug(text: string): string | undefined {
  const frontmatter = frontmatterOf(text);
  const slug = frontmatter && /^slug:[ \t]*["']?([^"'\r\n#]+?)["']?[ \t]*(?:#.*)?$/m.exec(frontmatter)?.[1];
  return slug ? slug.trim() : undefined;
}

/** The path's part of an id: without extension or /index, "/" separators, lower case. */
export function articlePathId(path: string): string {
  return path.replace(/\\/g, '/').replace(/\.(md|mdx)$/i, '').replace(/\/index$/i, '').toLowerCase();
}

/** The id (URL slug) Astro gives an article: its `slug:` field, else its path without extension or /index. */
export function articleId({ path, text }: ArticleFile): string {
  return (frontmatterSlug(text) ?? articlePathId(path)).toLowerCase();
}
