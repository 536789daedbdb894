// The chrome every page shows (masthead day, «عاجل» bar, footer): made once per build's site data and
// time, and made again for another time.
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../../src/lib/arabic/dates';
import { siteChromeView } from '../../../src/lib/view/site-chrome';
import { site } from '../../../src/site.config';

const data = { breaking: [], pages: [{ id: 'about', title: 'من نحن' }] } as unknown as Parameters<
  typeof siteChromeView
>[0];

describe('siteChromeView', () => {
  it('is made once per site data and build time', () => {
    const now = new Date('2026-03-20T09:00:00Z');
    const view = siteChromeView(data, now);
    expect(siteChromeView(data, new Date(now))).toBe(view);
    expect(view.today.iso).toBe(calendarDay(now, site.timeZone));
    expect(view.footer.pages).toEqual([{ title: 'من نحن', url: expect.stringContaining('about') }]);
  });

  it('shows another day at another time, and another site data’s pages', () => {
    const first = siteChromeView(data, new Date('2026-03-20T09:00:00Z'));
    const later = siteChromeView(data, new Date('2026-03-22T09:00:00Z'));
    expect(later.today.iso).not.toBe(first.today.iso);
    expect(later.today.text).not.toBe(first.today.text);
    const other = { ...data, pages: [] } as typeof data;
    expect(siteChromeView(other, new Date('2026-03-22T09:00:00Z')).footer.pages).toEqual([]);
  });
});
