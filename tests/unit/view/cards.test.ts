import { describe, expect, it } from 'vitest';
import { dateView, readingTimeLabel, toCardView } from '../../../src/lib/view/cards';
import { site } from '../../../src/site.config';

describe('view helpers', () => {
  it('words the reading time with the Arabic plural for the count', () => {
    expect(readingTimeLabel(1)).toBe('دقيقة قراءة واحدة');
    expect(readingTimeLabel(2)).toBe('دقيقتا قراءة');
    expect(readingTimeLabel(5)).toBe('5 دقائق قراءة');
    expect(readingTimeLabel(11)).toBe('11 دقيقة قراءة');
  });

  it('gives a date for machines and the forms readers see (Hijri beside Gregorian when the site shows it)', () => {
    const view = dateView(new Date('2024-11-12T08:05:00Z'), new Date('2024-11-12T20:00:00Z'));
    expect(view).toEqual({
      iso: '2024-11-12T08:05:00.000Z',
      long: site.dates.hijri
        ? 'الثلاثاء 10 جمادى الأولى 1446 هـ - 12 نوفمبر 2024 م'
        : 'الثلاثاء، 12 نوفمبر 2024',
      short: '12 نوفمبر 2024',
      dayMonth: '12 نوفمبر',
      time: '11:05',
      today: true,
    });
    // 22:00 UTC is already the next day in Riyadh: not "today" for a build at 20:00 UTC.
    expect(dateView(new Date('2024-11-12T22:00:00Z'), new Date('2024-11-12T20:00:00Z')).today).toBe(
      false,
    );
  });

  it('turns an article into what a card shows', () => {
    const card = toCardView({
      id: 'x',
      title: 'عنوان',
      description: 'موجز',
      date: new Date('2024-11-12T00:00:00Z'),
      category: {
        id: 'politics',
        name: 'سياسة',
        definite: 'السياسة',
        heading: 'أخبار السياسة',
        order: 1,
        kind: 'news',
      },
      tags: [],
      draft: false,
      breaking: false,
      live: false,
      corrections: [],
      readingMinutes: 2,
    });
    expect(card).toMatchObject({
      url: `${site.basePath}articles/x/`,
      categoryName: 'سياسة',
      categoryUrl: `${site.basePath}category/politics/`,
      date: { short: '12 نوفمبر 2024' },
      opinion: false,
      live: false,
    });
    expect(card.author).toBeUndefined();
  });
});
