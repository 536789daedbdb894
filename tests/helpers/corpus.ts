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
  author?: string;
  source?: string;
  draft: boolean;
  image?: string;
}

export async function readCorpus(
  contentDir: string,
): Promise<{ articles: SourceArticle[]; categories: string[] }> {
  const articleDir = path.join(contentDir, 'articles');
  const files = (await readdir(articleDir, { recursive: true }))
    .filter((file) => /\.(md|mdx)$/.test(file) && !path.basename(file).startsWith('_'))
    .sort();
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
