// Numbers in the site's digit style.
/** Digits in dates and numbers: Latin (0-9, common in Maghreb and online news) or Arabic-Indic (٠-٩). */
export type DigitStyle = 'latn' | 'arab';

const formatters = new Map<DigitStyle, Intl.NumberFormat>();

export function formatNumber(value: number, digits: DigitStyle): string {
  let cached = formatters.get(digits);
  if (!cached) {
    cached = new Intl.NumberFormat(`ar-u-nu-${digits}`, { useGrouping: true });
    formatters.set(digits, cached);
  }
  return cached.format(value);
}

const pluralRules = new Intl.PluralRules('ar');

/** Arabic plural category of a count: zero, one, two, few (3–10), many (11–99) or other (100+). */
export function arabicPluralCategory(count: number): Intl.LDMLPluralRule {
  return pluralRules.select(count);
}
