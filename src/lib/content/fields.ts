// How each frontmatter field is named for editors: the web editor's form labels and hints, and the
// name in the message for a required field left empty (the same words in the form and in the build).
// Every field of the schema needs one (lib/editor/decap-config.ts refuses a field without a label).

export interface FieldLabel {
  label: string;
  hint?: string;
  /** Several lines of text (a <textarea>). */
  multiline?: boolean;
  /** Shown when the value does not match the schema's pattern. */
  patternHint?: string;
}

export const fieldLabels: Record<string, FieldLabel> = {
  title: { label: 'العنوان (title)', hint: 'كما يظهر في الصفحة ونتائج البحث والمشاركة.' },
  description: { label: 'الموجز (description)', hint: 'جملة أو جملتان تظهران تحت العنوان وفي القوائم.', multiline: true },
  date: { label: 'تاريخ النشر (date)', hint: 'تاريخ في المستقبل = مقال مجدول يظهر في أول بناء بعده.' },
  updated: { label: 'آخر تحديث (updated)', hint: 'لا يسبق تاريخ النشر.' },
  category: { label: 'القسم (category)' },
  tags: { label: 'الوسوم (tags)', hint: 'افصل بين الوسوم بفاصلة لاتينية (,).' },
  author: { label: 'الكاتب (author)' },
  source: { label: 'المصدر (source)', hint: 'مثل: وكالات' },
  image: { label: 'صورة الغلاف (image)', hint: 'تُرفع بجانب المقال في images/<المعرّف>/.' },
  imageAlt: { label: 'وصف صورة الغلاف (imageAlt)', hint: 'إلزامي مع الصورة: صف ما تظهره لمن لا يراها.' },
  draft: { label: 'مسودة لا تُنشر (draft)', hint: 'المسودة تظهر في المعاينة المحلية فقط.' },
  slug: {
    label: 'معرّف الرابط (slug)',
    hint: 'يغيّر رابط المقال بدل اسم الملف: حروف وأرقام وشرطات.',
    patternHint: 'المعرّف حروف وأرقام مفصولة بشرطات، مثل shoigu-beijing-talks.',
  },
  breaking: { label: 'عاجل (breaking)', hint: 'يظهر في شريط «عاجل» حتى وقت الانتهاء.' },
  breakingUntil: { label: 'عاجل حتى (breakingUntil)', hint: 'اتركه فارغاً لمدة الموقع الافتراضية.' },
  live: { label: 'تغطية مباشرة (live)', hint: 'التحديثات في النص بمكوّن «تحديث» ولكل منها وقت.' },
  liveUntil: { label: 'مباشر حتى (liveUntil)' },
  corrections: { label: 'التصحيحات (corrections)', hint: 'تظهر في آخر المقال، لكل تصحيح تاريخ ونص.' },
  'corrections[].date': { label: 'تاريخ التصحيح (date)' },
  'corrections[].text': { label: 'نص التصحيح (text)', multiline: true },
  body: { label: 'نص المقال (body)', hint: 'العناوين الفرعية من زر العناوين، والمكوّنات من زر «إدراج مكوّن».' },
};
