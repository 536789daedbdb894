import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseCategory,
  chooseSlug,
  firstFreeSlug,
  isValidSlug,
  parseNewArticleArgs,
  proposeSlug,
  renderArticleTemplate,
  takenSlugs,
  todayIn,
} from '../../../scripts/lib/new-article';
import {
  articleId,
  findImpossibleDates,
  frontmatterOf,
} from '../../../src/lib/content/frontmatter';
import { projectRoot } from '../../helpers/paths';
import { tsNodeArgs } from '../../../scripts/node-options.mjs';

describe('parseNewArticleArgs', () => {
  it('reads the title and the --slug / --category options in either form', () => {
    expect(
      parseNewArticleArgs(['عنوان المقال', '--slug', 'my-story', '--category=economy']),
    ).toEqual({
      ok: true,
      args: { title: 'عنوان المقال', slug: 'my-story', category: 'economy' },
    });
    // Unquoted titles arrive as several words.
    expect(parseNewArticleArgs(['قمة', 'الرياض'])).toMatchObject({
      ok: true,
      args: { title: 'قمة الرياض' },
    });
  });

  it('refuses a missing title, an option without value and unknown options', () => {
    expect(parseNewArticleArgs([])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/title/),
    });
    expect(parseNewArticleArgs(['عنوان', '--slug'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/--slug needs a value/),
    });
    expect(parseNewArticleArgs(['عنوان', '--sulg', 'x'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Unknown option: --sulg/),
    });
    expect(parseNewArticleArgs(['--help'])).toEqual({ ok: false, help: true });
  });
});

describe('slugs', () => {
  it('accepts lowercase letters, digits and single hyphens only', () => {
    expect(isValidSlug('oil-prices-2024')).toBe(true);
    expect(isValidSlug('قمة-الرياض')).toBe(true);
    for (const bad of ['Oil', 'oil--prices', '-oil', 'oil_prices', 'oil prices', ''])
      expect(isValidSlug(bad), bad).toBe(false);
  });

  it('proposes a transliteration, or a dated slug when the title has no letters', () => {
    expect(proposeSlug('قمة الرياض', '2024-11-12')).toBe('qma-ryad');
    expect(proposeSlug('؟؟', '2024-11-12')).toBe('article-2024-11-12');
  });

  it('finds slugs in use from file names, folders and slug: fields', () => {
    const taken = takenSlugs([
      { path: 'oil.mdx', text: '---\ntitle: x\n---\n' },
      { path: 'sport/final/index.md', text: '---\ntitle: x\n---\n' },
      { path: 'ai.mdx', text: '---\ntitle: x\nslug: "arabic-models"\n---\n' },
      { path: 'old.mdx', text: '---\n# slug: commented-out\n---\n' },
    ]);
    expect([...taken].sort()).toEqual([
      'ai',
      'arabic-models',
      'final',
      'oil',
      'old',
      'sport/final',
    ]);
    expect(articleId({ path: 'ai.mdx', text: '---\nslug: arabic-models\n---' })).toBe(
      'arabic-models',
    );
  });

  it('never reuses a slug: proposals get a number, an explicit slug in use is refused', () => {
    const taken = new Set(['qma-ryad', 'qma-ryad-2']);
    expect(firstFreeSlug('qma-ryad', taken)).toBe('qma-ryad-3');
    expect(chooseSlug({ title: 'قمة الرياض' }, '2024-11-12', taken)).toEqual({
      ok: true,
      slug: 'qma-ryad-3',
      proposed: true,
    });
    const refused = chooseSlug({ title: 'x', slug: 'qma-ryad' }, '2024-11-12', taken);
    expect(refused).toMatchObject({
      ok: false,
      error: expect.stringMatching(/taken.*qma-ryad-3/),
    });
    expect(chooseSlug({ title: 'x', slug: 'Bad Slug' }, '2024-11-12', taken)).toMatchObject({
      ok: false,
    });
    expect(chooseSlug({ title: 'x', slug: 'fresh' }, '2024-11-12', taken)).toEqual({
      ok: true,
      slug: 'fresh',
      proposed: false,
    });
  });
});

