// Every message an editor (or the person deploying the site) can meet, in one catalogue, like Astro's
// errors-data.ts: each entry says what is wrong (`message`, Arabic first) and how to fix it (`hint`).
// The build (collections.ts, site data, the MDX components), `npm run new` and `npm run check:links`
// show these entries through `formatMessage()`; none of them writes editor-facing text inline.

export interface EditorMessage {
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** The text shown: the message, then the hint. */
export function formatMessage({ message, hint }: EditorMessage): string {
  return `${message} ${hint}`;
}

/** Prints a catalogue entry as a build warning (after `prefix`: the file): built anyway, but said. */
export function editorWarning(entry: EditorMessage, prefix?: string): void {
  console.warn(`[afaq] warning: ${prefix ? `${prefix}: ` : ''}${formatMessage(entry)}`);
}

/** An Error whose text is a catalogue entry (after `prefix`: the file, the field). */
export function editorError(entry: EditorMessage, prefix?: string): Error {
  return new Error(prefix ? `${prefix}: ${formatMessage(entry)}` : formatMessage(entry));
}

// ── Article frontmatter (Astro prints these after the file path and the field name) ──────────────

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
  'breaking',
  'breakingUntil',
  'live',
  'liveUntil',
  'corrections',
] as const;

export const frontmatterMessages = {
  title: {
    message: 'العنوان (title) مطلوب ولا يكون فارغاً.',
    hint: 'Write a non-empty title, e.g. title: "مباحثات أمنية في بكين"',
  },
  description: {
    message: 'الموجز (description) مطلوب: جملة أو جملتان تلخصان الخبر.',
    hint: 'Write a one- or two-sentence standfirst.',
  },
  date: {
    message: 'تاريخ النشر (date) مطلوب وبصيغة YYYY-MM-DD، مثل 2024-11-12.',
    hint: 'Use a real date such as 2024-11-12.',
  },
  updated: {
    message: 'تاريخ التحديث (updated) بصيغة YYYY-MM-DD، مثل 2024-11-13.',
    hint: 'Use a real date such as 2024-11-13.',
  },
  tags: {
    message: 'الوسوم (tags) قائمة نصوص غير فارغة، مثل: tags: ["الصين", "روسيا"].',
    hint: 'Use a list of non-empty strings.',
  },
  author: { message: 'الكاتب (author) نص غير فارغ.', hint: 'Write the author name or remove the field.' },
  source: { message: 'المصدر (source) نص غير فارغ، مثل "وكالات".', hint: 'Write the source or remove the field.' },
  imageAlt: {
    message: 'النص البديل للصورة (imageAlt) نص غير فارغ يصف الصورة.',
    hint: 'Describe the image for screen readers.',
  },
  imageAltRequired: {
    message: 'النص البديل للصورة (imageAlt) مطلوب عند وجود صورة (image).',
    hint: 'Add imageAlt: a short description of the image.',
  },
  updatedBeforeDate: {
    message: 'تاريخ التحديث (updated) يسبق تاريخ النشر (date).',
    hint: '"updated" must not be before "date".',
  },
  draft: { message: 'المسودة (draft) تكون true أو false.', hint: 'Write draft: true or draft: false.' },
  slug: {
    message: 'المعرّف (slug) حروف وأرقام مفصولة بشرطات، مثل shoigu-beijing-talks.',
    hint: 'Use letters, digits and hyphens.',
  },
  categoryName: {
    message: 'اسم القسم (name) مطلوب بالعربية، مثل name: "سياسة".',
    hint: 'Give the category an Arabic name.',
  },
  categoryForm: {
    message: 'صيغة اسم القسم (definite أو heading) نص غير فارغ، مثل definite: "السياسة".',
    hint: 'Write the form as Arabic text, or remove the field.',
  },
  categoryKind: {
    message: 'نوع القسم (kind) يكون "news" (أخبار) أو "opinion" (رأي).',
    hint: 'Write kind: "opinion" for an opinion section, or remove the field.',
  },
  breaking: {
    message: 'عاجل (breaking) يكون true أو false.',
    hint: 'Write breaking: true to show the story in the «عاجل» bar.',
  },
  breakingUntil: {
    message: 'موعد خروج الخبر من شريط العاجل (breakingUntil) تاريخ ووقت، مثل 2024-11-12T18:00:00+03:00.',
    hint: 'Use a date and time with its offset.',
  },
  breakingUntilAlone: {
    message: 'breakingUntil بلا breaking: true لا يفعل شيئاً.',
    hint: 'Add breaking: true, or remove breakingUntil.',
  },
  live: {
    message: 'التغطية المباشرة (live) تكون true أو false.',
    hint: 'Write live: true for a live coverage page with <Update> blocks.',
  },
  liveUntil: {
    message: 'نهاية التغطية المباشرة (liveUntil) تاريخ ووقت، مثل 2024-11-12T23:00:00+03:00.',
    hint: 'Use a date and time with its offset.',
  },
  liveUntilAlone: {
    message: 'liveUntil بلا live: true لا يفعل شيئاً.',
    hint: 'Add live: true, or remove liveUntil.',
  },
  corrections: {
    message: 'التصحيحات (corrections) قائمة، لكل تصحيح تاريخ (date) ونص (text) غير فارغ.',
    hint: 'e.g. corrections: [{ date: 2024-11-13T10:00:00+03:00, text: "ذكرت نسخة سابقة…" }]',
  },
  correctionBeforeDate: {
    message: 'تاريخ التصحيح يسبق تاريخ نشر الخبر (date).',
    hint: 'A correction cannot be older than the article.',
  },
  authorName: { message: 'اسم الكاتب (name) مطلوب.', hint: 'Write the writer\'s name in Arabic.' },
  authorRole: { message: 'صفة الكاتب (role) مطلوبة، مثل "كاتب رأي".', hint: 'Write the writer\'s role.' },
  authorBio: { message: 'نبذة الكاتب (bio) مطلوبة: جملة أو جملتان.', hint: 'Write a one- or two-sentence bio.' },
  authorLinks: {
    message:
      'روابط الكاتب (links) قائمة، لكل رابط network (website أو x أو facebook أو instagram أو youtube أو linkedin أو telegram) وurl يبدأ بـ https://.',
    hint: 'e.g. links: [{ "network": "x", "url": "https://x.com/…" }]',
  },
  pageTitle: { message: 'عنوان الصفحة (title) مطلوب.', hint: 'Write a non-empty title, e.g. title: "من نحن"' },
  pageDescription: {
    message: 'وصف الصفحة (description) مطلوب: جملة تصف الصفحة.',
    hint: 'Write a one-sentence description.',
  },
} satisfies Record<string, EditorMessage>;

