// Article components as editor blocks: recognised whatever the attribute order or line breaks,
// written back in the documented form, and kept as raw text when they hold an expression.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  componentPattern,
  editorComponents,
  localPath,
  missingProps,
  readComponent,
  writeComponent,
} from '../../../src/lib/editor/components';
import { projectRoot } from '../../helpers/paths';

const component = (name: string) => editorComponents.find((c) => c.name === name)!;

describe('editor components', () => {
  it('covers every component an article can use (src/components/mdx/)', async () => {
    const files = (await readdir(path.join(projectRoot, 'src/components/mdx'))).filter((f) =>
      f.endsWith('.astro'),
    );
    expect(editorComponents.map((c) => c.name).sort()).toEqual(
      files.map((f) => f.replace('.astro', '')).sort(),
    );
  });

  it('reads a multi-line tag with attributes in any order, entities decoded', () => {
    const figure = component('Figure');
    const text =
      '<Figure\n  alt="زوار &quot;المعرض&quot;"\n  src="./images/x.jpg"\n  credit="تصوير: آفاق"\n/>';
    const match = componentPattern(figure).exec(text)!;
    expect(readComponent(figure, match)).toEqual({
      alt: 'زوار "المعرض"',
      src: './images/x.jpg',
      credit: 'تصوير: آفاق',
    });
    expect(writeComponent(figure, readComponent(figure, match))).toBe(
      '<Figure src="./images/x.jpg" alt="زوار &quot;المعرض&quot;" credit="تصوير: آفاق" />',
    );
  });

  it('writes children between the tags and leaves empty optional props out', () => {
    const note = component('Note');
    expect(writeComponent(note, { title: '', tone: 'warning', children: ' صُحّح الرقم. ' })).toBe(
      '<Note tone="warning">صُحّح الرقم.</Note>',
    );
    const match = componentPattern(note).exec('<Note title="خلفية">\nسطر\nوسطر\n</Note>\n\nبعده')!;
    expect(readComponent(note, match)).toEqual({ title: 'خلفية', children: 'سطر\nوسطر' });
  });

  it('does not take a tag with an expression attribute as a block (it stays text, unchanged)', () => {
    expect(componentPattern(component('Video')).exec('<Video url={link} title="x" />')).toBeNull();
  });

  it('names the required props left empty, and writes image paths relative to the article', () => {
    expect(missingProps(component('Figure'), { src: './images/x.jpg', alt: ' ' })).toEqual(['alt']);
    expect(missingProps(component('PullQuote'), {})).toEqual(['children']);
    expect(localPath('images/x/photo.jpg')).toBe('./images/x/photo.jpg');
    expect(localPath('./images/x.jpg')).toBe('./images/x.jpg');
    expect(localPath('https://example.com/x.jpg')).toBe('https://example.com/x.jpg');
  });
});
