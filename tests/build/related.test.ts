// Related articles as a reader gets them: the section under each built article page of the fixture site,
// and no section at all on a site with a single article.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ar';
import { site } from '../../src/site.config';
import { buildSite, contentVariant } from '../helpers/build-site';
import { loadPage, type Page } from '../helpers/html';
import { fixtureContent } from '../helpers/paths';
import { fixtureDist } from '../helpers/sites';

const section = (page: Page) => page('section[aria-labelledby="related-heading"]');
/** Article slugs of the related links on a page, in order. */
const relatedSlugs = (page: Page) =>
  section(page)
    .find('li a[href]')
    .map(
      (_, a) =>
        decodeURIComponent(page(a).attr('href')!).match(/^\/articles\/([^/]+)\/$/)?.[1] ??
        page(a).attr('href'),
    )
    .get() as string[];

async function builtArticles(dist: string): Promise<string[]> {
  const entries = await readdir(path.join(dist, 'articles'), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

describe('related articles on the fixture site', () => {
  it('ends every article with a section labelled by its h2 "مقالات ذات صلة"', async () => {
    const slugs = await builtArticles(fixtureDist);
    expect(slugs.length).toBeGreaterThan(2);
    for (const slug of slugs) {
      const page = await loadPage(fixtureDist, `/articles/${slug}/`);
      const related = section(page);
      expect(related, slug).toHaveLength(1);
      const heading = page(`#${related.attr('aria-labelledby')}`);
      expect(heading.prop('tagName'), slug).toBe('H2');
      expect(heading.text().trim(), slug).toBe(t.relatedArticles);
      expect(related.find('h2').attr('id'), slug).toBe('related-heading');
    }
  });

  it('links k other published articles that exist as built pages, never the article itself', async () => {
    const slugs = await builtArticles(fixtureDist);
    for (const slug of slugs) {
      const page = await loadPage(fixtureDist, `/articles/${slug}/`);
      const related = relatedSlugs(page);
      expect(related, slug).toHaveLength(Math.min(site.relatedCount, slugs.length - 1));
      expect(related, slug).not.toContain(slug);
      expect(new Set(related).size, slug).toBe(related.length);
      for (const other of related) {
        expect(
          existsSync(path.join(fixtureDist, 'articles', other, 'index.html')),
          `${slug} → ${other}`,
        ).toBe(true);
      }
      expect(related.join(' '), slug).not.toMatch(/draft-story|scheduled-story/);
    }
  });

  it('shows each story with its title, category and Arabic date', async () => {
    const categoryNames = await Promise.all(
      (await readdir(path.join(fixtureContent, 'categories'))).map(
        async (file) =>
          (
            JSON.parse(await readFile(path.join(fixtureContent, 'categories', file), 'utf8')) as {
              name: string;
            }
          ).name,
      ),
    );
    const page = await loadPage(fixtureDist, '/articles/energy-summit/');
    const items = section(page).find('li');
    expect(items.length).toBeGreaterThan(0);
    items.each((_, li) => {
      const item = page(li);
      expect(item.find('a').text().trim()).not.toBe('');
      const time = item.find('time');
      expect(Number.isNaN(Date.parse(time.attr('datetime') ?? ''))).toBe(false);
      expect(time.text()).toMatch(/[\u0600-\u06FF]/); // month name in Arabic
      expect(categoryNames.some((name) => item.text().includes(name))).toBe(true);
    });
  });

  it('picks the stories about the same subject first', async () => {
    const energy = relatedSlugs(await loadPage(fixtureDist, '/articles/energy-summit/'));
    expect(new Set(energy.slice(0, 2))).toEqual(new Set(['oil-prices-fall', 'opec-output-cut']));
    const opec = relatedSlugs(await loadPage(fixtureDist, '/articles/opec-output-cut/'));
    expect(opec[0]).toBe('oil-prices-fall');
    // Different tags, same final, same team: text similarity finds it.
    const football = relatedSlugs(await loadPage(fixtureDist, '/articles/football-final/'));
    expect(football[0]).toBe('cup-final-fans');
  });

  it('shows the thumbnail of a related story that has an image', async () => {
    let seen = 0;
    for (const slug of await builtArticles(fixtureDist)) {
      const page = await loadPage(fixtureDist, `/articles/${slug}/`);
      section(page)
        .find('li')
        .each((_, li) => {
          const item = page(li);
          if (item.find('a').attr('href')?.includes('/articles/satellite-launch/')) {
            seen++;
            expect(item.find('img').attr('src'), slug).toBeTruthy();
          }
        });
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('related articles on a site with a single article', () => {
  let dist: string;

  beforeAll(async () => {
    const articles = await readdir(path.join(fixtureContent, 'articles'));
    const removed = Object.fromEntries(
      articles
        .filter((file) => /\.mdx?$/.test(file) && file !== 'oil-prices-fall.mdx')
        .map((file) => [`articles/${file}`, null]),
    );
    const content = await contentVariant('related-single', fixtureContent, removed);
    const build = await buildSite({ name: 'related-single', contentDir: content });
    if (!build.ok) throw new Error(build.output);
    dist = build.outDir;
  });

  it('renders no related section and no empty heading', async () => {
    expect(await builtArticles(dist)).toEqual(['oil-prices-fall']);
    const page = await loadPage(dist, '/articles/oil-prices-fall/');
    expect(section(page)).toHaveLength(0);
    expect(page('#related-heading')).toHaveLength(0);
    expect(page('body').text()).not.toContain(t.relatedArticles);
  });
});
