// The built site as a reader gets it: parsed from dist/ with a real HTML parser.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage, text, type Page } from '../helpers/html';

/** The article header's metadata list as { label: value }. */
function metadata(page: Page): Record<string, string> {
  const pairs = page('article header dl > div')
    .map((_, div) => [[page(div).find('dt').text().trim(), page(div).find('dd').text().trim()]])
    .get() as Array<[string, string]>;
  return Object.fromEntries(pairs);
}
import { fixtureDist, seedArticleId, siteDist } from '../helpers/sites';
import { projectRoot } from '../helpers/paths';
import { site } from '../../src/site.config';
import { t } from '../../src/i18n/ar';
import { formatArabicDate, formatArabicTime } from '../../src/lib/arabic/dates';

/** The seed article's paragraphs, read from the seed text itself (not copied into the test). */
async function seedParagraphs(): Promise<string[]> {
  const seed = await readFile(
    path.join(projectRoot, '../shared/seeds/000_f79578c03435645f.txt'),
    'utf8',
  ).catch(() =>
    // CI copies shared/ beside the clone; fall back to the MDX source when the seed is not there.
    readFile(path.join(projectRoot, `content/articles/${seedArticleId}.mdx`), 'utf8'),
  );
  const chrome = /^(المصدر|Related Articles|اترك تعليقاً|لن يتم نشر|Back to top|---|[a-z]+:)/;
  const lines = seed
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return lines.slice(1).filter((line) => !chrome.test(line));
}

