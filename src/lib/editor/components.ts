// The MDX components an article can use (src/components/mdx/), described once for the web editor:
// each becomes a block with a form for its props. Reading and writing a tag are pure functions, so a
// component opened and saved unchanged is written back as it was (see body-merge.ts for the bytes).

export type PropWidget = 'string' | 'text' | 'image' | 'select';

export interface ComponentProp {
  name: string;
  label: string;
  widget: PropWidget;
  required?: boolean;
  options?: readonly { value: string; label: string }[];
  hint?: string;
}

export interface EditorComponent {
  /** The tag name in MDX. */
  name: string;
  /** Arabic label in the editor's "insert component" menu. */
  label: string;
  props: readonly ComponentProp[];
  /** Text between the opening and closing tags (`<Note>text</Note>`), edited as a field of its own. */
  children?: { label: string; required?: boolean };
}

export const editorComponents: readonly EditorComponent[] = [
  {
    name: 'Figure',
    label: 'صورة بتعليق',
    props: [
      {
        name: 'src',
        label: 'الصورة',
        widget: 'image',
        required: true,
        hint: 'تُرفع بجانب المقال في images/<المعرّف>/',
      },
      {
        name: 'alt',
        label: 'النص البديل (وصف الصورة لمن لا يراها)',
        widget: 'string',
        required: true,
      },
      { name: 'caption', label: 'التعليق', widget: 'string' },
      { name: 'credit', label: 'الحقوق', widget: 'string', hint: 'مثل: تصوير: آفاق نيوز' },
    ],
  },
  {
    name: 'PullQuote',
    label: 'اقتباس بارز',
    props: [{ name: 'cite', label: 'القائل', widget: 'string' }],
    children: { label: 'نص الاقتباس', required: true },
  },
  {
    name: 'Note',
    label: 'صندوق ملاحظة',
    props: [
      { name: 'title', label: 'العنوان', widget: 'string' },
      {
        name: 'tone',
        label: 'النوع',
        widget: 'select',
        options: [
          { value: 'info', label: 'معلومة' },
          { value: 'warning', label: 'تنبيه أو تصحيح' },
        ],
      },
    ],
    children: { label: 'النص', required: true },
  },
  {
    name: 'Gallery',
    label: 'معرض صور',
    props: [{ name: 'title', label: 'عنوان المعرض', widget: 'string', required: true }],
    children: { label: 'الصور: وسم <Figure … /> لكل صورة، في سطر وحده', required: true },
  },
  {
    name: 'Update',
    label: 'تحديث (تغطية مباشرة)',
    props: [
      {
        name: 'time',
        label: 'وقت التحديث',
        widget: 'string',
        required: true,
        hint: 'مثل 2024-11-12T10:30:00+03:00',
      },
      { name: 'title', label: 'العنوان', widget: 'string' },
    ],
    children: { label: 'نص التحديث', required: true },
  },
  {
    name: 'Video',
    label: 'فيديو (يوتيوب أو فيميو)',
    props: [
      {
        name: 'url',
        label: 'رابط الفيديو',
        widget: 'string',
        required: true,
        hint: 'youtube.com/watch?v=… أو vimeo.com/…',
      },
      { name: 'title', label: 'عنوان الفيديو', widget: 'string', required: true },
      { name: 'poster', label: 'صورة قبل التشغيل', widget: 'image' },
    ],
  },
];

/** `name="value"` attributes (double or single quotes only: an expression `{…}` is not a form field). */
const ATTRIBUTES = String.raw`((?:\s+[A-Za-z][\w-]*=(?:"[^"]*"|'[^']*'))*)\s*`;

/** The regular expression that recognises the component at the start of a block. */
export function componentPattern(component: EditorComponent): RegExp {
  return component.children
    ? new RegExp(String.raw`^<${component.name}${ATTRIBUTES}>([\s\S]*?)<\/${component.name}>`)
    : new RegExp(String.raw`^<${component.name}${ATTRIBUTES}\/>`);
}

const decode = (value: string) =>
  value.replace(
    /&(quot|apos|lt|gt|amp);/g,
    (_, name: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[name]!,
  );
const encode = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The props (and `children`) of a matched tag. */
export function readComponent(
  component: EditorComponent,
  match: RegExpMatchArray,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const attribute of (match[1] ?? '').matchAll(/([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')/g)) {
    values[attribute[1]!] = decode(attribute[2] ?? attribute[3] ?? '');
  }
  if (component.children) values.children = (match[2] ?? '').trim();
  return values;
}

/** A path to a file next to the article, as the build wants it: "./images/x.jpg" (Decap drops the "./"). */
export function localPath(value: string): string {
  return /^(?:[a-z][a-z0-9+.-]*:|\/|\.\.?\/)/i.test(value) ? value : `./${value}`;
}

/** The tag for `values`: props in the documented order, empty optional props left out. */
export function writeComponent(
  component: EditorComponent,
  values: Record<string, unknown>,
): string {
  const known = new Set(component.props.map((prop) => prop.name));
  const names = [
    ...component.props.map((prop) => prop.name),
    ...Object.keys(values).filter((key) => !known.has(key) && key !== 'children'),
  ];
  const attributes = names
    .filter((name) => typeof values[name] === 'string' && (values[name] as string).trim() !== '')
    .map((name) => {
      const value = String(values[name]).trim();
      const image = component.props.some((prop) => prop.name === name && prop.widget === 'image');
      return ` ${name}="${encode(image ? localPath(value) : value)}"`;
    })
    .join('');
  if (!component.children) return `<${component.name}${attributes} />`;
  return `<${component.name}${attributes}>${String(values.children ?? '').trim()}</${component.name}>`;
}

/** Props the component requires that `values` leaves empty (the editor refuses to save them). */
export function missingProps(
  component: EditorComponent,
  values: Record<string, unknown>,
): string[] {
  const missing = component.props
    .filter((prop) => prop.required && !String(values[prop.name] ?? '').trim())
    .map((prop) => prop.name);
  if (component.children?.required && !String(values.children ?? '').trim())
    missing.push('children');
  return missing;
}
