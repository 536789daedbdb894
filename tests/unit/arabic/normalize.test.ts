import { describe, expect, it } from 'vitest';
import {
  createProcliticFolder,
  isStopword,
  normalizeArabic,
  splitWords,
  stripDefiniteArticle,
  termOf,
  toLatinDigits,
  tokenize,
} from '../../../src/lib/arabic/normalize';

describe('normalizeArabic', () => {
  it('strips tashkeel, shadda, sukun, superscript alef and tatweel', () => {
    expect(normalizeArabic('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeArabic('الرَّحْمٰن')).toBe('الرحمن');
    expect(normalizeArabic('جمـــيل')).toBe('جميل');
  });

  it('unifies alef forms, alef maqsura and taa marbuta', () => {
    expect(normalizeArabic('أحمد إبراهيم آمال ٱلكتاب')).toBe('احمد ابراهيم امال الكتاب');
    expect(normalizeArabic('مستشفى')).toBe('مستشفي');
    expect(normalizeArabic('مدرسة')).toBe('مدرسه');
  });

  it('maps Persian yeh and keheh to their Arabic letters', () => {
    expect(normalizeArabic('کتابی')).toBe('كتابي');
  });

  it('turns Arabic-Indic and Extended Arabic-Indic digits into Latin digits', () => {
    expect(normalizeArabic('عام ٢٠٢٤')).toBe('عام 2024');
    expect(normalizeArabic('۱۲۳')).toBe('123');
    expect(toLatinDigits('٣ سنوات و 4 أشهر')).toBe('3 سنوات و 4 أشهر');
  });

  it('lower-cases Latin text and leaves it otherwise alone', () => {
    expect(normalizeArabic('GPT-4 Aramco')).toBe('gpt-4 aramco');
  });

  it('makes differently written forms of the same word equal', () => {
    const forms = ['الصِّين', 'الصين', 'الصـين'];
    expect(new Set(forms.map(normalizeArabic)).size).toBe(1);
  });
});

describe('splitWords', () => {
  it('splits on Arabic punctuation as well as Latin punctuation and spaces', () => {
    expect(splitWords('قال: «السلام»، ثم سأل؟ نعم؛ “حسناً” (جيد) - 2024/11.')).toEqual([
      'قال',
      'السلام',
      'ثم',
      'سال',
      'نعم',
      'حسنا',
      'جيد',
      '2024',
      '11',
    ]);
  });

  it('treats Arabic-Indic digits like Latin digits', () => {
    expect(splitWords('في ٢٠٢٤')).toEqual(splitWords('في 2024'));
  });
});

describe('stripDefiniteArticle', () => {
  it.each([
    ['الصين', 'صين'],
    ['والصين', 'صين'],
    ['بالصين', 'صين'],
    ['كالصين', 'صين'],
    ['فالصين', 'صين'],
    ['للصين', 'صين'],
    ['وبالصين', 'صين'],
    ['وللصين', 'صين'],
  ])('%s → %s', (word, expected) => {
    expect(stripDefiniteArticle(word)).toBe(expected);
  });

  it('keeps at least two letters and leaves short words alone', () => {
    expect(stripDefiniteArticle('الي')).toBe('الي'); // إلى
    expect(stripDefiniteArticle('والي')).toBe('والي'); // a governor, not و + ال + ي
    expect(stripDefiniteArticle('بال')).toBe('بال');
  });

  it('does not treat the name of God as an article', () => {
    expect(stripDefiniteArticle('الله')).toBe('الله');
  });

  it('leaves words without an article unchanged', () => {
    expect(stripDefiniteArticle('بكين')).toBe('بكين');
    expect(stripDefiniteArticle('موسكو')).toBe('موسكو');
  });
});

describe('isStopword', () => {
  it('knows function words and news filler in any spelling', () => {
    for (const word of ['في', 'على', 'إلى', 'الذي', 'قال', 'أضاف', 'اليوم', 'هذه']) {
      expect(isStopword(normalizeArabic(word)), word).toBe(true);
    }
  });

  it('catches stopwords with a leading و/ف or an article', () => {
    expect(isStopword(normalizeArabic('وقال'))).toBe(true);
    expect(isStopword(normalizeArabic('فإن'))).toBe(true);
    expect(isStopword(normalizeArabic('بالإضافة'))).toBe(true);
  });

  it('does not drop content words', () => {
    for (const word of ['الصين', 'النفط', 'شويغو', 'انتخابات', 'وزير']) {
      expect(isStopword(normalizeArabic(word)), word).toBe(false);
    }
  });
});

describe('tokenize', () => {
  it('gives index terms: normalised, article stripped, stopwords and one-letter words removed', () => {
    expect(
      tokenize('وقالت وزارةُ الخارجية إنّ المحادثاتِ في بكين ستتناول أمنَ المنطقة و 3 قضايا.'),
    ).toEqual(['وزاره', 'خارجيه', 'محادثات', 'بكين', 'ستتناول', 'امن', 'منطقه', 'قضايا']);
  });

  it('makes the same words written differently yield the same terms', () => {
    expect(tokenize('بالصّين والصين للصين الصين')).toEqual(['صين', 'صين', 'صين', 'صين']);
    expect(tokenize('الأمم المتحدة')).toEqual(tokenize('الامم المتحده'));
  });

  it('can keep stopwords', () => {
    expect(tokenize('في بكين', { keepStopwords: true })).toEqual(['في', 'بكين']);
  });

  it('keeps Latin words and numbers as terms', () => {
    expect(tokenize('نموذج GPT-4 في 2024')).toEqual(['نموذج', 'gpt', '2024']);
  });

  it('agrees with termOf word by word', () => {
    const text = 'وأعلنت بكين والقاهرة عن اتفاق للتعاون';
    expect(tokenize(text)).toEqual(
      splitWords(text)
        .map((word) => termOf(word))
        .filter((term) => term !== null),
    );
  });
});

describe('createProcliticFolder', () => {
  const frequencies = new Map([
    ['بكين', 40],
    ['وبكين', 5],
    ['ببكين', 2],
    ['كين', 1],
    ['فرنسا', 30],
    ['وفرنسا', 3],
    ['وبفرنسا', 1],
    ['وزير', 50],
    ['زير', 0],
    ['ولد', 3],
    ['لجنه', 20],
    ['جنه', 2],
    ['اسعار', 12],
    ['باسعار', 4],
  ]);
  const fold = createProcliticFolder(frequencies);

  it('removes و/ب/… when the bare word is attested at least as often', () => {
    expect(fold('وبكين')).toBe('بكين');
    expect(fold('ببكين')).toBe('بكين');
    expect(fold('وفرنسا')).toBe('فرنسا');
    expect(fold('وبفرنسا')).toBe('فرنسا');
    expect(fold('باسعار')).toBe('اسعار');
  });

  it('does not over-strip words that merely begin with those letters', () => {
    expect(fold('بكين')).toBe('بكين'); // كين is rarer than بكين
    expect(fold('فرنسا')).toBe('فرنسا'); // رنسا is not a word of the corpus
    expect(fold('وزير')).toBe('وزير');
    expect(fold('لجنه')).toBe('لجنه');
  });

  it('leaves short words alone', () => {
    expect(fold('ولد')).toBe('ولد');
  });

  it('leaves unknown words alone', () => {
    expect(fold('ومدريد')).toBe('ومدريد');
  });
});
