import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  formatArabicDate,
  formatArabicDayMonth,
  formatArabicMonth,
  formatArabicShortDate,
  formatArabicTime,
  formatHijriDate,
  isPublished,
  memoByTime,
  toIsoDate,
} from '../../../src/lib/arabic/dates';

const seedDate = new Date('2024-11-12T00:00:00Z');
const riyadh = { timeZone: 'Asia/Riyadh' } as const;
const latn = { digits: 'latn', ...riyadh } as const;
const arab = { digits: 'arab', ...riyadh } as const;

describe('Gregorian dates', () => {
  it('writes weekday, day, month and year with Latin digits', () => {
    expect(formatArabicDate(seedDate, latn)).toBe('الثلاثاء، 12 نوفمبر 2024');
  });

  it('writes Arabic-Indic digits when configured', () => {
    const text = formatArabicShortDate(seedDate, arab);
    expect(text).toBe('١٢ نوفمبر ٢٠٢٤');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('uses the configured time zone to pick the day', () => {
    const lateUtc = new Date('2024-11-12T22:30:00Z');
    expect(formatArabicShortDate(lateUtc, { digits: 'latn', timeZone: 'UTC' })).toBe(
      '12 نوفمبر 2024',
    );
    expect(formatArabicShortDate(lateUtc, latn)).toBe('13 نوفمبر 2024');
  });

  it('gives day and month alone, in both digit styles and both month namings', () => {
    expect(formatArabicDayMonth(seedDate, latn)).toBe('12 نوفمبر');
    expect(formatArabicDayMonth(seedDate, { ...arab, months: 'levant' })).toBe('١٢ تشرين الثاني');
  });

  it('formats a month heading', () => {
    expect(formatArabicMonth(seedDate, latn)).toBe('نوفمبر 2024');
  });

  it('names the months the Levantine way when asked, every month of the year', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatArabicMonth(new Date(Date.UTC(2024, i, 15)), { ...latn, months: 'levant' }).replace(
        ' 2024',
        '',
      ),
    );
    expect(months).toEqual([
      'كانون الثاني',
      'شباط',
      'آذار',
      'نيسان',
      'أيار',
      'حزيران',
      'تموز',
      'آب',
      'أيلول',
      'تشرين الأول',
      'تشرين الثاني',
      'كانون الأول',
    ]);
    expect(formatArabicShortDate(seedDate, { ...arab, months: 'levant' })).toBe(
      '١٢ تشرين الثاني ٢٠٢٤',
    );
  });

  it('gives ISO 8601 for machines', () => {
    expect(toIsoDate(seedDate)).toBe('2024-11-12T00:00:00.000Z');
  });
});

describe('Hijri dates (Umm al-Qura)', () => {
  it('prints the Hijri date before the Gregorian one, as Asharq Al-Awsat does', () => {
    expect(formatArabicDate(seedDate, { ...latn, hijri: true })).toBe(
      'الثلاثاء 10 جمادى الأولى 1446 هـ - 12 نوفمبر 2024 م',
    );
  });

  it('uses Arabic-Indic digits in both calendars', () => {
    const text = formatArabicDate(seedDate, { ...arab, hijri: true });
    expect(text).toBe('الثلاثاء ١٠ جمادى الأولى ١٤٤٦ هـ - ١٢ نوفمبر ٢٠٢٤ م');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('keeps Hijri month names with Levantine Gregorian months', () => {
    expect(formatArabicDate(seedDate, { ...latn, hijri: true, months: 'levant' })).toBe(
      'الثلاثاء 10 جمادى الأولى 1446 هـ - 12 تشرين الثاني 2024 م',
    );
  });

  it('turns the Hijri month at its boundary (30 Rabi al-Akhir → 1 Jumada al-Ula 1446 = 3 November 2024)', () => {
    expect(formatHijriDate(new Date('2024-11-02T12:00:00Z'), latn)).toBe('30 ربيع الآخر 1446 هـ');
    expect(formatHijriDate(new Date('2024-11-03T12:00:00Z'), latn)).toBe('1 جمادى الأولى 1446 هـ');
  });

  it('turns the Hijri year (1 Muharram 1446 = 7 July 2024)', () => {
    expect(formatHijriDate(new Date('2024-07-06T12:00:00Z'), latn)).toBe('30 ذو الحجة 1445 هـ');
    expect(formatHijriDate(new Date('2024-07-07T12:00:00Z'), latn)).toBe('1 محرم 1446 هـ');
  });

  it('changes day at midnight in the site time zone, in both calendars together', () => {
    // 21:30 UTC on 2 November is 00:30 on 3 November in Riyadh: new Hijri month and new weekday there.
    const instant = new Date('2024-11-02T21:30:00Z');
    expect(formatArabicDate(instant, { digits: 'latn', timeZone: 'UTC', hijri: true })).toBe(
      'السبت 30 ربيع الآخر 1446 هـ - 2 نوفمبر 2024 م',
    );
    expect(formatArabicDate(instant, { ...latn, hijri: true })).toBe(
      'الأحد 1 جمادى الأولى 1446 هـ - 3 نوفمبر 2024 م',
    );
  });

  it('Ramadan: a month name with no second word, and the day before it', () => {
    expect(formatHijriDate(new Date('2025-03-01T12:00:00Z'), latn)).toBe('1 رمضان 1446 هـ');
    expect(formatHijriDate(new Date('2025-02-28T12:00:00Z'), latn)).toBe('29 شعبان 1446 هـ');
  });
});

describe('times and days', () => {
  it('prints the time of day on a 24-hour clock in the site time zone', () => {
    const instant = new Date('2024-11-12T11:05:00Z');
    expect(formatArabicTime(instant, latn)).toBe('14:05');
    expect(formatArabicTime(instant, arab)).toBe('١٤:٠٥');
    expect(formatArabicTime(new Date('2024-11-12T21:00:00Z'), latn)).toBe('00:00');
  });

  it('names the calendar day in a time zone', () => {
    const instant = new Date('2024-11-12T22:30:00Z');
    expect(calendarDay(instant, 'UTC')).toBe('2024-11-12');
    expect(calendarDay(instant, 'Asia/Riyadh')).toBe('2024-11-13');
    expect(calendarDay(new Date('2024-12-31T21:00:00Z'), 'Asia/Riyadh')).toBe('2025-01-01');
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

describe('memoByTime', () => {
  it('computes once per date, and starts again when it holds `limit` dates', () => {
    const calls: number[] = [];
    const year = memoByTime((date) => {
      calls.push(date.getTime());
      return date.getUTCFullYear();
    }, 2);
    const a = new Date('2024-01-01T00:00:00Z');
    expect([year(a), year(new Date(a)), year(new Date('2025-01-01T00:00:00Z'))]).toEqual([
      2024, 2024, 2025,
    ]);
    expect(calls).toHaveLength(2);
    year(new Date('2026-01-01T00:00:00Z'));
    year(a);
    expect(calls).toHaveLength(4);
  });
});