/** The frontmatter messages as the schema shows them. */
export const fieldMessages = Object.fromEntries(
  Object.entries(frontmatterMessages).map(([field, entry]) => [field, formatMessage(entry)]),
) as Record<keyof typeof frontmatterMessages, string>;

/** A date YAML would roll over (2024-02-30): shown with the file and the field. */
export const impossibleDate = (value: string): EditorMessage => ({
  message: `"${value}" ليس تاريخاً صحيحاً في التقويم.`,
  hint: fieldMessages.date,
});

/** Frontmatter keys the schema does not know (usually a typo such as `titel`). */
export const unknownFields = (keys: readonly string[], allowed: readonly string[] = articleFields): EditorMessage => {
  const hints = keys.map((key) => {
    const guess = closestMatch(key, allowed);
    return guess ? `"${key}" (هل تقصد "${guess}"؟ did you mean "${guess}"?)` : `"${key}"`;
  });
  return {
    message: `حقل غير معروف: ${hints.join('، ')}.`,
    hint: `Unknown field: remove it or fix its spelling. Allowed fields: ${allowed.join(', ')}.`,
  };
};

export const unknownFieldsMessage = (keys: readonly string[]) => formatMessage(unknownFields(keys));

/** `author:` looks like an author file's id (Latin letters, digits, hyphens) but no such file exists. */
export const unknownAuthor = (id: string, authorsDir: string, known: readonly string[]): EditorMessage => {
  const guess = closestMatch(id, known);
  return {
    message:
      `لا يوجد كاتب بالمعرّف "${id}": أنشئ ${authorsDir}/${id}.json أو صحّح المعرّف` +
      (guess ? ` (هل تقصد "${guess}"؟)` : '') +
      '، أو اكتب اسم الكاتب بالعربية.',
    hint: `No author file "${id}.json"${guess ? ` (did you mean "${guess}"?)` : ''}: fix the id or write the byline as text.`,
  };
};

