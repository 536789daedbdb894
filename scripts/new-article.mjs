// `npm run new -- "عنوان المقال" [--slug x] [--category politics]`
// Creates content/articles/<slug>.mdx as a draft dated today. Never overwrites a file or reuses a slug.
// Runs through scripts/run.sh (types stripped), so it imports the typed logic of scripts/lib and src/lib.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  chooseCategory,
  chooseSlug,
  parseNewArticleArgs,
  renderArticleTemplate,
  takenSlugs,
  todayIn,
  usage,
} from './lib/new-article';
import { formatMessage, newArticleMessages } from '../src/lib/content/messages';
import { articleUrl } from '../src/lib/routes';
import { site } from '../src/site.config';

const fail = (message) => {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
};

const parsed = parseNewArticleArgs(process.argv.slice(2));
if (!parsed.ok) {
  if (parsed.help) {
    console.log(usage);
    process.exit(0);
  }
  fail(`${parsed.error}\n\n${usage}`);
}
const { args } = parsed;

const contentDir = path.resolve(site.contentDir);
const articlesDir = path.join(contentDir, 'articles');
const categoriesDir = path.join(contentDir, 'categories');

/** Every .md/.mdx under the articles folder, with its text (to read `slug:` fields). */
async function readArticles() {
  const entries = await readdir(articlesDir, { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  const files = entries.filter((e) => e.isFile() && /\.mdx?$/i.test(e.name));
  return Promise.all(
    files.map(async (e) => {
      const full = path.join(e.parentPath, e.name);
      return { path: path.relative(articlesDir, full), text: await readFile(full, 'utf8') };
    }),
  );
}

async function readCategories() {
  const names = (await readdir(categoriesDir).catch(() => [])).filter((n) => n.endsWith('.json'));
  return Promise.all(
    names.map(async (name) => {
      const data = JSON.parse(await readFile(path.join(categoriesDir, name), 'utf8'));
      return {
        id: name.replace(/\.json$/, ''),
        name: String(data.name ?? ''),
        order: Number(data.order ?? 100),
      };
    }),
  );
}

const date = todayIn(site.timeZone);
const [articles, categories] = await Promise.all([readArticles(), readCategories()]);

const category = chooseCategory(args.category, categories);
if (!category.ok) fail(category.error);
const slug = chooseSlug(args, date, takenSlugs(articles));
if (!slug.ok) fail(slug.error);

const file = path.join(articlesDir, `${slug.slug}.mdx`);
const text = renderArticleTemplate({
  title: args.title,
  date,
  category: category.category.id,
  categories: categories.map((c) => c.id).sort(),
  slug: slug.slug,
});
// 'wx' fails if the file appeared in the meantime: an existing article is never overwritten.
await writeFile(file, text, { flag: 'wx' }).catch((error) => {
  fail(
    error.code === 'EEXIST' ? formatMessage(newArticleMessages.fileExists(file)) : String(error),
  );
});

const relative = path.relative(process.cwd(), file);
console.log(`
✓ أُنشئ المقال / Created: ${relative}
  المعرّف / slug: ${slug.slug}${slug.proposed ? '   (مقترح من العنوان؛ غيّر اسم الملف إن شئت / proposed from the title; rename the file to change it)' : ''}
  القسم / category: ${category.category.id} (${category.category.name})
  التاريخ / date: ${date}   المسودة / draft: true

الخطوات التالية:
  1. اكتب الموجز (description) ونص المقال في ${relative}
  2. عاين المقال: npm run dev  ثم افتح ${articleUrl(slug.slug)}  (المسودات تظهر في المعاينة فقط)
  3. اجعل draft: false عند الجاهزية، ثم شغّل npm run check قبل النشر.
  الدليل الكامل: docs/editors-guide.md

Next steps:
  1. Write the description and the body in ${relative}
  2. Preview: npm run dev, then open ${articleUrl(slug.slug)} (drafts show only in dev)
  3. Set draft: false when ready, then run npm run check before publishing.
  Full guide: docs/editors-guide.md
`);