describe('the seed article page', () => {
  const url = `/articles/${seedArticleId}/`;

  it('is an Arabic, right-to-left document', async () => {
    const page = await loadPage(siteDist, url);
    expect(page('html').attr('lang')).toBe('ar');
    expect(page('html').attr('dir')).toBe('rtl');
    expect(page('meta[charset]').attr('charset')).toBe('utf-8');
  });

  it('has the title as its only h1 and in the document title', async () => {
    const page = await loadPage(siteDist, url);
    expect(page('h1')).toHaveLength(1);
    expect(text(page, 'h1')).toBe('مباحثات أمنية صينية روسية في بكين');
    expect(page('title').text()).toBe('مباحثات أمنية صينية روسية في بكين | آفاق نيوز');
  });

  it('renders every paragraph of the seed text, quotation marks and dateline included', async () => {
    const page = await loadPage(siteDist, url);
    const rendered = page('.article-body p')
      .map((_, p) => page(p).text().replace(/\s+/g, ' ').trim())
      .get();
    const expected = await seedParagraphs();
    expect(expected.length).toBeGreaterThanOrEqual(11);
    expect(rendered).toEqual(expected);
    expect(rendered[0]).toMatch(/^اَفاق نيوز – /);
    expect(rendered.join(' ')).toContain('“مشاورات أمنية إستراتيجية”');
  });

  it('shows the source, the publish date in Arabic and the reading time', async () => {
    const page = await loadPage(siteDist, url);
    const header = text(page, 'article header');
    expect(metadata(page)).toMatchObject({ 'المصدر:': 'وكالات' });
    const time = page('article header time').first();
    expect(time.attr('datetime')).toBe('2024-11-12T00:00:00.000Z');
    // Hijri beside Gregorian, as Arabic newspapers print it (site.dates.hijri is on by default).
    expect(time.text()).toBe('الثلاثاء 10 جمادى الأولى 1446 هـ - 12 نوفمبر 2024 م');
    expect(header).toMatch(/(دقيقة قراءة واحدة|دقيقتا قراءة|\d+ دقائق قراءة|\d+ دقيقة قراءة)/);
  });

  it('has breadcrumbs home › category › article', async () => {
    const page = await loadPage(siteDist, url);
    const crumbs = page('nav[aria-label="مسار التنقل"] li');
    expect(
      crumbs
        .map((_, li) =>
          page(li)
            .text()
            .replace(/[‹\s]+/g, ' ')
            .trim(),
        )
        .get(),
    ).toEqual(['الرئيسية', 'سياسة', 'مباحثات أمنية صينية روسية في بكين']);
    expect(crumbs.eq(1).find('a').attr('href')).toBe('/category/politics/');
    expect(crumbs.eq(2).find('[aria-current="page"]')).toHaveLength(1);
  });

  it('links its tags and keeps the places for related articles and comments', async () => {
    const page = await loadPage(siteDist, url);
    const tags = page('section[aria-labelledby="tags-heading"] a')
      .map((_, a) => page(a).text().trim())
      .get();
    expect(tags).toContain('الصين');
    expect(tags).toContain('روسيا');
    expect(page('#comments h2').text()).toContain('اترك تعليقاً');
  });

  it('has the page chrome: skip link, navigation, footer, back-to-top', async () => {
    const page = await loadPage(siteDist, url);
    const skip = page('body > a').first();
    expect(skip.attr('href')).toBe('#main');
    expect(page('#main')).toHaveLength(1);
    expect(text(page, 'header a').startsWith('آفاق نيوز')).toBe(true);
    const navLinks = page('nav[aria-label="الأقسام"] a')
      .map((_, a) => page(a).text().trim())
      .get();
    expect(navLinks).toEqual(expect.arrayContaining(['الرئيسية', 'سياسة', 'دولي']));
    expect(page('footer').text()).toContain('آفاق نيوز');
    const top = page('a[href="#top"]');
    expect(top.attr('aria-label')).toBe('العودة إلى أعلى الصفحة');
    expect(page('body').attr('id')).toBe('top');
  });

  it('self-hosts the Arabic font, preloading at most two files, with font-display swap', async () => {
    const page = await loadPage(siteDist, url);
    const preloads = page('link[rel="preload"][as="font"]');
    expect(preloads.length).toBeGreaterThan(0);
    expect(preloads.length).toBeLessThanOrEqual(2);
    for (const link of preloads.toArray()) {
      const href = page(link).attr('href')!;
      expect(href.startsWith('/_astro/')).toBe(true);
      expect(existsSync(path.join(siteDist, href))).toBe(true);
    }
    const css = page('style').text();
    expect(css).toContain('font-display:swap');
    expect(css).not.toMatch(/url\(["']?https?:/);
  });
});

describe('the fixture site', () => {
  it('gives headings rehype-slug ids that keep Arabic letters, and a TOC whose links resolve', async () => {
    const page = await loadPage(fixtureDist, '/articles/energy-summit/');
    const ids = page('.article-body h2, .article-body h3')
      .map((_, h) => page(h).attr('id'))
      .get();
    expect(ids).toEqual(['أسعار-النفط', 'توقعات-الطلب', 'الطاقة-المتجددة', 'ما-التالي']);
    const tocLinks = page('nav[aria-labelledby="toc-heading"] a')
      .map((_, a) => page(a).attr('href'))
      .get();
    expect(tocLinks).toEqual(ids.map((id) => `#${id}`));
    for (const href of tocLinks) expect(page(`[id="${href.slice(1)}"]`)).toHaveLength(1);
  });

  it('shows no table of contents for an article without headings', async () => {
    const page = await loadPage(fixtureDist, '/articles/oil-prices-fall/');
    expect(page('nav[aria-labelledby="toc-heading"]')).toHaveLength(0);
  });

  it('shows author and update date when present', async () => {
    const page = await loadPage(fixtureDist, '/articles/energy-summit/');
    const updated = new Date('2024-10-06T00:00:00.000Z');
    const options = { digits: site.digits, timeZone: site.timeZone, ...site.dates };
    expect(metadata(page)).toMatchObject({
      'الكاتب:': 'سارة المنصوري',
      'آخر تحديث:': t.atTime(
        formatArabicDate(updated, options),
        formatArabicTime(updated, options),
      ),
    });
    expect(page('article header time').eq(1).attr('datetime')).toBe('2024-10-06T00:00:00.000Z');
  });

  it('uses the slug field for the URL and renders .md articles too', async () => {
    expect(existsSync(path.join(fixtureDist, 'articles/arabic-language-models/index.html'))).toBe(
      true,
    );
    expect(existsSync(path.join(fixtureDist, 'articles/ai-arabic/index.html'))).toBe(false);
    const page = await loadPage(fixtureDist, '/articles/football-final/');
    expect(text(page, 'h1')).toBe('المنتخب يتأهل إلى نهائي كأس العرب');
  });

  it('leaves drafts and future-dated articles out of every page', async () => {
    const articleDirs = await readdir(path.join(fixtureDist, 'articles'));
    expect(articleDirs).not.toContain('draft-story');
    expect(articleDirs).not.toContain('scheduled-story');
    const home = await readFile(path.join(fixtureDist, 'index.html'), 'utf8');
    expect(home).not.toContain('مسودة لم تنشر بعد');
    expect(home).not.toContain('خبر مجدول للنشر مستقبلاً');
  });

  it('leads the home page with the newest story that has a photo, then the next stories newest first', async () => {
    const page = await loadPage(fixtureDist, '/');
    const lead = page('[data-front="lead"]');
    expect(lead.find('h2 a').text().trim()).toBe('البورصات الخليجية تعلّق التداول مؤقتاً');
    expect(lead.find('img').length).toBe(1);
    const next = page('[data-front="secondary"] li, section[aria-labelledby="latest-heading"] li');
    const titles = next
      .find('h3 a, li > a')
      .map((_, a) => page(a).text().trim())
      .get();
    expect(titles).toContain('إعلان وقف لإطلاق النار يبدأ منتصف الليل');
    expect(titles).not.toContain('البورصات الخليجية تعلّق التداول مؤقتاً');
    const dates = next
      .find('time')
      .map((_, t) => Date.parse(page(t).attr('datetime')!))
      .get();
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('lists a category’s articles on its page and marks it current in the navigation', async () => {
    const page = await loadPage(fixtureDist, '/category/economy/');
    expect(text(page, 'h1')).toBe('أخبار الاقتصاد');
    const titles = page('main article h2 a')
      .map((_, a) => page(a).text().trim())
      .get();
    expect(titles).toEqual([
      'البورصات الخليجية تعلّق التداول مؤقتاً',
      'الميزانية الجديدة ترفع الإنفاق على التعليم',
      'تراجع أسعار النفط مع زيادة الإنتاج',
      'قمة الطاقة تبحث أسعار النفط في الرياض',
    ]);
    expect(page('nav[aria-label="الأقسام"] a[aria-current="page"]').text().trim()).toBe('اقتصاد');
  });

  it('has an Arabic 404 page', async () => {
    const page = await loadPage(fixtureDist, '404.html');
    expect(page('html').attr('dir')).toBe('rtl');
    expect(text(page, 'h1')).toBe('الصفحة غير موجودة');
    expect(page('main a').attr('href')).toBe('/');
  });

  it('every internal link on the home and article pages points at a built page', async () => {
    for (const url of ['/', '/articles/energy-summit/']) {
      const page = await loadPage(fixtureDist, url);
      const hrefs = page('a[href^="/"]')
        .map((_, a) => page(a).attr('href'))
        .get();
      expect(hrefs.length).toBeGreaterThan(5);
      for (const href of hrefs) {
        const target = decodeURIComponent(href.split('#')[0]!);
        const file = target.endsWith('/') ? path.join(target, 'index.html') : target;
        expect(existsSync(path.join(fixtureDist, file)), `${url} links to missing ${href}`).toBe(
          true,
        );
      }
    }
  });
});
