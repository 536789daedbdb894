// The reader features of the fixture site, read from dist/ with a real HTML parser: the «عاجل» bar,
// writers (pages, box, JSON-LD), opinion cards, corrections, the front page, section wording, the
// cover image, the footer's pages, share icons, the 404 page and the back-to-top CSS as shipped.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage, text, type Page } from '../helpers/html';
import { listBuiltPages } from '../helpers/built-pages';
import { fixtureDist, seedArticleId, siteDist } from '../helpers/sites';
import { fixtureContent } from '../helpers/paths';
import { published, readCorpus } from '../helpers/corpus';
import { site } from '../../src/site.config';
import { t } from '../../src/i18n/ar';
import { formatArabicDate, formatArabicTime } from '../../src/lib/arabic/dates';
import { tagUrl } from '../../src/lib/routes';

const siteUrl = 'https://afaq-news.example';
const jsonLd = (page: Page): Array<Record<string, any>> =>
  page('script[type="application/ld+json"]')
    .map((_, element) => JSON.parse(page(element).text()))
    .get();
const hrefs = (page: Page, selector: string) =>
  page(selector)
    .map((_, a) => page(a).attr('href'))
    .get() as string[];
const dateOptions = { digits: site.digits, timeZone: site.timeZone, ...site.dates };

describe('«عاجل» breaking bar', () => {
  it('is on every page: a named landmark listing the stories in force, newest first, expired ones dropped', async () => {
    const pages = await listBuiltPages(fixtureDist);
    expect(pages.length).toBeGreaterThan(10);
    for (const built of pages) {
      const page = await loadPage(fixtureDist, built.url);
      const bar = page(`section[aria-label="${t.breaking}"]`);
      expect(bar.length, built.url).toBe(1);
      expect(hrefs(page, `section[aria-label="${t.breaking}"] a`), built.url).toEqual([
        '/articles/breaking-markets/',
        '/articles/breaking-ceasefire/',
      ]);
    }
    const home = await loadPage(fixtureDist, '/');
    const times = home(`section[aria-label="${t.breaking}"] time`)
      .map((_, el) => home(el).attr('datetime'))
      .get();
    expect(times).toEqual(['2024-11-12T08:10:00.000Z', '2024-11-12T06:45:00.000Z']);
    expect(text(home, `section[aria-label="${t.breaking}"]`)).not.toContain('العاصفة');
  });

  it('has no bar when no story is breaking (the real site)', async () => {
    const page = await loadPage(siteDist, '/');
    expect(page(`section[aria-label="${t.breaking}"]`).length).toBe(0);
  });
});

