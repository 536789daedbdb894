// The web editor's configuration (Decap CMS), generated from the article schema so that the two cannot
// drift: every field of the schema gets a form control of the matching kind, required exactly when
// the schema requires it; a field the generator does not know how to edit is an error (a test builds
// the configuration for the real schema, so adding a field to the schema without an editor control
// fails the tests).
import { socialNetworks } from '../content/authors.ts';
import type { z } from 'astro/zod';
import { editorComponents } from './components.ts';
import { fieldLabels } from '../content/fields.ts';

/** What the schema marks on its fields for the editor (see editorSchemaHelpers). */
export interface FieldMeta {
  /** A local image next to the article. */
  image?: true;
  /** An id of an entry of another collection (categories, authors). */
  collection?: string;
}

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

type AnySchema = z.ZodType;

/**
 * Uploads go next to the article: content/articles/images/<slug>/photo.jpg, written
 * ./images/<slug>/photo.jpg. Decap knows {{slug}} only once an article is saved; before that the
 * folder comes from the file name field (_file, src/admin/file-name.ts). One of the two is always
 * empty, so the folder is the same before and after the first save.
 */
const articleMedia = {
  media_folder: 'images/{{slug}}{{fields._file}}',
  public_folder: './images/{{slug}}{{fields._file}}',
};

interface Unwrapped {
  schema: AnySchema;
  optional: boolean;
  defaultValue?: unknown;
}

function def(schema: AnySchema): { type: string; [key: string]: unknown } {
  return (schema as unknown as { _zod: { def: { type: string } } })._zod.def as {
    type: string;
    [key: string]: unknown;
  };
}

function metaOf(schema: AnySchema): FieldMeta {
  return ((schema as unknown as { meta?: () => unknown }).meta?.() as FieldMeta | undefined) ?? {};
}

/** The schema inside `.optional()`, `.default()`, `.nullable()` and pipes, and what they add. */
function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const d = def(current);
    if (Object.keys(metaOf(current)).length && d.type !== 'optional' && d.type !== 'default') break;
    if (d.type === 'optional' || d.type === 'nullable') {
      optional = true;
      current = d.innerType as AnySchema;
    } else if (d.type === 'default') {
      optional = true;
      defaultValue =
        typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      current = d.innerType as AnySchema;
    } else if (d.type === 'pipe') {
      current = d.in as AnySchema;
    } else {
      break;
    }
  }
  return { schema: current, optional, defaultValue };
}

/** The regular expression a string schema checks, if any (for the editor's `pattern`). */
function stringPattern(schema: AnySchema): RegExp | undefined {
  const checks =
    (def(schema).checks as { _zod: { def: { check: string; pattern?: RegExp } } }[] | undefined) ??
    [];
  return checks
    .map((check) => check._zod.def)
    .find((check) => check.check === 'string_format' && check.pattern)?.pattern;
}

/** The widget and options for one field's (unwrapped) schema. */
function control(
  name: string,
  schema: AnySchema,
  path: string,
): Omit<DecapField, 'name' | 'label' | 'required'> {
  const meta = metaOf(schema);
  const d = def(schema);
  if (meta.image) return { widget: 'image', choose_url: false, ...articleMedia };
  if (meta.collection) {
    return {
      widget: 'relation',
      collection: meta.collection,
      value_field: '{{slug}}',
      search_fields: ['name'],
      display_fields: ['name'],
      options_length: 200,
    };
  }
  switch (d.type) {
    case 'string': {
      const pattern = stringPattern(schema);
      return pattern
        ? {
            widget: 'string',
            pattern: [pattern.source, fieldLabels[name]?.patternHint ?? pattern.source],
          }
        : { widget: fieldLabels[name]?.multiline ? 'text' : 'string' };
    }
    case 'date':
      // With the time zone offset: 2024-11-12T08:30:00+03:00 (the build reads it as that instant).
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DDTHH:mm:ssZ',
        date_format: 'YYYY-MM-DD',
        time_format: 'HH:mm',
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.values(d.entries as Record<string, string>) };
    case 'array': {
      const item = unwrap(d.element as AnySchema);
      if (def(item.schema).type === 'string' && !Object.keys(metaOf(item.schema)).length)
        return { widget: 'list' };
      if (def(item.schema).type === 'object')
        return { widget: 'list', fields: objectFields(item.schema, `${path}[]`) };
      const inner = control(name, item.schema, `${path}[]`);
      return {
        widget: 'list',
        field: { name: 'item', label: fieldLabels[name]?.label ?? name, required: true, ...inner },
      };
    }
    case 'object':
      return { widget: 'object', fields: objectFields(schema, path) };
    default:
      throw new Error(
        `No editor control for the article field "${path}" (schema type "${d.type}"): add one in src/lib/editor/decap-config.ts.`,
      );
  }
}

function objectFields(schema: AnySchema, prefix: string): DecapField[] {
  const shape = (schema as unknown as { shape: Record<string, AnySchema> }).shape;
  return Object.entries(shape).map(([name, field]) =>
    decapField(name, field, prefix ? `${prefix}.${name}` : name),
  );
}

function decapField(name: string, field: AnySchema, path: string): DecapField {
  const { schema, optional, defaultValue } = unwrap(field);
  const labels = fieldLabels[path] ?? fieldLabels[name];
  if (!labels)
    throw new Error(
      `The article field "${path}" has no label for the editor: add it to src/lib/editor/fields.ts.`,
    );
  const result: DecapField = {
    name,
    label: labels.label,
    widget: 'string',
    required: !optional,
    ...control(name, schema, path),
  };
  if (labels.hint) result.hint = labels.hint;
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0))
    result.default = defaultValue;
  return result;
}

