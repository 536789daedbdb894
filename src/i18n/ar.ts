// Every string the interface shows, in one place. Components import `t` and never inline UI text.

import { arabicPluralCategory } from '../lib/arabic/numbers';

type PluralRule = Intl.LDMLPluralRule;
/** Arabic phrases by plural form (Intl.PluralRules('ar')); `other` serves every form not given. */
type PluralForms = Partial<Record<PluralRule, (count: string) => string>> & {
  other: (count: string) => string;
};

export interface CountedPhrase {
  /** The phrase for `count`, in the plural form the count takes; `format` writes the number (default: Latin digits). */
  (count: number, format?: (count: number) => string): string;
  /** One plural form around an already written count (the search script fills in its own). */
  form(plural: PluralRule, count: string): string;
}

/** A counted phrase: takes the number, chooses the plural form itself. */
const counted = (forms: PluralForms): CountedPhrase => {
  const form = (plural: PluralRule, count: string) => (forms[plural] ?? forms.other)(count);
  return Object.assign(
    (count: number, format: (count: number) => string = String) =>
      form(arabicPluralCategory(count), format(count)),
    { form },
  );
};

export const t = {
  siteTagline: 'أخبار العالم العربي والعالم بعيون عربية',
  skipToContent: 'تخطَّ إلى المحتوى',
  mainNavigation: 'الأقسام',
  home: 'الرئيسية',
  breadcrumbs: 'مسار التنقل',
  backToTop: 'العودة إلى أعلى الصفحة',
  leadStory: 'الخبر الرئيسي',
  latestNews: 'آخر الأخبار',
  tableOfContents: 'محتويات المقال',
  tags: 'الوسوم',
  source: 'المصدر',
  author: 'الكاتب',
  publishedOn: 'نُشر في',
  updatedOn: 'آخر تحديث',
  category: 'القسم',
  relatedArticles: 'مقالات ذات صلة',
  commentsHeading: 'التعليقات',
  leaveComment: 'اترك تعليقاً',
  commentsClosed: 'التعليقات مغلقة',
  // Comments: the form, the list of approved comments and the receiver's answers.
  commentPrivacyNote: 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
  commentBodyLabel: 'التعليق',
  commentNameLabel: 'الاسم',
  commentEmailLabel: 'البريد الإلكتروني',
  commentWebsiteLabel: 'الموقع الإلكتروني',
  commentHoneypotLabel: 'اترك هذا الحقل فارغاً',
  commentSubmit: 'إرسال التعليق',
  commentSending: 'جارٍ إرسال التعليق…',
  commentPending: 'تعليقك بانتظار المراجعة',
  commentPendingDetail: 'شكراً لك. سيظهر تعليقك على الموقع بعد أن يوافق عليه المحرر.',
  commentFixErrors: 'لم يُرسل التعليق: صحّح الحقول المشار إليها. ما كتبته ما زال في النموذج.',
  commentSendFailed: 'تعذّر إرسال التعليق. ما كتبته ما زال في النموذج؛ حاول مرة أخرى.',
  commentNetworkError:
    'تعذّر الاتصال بخادم التعليقات. تحقّق من اتصالك ثم أعد المحاولة؛ ما كتبته ما زال في النموذج.',
  commentReply: 'ردّ',
  commentReplyTo: (name: string) => `ردّ على ${name}`,
  commentReplies: 'الردود',
  commentThanksTitle: 'شكراً لتعليقك',
  commentThanksBack: 'العودة إلى الصفحة الرئيسية',
  commentCount: counted({
    zero: () => 'لا توجد تعليقات بعد',
    one: () => 'تعليق واحد',
    two: () => 'تعليقان',
    few: (count) => `${count} تعليقات`,
    many: (count) => `${count} تعليقاً`,
    other: (count) => `${count} تعليق`,
  }),
  /** "5000 حرف", "60 حرفاً", "3 أحرف": the length limits in the messages below. */
  charCount: counted({
    one: () => 'حرف واحد',
    two: () => 'حرفان',
    few: (count) => `${count} أحرف`,
    many: (count) => `${count} حرفاً`,
    other: (count) => `${count} حرف`,
  }),
  /** Reasons a comment is refused: shown next to the field (browser) and sent by the receiver (4xx). */
  commentErrors: {
    bodyRequired: 'اكتب نص تعليقك.',
    bodyTooShort: (chars: string) => `التعليق قصير جداً: الحد الأدنى ${chars}.`,
    bodyTooLong: (chars: string) => `التعليق طويل جداً: الحد الأقصى ${chars}.`,
    bodyHasEmail: 'لا تكتب عناوين بريد إلكتروني في نص التعليق، فهو يُنشر للعموم.',
    nameRequired: 'اكتب اسمك.',
    nameTooShort: (chars: string) => `الاسم قصير جداً: الحد الأدنى ${chars}.`,
    nameTooLong: (chars: string) => `الاسم طويل جداً: الحد الأقصى ${chars}.`,
    nameHasEmail: 'لا تكتب بريداً إلكترونياً في خانة الاسم، فالاسم يُنشر للعموم.',
    emailRequired: 'اكتب بريدك الإلكتروني.',
    emailInvalid:
      'البريد الإلكتروني غير صحيح: اكتب العنوان كاملاً، باسم المستخدم ثم @ ثم اسم النطاق.',
    emailTooLong: (chars: string) => `البريد الإلكتروني طويل جداً: الحد الأقصى ${chars}.`,
    websiteInvalid:
      'رابط الموقع غير صحيح: اكتب عنواناً مثل \u2066https://example.com\u2069 أو اتركه فارغاً.',
    websiteTooLong: (chars: string) => `رابط الموقع طويل جداً: الحد الأقصى ${chars}.`,
    articleUnknown: 'المقال الذي تعلّق عليه غير موجود؛ أعد تحميل الصفحة ثم حاول مجدداً.',
    parentUnknown: 'التعليق الذي تردّ عليه غير موجود أو لم يُنشر بعد.',
    timestampInvalid: 'النموذج غير صالح أو انتهت صلاحيته؛ أعد تحميل الصفحة ثم حاول مجدداً.',
    formExpired: 'مضى وقت طويل على فتح هذا النموذج؛ راجع تعليقك ثم أعد إرساله.',
    notText: 'قيمة هذا الحقل يجب أن تكون نصاً.',
    storageUnavailable:
      'تعذّر حفظ تعليقك الآن بسبب عطل في الخادم، ولم يُحفظ. حاول بعد قليل؛ ما كتبته ما زال في النموذج.',
    tooFast: 'أُرسل النموذج أسرع مما يكتب إنسان. انتظر بضع ثوانٍ ثم أعد الإرسال.',
    originRefused: 'لا يقبل هذا الخادم التعليقات إلا من نموذج موقع آفاق نيوز.',
    tooLarge: 'حجم الطلب أكبر من المسموح؛ اختصر التعليق ثم أعد الإرسال.',
    rateLimited: 'أرسلت طلبات كثيرة في وقت قصير. انتظر قليلاً ثم أعد المحاولة.',
    unsupportedType: 'صيغة الطلب غير مدعومة: أرسل النموذج أو JSON.',
    badRequest: 'تعذّر قراءة الطلب.',
    serverError: 'حدث خطأ في الخادم ولم يُحفظ تعليقك. حاول مرة أخرى.',
    notFound: 'لا يوجد شيء هنا؛ هذا خادم تعليقات آفاق نيوز.',
    pageTitle: 'لم يُرسل تعليقك',
    pageIntro: 'صحّح ما يلي ثم أعد الإرسال؛ ما كتبته محفوظ في النموذج أدناه:',
    pageBack: 'العودة إلى المقال',
  },
  noArticlesYet: 'لا توجد مقالات في هذا القسم بعد.',
  categoryArticles: (name: string) => `أخبار ${name}`,
  tagArticles: (tag: string) => `وسم: ${tag}`,
  // Components editors use inside articles: figure, pull quote, note, video.
  articleComponents: {
    imageCredit: 'حقوق الصورة:',
    pullQuote: 'اقتباس',
    note: 'ملاحظة',
    warning: 'تنبيه',
    video: 'فيديو',
    playVideo: (title: string, provider: string) => `تشغيل الفيديو: ${title} (${provider})`,
    videoPrivacy: (provider: string) =>
      `لا يُحمَّل شيء من ${provider} قبل أن تضغط على زر التشغيل. من دون جافاسكربت يفتح الرابط الفيديو على ${provider}.`,
  },
  readingTimeLabel: 'مدة القراءة',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundBody: 'عذراً، لم نعثر على الصفحة التي تبحث عنها. ربما نُقلت أو حُذفت.',
  notFoundHome: 'العودة إلى الصفحة الرئيسية',
  footerRights: (year: string) => `© ${year} آفاق نيوز. جميع الحقوق محفوظة.`,
  footerAbout: 'موقع إخباري عربي مستقل.',
  // Reader features: pagination, archive, search, feeds, sharing, theme.
  pagination: 'التنقل بين الصفحات',
  previousPage: 'الصفحة السابقة',
  nextPage: 'الصفحة التالية',
  pageOf: (page: string, total: string) => `الصفحة ${page} من ${total}`,
  pageN: (page: string) => `الصفحة ${page}`,
  goToPage: (page: string) => `الانتقال إلى الصفحة ${page}`,
  moreFromCategory: (name: string) => `المزيد من ${name}`,
  archive: 'الأرشيف',
  tagDescription: (tag: string) => `آخر أخبار آفاق نيوز عن «${tag}».`,
  archiveTitle: 'أرشيف الأخبار',
  archiveDescription: 'كل الأخبار المنشورة في آفاق نيوز مرتبة حسب الشهر.',
  archiveMonths: 'الأشهر',
  archiveMonthTitle: (month: string) => `أرشيف الأخبار: ${month}`,
  archiveMonthDescription: (month: string) => `أخبار آفاق نيوز المنشورة في ${month}.`,
  archiveMonthNav: 'التنقل بين الأشهر',
  newerMonth: (month: string) => `الشهر التالي: ${month}`,
  olderMonth: (month: string) => `الشهر السابق: ${month}`,
  articleCount: counted({
    one: () => 'خبر واحد',
    two: () => 'خبران',
    few: (count) => `${count} أخبار`,
    other: (count) => `${count} خبراً`,
  }),
  search: 'البحث',
  searchTitle: 'البحث في الأخبار',
  searchDescription: 'ابحث في كل أخبار آفاق نيوز.',
  searchLabel: 'كلمات البحث',
  searchPlaceholder: 'مثال: الصين',
  searchButton: 'ابحث',
  searchNoScript:
    'يحتاج البحث داخل الموقع إلى تفعيل JavaScript في المتصفح. يمكنك تصفح الأخبار من الأقسام أو الأرشيف:',
  searchLoading: 'جارٍ البحث…',
  searchNoResults: (query: string) => `لا توجد نتائج لـ«${query}».`,
  searchResultCount: counted({
    zero: () => 'لا توجد نتائج',
    one: () => 'نتيجة واحدة',
    two: () => 'نتيجتان',
    few: (count) => `${count} نتائج`,
    other: (count) => `${count} نتيجة`,
  }),
  searchError: 'تعذّر تحميل فهرس البحث. حاول مرة أخرى لاحقاً.',
  searchHint: 'يبحث في نصوص الأخبار، ويجد صيغ الكلمة مع «ال» وحروف العطف والجر المتصلة.',
  feed: 'خلاصة RSS',
  feedDescription: 'آخر أخبار آفاق نيوز',
  share: 'شارك الخبر',
  shareWhatsApp: 'مشاركة عبر واتساب',
  shareTelegram: 'مشاركة عبر تيليغرام',
  shareX: 'مشاركة عبر منصة إكس',
  shareFacebook: 'مشاركة عبر فيسبوك',
  shareEmail: 'مشاركة عبر البريد الإلكتروني',
  shareCopy: 'نسخ رابط الخبر',
  shareCopied: 'نُسخ الرابط',
  shareNative: 'مشاركة…',
  /** Visible names of the share services (each link's accessible name is the longer share* string). */
  shareShort: {
    whatsapp: 'واتساب',
    telegram: 'تيليغرام',
    x: 'إكس',
    facebook: 'فيسبوك',
    email: 'البريد',
  },
  shareEmailBody: (title: string, url: string) => `${title}\n\n${url}`,
  themeToggle: 'الوضع الداكن',
  themeToggleHint: 'تبديل بين الوضع الفاتح والداكن',
  socialImageAlt: 'شعار آفاق نيوز',
  /** Reading time, with the Arabic plural of "minute" chosen by count. */
  readingTime: counted({
    one: () => 'دقيقة قراءة واحدة',
    two: () => 'دقيقتا قراءة',
    few: (minutes) => `${minutes} دقائق قراءة`,
    other: (minutes) => `${minutes} دقيقة قراءة`,
  }),
} as const;

export type Dictionary = typeof t;
