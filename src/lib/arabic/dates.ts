// Arabic dates, with the digit style chosen explicitly (never left to the runtime's default).
import type { DigitStyle } from './numbers';

export interface DateOptions {
  digits: DigitStyle;
  timeZone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: DateOptions, style: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${options.digits}|${options.timeZone}|${JSON.stringify(style)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(`ar-u-ca-gregory-nu-${options.digits}`, {
      timeZone: options.timeZone,
      ...style,
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** "الثلاثاء 12 نوفمبر 2024": weekday, day, month name and year. */
export function formatArabicDate(date: Date, options: DateOptions): string {
  return formatter(options, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** "12 نوفمبر 2024": for lists, where the weekday is noise. */
export function formatArabicShortDate(date: Date, options: DateOptions): string {
  return formatter(options, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "نوفمبر 2024": archive headings. */
export function formatArabicMonth(date: Date, options: DateOptions): string {
  return formatter(options, { month: 'long', year: 'numeric' }).format(date);
}

/** "نوفمبر": a month's name alone (search filters). */
export function formatArabicMonthName(date: Date, options: DateOptions): string {
  return formatter(options, { month: 'long' }).format(date);
}

/** ISO 8601 for `<time datetime>`, feeds and structured data. */
export function toIsoDate(date: Date): string {
  return date.toISOString();
}

/** Is the article public at `now`? Drafts and articles dated in the future are not. */
export function isPublished(article: { draft: boolean; date: Date }, now: Date): boolean {
  return !article.draft && article.date.getTime() <= now.getTime();
}
