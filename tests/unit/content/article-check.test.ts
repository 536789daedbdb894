// The checks the build and the web editor run on a whole article file: each problem with its line,
// field and the catalogue's Arabic message.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { checkArticle, formatProblems, requiredFields } from '../../../src/lib/content/article-check';
import { templatePlaceholders } from '../../../src/lib/content/placeholders';
import { renderArticleTemplate } from '../../../scripts/lib/new-article';

const options = { categories: ['politics', 'economy'] };
const good = '---\ntitle: "خبر"\ndescription: "موجز"\ndate: 2024-11-12\ncategory: politics\n---\n\nنص.\n';

describe('checkArticle', () => {
  it('passes a valid article', () => {
    expect(checkArticle(good, options)).toEqual([]);
  });

  it('names the line and field of each mistake, Arabic first, and where to add a missing field', () => {
    const text = '---\ntitel: "خبر"\ndescription: "موجز"\ndate: 2024-02-30\ncategory: sport\n---\n\nنص.\n';
    const problems = checkArticle(text, options);
    expect(problems.map(({ line, field }) => `${line} ${field}`)).toEqual(['2 titel', '4 date', '5 category', '6 title']);
    expect(problems[0]!.text).toMatch(/^حقل غير معروف: "titel" \(هل تقصد "title"؟/);
    expect(problems[1]!.text).toMatch(/^"2024-02-30" ليس تاريخاً صحيحاً/);
    expect(problems[2]!.text).toMatch(/^القسم "sport" غير موجود/);
    expect(problems[3]!.text).toMatch(/^العنوان \(title\) مطلوب ولا يكون فارغاً\./);
  });

  it('formats problems with the file and line, without Markdown marks or :0:0', () => {
    const out = formatProblems('content/articles/x.mdx', checkArticle(good.replace('title: "خبر"', 'title: ""'), options));
    expect(out).toMatch(/^content\/articles\/x\.mdx: خطأ واحد في المقال/);
    expect(out).toContain('content/articles/x.mdx:2  title: العنوان (title) مطلوب');
    expect(out).not.toMatch(/\*\*|:0:0|\/_astro\//);
  });

  it('refuses the unedited npm run new template in a published article, not in a draft', () => {
    const template = renderArticleTemplate({ title: 'قمة', date: '2024-11-12', category: 'politics', categories: ['politics'], slug: 'qma' });
    expect(checkArticle(template, options)).toEqual([]); // draft: true
    const published = template.replace(/^draft: true$/m, 'draft: false');
    const problems = checkArticle(published, options);
    expect(problems.map((p) => p.field)).toEqual(['description', 'body']);
    expect(problems[1]!.line).toBe(published.split('\n').findIndex((l) => l === templatePlaceholders.body) + 1);
  });

  it('finds a <Figure> without alt at its line, and a missing image when it can look', () => {
    const text = `${good}\n<Figure src="./images/x.jpg" />\n\n<Figure src="./images/y.jpg" alt="وصف" />\n`;
    const problems = checkArticle(text, { ...options, fileExists: (p) => p === './images/x.jpg' });
    expect(problems.map(({ line, field }) => `${line} ${field}`)).toEqual(['10 <Figure>', '12 <Figure>']);
    expect(problems[0]!.text).toMatch(/^الخاصية alt مطلوب/);
    expect(problems[1]!.text).toMatch(/^الصورة "\.\/images\/y\.jpg" غير موجودة/);
  });

  it('with mdx, reports a syntax error at its line with the Arabic fix', () => {
    const problems = checkArticle(`${good}\nالنسبة <15%\n`, { ...options, mdx: true });
    expect(problems).toEqual([expect.objectContaining({ line: 10, field: 'body' })]);
    expect(problems[0]!.text).toMatch(/^علامة < تبدأ وسماً/);
  });

  it('given the frontmatter the build parsed (Astro, js-yaml), finds the same problems at the same lines', () => {
    const texts = [
      good,
      '---\ntitel: "خبر"\ndescription: "موجز"\ndate: 2024-02-30\ncategory: sport\n---\n\nنص.\n',
      good.replace('title: "خبر"', 'title: ""'),
      good.replace('date: 2024-11-12', 'date: 2024-11-12\nupdated: 2024-11-01'),
      good.replace('date: 2024-11-12', 'date: 2024-11-12 09:30'),
      good.replace('category: politics', 'category: politics\ntags: [سياسة, ""]'),
      `${good}\n<Figure src="./images/x.jpg" />\n`,
      renderArticleTemplate({ title: 'قمة', date: '2024-11-12', category: 'politics', categories: ['politics'], slug: 'qma' }).replace(
        /^draft: true$/m,
        'draft: false',
      ),
    ];
    for (const text of texts) {
      const data = parseFrontmatter(text).frontmatter as Record<string, unknown>;
      const fileExists = (p: string) => p === './images/y.jpg';
      expect(checkArticle(text, { ...options, fileExists, data }), text).toEqual(checkArticle(text, { ...options, fileExists }));
    }
    // The broken ones really are broken, with lines from the file (not the fast path's guesses).
    expect(checkArticle(texts[1]!, { ...options, data: parseFrontmatter(texts[1]!).frontmatter }).map((p) => p.line)).toEqual([2, 4, 5, 6]);
  });

  it('reads the required fields from the schema', () => {
    expect(requiredFields).toEqual(['title', 'description', 'date', 'category']);
  });
});
