// The search page's filter choices, from the site's sections and the months that have articles.
import { formatArabicMonthName, type DateOptions } from '../arabic/dates';
import { formatNumber } from '../arabic/numbers';
import { monthKey } from '../content/archive';

export interface FilterOption {
  value: string;
  label: string;
}

export interface SearchFiltersView {
  sections: FilterOption[];
  /** Years that have articles, newest first. */
  years: FilterOption[];
  /** The twelve months ("01" … "12"), searched within the chosen year. */
  months: FilterOption[];
}

export function searchFiltersView(
  articles: ReadonlyArray<{ date: Date }>,
  categories: ReadonlyArray<{ id: string; name: string }>,
  options: DateOptions,
): SearchFiltersView {
  const years = [
    ...new Set(articles.map((article) => monthKey(article.date, options.timeZone).slice(0, 4))),
  ]
    .sort()
    .reverse();
  return {
    sections: categories.map((category) => ({ value: category.id, label: category.name })),
    years: years.map((year) => ({
      value: year,
      label: formatNumber(Number(year), options.digits).replace(/[٬,]/g, ''),
    })),
    months: Array.from({ length: 12 }, (_, i) => ({
      value: String(i + 1).padStart(2, '0'),
      // The 15th at noon UTC is in that month in every time zone.
      label: formatArabicMonthName(new Date(Date.UTC(2024, i, 15, 12)), options),
    })),
  };
}