/** The editor's fields for an article schema (a zod object), in the schema's order, then the body. */
export function articleEditorFields(schema: AnySchema): DecapField[] {
  const [first, ...rest] = objectFields(schema, '');
  return [
    first!,
    // Not in the file: its name (set from the title, see src/admin/file-name.ts).
    {
      name: '_file',
      label: 'اسم الملف (الرابط)',
      widget: 'afaq-file-name',
      // Required for a new article only; the control fills it in (an existing file keeps its name).
      required: false,
      hint: 'حروف لاتينية صغيرة وأرقام وشرطات، يُقترح من العنوان.',
    },
    ...rest,
    {
      name: 'body',
      label: fieldLabels.body!.label,
      widget: 'markdown',
      required: true,
      hint: fieldLabels.body!.hint,
      editor_components: editorComponents.map((c) => c.name),
      modes: ['rich_text', 'raw'],
      ...articleMedia,
    },
  ];
}

/** The schema's field names in order (new fields are written in this order). */
export function articleFieldOrder(schema: AnySchema): string[] {
  return Object.keys((schema as unknown as { shape: Record<string, AnySchema> }).shape);
}

export interface EditorConfigOptions {
  /** The article schema built with editorSchemaHelpers. */
  schema: AnySchema;
  /** Paths relative to the repository root. */
  contentDir: string;
  /** The site's public URL and base path, for "view live" links. */
  siteUrl: string;
  basePath: string;
  /** Production repository, e.g. { name: 'github', repo: 'newsroom/afaq', branch: 'main' }. */
  backend: object;
}

/** The whole Decap configuration (passed to CMS.init, no config.yml). */
export function editorConfig({
  schema,
  contentDir,
  siteUrl,
  basePath,
  backend,
}: EditorConfigOptions) {
  const dir = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
  return {
    load_config_file: false,
    locale: 'ar',
    backend,
    publish_mode: 'editorial_workflow',
    site_url: new URL(basePath, siteUrl).href,
    display_url: new URL(basePath, siteUrl).href,
    // Images of an article go next to it: content/articles/images/<slug>/photo.jpg, written ./images/<slug>/photo.jpg.
    media_folder: `${dir}/articles/images`,
    public_folder: './images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: 'المقالات',
        label_singular: 'مقال',
        description: 'كل مقال ملف MDX في content/articles/. الحقول وقواعدها هي قواعد البناء نفسها.',
        folder: `${dir}/articles`,
        extension: 'mdx',
        format: 'afaq-mdx',
        create: true,
        // The file name: a Latin transliteration of the title (src/admin/file-name.ts).
        slug: '{{fields._file}}',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['date', 'title'],
        ...articleMedia,
        preview_path: 'articles/{{slug}}/',
        fields: articleEditorFields(schema),
      },
      {
        name: 'categories',
        label: 'الأقسام',
        label_singular: 'قسم',
        folder: `${dir}/categories`,
        extension: 'json',
        format: 'json',
        // New sections need a Latin file name and a place in the navigation (src/site.config.ts):
        // that stays a change in the repository (docs/editors-guide.md, «الأقسام»).
        create: false,
        delete: false,
        identifier_field: 'name',
        fields: [
          { name: 'name', label: 'اسم القسم', widget: 'string', required: true },
          {
            name: 'definite',
            label: 'الاسم معرّفاً («السياسة»)',
            hint: 'في «المزيد من …»؛ يُشتق من الاسم إن تُرك.',
            widget: 'string',
            required: false,
          },
          {
            name: 'heading',
            label: 'عنوان صفحة القسم',
            hint: 'مثل «مقالات الرأي»؛ «أخبار» مع الاسم معرّفاً إن تُرك.',
            widget: 'string',
            required: false,
          },
          { name: 'description', label: 'الوصف', widget: 'text', required: false },
          {
            name: 'order',
            label: 'الترتيب في القوائم',
            widget: 'number',
            value_type: 'int',
            required: false,
            default: 100,
          },
          {
            name: 'kind',
            label: 'نوع القسم',
            widget: 'select',
            options: [
              { label: 'أخبار', value: 'news' },
              { label: 'رأي (صورة الكاتب واسمه أولاً)', value: 'opinion' },
            ],
            required: false,
            default: 'news',
          },
        ],
      },
      {
        name: 'authors',
        label: 'الكتّاب',
        label_singular: 'كاتب',
        description: 'ملف لكل كاتب في content/authors/؛ يختاره المقال في حقل الكاتب.',
        folder: `${dir}/authors`,
        extension: 'json',
        format: 'json',
        // Like a section, a new writer needs a Latin file name (their page's address): a change in the
        // repository (docs/editors-guide.md, «الكتّاب»).
        create: false,
        delete: false,
        identifier_field: 'name',
        media_folder: 'photos',
        public_folder: './photos',
        fields: [
          { name: 'name', label: 'الاسم', widget: 'string', required: true },
          { name: 'role', label: 'الصفة («كاتب رأي»)', widget: 'string', required: true },
          { name: 'bio', label: 'نبذة', widget: 'text', required: true },
          { name: 'photo', label: 'الصورة', widget: 'image', choose_url: false, required: true },
          {
            name: 'links',
            label: 'الروابط',
            widget: 'list',
            required: false,
            fields: [
              {
                name: 'network',
                label: 'الشبكة',
                widget: 'select',
                options: [...socialNetworks],
                required: true,
              },
              { name: 'url', label: 'الرابط', widget: 'string', required: true },
            ],
          },
        ],
      },
    ],
  };
}
