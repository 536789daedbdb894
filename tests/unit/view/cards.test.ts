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

  it('gives a date for machines and two for readers', () => {
    const view = dateView(new Date('2024-11-12T00:00:00Z'));
    expect(view).toEqual({
      iso: '2024-11-12T00:00:00.000Z',
      long: 'الثلاثاء، 12 نوفمبر 2024',
      short: '12 نوفمبر 2024',
    });
  });

  it('turns an article into what a card shows', () => {
    const card = toCardView({
      id: 'x',
      title: 'عنوان',
      description: 'موجز',
      date: new Date('2024-11-12T00:00:00Z'),
      category: { id: 'politics', name: 'سياسة', order: 1 },
      tags: [],
      draft: false,
      readingMinutes: 2,
    });
    expect(card).toMatchObject({
      url: `${site.basePath}articles/x/`,
      categoryName: 'سياسة',
      categoryUrl: `${site.basePath}category/politics/`,
      date: { short: '12 نوفمبر 2024' },
    });
  });
});
