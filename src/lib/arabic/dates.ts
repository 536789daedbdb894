// Arabic dates as Arabic newspapers print them: the digit style chosen explicitly (never left to the
// runtime's default), the Hijri (Umm al-Qura) date beside the Gregorian one where the site wants it,
// and the Levant's Syriac month names («تشرين الثاني») as an option. The day is always the day in the
// site's time zone. Pure and browser-safe: the search page formats its result dates with it too.
import type { DigitStyle } from './numbers';

/** Gregorian month names: «نوفمبر» (Egypt, the Gulf, most online news) or «تشرين الثاني» (the Levant, Iraq). */
export type MonthNames = 'standard' | 'levant';

export interface DateOptions {
  digits: DigitStyle;
  /** IANA time zone whose calendar day is printed. */
  timeZone: string;
  /** Long dates show the Hijri date first: «الثلاثاء 10 جمادى الأولى 1446 هـ - 12 نوفمبر 2024 م». */
  hijri?: boolean;
  months?: MonthNames;
}

// A region whose CLDR data names the Gregorian months the Levantine way; only month names differ.
const localeByMonths: Record<MonthNames, string> = { standard: 'ar', levant: 'ar-SY' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  options: DateOptions,
  calendar: 'gregory' | 'islamic-umalqura',
  style: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const months = calendar === 'gregory' ? (options.months ?? 'standard') : 'standard';
  const key = `${calendar}|${months}|${options.digits}|${options.timeZone}|${JSON.stringify(style)}`;
  let cached = formatters.get(key);
  if (!cached) {
    const locale = `${localeByMonths[months]}-u-ca-${calendar}-nu-${options.digits}`;
    cached = new Intl.DateTimeFormat(locale, { timeZone: options.timeZone, ...style });
    formatters.set(key, cached);
  }
  return cached;
}

type Part = Intl.DateTimeFormatPartTypes;

function parts(formatted: Intl.DateTimeFormat, date: Date): Partial<Record<Part, string>> {
  const found: Partial<Record<Part, string>> = {};
  for (const part of formatted.formatToParts(date))
    if (part.type !== 'literal') found[part.type] = part.value;
  return found;
}

const dayMonthYear = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/** «10 جمادى الأولى 1446 هـ»: the Umm al-Qura date, with the era mark. */
export function formatHijriDate(date: Date, options: DateOptions): string {
  const { day, month, year } = parts(formatter(options, 'islamic-umalqura', dayMonthYear), date);
  return `${day} ${month} ${year} هـ`;
}

/**
 * The article date: «الثلاثاء، 12 نوفمبر 2024», or with `hijri`
 * «الثلاثاء 10 جمادى الأولى 1446 هـ - 12 نوفمبر 2024 م» (Asharq Al-Awsat's masthead form).
 */
export function formatArabicDate(date: Date, options: DateOptions): string {
  if (!options.hijri) {
    return formatter(options, 'gregory', { weekday: 'long', ...dayMonthYear }).format(date);
  }
  const { weekday } = parts(formatter(options, 'gregory', { weekday: 'long' }), date);
  return `${weekday} ${formatHijriDate(date, options)} - ${formatArabicShortDate(date, options)} م`;
}

/** «12 نوفمبر 2024»: for lists, where the weekday and the Hijri date are noise. */
export function formatArabicShortDate(date: Date, options: DateOptions): string {
  return formatter(options, 'gregory', dayMonthYear).format(date);
}

/** «12 نوفمبر»: beside a time of day, for a story of another day this year. */
export function formatArabicDayMonth(date: Date, options: DateOptions): string {
  return formatter(options, 'gregory', { day: 'numeric', month: 'long' }).format(date);
}

/** «نوفمبر 2024»: archive headings. */
export function formatArabicMonth(date: Date, options: DateOptions): string {
  return formatter(options, 'gregory', { month: 'long', year: 'numeric' }).format(date);
}

/** «14:05» (24-hour clock, the site's time zone): the time of day in the latest strip and updates. */
export function formatArabicTime(date: Date, options: DateOptions): string {
  return formatter(options, 'gregory', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** "2024-11-12": the calendar day in `timeZone` (to compare days: today's stories, day changes). */
export function calendarDay(date: Date, timeZone: string): string {
  const { year, month, day } = parts(
    formatter({ digits: 'latn', timeZone }, 'gregory', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }),
    date,
  );
  return `${year}-${month}-${day}`;
}

/** "نوفمبر": a month's name alone (search filters). */
export function formatArabicMonthName(date: Date, options: DateOptions): string {
  return formatter(options, 'gregory', { month: 'long' }).format(date);
}

/**
 * `compute` memoised by a date's time: a build formats each article's date on its own page and on
 * every card of it (tens of thousands of times), and Intl formatting is what costs. Bounded: emptied
 * when it holds `limit` dates.
 */
export function memoByTime<T>(compute: (date: Date) => T, limit = 50_000): (date: Date) => T {
  const memo = new Map<number, T>();
  return (date) => {
    const time = date.getTime();
    let value = memo.get(time);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(date);
      memo.set(time, value);
    }
    return value;
  };
}

/** ISO 8601 for `<time datetime>`, feeds and structured data. */
export function toIsoDate(date: Date): string {
  return date.toISOString();
}

/** Is the article public at `now`? Drafts and articles dated in the future are not. */
export function isPublished(article: { draft: boolean; date: Date }, now: Date): boolean {
  return !article.draft && article.date.getTime() <= now.getTime();
}
