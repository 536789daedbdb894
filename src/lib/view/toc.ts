// Table of contents from the headings Astro collects while rendering (ids come from rehype-slug).

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Nests h2 entries with their h3s; other depths are left out. Returns [] when there is too little to list. */
export function buildToc(headings: readonly Heading[], minimumEntries = 2): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) {
      entries.push({ slug: heading.slug, text: heading.text, children: [] });
    } else if (heading.depth === 3) {
      const parent = entries.at(-1);
      const entry = { slug: heading.slug, text: heading.text, children: [] };
      if (parent) parent.children.push(entry);
      else entries.push(entry);
    }
  }
  const total = entries.reduce((sum, entry) => sum + 1 + entry.children.length, 0);
  return total >= minimumEntries ? entries : [];
}