/** An article whose category has no file (Astro checks references too; this keeps it explicit). */
export const missingCategory = (category: string, contentDir: string): EditorMessage => ({
  message: `القسم "${category}" غير موجود: أنشئ ${contentDir}/categories/${category}.json أو صحّح الحقل category.`,
  hint: `category "${category}" does not exist.`,
});

// ── Checks of a whole article file (content/article-check.ts: the build and the web editor) ──────

/** A required field that is missing or empty. `label` is the field's name as the editor shows it. */
export const requiredField = (label: string, hint: string): EditorMessage => ({
  message: `${label} مطلوب ولا يكون فارغاً.`,
  hint,
});

export const articleFileMessages = {
  noFrontmatter: {
    message: 'لا رأس للمقال: يبدأ الملف بسطر --- ثم الحقول ثم سطر --- آخر.',
    hint: 'Start the file with a frontmatter block between two --- lines (see docs/editors-guide.md).',
  },
  yaml: (reason: string): EditorMessage => ({
    message: 'رأس المقال ليس YAML صحيحاً (علامة تنصيص أو نقطتان : في غير مكانها غالباً).',
    hint: `Put text values in double quotes. YAML says: ${reason}`,
  }),
  imageMissing: (src: string): EditorMessage => ({
    message: `الصورة "${src}" غير موجودة بجانب المقال.`,
    hint: 'Upload the image next to the article (images/<slug>/) or fix the path; it starts with ./',
  }),
  placeholder: (field: string): EditorMessage => ({
    message: `نص القالب الذي يكتبه npm run new ما زال في ${field === 'body' ? 'نص المقال' : 'الموجز (description)'}، والمقال ليس مسودة.`,
    hint: 'Replace the template text with your own, or keep draft: true until it is written.',
  }),
  componentProps: (component: string, props: readonly string[]): EditorMessage => ({
    message: `${props.map((prop) => (prop === 'children' ? 'النص بين الوسمين' : `الخاصية ${prop}`)).join(' و')} ${props.length > 1 ? 'مطلوبة' : 'مطلوب'}.`,
    hint: `Add ${props.map((prop) => (prop === 'children' ? 'the text between the tags' : `${prop}="…"`)).join(' and ')}${component === 'Figure' && props.includes('alt') ? ': describe the image for readers who cannot see it' : ''}.`,
  }),
  duplicateSlug: (slug: string, other: string): EditorMessage => ({
    message: `مقالان بالمعرّف نفسه "${slug}": هذا المقال والملف ${other}، ولكل مقال رابط واحد. غيّر اسم أحد الملفين أو حقل slug فيه.`,
    hint: `Two articles have the same slug \`${slug}\`: rename one file or change its slug field.`,
  }),
  mdxSyntax: (fix: string, reason: string): EditorMessage => ({
    message: fix,
    hint: `MDX: ${reason}`,
  }),
};

// ── Approved comment files (content/comments/*.json, written by `npm run comments -- approve`) ────

