// Numbers in the site's digit style.
/** Digits in dates and numbers: Latin (0-9, common in Maghreb and online news) or Arabic-Indic (٠-٩). */
export type DigitStyle = 'latn' | 'arab';

const formatters = new Map<DigitStyle, Intl.NumberFormat>();
// A build prints the same small numbers on thousands of pages (counts, page numbers, minutes), and
// Intl's formatting and plural rules cost microseconds a call: both remembered, for whole numbers
// below `remembered` only (bounded).
const remembered = 10_000;
const formatted = new Map<string, string>();

export function formatNumber(value: number, digits: DigitStyle): string {
  const small = Number.isInteger(value) && value >= 0 && value < remembered;
  const key = small ? `${digits}${value}` : '';
  if (small) {
    const known = formatted.get(key);
    if (known !== undefined) return known;
  }
  let cached = formatters.get(digits);
  if (!cached) {
    cached = new Intl.NumberFormat(`ar-u-nu-${digits}`, { useGrouping: true });
    formatters.set(digits, cached);
  }
  const text = cached.format(value);
  if (small) formatted.set(key, text);
  return text;
}

const pluralRules = new Intl.PluralRules('ar');
const categories: Intl.LDMLPluralRule[] = [];

/** Arabic plural category of a count: zero, one, two, few (3–10), many (11–99) or other (100+). */
export function arabicPluralCategory(count: number): Intl.LDMLPluralRule {
  if (!Number.isInteger(count) || count < 0 || count >= remembered)
    return pluralRules.select(count);
  return (categories[count] ??= pluralRules.select(count));
}
