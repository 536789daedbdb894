// The web editor's file format: untouched fields and blocks keep their bytes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatField,
  parseArticleFile,
  serializeArticleFile,
} from '../../../src/lib/editor/article-file';
import { mergeBody, splitBlocks } from '../../../src/lib/editor/body-merge';
import { escapeMdxText, mdxSafeBlock } from '../../../src/lib/editor/mdx-text';
import { articleFields } from '../../../src/lib/content/messages';
import { projectRoot } from '../../helpers/paths';

// The schema's order, as the web editor's collection lists the fields.
const order = articleFields;
const files = [
  'content/articles/shoigu-beijing-security-talks.mdx',
  'tests/fixtures/editor-article/editor-components.mdx',
  'tests/fixtures/editor-article/round-trip.mdx',
];

describe('article files written by the editor', () => {
  it.each(files)('%s: read and written back unchanged is byte-identical', async (file) => {
    const text = await readFile(path.join(projectRoot, file), 'utf8');
    const { data, body } = parseArticleFile(text);
    expect(serializeArticleFile(data, body, text, order)).toBe(text);
  });

  it('changes only the line of a changed field, keeps quotes, flow lists and comments of the others', () => {
    const text =
      '---\n# a comment\ntitle: "قديم"\ntags: ["أ", "ب"]\ndate: 2024-11-12\nsource: \'وكالات\'\n---\n\nنص.\n';
    const { data, body } = parseArticleFile(text);
    const out = serializeArticleFile({ ...data, title: 'جديد: "مهم"' }, body, text, order);
    expect(out).toBe(
      '---\n# a comment\ntitle: "جديد: \\"مهم\\""\ntags: ["أ", "ب"]\ndate: 2024-11-12\nsource: \'وكالات\'\n---\n\nنص.\n',
    );
  });

  it('removes a field the editor emptied and adds a new one before the closing line, in schema order', () => {
    const text = '---\ntitle: "خبر"\nsource: "وكالات"\n---\n\nنص.\n';
    const { data, body } = parseArticleFile(text);
    const out = serializeArticleFile(
      { ...data, source: '', author: 'ليلى', tags: [] },
      body,
      text,
      order,
    );
    expect(out).toBe('---\ntitle: "خبر"\nauthor: "ليلى"\n---\n\nنص.\n');
  });

  it('keeps fields the form does not know (a newer schema field) as they are', () => {
    const text = '---\ntitle: "خبر"\nlive: true\n---\nنص.\n';
    const { data, body } = parseArticleFile(text);
    expect(serializeArticleFile({ ...data, title: 'خبر آخر' }, body, text, order)).toBe(
      '---\ntitle: "خبر آخر"\nlive: true\n---\nنص.\n',
    );
  });

  it('writes a new file in the house style: text quoted, ids and dates bare, lists of strings on one line', () => {
    const out = serializeArticleFile(
      {
        date: '2024-11-12T08:30:00+03:00',
        title: 'خبر',
        category: 'politics',
        tags: ['الصين', 'روسيا'],
        draft: false,
        author: '',
      },
      'نص.',
      undefined,
      order,
    );
    expect(out).toBe(
      '---\ntitle: "خبر"\ndate: 2024-11-12T08:30:00+03:00\ncategory: politics\ntags: ["الصين", "روسيا"]\ndraft: false\n---\n\nنص.\n',
    );
    expect(formatField('corrections', [{ date: '2024-11-13', text: 'صُحّح' }])).toBe(
      'corrections:\n  - date: 2024-11-13\n    text: "صُحّح"\n',
    );
  });
});

describe('body blocks', () => {
  const body =
    '\nفقرة أولى.\n\n<Note title="خلفية">\nسطران\nهنا.\n</Note>\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\n1) أول\n2) ثانٍ\n';
  it('splits at blank lines outside code fences and multi-line component tags, and joins back to the same text', () => {
    const blocks = splitBlocks(body);
    expect(blocks.map((block) => block.text)).toEqual([
      '',
      'فقرة أولى.',
      '<Note title="خلفية">\nسطران\nهنا.\n</Note>',
      '```js\nconst a = 1;\n\nconst b = 2;\n```',
      '1) أول\n2) ثانٍ',
    ]);
    expect(blocks.map((block) => block.text + block.after).join('')).toBe(body);
  });

  // A stand-in for the rich-text widget's round trip: it renumbers lists and drops escapes.
  const widget = (block: string) => block.replace(/^(\d)\)/gm, '$1.').replace(/\\</g, '<');
  const rendered = (text: string) =>
    splitBlocks(text)
      .filter((b) => b.text)
      .map((b) => widget(b.text))
      .join('\n\n');

  it('an unedited body comes back byte for byte', () => {
    expect(mergeBody(body, rendered(body), widget)).toBe(body);
  });

  it('an edited paragraph is the only change; a new block is escaped for MDX', () => {
    const edited =
      rendered(body).replace('فقرة أولى.', 'فقرة أولى معدّلة.') + '\n\nالنسبة <15% و{تقدير}';
    const merged = mergeBody(body, edited, widget, mdxSafeBlock);
    expect(merged).toBe(
      body
        .replace('فقرة أولى.', 'فقرة أولى معدّلة.')
        .replace(/\n$/, '\n\nالنسبة \\<15% و\\{تقدير\\}\n'),
    );
  });

  it('escapes <, { and } in text but not in code spans, tags or already escaped', () => {
    expect(escapeMdxText('a <15 {x} `{y}` \\{z\\} <b>')).toBe('a \\<15 \\{x\\} `{y}` \\{z\\} <b>');
    expect(mdxSafeBlock('<Note>{x}</Note>')).toBe('<Note>{x}</Note>');
    expect(mdxSafeBlock('{/* تعليق */}')).toBe('{/* تعليق */}');
  });
});