export const commentFileMessages = {
  id: 'id: معرّف التعليق حروف لاتينية صغيرة وأرقام وشرطات (lowercase letters, digits, hyphens).',
  article: 'article: معرّف المقال مطلوب (the article id).',
  parent: 'parent: معرّف التعليق الأصل أو null (a comment id or null).',
  name: 'name: اسم المعلّق مطلوب (the commenter name).',
  website: 'website: رابط http(s) أو null (an http(s) URL or null).',
  date: 'date: تاريخ ووقت بصيغة ISO 8601، مثل 2024-11-12T10:00:00.000Z.',
  body: 'body: نص التعليق مطلوب (the comment text).',
  staff: 'staff: true لردّ فريق التحرير، أو احذف الحقل (true for a newsroom reply, or leave it out).',
} as const;

export const unknownCommentFields = (keys: readonly string[]): EditorMessage => ({
  message: `حقل غير معروف في التعليق: ${keys.join('، ')}.`,
  hint:
    'Unknown field (an e-mail address never belongs here). Allowed fields: id, article, parent, name, website, date, body, staff.',
});

/** An approved comment on an article that no longer exists (renamed or deleted): built without it. */
export const orphanComment = (id: string, article: string, contentDir: string): EditorMessage => ({
  message: `التعليق ${id} منشور على مقال غير موجود «${article}» (حُذف أو تغيّر اسم ملفه)، فلن يظهر.`,
  hint: `Comment on a missing article: rename its "article" to the article's new id in ${contentDir}/comments/${id}.json, or reject it (npm run comments -- reject ${id}).`,
});

/** A build with comments closed for want of a setting (src/lib/comments/provider.ts). */
export const commentsNotConfigured: EditorMessage = {
  message:
    'التعليقات مغلقة في هذا البناء («التعليقات مغلقة» بدل النموذج): لم يُضبط أين تُرسل (انظر قسم Comments في README).',
  hint:
    'Comments are closed in this build: nothing says where the form posts. Set COMMENTS_PROVIDER=endpoint when the comment receiver runs behind this site at <base>api/comments (deploy/ has the nginx and systemd files), COMMENTS_ENDPOINT=https://… when it runs elsewhere, COMMENTS_PROVIDER=netlify for Netlify Forms (detected when building on Netlify), or COMMENTS_PROVIDER=none to keep them closed without this notice.',
};

// ── Components inside articles ──────────────────────────────────────────────────────────────────

export const componentMessages = {
  figureNotLocal: (src: string): EditorMessage => ({
    message: `<Figure src="${src}">: استخدم صورة محلية بجانب المقال، مثل src="./images/photo.jpg" (لا روابط خارجية ولا مسارات تبدأ بـ /).`,
    hint: 'Use a local image path relative to the article, e.g. src="./images/photo.jpg".',
  }),
  figureAlt: (src: string): EditorMessage => ({
    message: `<Figure src="${src}">: النص البديل alt مطلوب، صف ما تظهره الصورة.`,
    hint: 'The alt text is required.',
  }),
  videoUrl: (url: string): EditorMessage => ({
    message: `<Video url="${url}">: رابط فيديو غير مدعوم؛ استخدم رابط يوتيوب أو فيميو، مثل https://www.youtube.com/watch?v=…`,
    hint: 'Unsupported video URL: use a YouTube or Vimeo link.',
  }),
  videoTitle: (url: string): EditorMessage => ({
    message: `<Video url="${url}">: العنوان title مطلوب.`,
    hint: 'The title is required.',
  }),
  updateTime: (time: string | undefined): EditorMessage =>
    time === undefined
      ? { message: '<Update>: الوقت time مطلوب، مثل time="2024-11-12T10:30:00+03:00".', hint: 'The time attribute is required.' }
      : {
          message: `<Update time="${time}">: اكتب التاريخ والوقت وفرق التوقيت، مثل time="2024-11-12T10:30:00+03:00".`,
          hint: 'Write an ISO 8601 date-time with its offset.',
        },
  galleryTitle: {
    message: '<Gallery>: العنوان title مطلوب، مثل title="صور من القمة".',
    hint: 'The title is required: it names the gallery for screen readers.',
  },
  galleryEmpty: {
    message: '<Gallery>: ضع صورتين أو أكثر داخل المعرض، كل صورة في <Figure src="./images/…" alt="…" />.',
    hint: 'A gallery holds two or more <Figure> images.',
  },
  noteTone: (tone: string): EditorMessage => ({
    message: `<Note tone="${tone}">: tone تكون "info" أو "warning".`,
    hint: 'tone is "info" (the default) or "warning".',
  }),
  videoPoster: (poster: string): EditorMessage => ({
    message: `<Video poster="${poster}">: استخدم صورة محلية بجانب المقال، مثل poster="./images/poster.jpg".`,
    hint: 'Use a local image.',
  }),
};

