// Every string the interface shows, in one place. Components import `t` and never inline UI text.
export const t = {
  siteName: 'آفاق نيوز',
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
  noArticlesYet: 'لا توجد مقالات في هذا القسم بعد.',
  categoryArticles: (name: string) => `أخبار ${name}`,
  tagArticles: (tag: string) => `وسم: ${tag}`,
  readMore: 'اقرأ المزيد',
  // Components editors use inside articles (issue 6): figure, pull quote, note, video.
  articleComponents: {
    imageCredit: 'حقوق الصورة:',
    pullQuote: 'اقتباس',
    note: 'ملاحظة',
    warning: 'تنبيه',
    video: 'فيديو',
    playVideo: (title: string, provider: string) => `تشغيل الفيديو: ${title} (${provider})`,
    videoPrivacy: (provider: string) =>
      `لا يُحمَّل شيء من ${provider} قبل أن تضغط على زر التشغيل. من دون جافاسكربت يفتح الرابط الفيديو على ${provider}.`,
  },  readingTimeLabel: 'مدة القراءة',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundBody: 'عذراً، لم نعثر على الصفحة التي تبحث عنها. ربما نُقلت أو حُذفت.',
  notFoundHome: 'العودة إلى الصفحة الرئيسية',
  footerRights: (year: string) => `© ${year} آفاق نيوز. جميع الحقوق محفوظة.`,
  footerAbout: 'موقع إخباري عربي مستقل.',
  /** Reading time, with the Arabic plural of "minute" chosen by count. */
  readingTime: (minutes: string, plural: Intl.LDMLPluralRule) => {
    switch (plural) {
      case 'one':
        return 'دقيقة قراءة واحدة';
      case 'two':
        return 'دقيقتا قراءة';
      case 'few':
        return `${minutes} دقائق قراءة`;
      default:
        return `${minutes} دقيقة قراءة`;
    }
  },
} as const;

export type Dictionary = typeof t;
