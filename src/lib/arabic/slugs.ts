// URL segments made from Arabic text. Arabic letters are kept (browsers show them decoded and they
// round-trip through percent-encoding); spaces and punctuation become single hyphens.

/** "الحرب في أوكرانيا" → "الحرب-في-أوكرانيا". Diacritics and tatweel are dropped. */
export function textToSlug(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // tashkeel and tatweel
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