// ── Article bodies, compiled at content sync (src/lib/content/body/compile.ts) ───────────────────
// Shown after "<file>:<line>:<column>:". The parser's own words, when there are any, end the hint.

/** The parser's messages for the MDX mistakes editors make, with what to do about them. */
const parserHints: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/to create a comment in MDX/, () => 'تعليقات HTML ‎<!-- -->‎ غير مسموحة في MDX: استخدم {/* … */}.'],
  [
    /Expected a closing tag for `<([^>]*)>`/,
    (m) => `الوسم <${m[1]}> لم يُغلق: أضف </${m[1]}> بعد محتواه، أو اكتبه <${m[1]} … /> إن لم يكن له محتوى.`,
  ],
  [
    /Could not parse expression/,
    () => "الأقواس المعقوفة { } في نص المقال تحيط بقيمة ثابتة فقط؛ لكتابة القوس نفسه اكتب {'{'} و{'}'}.",
  ],
  [
    /Unexpected character after `<`|Unexpected character `[^`]+` \(U\+[0-9A-F]+\) before name/,
    () => 'علامة < تبدأ وسماً في MDX؛ لكتابة «أصغر من» اكتب &lt; (مثل &lt;15%).',
  ],
  [/Unexpected closing|Expected the closing tag/, () => 'وسم إغلاق لا يطابق وسم الفتح: تحقق من ترتيب الوسوم.'],
];

export const bodyMessages = {
  /** A syntax error from the MDX/Markdown parser (its position is given separately). */
  parse: (parserMessage: string): EditorMessage => {
    // The parser's own "(line:column)" counts from the body, not the file: left out.
    const detail = parserMessage.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    for (const [pattern, hint] of parserHints) {
      const match = pattern.exec(detail);
      if (match) return { message: hint(match), hint: detail };
    }
    return { message: 'صيغة MDX غير صحيحة هنا.', hint: detail };
  },
  notPlainValue: (code: string, detail: string): EditorMessage => ({
    message: `{${code}}: الأقواس المعقوفة { } في نص المقال تحيط بقيمة ثابتة فقط (نص أو رقم)؛ لكتابة القوس نفسه اكتب {'{'} و{'}'}.`,
    hint: `Braces hold a plain value only (${detail}); variables and functions need the article to import them (docs/editors-guide.md).`,
  }),
  notTextValue: (code: string): EditorMessage => ({
    message: `{${code}}: يُعرض هنا نص أو رقم فقط.`,
    hint: 'Only text or a number can be shown in the text.',
  }),
  notPlainProp: (what: string, code: string, detail: string): EditorMessage => ({
    message: `${what}={${code}}: استخدم قيمة ثابتة (نصاً بين علامتي تنصيص أو رقماً أو true/false).`,
    hint: `Only plain values are allowed here (${detail}); variables and functions need the article to import them (docs/editors-guide.md).`,
  }),
  emptyProp: (what: string): EditorMessage => ({
    message: `${what}={…}: القيمة فارغة.`,
    hint: 'Give the attribute a value or remove it.',
  }),
  spreadProps: (name: string): EditorMessage => ({
    message: `<${name} {...}>: اكتب الخصائص بأسمائها، مثل title="…".`,
    hint: 'Spread attributes are not supported.',
  }),
  unknownComponent: (name: string, known: readonly string[]): EditorMessage => ({
    message: `<${name}> ليس من مكوّنات المقال المعروفة (${known.join('، ')}).`,
    hint: `Unknown component <${name}>: use one of ${known.join(', ')} (docs/editors-guide.md), or import it in the article.`,
  }),
  componentProblem: (name: string, problem: EditorMessage): EditorMessage => ({
    message: problem.message.startsWith(`<${name}`) ? problem.message : `<${name}>: ${problem.message}`,
    hint: problem.hint,
  }),
  noChildren: (name: string): EditorMessage => ({
    message: `<${name}> لا يقبل نصاً بين وسميه؛ اكتبه <${name} … />.`,
    hint: `<${name}> takes no content: close it with />.`,
  }),
  elementNotAllowed: (tag: string): EditorMessage => ({
    message: `<${tag}> غير مسموح به في المقال${tag === 'iframe' ? '؛ استخدم <Video> للفيديو' : ''}.`,
    hint: `The <${tag}> element is not allowed in articles: scripts, styles, frames and forms break the page's security policy.`,
  }),
  styleAttribute: (tag: string): EditorMessage => ({
    message: `<${tag} style="…">: الخاصية style غير مسموح بها (سياسة أمان الصفحة تمنعها)؛ التنسيق يأتي من الموقع.`,
    hint: 'Inline styles are not allowed (Content-Security-Policy): remove the style attribute.',
  }),
  eventHandler: (tag: string, name: string): EditorMessage => ({
    message: `<${tag} ${name}>: لا تُكتب الشيفرة داخل المقال.`,
    hint: 'Event handlers are not allowed in articles.',
  }),
  unsafeUrl: (tag: string, name: string, value: string): EditorMessage => ({
    message: `<${tag} ${name}="${value.slice(0, 30)}…">: رابط غير مسموح به.`,
    hint: 'javascript:, vbscript: and data: links are not allowed.',
  }),
  imageNotLocal: (value: string): EditorMessage => ({
    message: `الصورة "${value}" ليست صورة محلية: ضع الصورة بجانب المقال واكتب مساراً مثل ./images/photo.jpg (لا روابط خارجية ولا مسارات تبدأ بـ /).`,
    hint: 'Use a local image next to the article (relative path).',
  }),
  imageMissing: (image: string): EditorMessage => ({
    message: `الصورة ${image} غير موجودة بجانب المقال؛ تحقق من اسم الملف ومساره.`,
    hint: `Image not found: ${image} (relative to the article file).`,
  }),
  /** A page of an article has inline code its security policy blocks (found by the CSP check). */
  blockedOnArticlePage: (file: string, page: string, problem: string): EditorMessage => ({
    message: `${file}: في صفحة المقال (${page}) ما لا تسمح به سياسة أمان الصفحة: ${problem}`,
    hint: 'If the article has this markup (a style="" or a script), remove it from the article; otherwise it comes from a component: hash or remove it (see below).',
  }),
};

