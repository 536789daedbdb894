// Every editor mistake fails the build with the file and the field named.
import { describe, expect, it } from 'vitest';
import { buildSite, contentVariant } from '../helpers/build-site';
import { fixtureContent } from '../helpers/paths';

const frontmatter = (fields: string) => `---\n${fields.trim()}\n---\n\nنص الخبر.\n`;
const valid = `title: "خبر"\ndescription: "موجز"\ndate: 2024-11-12\ncategory: politics`;

const cases: Array<{ name: string; file: string; text: string; expect: RegExp[] }> = [
  {
    name: 'missing title',
    file: 'articles/no-title.mdx',
    text: frontmatter(valid.replace('title: "خبر"\n', '')),
    expect: [/no-title\.mdx/, /title: العنوان \(title\) مطلوب/],
  },
  {
    name: 'unknown category',
    file: 'articles/bad-category.mdx',
    text: frontmatter(valid.replace('politics', 'polotics')),
    expect: [/bad-category/, /category/, /polotics/],
  },
  {
    name: 'impossible date',
    file: 'articles/bad-date.mdx',
    text: frontmatter(valid.replace('2024-11-12', '2024-13-45')),
    expect: [/bad-date\.mdx/, /date: "2024-13-45"/],
  },
  {
    name: 'date that is not a date',
    file: 'articles/word-date.mdx',
    text: frontmatter(valid.replace('2024-11-12', 'أمس')),
    expect: [/word-date\.mdx/, /date: تاريخ النشر \(date\)/],
  },
  {
    name: 'image without imageAlt',
    file: 'articles/no-alt.mdx',
    text: frontmatter(`${valid}\nimage: ./no-alt.png`),
    expect: [/no-alt\.mdx/, /imageAlt/],
  },
  {
    name: 'duplicate slug',
    file: 'articles/copy.mdx',
    text: frontmatter(`${valid}\nslug: energy-summit`),
    expect: [
      /(copy|energy-summit)\.mdx: مقالان بالمعرّف نفسه "energy-summit"/,
      /copy\.mdx/,
      /energy-summit\.mdx/,
      /same slug `energy-summit`/,
    ],
  },
  {
    name: 'Figure without alt',
    file: 'articles/figure-no-alt.mdx',
    text: `${frontmatter(valid)}\n<Figure src="./no-alt.png" caption="تعليق" />\n`,
    // The line of the tag in the article, not a hashed /_astro/ path or a stack of dist/.prerender.
    expect: [/figure-no-alt\.mdx:10 +<Figure>: الخاصية alt مطلوب/, /describe the image/],
  },
  {
    name: 'unedited npm run new template in a published article',
    file: 'articles/template.mdx',
    text: frontmatter(
      `${valid.replace('"موجز"', '"اكتب هنا موجز الخبر في جملة أو جملتين."')}\ndraft: false`,
    ),
    expect: [/template\.mdx:3 +description: نص القالب الذي يكتبه npm run new/],
  },
  {
    name: 'unknown key (a typo)',
    file: 'articles/typo.mdx',
    text: frontmatter(`${valid}\ntagz: ["الصين"]`),
    expect: [/typo\.mdx/, /"tagz"/, /did you mean "tags"/],
  },
];

describe('invalid articles fail the build, naming file and field', () => {
  it.each(cases)('$name', async ({ name, file, text, expect: patterns }) => {
    const slug = name.replace(/\W+/g, '-');
    const files: Record<string, string | Buffer> = { [file]: text };
    if (file.includes('no-alt')) {
      files['articles/figure-no-alt.png'] = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      );
      // A real image, so that only the missing alt text is wrong.
      files['articles/no-alt.png'] = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      );
    }
    const contentDir = await contentVariant(`bad-${slug}`, fixtureContent, files);
    const result = await buildSite({ name: `bad-${slug}`, contentDir });
    expect(result.ok, result.output).toBe(false);
    for (const pattern of patterns) expect(result.output).toMatch(pattern);
    // Arabic first, the file and line, no Markdown marks, no :0:0, no stack trace.
    expect(result.output).not.toMatch(/\*\*|:0:0|Stack trace|content\.config\.ts/);
  });
});