describe('chooseCategory', () => {
  const categories = [
    { id: 'economy', name: 'اقتصاد', order: 3 },
    { id: 'politics', name: 'سياسة', order: 1 },
  ];
  it('uses the requested category, or the first in display order', () => {
    expect(chooseCategory('economy', categories)).toMatchObject({
      ok: true,
      category: { id: 'economy' },
    });
    expect(chooseCategory(undefined, categories)).toMatchObject({
      ok: true,
      category: { id: 'politics' },
    });
  });
  it('refuses an unknown category and lists the real ones', () => {
    const result = chooseCategory('sport', categories);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining('politics (سياسة)، economy (اقتصاد)'),
    });
  });
});

describe('todayIn', () => {
  it('gives the calendar date in the site time zone', () => {
    const lateUtc = new Date('2024-11-12T22:30:00Z'); // already the 13th in Riyadh (UTC+3)
    expect(todayIn('Asia/Riyadh', lateUtc)).toBe('2024-11-13');
    expect(todayIn('UTC', lateUtc)).toBe('2024-11-12');
  });
});

describe('renderArticleTemplate', () => {
  const text = renderArticleTemplate({
    title: 'قال: "نعم" #1',
    date: '2024-11-12',
    category: 'politics',
    categories: ['economy', 'politics'],
    slug: 'qal-nam',
  });
  const frontmatter = frontmatterOf(text)!;
  const active = frontmatter.split('\n').filter((line) => line && !line.startsWith('#'));
  const commented = frontmatter.split('\n').filter((line) => /^# [a-zA-Z]+: /.test(line));

  it('writes every field, active or commented, and starts as a draft dated today', () => {
    const fields = [...active, ...commented].map((line) => line.replace(/^# /, '').split(':')[0]);
    for (const field of [
      'title',
      'description',
      'date',
      'updated',
      'category',
      'tags',
      'author',
      'source',
      'image',
      'imageAlt',
      'draft',
    ]) {
      expect(fields, field).toContain(field);
    }
    expect(active).toContain('draft: true');
    expect(active).toContain('date: 2024-11-12');
    expect(active).toContain('category: politics');
    expect(findImpossibleDates(text, ['date', 'updated'])).toEqual([]);
  });

  it('quotes the title safely for YAML (quotes and # kept)', () => {
    expect(active).toContain('title: "قال: \\"نعم\\" #1"');
  });
});

describe('npm run new (scripts/new-article.mjs)', () => {
  const run = (contentDir: string, ...args: string[]) =>
    spawnSync(process.execPath, [...tsNodeArgs, 'scripts/new-article.mjs', ...args], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });

  it('creates a draft file, proposes a free slug, refuses taken slugs and unknown categories', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'afaq-new-'));
    mkdirSync(path.join(dir, 'articles'));
    mkdirSync(path.join(dir, 'categories'));
    writeFileSync(
      path.join(dir, 'categories/economy.json'),
      JSON.stringify({ name: 'اقتصاد', order: 2 }),
    );
    writeFileSync(path.join(dir, 'articles/qma-ryad.mdx'), '---\ntitle: old\n---\nold text\n');

    const first = run(dir, 'قمة الرياض', '--category', 'economy');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('qma-ryad-2.mdx');
    expect(first.stdout).toMatch(/الخطوات التالية/);
    expect(first.stdout).toMatch(/Next steps/);
    const created = readFileSync(path.join(dir, 'articles/qma-ryad-2.mdx'), 'utf8');
    expect(created).toMatch(/^title: "قمة الرياض"$/m);
    expect(created).toMatch(/^draft: true$/m);
    expect(created).toMatch(/^category: economy$/m);
    // The existing article is untouched.
    expect(readFileSync(path.join(dir, 'articles/qma-ryad.mdx'), 'utf8')).toBe(
      '---\ntitle: old\n---\nold text\n',
    );

    const taken = run(dir, 'عنوان', '--slug', 'qma-ryad');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/taken and will not be overwritten/);

    const badCategory = run(dir, 'عنوان', '--category', 'sport');
    expect(badCategory.status).toBe(1);
    expect(badCategory.stderr).toMatch(/Unknown category "sport"/);
    expect(readdirSync(path.join(dir, 'articles')).sort()).toEqual([
      'qma-ryad-2.mdx',
      'qma-ryad.mdx',
    ]);
    // Three Node processes in a row: allow for a busy machine.
  }, 30_000);
});
