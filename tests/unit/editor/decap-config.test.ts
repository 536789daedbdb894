// The web editor's form is generated from the article schema: every field, required exactly when the
// schema requires it, with a control of the right kind; the required message is the build's.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema, editorSchemaHelpers } from '../../../src/lib/content/article-schema';
import { checkArticle } from '../../../src/lib/content/article-check';
import { fieldLabels } from '../../../src/lib/content/fields';
import {
  articleEditorFields,
  editorConfig,
  type DecapField,
} from '../../../src/lib/editor/decap-config';
import { editorComponents } from '../../../src/lib/editor/components';
import { decapArabic } from '../../../src/admin/locale-ar';
import { projectRoot } from '../../helpers/paths';

const schema = articleSchema(editorSchemaHelpers);
const fields = articleEditorFields(schema);
const byName = new Map(fields.map((field) => [field.name, field]));
const shape = schema.shape as Record<string, z.ZodType>;

describe('the editor form follows the article schema', () => {
  it('has one control per schema field (in order), plus the file name and the body', () => {
    expect(fields.map((f) => f.name).filter((name) => name !== '_file' && name !== 'body')).toEqual(
      Object.keys(shape),
    );
  });

  it('requires exactly what the schema requires', () => {
    for (const [name, field] of Object.entries(shape)) {
      const optional = field.safeParse(undefined).success;
      expect(byName.get(name)!.required, name).toBe(!optional);
    }
  });

  it('uses the matching control for each kind of field', () => {
    const widget = (name: string) => byName.get(name)!.widget;
    expect(widget('title')).toBe('string');
    expect(widget('description')).toBe('text');
    expect(byName.get('date')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DDTHH:mm:ssZ',
    });
    expect(byName.get('category')).toMatchObject({
      widget: 'relation',
      collection: 'categories',
      value_field: '{{slug}}',
    });
    expect(widget('tags')).toBe('list');
    expect(byName.get('image')).toMatchObject({
      widget: 'image',
      choose_url: false,
      media_folder: 'images/{{slug}}{{fields._file}}',
    });
    expect(byName.get('draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(byName.get('slug')!.pattern).toEqual([
      expect.any(String),
      fieldLabels.slug!.patternHint,
    ]);
    expect(byName.get('body')).toMatchObject({
      widget: 'markdown',
      editor_components: editorComponents.map((c) => c.name),
    });
  });

  it('refuses a schema field it has no control or label for, so a new field cannot be forgotten', () => {
    const extended = schema.extend({ mood: z.boolean().default(false), rating: z.bigint() });
    expect(() => articleEditorFields(extended)).toThrow(/"mood" has no label/);
    const labelled = { ...fieldLabels };
    fieldLabels.rating = { label: 'x' };
    fieldLabels.mood = { label: 'y' };
    try {
      expect(() => articleEditorFields(extended)).toThrow(
        /No editor control for the article field "rating"/,
      );
    } finally {
      for (const key of Object.keys(fieldLabels)) if (!(key in labelled)) delete fieldLabels[key];
    }
  });

  it('shows the build’s own message for an empty required field (Decap’s phrase with the field label)', () => {
    const phrase = decapArabic.editor.editorControlPane.widget.required;
    const text =
      '---\ntitle: ""\ndescription: "موجز"\ndate: 2024-11-12\ncategory: politics\n---\n\nنص.\n';
    const [problem] = checkArticle(text, { categories: ['politics'] });
    const shown = phrase.replace('%{fieldLabel}', byName.get('title')!.label);
    expect(problem!.text.startsWith(shown)).toBe(true);
  });
});

describe('the whole configuration', () => {
  const config = editorConfig({
    schema,
    contentDir: './content',
    siteUrl: 'https://news.example',
    basePath: '/afaq/',
    backend: { name: 'github', repo: 'newsroom/afaq', branch: 'main' },
  });
  const articles = config.collections[0]! as Record<string, unknown>;

  it('edits content/articles/*.mdx in its own format, images next to the article', () => {
    expect(articles).toMatchObject({
      folder: 'content/articles',
      extension: 'mdx',
      format: 'afaq-mdx',
      create: true,
      slug: '{{fields._file}}',
    });
    expect(articles.media_folder).toBe('images/{{slug}}{{fields._file}}');
    expect(articles.public_folder).toBe('./images/{{slug}}{{fields._file}}');
    expect(config).toMatchObject({
      locale: 'ar',
      publish_mode: 'editorial_workflow',
      site_url: 'https://news.example/afaq/',
    });
  });

  it('offers the categories as choices from their collection, which exists in the content folder', async () => {
    const categories = config.collections[1]!;
    expect(categories).toMatchObject({
      name: 'categories',
      folder: 'content/categories',
      extension: 'json',
    });
    const files = await readdir(path.join(projectRoot, 'content/categories'));
    expect(files.length).toBeGreaterThan(0);
    expect((articles.fields as DecapField[]).find((f) => f.name === 'category')!.collection).toBe(
      categories.name,
    );
  });

  it('offers the writers as choices from their collection, with every field of an author file', async () => {
    const authors = config.collections.find((collection) => collection.name === 'authors')!;
    expect(authors).toMatchObject({ folder: 'content/authors', extension: 'json', format: 'json' });
    expect((articles.fields as DecapField[]).find((f) => f.name === 'author')).toMatchObject({
      widget: 'relation',
      collection: 'authors',
      required: false,
    });
    // The fields of content/authors/<id>.json, as the collection's schema lists them (a fixture file).
    const fixture = JSON.parse(
      await readFile(
        path.join(projectRoot, 'tests/fixtures/content/authors/lina-haddad.json'),
        'utf8',
      ),
    );
    expect((authors.fields as DecapField[]).map((f) => f.name).sort()).toEqual(
      Object.keys(fixture).sort(),
    );
  });

  it('edits every field a section file may have, its kind included', () => {
    const categories = config.collections.find((collection) => collection.name === 'categories')!;
    expect((categories.fields as DecapField[]).map((f) => f.name).sort()).toEqual([
      'definite',
      'description',
      'heading',
      'kind',
      'name',
      'order',
    ]);
  });
});
