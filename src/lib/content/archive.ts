// The archive: published articles grouped by calendar month in the site's time zone, newest first.

import { memoByTime } from '../arabic/dates';

export interface ArchiveMonth<T> {
  /** "2024-11": also the anchor id of the month's section. */
  key: string;
  year: number;
  month: number;
  /** Noon UTC on the 15th of the month: safe to format as that month in any time zone. */
  sample: Date;
  articles: T[];
}

const keysByZone = new Map<string, (date: Date) => string>();

/** "YYYY-MM" of a date as seen in `timeZone`. */
export function monthKey(date: Date, timeZone: string): string {
  let keyOf = keysByZone.get(timeZone);
  if (!keyOf) {
    const formatter = new Intl.DateTimeFormat('en-CA-u-nu-latn', { timeZone, year: 'numeric', month: '2-digit' });
    keyOf = memoByTime((day) => {
      const parts = formatter.formatToParts(day);
      const year = parts.find((part) => part.type === 'year')!.value;
      const month = parts.find((part) => part.type === 'month')!.value;
      return `${year}-${month}`;
    });
    keysByZone.set(timeZone, keyOf);
  }
  return keyOf(date);
}

export function groupByMonth<T extends { date: Date; id: string }>(articles: readonly T[], timeZone: string): ArchiveMonth<T>[] {
  const months = new Map<string, T[]>();
  const sorted = [...articles].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
  for (const article of sorted) {
    const key = monthKey(article.date, timeZone);
    const list = months.get(key);
    if (list) list.push(article);
    else months.set(key, [article]);
  }
  return [...months]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([key, list]) => {
      const [year, month] = key.split('-').map(Number) as [number, number];
      return { key, year, month, sample: new Date(Date.UTC(year, month - 1, 15, 12)), articles: list };
    });
}
