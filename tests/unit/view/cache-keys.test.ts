import { describe, expect, it } from 'vitest';
import { cacheKeyOf, objectKeyOf } from '../../../src/lib/view/cache-keys';

describe('cacheKeyOf', () => {
  it('is the same for the same values and differs when one changes', () => {
    const date = new Date('2024-11-12T10:00:00Z');
    expect(cacheKeyOf('site', { cards: ['a', 'b'], date })).toBe(
      cacheKeyOf('site', { cards: ['a', 'b'], date: new Date(date) }),
    );
    expect(cacheKeyOf('site', { cards: ['a', 'b'] })).not.toBe(
      cacheKeyOf('site', { cards: ['b', 'a'] }),
    );
    expect(cacheKeyOf('site', undefined)).not.toBe(cacheKeyOf('other site', undefined));
  });
});

describe('objectKeyOf', () => {
  it('is cacheKeyOf of the object, computed once per object', () => {
    const card = { id: 'x', title: 'عنوان' };
    expect(objectKeyOf(card)).toBe(cacheKeyOf(card));
    card.title = 'عنوان آخر'; // cards are not changed once made: the first key stays
    expect(objectKeyOf(card)).toBe(cacheKeyOf({ id: 'x', title: 'عنوان' }));
    expect(objectKeyOf({ ...card })).toBe(cacheKeyOf(card));
  });
});
