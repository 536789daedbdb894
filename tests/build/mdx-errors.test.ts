// The MDX mistakes editors make (an unclosed component, a bare "{" or "<" in prose) fail the build
// with the article's file, line and column, so the editor knows where to look (docs/editors-guide.md
// explains each message).
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
    // MDX gives this one's position in the message: "(10:1-10:21)" (line:column), the file under Location.
    expect: [
      /unclosed-note\.mdx:10:1 +body: الوسم <Note> لم يُغلق/,
      /Expected a closing tag for `<Note>` \(10:1-/,
    ],
  },
  {
    name: 'bare { in prose',
    file: 'bare-brace.mdx',
    body: 'النسبة {أقل من النصف} في المدينة.',
    expect: [/bare-brace\.mdx:10:\d+ +body: الرمز \{ يبدأ تعبيراً/, /expression/],
  },
  {
    name: 'bare < before a digit',
    file: 'bare-less-than.mdx',
    body: 'بلغت النسبة <15% من السكان.',
    expect: [
      /bare-less-than\.mdx:10:\d+ +body: الرمز < وحده يبدأ وسماً/,
      /Unexpected character `1`/,
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
