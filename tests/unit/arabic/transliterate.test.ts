import { describe, expect, it } from 'vitest';
import { transliterateToSlug } from '../../../src/lib/arabic/transliterate';

describe('transliterateToSlug', () => {
  it('writes Arabic titles in lowercase Latin, words joined by hyphens', () => {
    expect(transliterateToSlug('مباحثات أمنية صينية روسية في بكين')).toBe(
      'mbahthat-amnia-sinia-rusia-bkin',
    );
    expect(transliterateToSlug('الشارقة تستضيف معرض الكتاب')).toBe('sharqa-tstdif-mrd-ktab');
  });

  it('drops function words and reporting verbs, and the definite article, so a word is always spelt alike', () => {
    // «في», «من», «قال» say nothing about the story; «الصين», «والصين», «بالصين» are all «sin».
    expect(transliterateToSlug('قال وزير الخارجية إن الصين من أكبر الدول')).toBe(
      'wzir-kharjia-sin-akbr-dul',
    );
    expect(transliterateToSlug('الصين')).toBe(transliterateToSlug('بالصين'));
    expect(transliterateToSlug('في')).toBe('fi'); // a title of function words only keeps them
  });

  it('keeps slugs short: five words, 40 characters at most', () => {
    const slug = transliterateToSlug(
      'وزير الخارجية الصيني يلتقي نظيره الروسي في موسكو لبحث العلاقات الثنائية',
    );
    expect(slug).toBe('wzir-kharjia-sini-yltqi-nzirh');
    expect(slug.split('-').length).toBeLessThanOrEqual(5);
    expect(slug.length).toBeLessThanOrEqual(40);
  });

  it('reads و and ي as consonants at the start of a word or beside a vowel, as vowels elsewhere', () => {
    expect(transliterateToSlug('وزير')).toBe('wzir');
    expect(transliterateToSlug('يوم')).toBe('yum');
    expect(transliterateToSlug('روسيا')).toBe('rusya');
  });

  it('drops diacritics and tatweel, and turns Arabic-Indic digits into Latin ones', () => {
    expect(transliterateToSlug('مُبَاحَثَات')).toBe(transliterateToSlug('مباحثات'));
    expect(transliterateToSlug('كـــأس')).toBe('kas');
    expect(transliterateToSlug('قمة ٢٠٢٤')).toBe('qma-2024');
  });

  it('keeps Latin words and numbers, lowercased, without accents or punctuation', () => {
    expect(transliterateToSlug('نموذج GPT-4 يتعلم العربية!')).toBe('nmudhj-gpt-4-ytlm-rbia');
    expect(transliterateToSlug('Café «Riyadh» 2030')).toBe('cafe-riyadh-2030');
  });

  it('limits the slug to whole words within the length limit', () => {
    const slug = transliterateToSlug('واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة', {
      maxWords: 4,
    });
    expect(slug.split('-')).toHaveLength(4);
    const short = transliterateToSlug('مباحثات أمنية صينية روسية', { maxLength: 20 });
    expect(short).toBe('mbahthat-amnia-sinia');
    expect(short.length).toBeLessThanOrEqual(20);
  });

  it('returns an empty string when nothing can be written in Latin letters', () => {
    expect(transliterateToSlug('؟!…')).toBe('');
    expect(transliterateToSlug('')).toBe('');
  });
});
