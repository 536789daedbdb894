// Pure logic behind `npm run new`: reading the arguments, choosing a slug that is free, and writing
// the starting MDX file. The script (scripts/new-article.mjs) only does the file-system work.
import { transliterateToSlug } from '../../src/lib/arabic/transliterate';
import { templatePlaceholders } from '../../src/lib/content/placeholders';
import { articleId, articlePathId, type ArticleFile } from '../../src/lib/content/frontmatter';
import { formatMessage, newArticleMessages as messages } from '../../src/lib/content/messages';
import { parseOptions } from '../cli-options.mjs';

export interface NewArticleArgs {
  title: string;
  slug?: string;
  category?: string;
}

export type ParsedArgs =
  { ok: true; args: NewArticleArgs } | { ok: false; help: boolean; error?: string };

export const usage = [
  'الاستخدام / Usage:',
  '  npm run new -- "عنوان المقال" [--slug latin-slug] [--category politics]',
  '',
  '  --slug       معرّف الرابط (حروف لاتينية صغيرة وأرقام وشرطات). The URL slug (a-z, 0-9, hyphens).',
  '  --category   القسم: اسم ملف في content/categories/. A category file name.',
].join('\n');

/** Reads `"title" [--slug x] [--category y]` (also `--slug=x`), with Node's util.parseArgs. */
export function parseNewArticleArgs(argv: readonly string[]): ParsedArgs {
  let parsed: Record<string, any>;
  try {
    parsed = parseOptions(argv, { strings: ['slug', 'category'], positionals: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const text = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]*)/.exec(text)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      return {
        ok: false,
        help: false,
        error: formatMessage(messages.optionNeedsValue(option.replace(/^-+/, ''))),
      };
    }
    return { ok: false, help: false, error: formatMessage(messages.unknownOption(option || text)) };
  }
  if (parsed.help) return { ok: false, help: true };
  const title = (parsed.positionals as string[]).join(' ').trim();
  if (!title) return { ok: false, help: false, error: formatMessage(messages.titleMissing) };
  return {
    ok: true,
    args: { title, slug: parsed.slug?.trim(), category: parsed.category?.trim() },
  };
}

/** Slugs the site accepts in file names: lowercase Latin letters (or Arabic letters), digits, single hyphens. */
export function isValidSlug(slug: string): boolean {
  return /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(slug) && slug === slug.toLowerCase();
}

/** "2024-11-12" for `now` as seen in the site's time zone (the date an editor in that zone would write). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A transliteration of the title, or "article-<date>" when the title has nothing to transliterate. */
export function proposeSlug(title: string, date: string): string {
  return transliterateToSlug(title) || `article-${date}`;
}

/** `base`, or `base-2`, `base-3`… : the first one nobody uses. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export type ExistingArticle = ArticleFile;

/** Slugs already used: file names (with and without their folder) and `slug:` fields. */
export function takenSlugs(articles: readonly ExistingArticle[]): Set<string> {
  const taken = new Set<string>();
  for (const article of articles) {
    const name = articlePathId(article.path);
    taken.add(name);
    taken.add(name.split('/').pop()!);
    taken.add(articleId(article));
  }
  return taken;
}

export type SlugChoice =
  { ok: true; slug: string; proposed: boolean } | { ok: false; error: string };

/** The slug to use: the editor's (refused if invalid or taken) or a free proposal. Never an existing one. */
export function chooseSlug(
  args: NewArticleArgs,
  date: string,
  taken: ReadonlySet<string>,
): SlugChoice {
  if (args.slug !== undefined) {
    if (!isValidSlug(args.slug)) {
      return { ok: false, error: formatMessage(messages.invalidSlug(args.slug)) };
    }
    if (taken.has(args.slug)) {
      return {
        ok: false,
        error: formatMessage(messages.slugTaken(args.slug, firstFreeSlug(args.slug, taken))),
      };
    }
    return { ok: true, slug: args.slug, proposed: false };
  }
  return { ok: true, slug: firstFreeSlug(proposeSlug(args.title, date), taken), proposed: true };
}

export interface CategoryOption {
  id: string;
  name: string;
  order: number;
}

export type CategoryChoice = { ok: true; category: CategoryOption } | { ok: false; error: string };

/** The editor's category if it exists, else the first one in display order; an unknown one is an error. */
export function chooseCategory(
  requested: string | undefined,
  categories: readonly CategoryOption[],
): CategoryChoice {
  const sorted = [...categories].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const list = sorted.map((c) => `${c.id} (${c.name})`).join('، ');
  if (sorted.length === 0) {
    return { ok: false, error: formatMessage(messages.noCategories) };
  }
  if (requested === undefined) return { ok: true, category: sorted[0]! };
  const found = sorted.find((c) => c.id === requested);
  if (!found) {
    return { ok: false, error: formatMessage(messages.unknownCategory(requested, list)) };
  }
  return { ok: true, category: found };
}

export interface TemplateInput {
  title: string;
  date: string;
  category: string;
  categories: readonly string[];
  slug: string;
}

/** The new file: every frontmatter field written or commented with an example, `draft: true`. */
export function renderArticleTemplate({
  title,
  date,
  category,
  categories,
  slug,
}: TemplateInput): string {
  const q = (text: string) => JSON.stringify(text); // a valid YAML double-quoted string
  return `---
# المقال مسودة (draft: true) لا تُنشر حتى تجعلها false. Drafts are not published until draft: false.
title: ${q(title)}
# الموجز: جملة أو جملتان تظهران تحت العنوان وفي القوائم ونتائج البحث. Required.
description: ${q(templatePlaceholders.description)}
# تاريخ النشر YYYY-MM-DD. تاريخ في المستقبل = مقال مجدول يظهر في أول بناء بعده. A future date schedules it.
date: ${date}
# updated: ${date}
# القسم، واحد من: ${categories.join(', ')}
category: ${category}
tags: []
# author: "اسم الكاتب"
# source: "وكالات"
# صورة الغلاف بجانب المقال، مع وصف نصي إلزامي. A cover image next to the article, with its alt text.
# image: ./images/${slug}/cover.jpg
# imageAlt: "وصف الصورة لمن لا يراها"
draft: true
---

${templatePlaceholders.body}

## عنوان فرعي

{/* أمثلة للمكوّنات (احذف علامتي التعليق لاستخدامها). Component examples — see docs/editors-guide.md:

<Figure src="./images/${slug}/photo.jpg" alt="وصف الصورة" caption="التعليق على الصورة" credit="تصوير: وكالة الأنباء" />

<PullQuote cite="اسم القائل">نص الاقتباس البارز.</PullQuote>

<Note title="ملاحظة">معلومة جانبية مفيدة للقارئ.</Note>

<Video url="https://www.youtube.com/watch?v=VIDEO_ID" title="عنوان الفيديو" />
*/}
`;
}
