// Latin URL slugs proposed for Arabic titles. A simple, predictable letter-by-letter transliteration
// (no dictionary): the editor can always pass --slug to choose another. Used by `npm run new`.

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

/**
 * A lowercase Latin slug for a title in Arabic (or Latin, or mixed): at most `maxWords` words and
 * `maxLength` characters, cut at a word boundary. Returns "" when nothing Latin-writable remains.
 */
export function transliterateToSlug(title: string, { maxWords = 8, maxLength = 60 } = {}): string {
  const words = latinDigits(title.normalize('NFC').replace(diacritics, ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) =>
      transliterateWord(word)
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
