// Latin URL slugs proposed for Arabic titles. A simple, predictable letter-by-letter transliteration
// (no dictionary): the editor can always pass --slug to choose another. Used by `npm run new`.

import { isStopword, normalizeArabic, stripDefiniteArticle } from './normalize';

/** Consonants and letters with a fixed Latin spelling. */
const letters: Record<string, string> = {
  ء: '',
  آ: 'a',
  أ: 'a',
  ؤ: 'u',
  إ: 'i',
  ئ: 'i',
  ا: 'a',
  ب: 'b',
  ة: 'a',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ى: 'a',
  ٱ: 'a',
  پ: 'p',
  چ: 'ch',
  ڤ: 'v',
  گ: 'g',
  ک: 'k',
  ی: 'y',
};

/** و and ي are consonants (w, y) at the start of a word and beside vowels, long vowels (u, i) elsewhere. */
const semivowels: Record<string, { consonant: string; vowel: string }> = {
  و: { consonant: 'w', vowel: 'u' },
  ي: { consonant: 'y', vowel: 'i' },
};

const vowelLetters = new Set(['ا', 'أ', 'إ', 'آ', 'ى', 'ٱ']); // alef forms: long a
const diacritics = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g; // tashkeel, Quranic marks, tatweel

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to 0-9. */
function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) =>
    String(digit.charCodeAt(0) & 0xf),
  );
}

/** One Arabic word in Latin letters: "روسية" → "rusia", "في" → "fi", "وزير" → "wzir". */
function transliterateWord(word: string): string {
  const chars = [...word];
  let out = '';
  chars.forEach((char, index) => {
    const semivowel = semivowels[char];
    if (semivowel) {
      const previous = chars[index - 1];
      const next = chars[index + 1];
      const atStart = index === 0;
      const besideVowel =
        (previous !== undefined && vowelLetters.has(previous)) ||
        (next !== undefined && vowelLetters.has(next));
      out += atStart || besideVowel ? semivowel.consonant : semivowel.vowel;
      return;
    }
    out += letters[char] ?? char;
  });
  return out;
}

/** An Arabic word without its definite article (and the و/ب/ل/ف/ك attached to it): "الصين" → "صين". */
function withoutArticle(word: string): string {
  const bare = stripDefiniteArticle(normalizeArabic(word));
  // Normalising maps letters one to one, so the prefix has the same length in the original word.
  return word.slice(normalizeArabic(word).length - bare.length);
}

/**
 * A short lowercase Latin slug for a title in Arabic (or Latin, or mixed), the same for the same
 * words wherever they appear: function words and reporting verbs dropped (في، من، قال…), the definite
 * article dropped, at most `maxWords` words and `maxLength` characters, cut at a word boundary.
 * Returns "" when nothing Latin-writable remains.
 */
export function transliterateToSlug(title: string, { maxWords = 5, maxLength = 40 } = {}): string {
  const all = latinDigits(title.normalize('NFC').replace(diacritics, ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const meaningful = all.filter((word) => !isStopword(normalizeArabic(word)));
  const words = (meaningful.length ? meaningful : all)
    .map((word) =>
      transliterateWord(withoutArticle(word))
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '') // é → e
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ''),
    )
    .filter(Boolean)
    .slice(0, maxWords);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/** The file name for a new article: its title's slug, or "article" if it has none, never one in `taken`. */
export function slugFromTitle(
  title: string,
  taken: ReadonlySet<string>,
  fallback = 'article',
): string {
  const base = transliterateToSlug(title) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
