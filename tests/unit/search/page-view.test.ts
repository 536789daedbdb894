import { describe, expect, it } from 'vitest';
import { searchFiltersView } from '../../../src/lib/search/page-view';

describe('searchFiltersView', () => {
  const articles = [
    new Date('2025-01-01T10:00:00Z'),
    new Date('2023-12-31T22:00:00Z'),
    new Date('2024-06-01T00:00:00Z'),
  ].map((date) => ({ date }));
  const categories = [{ id: 'politics', name: 'سياسة' }];
  it('offers the sections, the years that have articles (in the site time zone, newest first) and twelve months', () => {
    const view = searchFiltersView(articles, categories, {
      digits: 'latn',
      timeZone: 'Asia/Riyadh',
    });
    expect(view.sections).toEqual([{ value: 'politics', label: 'سياسة' }]);
    expect(view.years.map((year) => year.value)).toEqual(['2025', '2024']);
    expect(view.months).toHaveLength(12);
    expect(view.months[10]).toEqual({ value: '11', label: 'نوفمبر' });
  });
  it("writes years in the site's digits, without a thousands separator", () => {
    const view = searchFiltersView(articles, categories, { digits: 'arab', timeZone: 'UTC' });
    expect(view.years.map((year) => year.label)).toEqual(['٢٠٢٥', '٢٠٢٤', '٢٠٢٣']);
  });
});