describe('writers', () => {
  it('each author file has a page with photo, bio, links and their articles, newest first', async () => {
    const corpus = await readCorpus(fixtureContent);
    const own = published(corpus.articles).filter((a) => a.author === 'lina-haddad');
    expect(own.length).toBeGreaterThanOrEqual(2);
    const page = await loadPage(fixtureDist, '/author/lina-haddad/');
    expect(text(page, 'h1')).toBe('لينا حداد');
    expect(text(page, 'main header')).toContain('مراسلة الشؤون السياسية');
    expect(page('main header img').attr('alt')).toBe('لينا حداد');
    expect(page('main header img').attr('srcset')).toMatch(/\.webp/);
    expect(hrefs(page, 'main header a[href^="https://"]')).toEqual([
      'https://www.facebook.com/lina.haddad.example',
    ]);
    expect(hrefs(page, 'main ul li article h3 a')).toEqual(own.map((a) => `/articles/${a.id}/`));
  });

  it('author pages carry ProfilePage JSON-LD with the Person, its url and sameAs', async () => {
    const page = await loadPage(fixtureDist, '/author/ahmad-salem/');
    const profile = jsonLd(page).find((d) => d['@type'] === 'ProfilePage')!;
    expect(profile.mainEntity).toMatchObject({
      '@type': 'Person',
      name: 'أحمد سالم',
      url: `${siteUrl}/author/ahmad-salem/`,
      jobTitle: 'كاتب رأي ومحلل اقتصادي',
      sameAs: ['https://x.com/ahmad_salem_example', 'https://ahmad-salem.example.org/'],
    });
    expect(new URL(profile.mainEntity.image).pathname).toMatch(/^\/_astro\/.+\.(jpe?g|webp)$/);
  });

  it('an article by an author file links the writer, shows the author box and names a Person with url and sameAs', async () => {
    const page = await loadPage(fixtureDist, '/articles/opinion-water-economy/');
    expect(hrefs(page, 'article header dd a')).toContain('/author/ahmad-salem/');
    const box = page('section[aria-labelledby="author-box-heading"]');
    expect(box.find('img').length).toBe(1);
    expect(box.text()).toContain('كاتب في الشؤون الاقتصادية العربية');
    const news = jsonLd(page).find((d) => d['@type'] === 'NewsArticle')!;
    expect(news.author).toEqual([
      expect.objectContaining({
        '@type': 'Person',
        name: 'أحمد سالم',
        url: `${siteUrl}/author/ahmad-salem/`,
        sameAs: expect.arrayContaining(['https://x.com/ahmad_salem_example']),
      }),
    ]);
  });

  it('a free-text byline stays text: no link, no box, a Person with its name only', async () => {
    const page = await loadPage(fixtureDist, '/articles/budget-correction/');
    expect(text(page, 'article header dl')).toContain('مكتب آفاق في الرياض');
    expect(page('article header dd a').length).toBe(0);
    expect(page('section[aria-labelledby="author-box-heading"]').length).toBe(0);
    const news = jsonLd(page).find((d) => d['@type'] === 'NewsArticle')!;
    expect(news.author).toEqual([{ '@type': 'Person', name: 'مكتب آفاق في الرياض' }]);
  });

  it('opinion cards show the writer photo and name before the headline', async () => {
    const page = await loadPage(fixtureDist, '/category/opinion/');
    const cards = page('main ul li article');
    expect(cards.length).toBe(2);
    cards.each((_, card) => {
      const children = page(card).children().toArray();
      const writer = children.findIndex((child) => page(child).find('img').length > 0);
      const heading = children.findIndex((child) => /^h[23]$/.test(child.tagName));
      expect(writer).toBeGreaterThanOrEqual(0);
      expect(writer).toBeLessThan(heading);
    });
    expect(text(page, 'main ul li:first-child article')).toContain('أحمد سالم');
  });
});

describe('corrections and updates', () => {
  it('shows «تصحيح» notes at the end with their dates, «آخر تحديث» with its time, and dateModified from the latest correction', async () => {
    const page = await loadPage(fixtureDist, '/articles/budget-correction/');
    const notes = page('section[aria-labelledby="corrections-heading"] li');
    expect(notes.length).toBe(2);
    expect(notes.eq(0).text()).toContain(t.correction);
    expect(notes.eq(0).text()).toContain('والصحيح 12 بالمئة');
    expect(notes.eq(1).find('time').attr('datetime')).toBe('2024-11-08T06:00:00.000Z');
    // After the body, before the share links.
    const order = page('article > *')
      .map((_, el) => page(el).attr('aria-labelledby') ?? page(el).attr('class') ?? '')
      .get();
    expect(order.indexOf('corrections-heading')).toBeGreaterThan(
      order.findIndex((c) => c.includes('article-body')),
    );
    // «آخر تحديث» is the latest change: the second correction, after `updated`.
    const updated = new Date('2024-11-08T06:00:00Z');
    expect(text(page, 'article header dl')).toContain(
      t.atTime(formatArabicDate(updated, dateOptions), formatArabicTime(updated, dateOptions)),
    );
    const news = jsonLd(page).find((d) => d['@type'] === 'NewsArticle')!;
    expect(news.dateModified).toBe('2024-11-08T06:00:00.000Z');
    expect(page('meta[property="article:modified_time"]').attr('content')).toBe(
      '2024-11-08T06:00:00.000Z',
    );
  });
});

describe('dates', () => {
  it('prints the Hijri date beside the Gregorian one on the article (on by default)', async () => {
    expect(site.dates.hijri).toBe(true);
    const page = await loadPage(siteDist, `/articles/${seedArticleId}/`);
    expect(page('article header time').first().text()).toBe(
      formatArabicDate(new Date('2024-11-12T00:00:00Z'), {
        digits: site.digits,
        timeZone: site.timeZone,
        hijri: true,
        months: site.dates.months,
      }),
    );
    expect(page('article header time').first().text()).toContain('جمادى الأولى 1446 هـ');
  });

  it('shows the date of the build in the header of every page', async () => {
    const page = await loadPage(fixtureDist, '/');
    const time = page('body > header time');
    expect(time.length).toBe(1);
    const shown = new Date(time.attr('datetime')!);
    expect(Math.abs(Date.now() - shown.getTime())).toBeLessThan(24 * 3600 * 1000);
    expect(time.text()).toContain('هـ');
  });
});