// ── The site's configuration (src/site.config.ts) ───────────────────────────────────────────────

export const unknownNavigationCategory = (category: string, known: readonly string[]): EditorMessage => {
  const guess = closestMatch(category, known);
  return {
    message:
      `src/site.config.ts: navigation: القسم "${category}" غير موجود في content/categories/` +
      (guess ? ` (هل تقصد "${guess}"؟).` : '.'),
    hint:
      `Unknown navigation category "${category}"${guess ? ` (did you mean "${guess}"?)` : ''}: ` +
      `use the name of a file in content/categories/ (${known.join(', ')}).`,
  };
};

export const invalidSiteConfig = (problems: readonly string[]): EditorMessage => ({
  message: 'src/site.config.ts: إعدادات الموقع غير صحيحة.',
  hint: `Fix these settings (their meaning is in src/lib/site-config.ts):\n  - ${problems.join('\n  - ')}`,
});

// ── `npm run new` ───────────────────────────────────────────────────────────────────────────────

export const newArticleMessages = {
  optionNeedsValue: (option: string): EditorMessage => ({
    message: `الخيار --${option} يحتاج قيمة.`,
    hint: `--${option} needs a value.`,
  }),
  unknownOption: (option: string): EditorMessage => ({
    message: `خيار غير معروف: ${option}.`,
    hint: `Unknown option: ${option}.`,
  }),
  titleMissing: {
    message: 'اكتب عنوان المقال بين علامتي تنصيص.',
    hint: 'Give the article title in quotes.',
  },
  invalidSlug: (slug: string): EditorMessage => ({
    message: `المعرّف "${slug}" غير صالح: استخدم حروفاً صغيرة وأرقاماً وشرطات، مثل oil-prices-fall.`,
    hint: 'Invalid slug: use lowercase letters, digits and hyphens, e.g. oil-prices-fall.',
  }),
  slugTaken: (slug: string, free: string): EditorMessage => ({
    message: `المعرّف "${slug}" مستخدم في مقال آخر، ولن يُستبدل. اختر غيره، مثل ${free}.`,
    hint: `The slug "${slug}" is taken and will not be overwritten; try ${free}.`,
  }),
  noCategories: {
    message: 'لا توجد أقسام في content/categories/.',
    hint: 'Create a category file first, e.g. content/categories/politics.json.',
  },
  unknownCategory: (category: string, list: string): EditorMessage => ({
    message: `القسم "${category}" غير موجود. الأقسام المتاحة: ${list}.`,
    hint: `Unknown category "${category}"; use one of the ids above.`,
  }),
  fileExists: (file: string): EditorMessage => ({
    message: `${file} موجود مسبقاً ولن يُستبدل.`,
    hint: 'The file exists and will not be overwritten.',
  }),
} satisfies Record<string, EditorMessage | ((...args: never[]) => EditorMessage)>;

