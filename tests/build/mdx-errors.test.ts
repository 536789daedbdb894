// The MDX mistakes editors make (an unclosed component, a bare "{" or "<" in prose, markup the page's
// security policy forbids, a component's missing prop) fail the build at content sync with the
// article's file, line and column, what to do (Arabic first) and the parser's own words
// (docs/editors-guide.md explains each message).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLock, buildSite, contentVariant } from '../helpers/build-site';
import { fixtureContent, projectRoot, tmpRoot } from '../helpers/paths';
import { tsNodeArgs } from '../../scripts/node-options.mjs';

const article = (body: string) =>
  `---\ntitle: "خبر"\ndescription: "موجز"\ndate: 2024-11-12\ncategory: politics\n---\n\nفقرة أولى سليمة.\n\n${body}\n\nفقرة أخيرة.\n`;
// The body starts on line 10 of the file.

const cases = [
  {
    name: 'unclosed component tag',
    file: 'unclosed-note.mdx',
    body: '<Note title="خلفية">\nنص الملاحظة من دون وسم إغلاق.',
    expect: [
      /unclosed-note\.mdx:10:1: الوسم <Note> لم يُغلق: أضف <\/Note>/,
      /Expected a closing tag for `<Note>`/,
    ],
  },
  {
    name: 'bare { in prose',
    file: 'bare-brace.mdx',
    body: 'النسبة {أقل من النصف} في المدينة.',
    expect: [/bare-brace\.mdx:10:\d+: الأقواس المعقوفة/, /\{'\{'\}/, /Could not parse expression/],
  },
  {
    name: 'bare < before a digit',
    file: 'bare-less-than.mdx',
    body: 'بلغت النسبة <15% من السكان.',
    expect: [
      /bare-less-than\.mdx:10:13: علامة < تبدأ وسماً/,
      /&lt;15%/,
      /Unexpected character after `<`/,
    ],
  },
  {
    name: 'inline style (the page security policy forbids it)',
    file: 'inline-style.mdx',
    body: 'نص <span style="color: red">ملوّن</span>.',
    expect: [/inline-style\.mdx:10:\d+: <span style="…">: الخاصية style غير مسموح بها/],
  },
  {
    name: 'a component without a required prop',
    file: 'figure-no-alt.mdx',
    body: '<Figure src="./images/satellite-launch.jpg" />',
    expect: [
      // The whole-file check (article-check.ts, the web editor's too) finds it before compilation.
      /figure-no-alt\.mdx:10 +<Figure>: الخاصية alt مطلوب/,
    ],
  },
  {
    name: 'an unknown component',
    file: 'unknown-component.mdx',
    body: '<Slideshow images="a" />',
    expect: [
      /unknown-component\.mdx:10:1: <Slideshow> ليس من مكوّنات المقال المعروفة/,
      /Figure, Gallery, Note, PullQuote, Update, Video/,
    ],
  },
  {
    name: 'an image that is not next to the article',
    file: 'missing-image.mdx',
    body: '![صورة](./images/none.jpg)',
    expect: [/missing-image\.mdx:10: الصورة \.\/images\/none\.jpg غير موجودة/],
  },
  {
    name: 'an inline style in an article with its own export (checked on the built page)',
    file: 'module-style.mdx',
    body: "export const colour = 'red';\n\n<p style={{ color: colour }}>نص ملوّن</p>",
    expect: [
      /module-style\.mdx: في صفحة المقال \(articles\/module-style\/index\.html\) ما لا تسمح به سياسة أمان الصفحة: inline style attribute/,
    ],
  },
];

describe('broken MDX fails the build with the file and line', () => {
  it.each(cases)('$name', async ({ file, body, expect: patterns }) => {
    const name = `mdx-${file.replace('.mdx', '')}`;
    const contentDir = await contentVariant(name, fixtureContent, {
      [`articles/${file}`]: article(body),
    });
    const result = await buildSite({ name, contentDir });
    expect(result.ok, result.output).toBe(false);
    for (const pattern of patterns) expect(result.output).toMatch(pattern);
    expect(result.output).not.toMatch(/Stack trace|\.prerender|:0:0/);
    // The place is the article's, not a stack trace of the build's code.
    expect(result.output).not.toMatch(/at .*article-loader\.ts/);
  });
});

describe('npm run check', () => {
  it('fails with exit code 1, naming the broken article and line, and says the link check was skipped', async () => {
    const contentDir = await contentVariant('check-broken', fixtureContent, {
      'articles/bare-brace.mdx': article('النسبة {أقل من النصف} في المدينة.'),
    });
    const args = [...tsNodeArgs, 'scripts/check.mjs'];
    const { code, output } = await new Promise<{ code: number | null; output: string }>(
      (resolve) => {
        const child = spawn('flock', [buildLock, process.execPath, ...args], {
          cwd: projectRoot,
          env: {
            ...process.env,
            NO_COLOR: '1',
            CONTENT_DIR: contentDir,
            CHECK_OUT_DIR: path.join(tmpRoot, 'check-broken/dist'),
            ASTRO_CACHE_DIR: path.join(tmpRoot, 'check-broken/cache'),
          },
        });
        let text = '';
        child.stdout.on('data', (chunk) => (text += chunk));
        child.stderr.on('data', (chunk) => (text += chunk));
        child.on('close', (exitCode) => resolve({ code: exitCode, output: text }));
      },
    );
    expect(code, output).toBe(1);
    expect(output).toMatch(/bare-brace\.mdx:10:\d+/);
    expect(output).toMatch(/✗ build: المحتوى والصفحات/);
    expect(output).toMatch(/✗ links: skipped \(the build failed\)/);
    expect(output).toMatch(/npm run check found problems/);
  });
});