describe('the front page', () => {
  it('has a lead with a photo, four secondary stories, the latest strip with times, section blocks and the opinion strip, each story once', async () => {
    const page = await loadPage(fixtureDist, '/');
    const lead = page('[data-front="lead"]');
    expect(lead.find('img').length).toBe(1);
    expect(page('[data-front="secondary"] li').length).toBe(4);
    const latest = page('section[aria-labelledby="latest-heading"] li');
    expect(latest.length).toBeGreaterThan(0);
    latest.each((_, li) => expect(page(li).find('time').attr('datetime')).toMatch(/^\d{4}-/));
    expect(page('section[aria-labelledby="opinion-heading"] li img').length).toBe(2);
    expect(page('main section[aria-labelledby^="section-"]').length).toBeGreaterThanOrEqual(2);
    // Every story link on the page is one story's headline, and no story has two.
    const headlines = hrefs(
      page,
      'main h2 a[href^="/articles/"], main h3 a[href^="/articles/"], main li > a[href^="/articles/"]',
    );
    const allStoryLinks = hrefs(page, 'main a[href^="/articles/"]');
    expect(headlines.length).toBeGreaterThan(15);
    expect(new Set(headlines).size, 'a story appears twice').toBe(headlines.length);
    expect(new Set(allStoryLinks).size).toBe(headlines.length);
  });

  it('gives stories without a photo the designed placeholder with their section name', async () => {
    const page = await loadPage(fixtureDist, '/');
    const placeholders = page('.story-placeholder');
    expect(placeholders.length).toBeGreaterThan(0);
    placeholders.each((_, el) => {
      expect(page(el).attr('aria-hidden')).toBe('true');
      expect(page(el).text().trim().length).toBeGreaterThan(1);
    });
  });

  it('uses the definite form of section names («المزيد من السياسة»)', async () => {
    const page = await loadPage(fixtureDist, '/');
    expect(text(page, 'main')).not.toMatch(/المزيد من سياسة|أخبار سياسة/);
    const category = await loadPage(fixtureDist, '/category/politics/');
    expect(text(category, 'h1')).toBe(t.categoryArticles('السياسة'));
    const opinion = await loadPage(fixtureDist, '/category/opinion/');
    expect(text(opinion, 'h1')).toBe('مقالات الرأي');
  });

  it('does not repeat the section label on the cards of its own page', async () => {
    const page = await loadPage(fixtureDist, '/category/politics/');
    expect(page('main ul li article').length).toBeGreaterThan(1);
    expect(page('main ul li article a[href="/category/politics/"]').length).toBe(0);
    const tag = await loadPage(fixtureDist, tagUrl('الانتخابات'));
    expect(tag('main ul li article a[href^="/category/"]').length).toBeGreaterThan(0);
  });
});

describe('article page', () => {
  it('shows the cover image under the headline, with its alt text, eager', async () => {
    const page = await loadPage(fixtureDist, '/articles/satellite-launch/');
    const img = page('article figure img').first();
    expect(img.attr('alt')).toBe('صاروخ يحمل القمر الصناعي لحظة انطلاقه');
    expect(img.attr('loading')).toBe('eager');
    expect(page('article figure source[type="image/avif"]').length).toBe(1);
  });

  it('share links carry self-hosted SVG icons', async () => {
    const page = await loadPage(fixtureDist, '/articles/satellite-launch/');
    const links = page('[data-share] a');
    expect(links.length).toBe(5);
    links.each((_, a) => {
      expect(page(a).find('svg[aria-hidden="true"] path').length).toBeGreaterThan(0);
      expect(page(a).attr('aria-label')).toBeTruthy();
    });
  });
});

