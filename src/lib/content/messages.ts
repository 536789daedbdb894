// Messages an editor sees when an article's frontmatter is wrong. Astro prints them after the file
// path and the field name, so each says what is expected and gives an example.

export const articleFields = [
  'title',
  'description',
  'date',
  'updated',
  'category',
  'tags',
  'author',
  'source',
  'image',
  'imageAlt',
  'draft',
  'slug',
] as const;

export const fieldMessages = {
  title: 'العنوان (title) مطلوب ولا يكون فارغاً. Write a non-empty title, e.g. title: "مباحثات أمنية في بكين"',
  description:
    'الموجز (description) مطلوب: جملة أو جملتان تلخصان الخبر. Write a one- or two-sentence standfirst.',
  date: 'تاريخ النشر (date) مطلوب وبصيغة YYYY-MM-DD، مثل 2024-11-12. Use a real date such as 2024-11-12.',
  updated: 'تاريخ التحديث (updated) بصيغة YYYY-MM-DD، مثل 2024-11-13. Use a real date such as 2024-11-13.',
  tags: 'الوسوم (tags) قائمة نصوص غير فارغة، مثل: tags: ["الصين", "روسيا"]. Use a list of non-empty strings.',
  author: 'الكاتب (author) نص غير فارغ. Write the author name or remove the field.',
  source: 'المصدر (source) نص غير فارغ، مثل "وكالات". Write the source or remove the field.',
  imageAlt: 'النص البديل للصورة (imageAlt) نص غير فارغ يصف الصورة. Describe the image for screen readers.',
  imageAltRequired:
    'النص البديل للصورة (imageAlt) مطلوب عند وجود صورة (image). Add imageAlt: a short description of the image.',
  updatedBeforeDate: 'تاريخ التحديث (updated) يسبق تاريخ النشر (date). "updated" must not be before "date".',
  draft: 'المسودة (draft) تكون true أو false. Write draft: true or draft: false.',
  slug: 'المعرّف (slug) حروف وأرقام مفصولة بشرطات، مثل shoigu-beijing-talks. Use letters, digits and hyphens.',
  categoryName: 'اسم القسم (name) مطلوب بالعربية، مثل name: "سياسة". Give the category an Arabic name.',
} as const;

/** Message for frontmatter keys the schema does not know (usually a typo such as `titel`). */
export function unknownFieldsMessage(keys: readonly string[]): string {
  const hints = keys.map((key) => {
    const guess = closestField(key);
    return guess ? `"${key}" (هل تقصد "${guess}"؟ did you mean "${guess}"?)` : `"${key}"`;
  });
  return `حقل غير معروف: ${hints.join('، ')}. Unknown field: remove it or fix its spelling. Allowed fields: ${articleFields.join(', ')}.`;
}

/** The known field nearest to a misspelt one, when it is close enough to be a likely typo. */
export function closestField(key: string): string | undefined {
  let best: { field: string; distance: number } | undefined;
  for (const field of articleFields) {
    const distance = editDistance(key.toLowerCase(), field.toLowerCase());
    if (!best || distance < best.distance) best = { field, distance };
  }
  return best && best.distance <= (best.field.length >= 4 ? 2 : 1) ? best.field : undefined;
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
