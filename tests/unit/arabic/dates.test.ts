import { describe, expect, it } from 'vitest';
import {
  formatArabicDate,
  formatArabicMonth,
  formatArabicShortDate,
  isPublished,
  toIsoDate,
} from '../../../src/lib/arabic/dates';

const seedDate = new Date('2024-11-12T00:00:00Z');
const riyadh = { timeZone: 'Asia/Riyadh' } as const;

describe('Arabic dates', () => {
  it('writes weekday, day, month and year with Latin digits', () => {
    expect(formatArabicDate(seedDate, { digits: 'latn', ...riyadh })).toBe(
      'الثلاثاء، 12 نوفمبر 2024',
    );
  });

  it('writes Arabic-Indic digits when configured', () => {
    const text = formatArabicShortDate(seedDate, { digits: 'arab', ...riyadh });
    expect(text).toBe('١٢ نوفمبر ٢٠٢٤');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('uses the configured time zone to pick the day', () => {
    const lateUtc = new Date('2024-11-12T22:30:00Z');
    expect(formatArabicShortDate(lateUtc, { digits: 'latn', timeZone: 'UTC' })).toBe(
      '12 نوفمبر 2024',
    );
    expect(formatArabicShortDate(lateUtc, { digits: 'latn', timeZone: 'Asia/Riyadh' })).toBe(
      '13 نوفمبر 2024',
    );
  });

  it('formats a month heading', () => {
    expect(formatArabicMonth(seedDate, { digits: 'latn', ...riyadh })).toBe('نوفمبر 2024');
  });

  it('gives ISO 8601 for machines', () => {
    expect(toIsoDate(seedDate)).toBe('2024-11-12T00:00:00.000Z');
  });
});

describe('isPublished', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  it('publishes past, non-draft articles', () => {
    expect(isPublished({ draft: false, date: seedDate }, now)).toBe(true);
  });
  it('holds back drafts and future-dated articles', () => {
    expect(isPublished({ draft: true, date: seedDate }, now)).toBe(false);
    expect(isPublished({ draft: false, date: new Date('2025-01-02T00:00:00Z') }, now)).toBe(false);
  });
});
