// The MDX mistakes editors make (an unclosed component, a bare "{" or "<" in prose) fail the build
// with the article's file, line and column, so the editor knows where to look (docs/editors-guide.md
// explains each message).
import { describe, expect, it } from 'vitest';
import { buildSite, contentVariant } from '../helpers/build-site';
import { fixtureContent } from '../helpers/paths';

const article = (body: string) =>
  `---\ntitle: "خبر"\ndescription: "موجز"\ndate: 2024-11-12\ncategory: politics\n---\n\nفقرة أولى سليمة.\n\n${body}\n\nفقرة أخيرة.\n`;
// The body starts on line 10 of the file.

const cases = [
  {
    name: 'unclosed component tag',
    file: 'unclosed-note.mdx',
    body: '<Note title="خلفية">\nنص الملاحظة من دون وسم إغلاق.',
    // MDX gives this one's position in the message: "(10:1-10:21)" (line:column), the file under Location.
    expect: [/unclosed-note\.mdx/, /Expected a closing tag for `<Note>` \(10:1-/],
  },
  {
    name: 'bare { in prose',
    file: 'bare-brace.mdx',
    body: 'النسبة {أقل من النصف} في المدينة.',
    expect: [/bare-brace\.mdx:10:\d+/, /Could not parse expression with acorn/],
  },
  {
    name: 'bare < before a digit',
    file: 'bare-less-than.mdx',
    body: 'بلغت النسبة <15% من السكان.',
    expect: [/bare-less-than\.mdx:10:\d+/, /Unexpected character `1`/],
  },
];

describe('broken MDX fails the build with the file and line', () => {
  it.each(cases)('$name', async ({ file, body, expect: patterns }) => {
    const name = `mdx-${file.replace('.mdx', '')}`;
    const contentDir = await contentVariant(name, fixtureContent, { [`articles/${file}`]: article(body) });
    const result = await buildSite({ name, contentDir });
    expect(result.ok, result.output).toBe(false);
    for (const pattern of patterns) expect(result.output).toMatch(pattern);
  });
});
