// Finds the pages of a built site and sorts them into page types, so that quality checks cover every
// kind of page that exists (new page types included) without hard-coding URLs.
import { listBuiltFiles } from '../../src/integrations/built-files';
import { builtFileUrl } from '../../src/lib/routes';

/** Page types every build of the site must have (a check fails when one is missing). */
export const requiredPageTypes = [
  'home',
  'article',
  'category',
  'tag',
  'search',
  'archive',
  '404',
  'author',
] as const;

export interface BuiltPage {
  /** Path of the HTML file inside dist/, with forward slashes ("articles/x/index.html"). */
  file: string;
  /** URL path from the site root, decoded ("/articles/x/", "/404.html"). */
  url: string;
  /** "home", "article", "category", "tag", "search", "archive", "404", or the first URL segment. */
  type: string;
}

/** First URL segment → page type, for the folders whose name is not the type name. */
const typeBySegment: Record<string, string> = { articles: 'article' };

/** The page type of a URL path such as "/category/politics/2/" (→ "category"). */
export function pageTypeOf(url: string): string {
  if (url === '/404.html' || url === '/404/') return '404';
  const segments = url.split('/').filter(Boolean);
  if (segments.length === 0) return 'home';
  const first = segments[0]!;
  return typeBySegment[first] ?? first;
}

/**
 * Every reader page in a dist folder (pagefind's UI and similar asset folders hold no .html pages).
 * The web editor (admin/) is an application with checks of its own (tests/build/admin.test.ts,
 * tests/e2e/editor.test.ts), not a page readers get.
 */
export async function listBuiltPages(distDir: string): Promise<BuiltPage[]> {
  return (await listBuiltFiles(distDir))
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .map((file) => {
      const url = decodeURIComponent(builtFileUrl(file, '/'));
      return { file, url, type: pageTypeOf(url) };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * A few pages standing for all: per page type, the first page of each URL shape (depth, and whether
 * the last segment is a page number). "/tag/", "/tag/x/" and "/tag/x/2/" are three shapes of "tag".
 */
export function representativePages(pages: readonly BuiltPage[]): BuiltPage[] {
  const chosen = new Map<string, BuiltPage>();
  for (const page of pages) {
    const segments = page.url.split('/').filter(Boolean);
    const shape = `${page.type}:${segments.length}:${/^\d+$/.test(segments.at(-1) ?? '') ? 'n' : 's'}`;
    if (!chosen.has(shape)) chosen.set(shape, page);
  }
  return [...chosen.values()];
}

/** Required page types with no page in `pages`. */
export function missingPageTypes(pages: readonly BuiltPage[]): string[] {
  const present = new Set(pages.map((page) => page.type));
  return requiredPageTypes.filter((type) => !present.has(type));
}
