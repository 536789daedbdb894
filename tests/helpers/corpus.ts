// Reads a content folder's sources (frontmatter only) so build tests can compute what the site must
// contain (published articles, pages per category and tag) instead of hard-coding numbers.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { articleId, frontmatterOf } from '../../src/lib/content/frontmatter';

export interface SourceArticle {
  id: string;
  title: string;
  description: string;
  date: Date;
  updated?: Date;
  category: string;
  tags: string[];
  /** `author:` as written: an author file's id or a free-text byline. */
  author?: string;
  /** The byline as shown: the author file's name, or the free text. */
  byline?: string;
  source?: string;
  draft: boolean;
  image?: string;
  corrections: Array<{ date: Date; text: string }>;
  live: boolean;
  /** The latest change: date, updated or the newest correction (the site's dateModified and lastmod). */
  modified: Date;
}

export async function readCorpus(
  contentDir: string,
): Promise<{ articles: SourceArticle[]; categories: string[] }> {
  const articleDir = path.join(contentDir, 'articles');
  const files = (await readdir(articleDir, { recursive: true }))
    .filter((file) => /\.(md|mdx)$/.test(file) && !path.basename(file).startsWith('_'))
    .sort();
  const authorNames = new Map<string, string>();
  for (const file of await readdir(path.join(contentDir, 'authors')).catch(() => [] as string[])) {
    if (!file.endsWith('.json')) continue;
    authorNames.set(
      file.replace(/\.json$/, ''),
      JSON.parse(await readFile(path.join(contentDir, 'authors', file), 'utf8')).name,
    );
  }
  const articles: SourceArticle[] = [];
  for (const file of files) {
    const text = await readFile(path.join(articleDir, file), 'utf8');
    const data = parse(frontmatterOf(text)!) as Record<string, unknown>;
    const toDate = (value: unknown) =>
      value === undefined ? undefined : new Date(value as string | Date);
    articles.push({
      id: articleId({ path: file, text }),
      title: data.title as string,
      description: data.description as string,
      date: toDate(data.date)!,
      updated: toDate(data.updated),
      category: data.category as string,
      tags: (data.tags as string[] | undefined) ?? [],
      author: data.author as string | undefined,
      byline:
        data.author === undefined
          ? undefined
          : (authorNames.get(data.author as string) ?? (data.author as string)),
      live: data.live === true,
      corrections: (
        (data.corrections as Array<{ date: unknown; text: string }> | undefined) ?? []
      ).map((c) => ({ date: toDate(c.date)!, text: c.text })),
      modified: [
        toDate(data.date)!,
        toDate(data.updated),
        ...((data.corrections as Array<{ date: unknown }> | undefined) ?? []).map((c) =>
          toDate(c.date),
        ),
      ]
        .filter((d): d is Date => d !== undefined)
        .reduce((a, b) => (b > a ? b : a)),
      source: data.source as string | undefined,
      draft: data.draft === true,
      image: data.image as string | undefined,
    });
  }
  const categories = (await readdir(path.join(contentDir, 'categories')))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));
  return { articles, categories };
}

/** Published at `now`, newest first (ties by id), as the site orders them. */
export function published(articles: readonly SourceArticle[], now = new Date()): SourceArticle[] {
  return articles
    .filter((article) => !article.draft && article.date.getTime() <= now.getTime())
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}
