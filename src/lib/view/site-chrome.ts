// What every page shows around its content: the header's date, the «عاجل» bar and the footer.
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import type { SiteData } from '../content/site-data';
import { calendarDay, formatArabicDate } from '../arabic/dates';
import { sitePageUrl } from '../routes';
import { toBreakingView, type BreakingView } from './cards';
import type { IconName } from './icons';

export interface FooterView {
  /** The build's year (© line). */
  year: number;
  pages: Array<{ title: string; url: string }>;
  social: Array<{ url: string; icon: IconName; label: string }>;
}

export interface SiteChromeView {
  /** The day of the build, as the masthead prints it (with the Hijri date when the site shows it). */
  today: { iso: string; text: string };
  breaking: BreakingView[];
  footer: FooterView;
}

export function siteChromeView(
  data: Pick<SiteData, 'breaking' | 'pages'>,
  /** The build's time (SiteData.now): the masthead's day and the footer's year are part of siteKey. */
  now = new Date(),
): SiteChromeView {
  // Made once per build (the site data and its time), not once per page: the masthead's Hijri date is
  // Intl's slowest format (a CPU profile of 5,000 articles: a third of a second of the main thread).
  const known = chromes.get(data);
  if (known?.time === now.getTime()) return known.view;
  const view = chromeViewOf(data, now);
  chromes.set(data, { time: now.getTime(), view });
  return view;
}

const chromes = new WeakMap<object, { time: number; view: SiteChromeView }>();

function chromeViewOf(data: Pick<SiteData, 'breaking' | 'pages'>, now: Date): SiteChromeView {
  return {
    today: {
      iso: calendarDay(now, site.timeZone),
      text: formatArabicDate(now, {
        digits: site.digits,
        timeZone: site.timeZone,
        hijri: site.dates.hijri,
        months: site.dates.months,
      }),
    },
    breaking: data.breaking.map(toBreakingView),
    footer: {
      year: now.getFullYear(),
      pages: data.pages.map((page) => ({ title: page.title, url: sitePageUrl(page.id) })),
      social: site.social.map((account) => ({
        url: account.url,
        icon: account.network,
        label: t.siteOn(t.networks[account.network]),
      })),
    },
  };
}
