import { describe, expect, it } from 'vitest';
import { transliterateToSlug } from '../../../src/lib/arabic/transliterate';

describe('transliterateToSlug', () => {
  it('writes Arabic titles in lowercase Latin, words joined by hyphens', () => {
    expect(transliterateToSlug('مباحثات أمنية صينية روسية في بكين')).toBe(
      'mbahthat-amnia-sinia-rusia-fi-bkin',
    );
    expect(transliterateToSlug('الشارقة تستضيف معرض الكتاب')).toBe('alsharqa-tstdif-mrd-alktab');
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
    expect(transliterateToSlug('نموذج GPT-4 يتعلم العربية!')).toBe('nmudhj-gpt-4-ytlm-alrbia');
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
