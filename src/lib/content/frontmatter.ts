// YAML turns `date: 2024-13-45` into a real Date by rolling over (2025-02-14) before any schema
// sees it. This reads the raw frontmatter so that impossible calendar dates are reported instead.

export interface InvalidDate {
  field: string;
  value: string;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Date-like values of `fields` in a file's frontmatter that are not real calendar dates. */
export function findImpossibleDates(fileText: string, fields: readonly string[]): InvalidDate[] {
  const frontmatter = frontmatterPattern.exec(fileText)?.[1];
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