// ── `npm run check:links` (a broken link in an article, or in a template) ───────────────────────

export const linkMessages = {
  relativeOn404: {
    message:
      'relative link on the 404 page, which hosts serve at any missing URL, so it resolves differently everywhere',
    hint: 'make it root-relative with the base path (the helpers in src/lib/routes.ts)',
  },
  invalidUrl: { message: 'not a valid URL', hint: 'fix the link' },
  outsideBase: (base: string): EditorMessage => ({
    message: `points outside the site's base path ${base}`,
    hint: 'build internal URLs with the helpers in src/lib/routes.ts (they add the base path); in an article write /category/x/',
  }),
  homeWithoutSlash: (base: string): EditorMessage => ({
    message: 'home page URL without its trailing slash (hosts answer with a redirect)',
    hint: `write ${base}`,
  }),
  pageWithoutSlash: (pathname: string): EditorMessage => ({
    message: 'page URL without its trailing slash (hosts answer with a redirect)',
    hint: `write ${pathname}/`,
  }),
  missing: (path: string): EditorMessage => ({
    message: `no page or file at ${path}`,
    hint: 'fix the address (an article is /articles/<file name or slug>/, a category /category/<id>/) or create the missing page',
  }),
  missingAnchor: (fragment: string, file: string): EditorMessage => ({
    message: `no element with id "${fragment}" on ${file}`,
    hint: 'link to an existing heading: ids are made from heading text (spaces become "-"), see the table of contents',
  }),
};

// ── Suggestions for misspelt names ──────────────────────────────────────────────────────────────

/** The known name nearest to a misspelt one, when it is close enough to be a likely typo. */
export function closestMatch(key: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= (best.candidate.length >= 4 ? 2 : 1) ? best.candidate : undefined;
}

/** The frontmatter field nearest to a misspelt one. */
export const closestField = (key: string) => closestMatch(key, articleFields);

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
