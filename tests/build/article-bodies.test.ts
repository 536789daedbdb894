// Article bodies are compiled at content sync (src/lib/content/body/compile.ts), not by Astro's MDX
// integration. The same articles built both ways (AFAQ_MDX_MODULES=1 sends every MDX article through
// the integration, as before) must give the same bodies and tables of contents, under a base path; an
// article with its own import/export keeps working through the integration.
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, contentVariant, type BuildResult } from '../helpers/build-site';
import { loadPage } from '../helpers/html';
import { fixtureContent, projectRoot } from '../helpers/paths';

const frontmatter = (title: string) =>
  `---\ntitle: "${title}"\ndescription: "موجز"\ndate: 2024-11-02\ncategory: politics\ntags: ["اختبار"]\n---\n\n`;

/** Every construct an editor writes, in one article. */
const everything = `${frontmatter('كل ما يكتبه المحرر')}مقدمة **غامقة** و*مائلة* مع [رابط داخلي](/category/economy/) و[رابط خارجي](https://example.org/) و\`رمز\`.

## جدول الأرقام

| البند | القيمة | الملاحظة |
| :--- | ---: | :---: |
| النفط | ١٢ | مستقر |
| الغاز | 7 | ~~منخفض~~ |

{/* ملاحظة للمحرر لا تظهر */}

### قائمة

- بند أول
- بند ثانٍ مع <abbr title="منظمة البلدان المصدرة للبترول">أوبك</abbr>

1. مرقّم
2. ثانٍ

> اقتباس طويل من تقرير.

<div class="article-aside">نص داخل عنصر HTML مع <strong>تشديد</strong>.</div>

<Note title="خلفية">
ملاحظة بفقرتين.

## عنوان داخل الملاحظة

الفقرة الثانية.
</Note>

<PullQuote cite="مصدر">جملة *بارزة*.</PullQuote>

<Note tone="warning">تصحيح.</Note>

النسبة {'{'}أقل{'}'} من {10} بالمئة.

![صورة من المقال](./images/editor-components/harbour.jpg)
`;

/** An article with its own export: compiled by Astro's MDX integration in both builds. */
const withExport = `${frontmatter('مقال بمتغير خاص')}export const year = 2024;

في عام {year} تغيّر كل شيء.
`;

async function contentWithExtras(name: string): Promise<string> {
  const dir = await contentVariant(name, fixtureContent, {
    'articles/everything.mdx': everything,
    'articles/with-export.mdx': withExport,
  });
  const editor = path.join(projectRoot, 'tests/fixtures/editor-article');
  await cp(
    path.join(editor, 'editor-components.mdx'),
    path.join(dir, 'articles/editor-components.mdx'),
  );
  await cp(path.join(editor, 'images'), path.join(dir, 'articles/images/editor-components'), {
    recursive: true,
  });
  return dir;
}

/** The body as a comparable string: parsed, scripts left out (where Astro puts a component's script
 * differs), whitespace between tags dropped, typographic quotes and dashes folded (the MDX integration
 * sets them with remark-smartypants, content sync with Sätteri: see the last test). */
function bodyOf(page: cheerio.CheerioAPI): string {
  const body = cheerio.load(page('.article-body').html() ?? '', null, false);
  body('script').remove();
  return body
    .html()
    .replace(/>\s+</g, '><')
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .trim();
}

let compiled: BuildResult;
let modules: BuildResult;
let articles: string[];

beforeAll(async () => {
  const env = { BASE_PATH: '/afaq', SITE_URL: 'https://news.example.org' };
  compiled = await buildSite({
    name: 'bodies-compiled',
    contentDir: await contentWithExtras('bodies-compiled'),
    env,
  });
  modules = await buildSite({
    name: 'bodies-modules',
    contentDir: await contentWithExtras('bodies-modules'),
    env: { ...env, AFAQ_MDX_MODULES: '1' },
  });
  expect(compiled.ok, compiled.output).toBe(true);
  expect(modules.ok, modules.output).toBe(true);
  articles = await readdir(path.join(compiled.outDir, 'articles'));
});

describe('article bodies compiled at content sync', () => {
  it('are the same as Astro’s MDX integration renders them, for every article, with the same table of contents', async () => {
    expect(articles).toEqual(
      expect.arrayContaining(['everything', 'editor-components', 'with-export']),
    );
    for (const id of articles) {
      const [a, b] = await Promise.all([
        loadPage(compiled.outDir, `articles/${id}/`),
        loadPage(modules.outDir, `articles/${id}/`),
      ]);
      expect(bodyOf(a), id).toMatch(/<p>/);
      expect(bodyOf(a), id).toBe(bodyOf(b));
      expect(a('nav[aria-labelledby="toc-heading"]').html(), id).toBe(
        b('nav[aria-labelledby="toc-heading"]').html(),
      );
    }
  });

  it('keep Arabic heading ids, base-path links, optimised images and the components’ markup', async () => {
    const page = await loadPage(compiled.outDir, 'articles/everything/');
    const body = page('.article-body');
    expect(body.find('h2#جدول-الأرقام').length).toBe(1);
    expect(body.find('h2#عنوان-داخل-الملاحظة').length).toBe(1);
    expect(page('nav[aria-labelledby="toc-heading"] a[href="#عنوان-داخل-الملاحظة"]').length).toBe(
      1,
    );
    expect(body.find('a[href="/afaq/category/economy/"]').length).toBe(1);
    expect(body.find('a[href="https://example.org/"]').length).toBe(1);
    expect(body.find('[role="note"]').length).toBe(2);
    expect(body.find('figure.pull-quote cite').text()).toBe('مصدر');
    expect(body.text()).toContain('{أقل} من 10');
    expect(body.text()).not.toContain('ملاحظة للمحرر');
    const image = body.find('img[alt="صورة من المقال"]');
    expect(image.attr('src')).toMatch(/^\/afaq\/_astro\/harbour\.[\w-]+\.webp$/);
    expect(image.attr('width')).toMatch(/^\d+$/);
    expect(image.attr('loading')).toBe('lazy');
    const figure = (await loadPage(compiled.outDir, 'articles/editor-components/'))(
      '.article-body picture',
    );
    expect(figure.find('source[type="image/avif"]').attr('srcset')).toMatch(/400w/);
  });

  it('align table columns with logical classes, never inline styles', async () => {
    const $ = await loadPage(compiled.outDir, 'articles/everything/');
    expect($('.article-body [style]').length).toBe(0);
    expect(
      $('.article-body th')
        .map((_, th) => $(th).attr('class'))
        .get(),
    ).toEqual(['text-start', 'text-end', 'text-center']);
  });

  it('leave an article with its own export to Astro’s MDX integration, which renders it', async () => {
    const body = (await loadPage(compiled.outDir, 'articles/with-export/'))('.article-body');
    expect(body.text()).toContain('في عام 2024 تغيّر كل شيء.');
  });

  it('set typographic quotes as Astro’s own Markdown does (Sätteri), an opening quote after a prefix letter included', async () => {
    const page = await loadPage(compiled.outDir, 'articles/arabic-language-models/');
    expect(page('.article-body').text()).toContain('“وبكين” و“بالصين”');
  });
});