describe('site chrome', () => {
  it('the footer links the about, contact and privacy pages (which exist) and the social accounts', async () => {
    const page = await loadPage(fixtureDist, '/');
    const links = hrefs(page, 'body > footer a');
    for (const slug of ['about', 'contact', 'privacy']) {
      expect(links).toContain(`/${slug}/`);
      const own = await loadPage(fixtureDist, `/${slug}/`);
      expect(text(own, 'h1').length).toBeGreaterThan(2);
    }
    for (const account of site.social) expect(links).toContain(account.url);
    expect(page('body > footer a[href^="https://"] svg').length).toBe(site.social.length);
  });

  it('the 404 page offers the search and suggested stories', async () => {
    const page = await loadPage(fixtureDist, '/404.html');
    const form = page('main form[role="search"]');
    expect(form.attr('action')).toBe('/search/');
    expect(form.find('input[name="q"]').length).toBe(1);
    expect(page('section[aria-labelledby="suggested-heading"] article').length).toBe(
      site.reader.notFoundSuggestions,
    );
  });

  it('ships the back-to-top and progress animations as longhands Chromium accepts', async () => {
    const files = (await listBuiltPages(fixtureDist)).slice(0, 1);
    const home = await readFile(path.join(fixtureDist, files[0]!.file), 'utf8');
    const sheets = [...home.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => m[1]!);
    expect(sheets.length).toBeGreaterThan(0);
    const css = (
      await Promise.all(sheets.map((href) => readFile(path.join(fixtureDist, href), 'utf8')))
    ).join('\n');
    expect(css).toMatch(/animation-timeline:scroll\(root\)/);
    // `animation: … scroll(root)` is what the minifier made of shorthand + timeline; Chromium drops it.
    expect(css).not.toMatch(/animation:[^;}]*(scroll|view)\(/);
  });
});

describe('live coverage', () => {
  const url = '/articles/live-summit/';

  it('shows the updates newest first, each with its time, under a «مباشر» label while live', async () => {
    const page = await loadPage(fixtureDist, url);
    const times = page('.live-update time')
      .map((_, el) => page(el).attr('datetime'))
      .get();
    expect(times).toEqual([
      '2024-11-12T10:45:00.000Z',
      '2024-11-12T08:15:00.000Z',
      '2024-11-12T07:30:00.000Z',
    ]);
    expect(page('.live-update time').first().text()).toContain('13:45');
    expect(text(page, 'article header')).toContain(t.live);
    expect(text(page, 'article header')).toContain(t.liveCoverage);
    // Its card says so too.
    const list = await loadPage(fixtureDist, '/category/politics/');
    expect(text(list, `main li:has(a[href="${url}"])`)).toContain(t.live);
  });

  it('is a LiveBlogPosting whose liveBlogUpdate entries, newest first, point at the updates on the page', async () => {
    const page = await loadPage(fixtureDist, url);
    const data = jsonLd(page);
    expect(data.find((d) => d['@type'] === 'NewsArticle')).toBeUndefined();
    const live = data.find((d) => d['@type'] === 'LiveBlogPosting')!;
    expect(live).toMatchObject({
      headline: 'تغطية مباشرة: القمة العربية في يومها الأول',
      coverageStartTime: '2024-11-12T06:00:00.000Z',
    });
    expect(live.liveBlogUpdate.map((u: any) => u.datePublished)).toEqual([
      '2024-11-12T10:45:00.000Z',
      '2024-11-12T08:15:00.000Z',
      '2024-11-12T07:30:00.000Z',
    ]);
    expect(live.liveBlogUpdate[0]).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'البيان الختامي',
      articleBody: 'وزّعت الأمانة العامة مسودة البيان الختامي على الوفود.',
    });
    for (const update of live.liveBlogUpdate) {
      const fragment = new URL(update.url).hash.slice(1);
      expect(page(`[id="${fragment}"]`).hasClass('live-update')).toBe(true);
    }
  });
});

describe('<Gallery>', () => {
  it('shows every photo with its caption in a named strip the keyboard can reach, optimised and lazy', async () => {
    const page = await loadPage(fixtureDist, '/articles/souk-photo-story/');
    const gallery = page('section.gallery');
    expect(gallery.attr('aria-label')).toBe(t.articleComponents.gallery('سوق المدينة القديمة'));
    expect(gallery.find('.gallery-track').attr('tabindex')).toBe('0');
    const figures = gallery.find('figure');
    expect(figures.length).toBe(3);
    expect(figures.eq(1).find('figcaption').text()).toContain('الممر المسقوف حيث باعة التوابل.');
    figures.each((_, figure) => {
      const img = page(figure).find('img');
      expect(img.attr('alt')?.length).toBeGreaterThan(5);
      expect(img.attr('loading')).toBe('lazy');
      expect(page(figure).find('source[type="image/avif"]').attr('srcset')).toMatch(/\.avif 400w/);
    });
  });
});
