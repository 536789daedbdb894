// Display-ready values for an article (its card in lists, its dates, its reading time), computed from
// site settings. Pages call these and hand the strings to presentational components.
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import type { ArticleSummary } from '../content/articles';
import {
  calendarDay,
  formatArabicDate,
  formatArabicDayMonth,
  formatArabicShortDate,
  formatArabicTime,
  memoByTime,
  toIsoDate,
} from '../arabic/dates';
import { formatNumber } from '../arabic/numbers';
import { isLiveNow } from '../content/live';
import { articleUrl, authorUrl, categoryUrl } from '../routes';
import type { ImageMetadata } from 'astro';

const dateOptions = {
  digits: site.digits,
  timeZone: site.timeZone,
  hijri: site.dates.hijri,
  months: site.dates.months,
};

/** A number in the site's digit style. */
export const siteNumber = (n: number) => formatNumber(n, site.digits);

export interface DateView {
  iso: string;
  /** With the weekday, and the Hijri date when the site shows it. */
  long: string;
  /** «12 نوفمبر 2024» */
  short: string;
  /** «12 نوفمبر» */
  dayMonth: string;
  /** «14:05», in the site's time zone. */
  time: string;
  /** Published on the day of the build (in the site's time zone): the time alone says when. */
  today: boolean;
}

// The strings of a date, the same on every page that shows it.
const dateStrings = memoByTime((date) => ({
  iso: toIsoDate(date),
  long: formatArabicDate(date, dateOptions),
  short: formatArabicShortDate(date, dateOptions),
  dayMonth: formatArabicDayMonth(date, dateOptions),
  time: formatArabicTime(date, dateOptions),
  day: calendarDay(date, site.timeZone),
}));

// The day of `now`, by minute (a day in any time zone begins on a minute): every call has its own now.
let today = { minute: Number.NaN, day: '' };

export function dateView(date: Date, now = new Date()): DateView {
  const { day, ...strings } = dateStrings(date);
  const minute = Math.floor(now.getTime() / 60_000);
  if (today.minute !== minute) today = { minute, day: calendarDay(now, site.timeZone) };
  return { ...strings, today: day === today.day };
}

export function readingTimeLabel(minutes: number): string {
  return t.readingTime(minutes, siteNumber);
}

/** What a card in a list needs. */
export interface ArticleCardView {
  id: string;
  url: string;
  title: string;
  description: string;
  categoryName: string;
  categoryUrl: string;
  date: DateView;
  image?: ArticleSummary['image'];
  imageAlt?: string;
  /** An opinion piece: its card shows the writer first. */
  opinion: boolean;
  /** The byline; `url` and `photo` when it names an author file. */
  author?: { name: string; url?: string; photo?: ImageMetadata };
  /** Live coverage still live: «مباشر» on the card. */
  live: boolean;
}

/** A story in the «عاجل» bar. */
export interface BreakingView {
  url: string;
  title: string;
  iso: string;
  time: string;
}

export function toBreakingView(article: ArticleSummary): BreakingView {
  return {
    url: articleUrl(article.id),
    title: article.title,
    iso: toIsoDate(article.date),
    time: formatArabicTime(article.date, dateOptions),
  };
}

const cards = new WeakMap<ArticleSummary, ArticleCardView>();

/** An article's card, made once per article (a story is listed on many pages). */
export function toCardView(article: ArticleSummary): ArticleCardView {
  let card = cards.get(article);
  if (!card) cards.set(article, (card = cardView(article)));
  return card;
}

function cardView(article: ArticleSummary): ArticleCardView {
  return {
    id: article.id,
    url: articleUrl(article.id),
    title: article.title,
    description: article.description,
    categoryName: article.category.name,
    categoryUrl: categoryUrl(article.category.id),
    date: dateView(article.date),
    image: article.image,
    imageAlt: article.imageAlt,
    opinion: article.category.kind === 'opinion',
    author: article.authorProfile
      ? {
          name: article.authorProfile.name,
          url: authorUrl(article.authorProfile.id),
          photo: article.authorProfile.photo,
        }
      : article.author
        ? { name: article.author }
        : undefined,
    live: isLiveNow(article, new Date()),
  };
}
