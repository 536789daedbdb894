// Comments as built: the form on every article, approved comments from tests/fixtures/content/comments
// rendered as escaped text in threads, and the other providers from their own builds: Netlify
// (detected), and the default with no setting (closed, said in the build log), with a newsroom reply
// and a comment whose article is gone.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, contentVariant, type BuildResult } from '../helpers/build-site';
import { loadPage, text, type Page } from '../helpers/html';
import { fixtureContent } from '../helpers/paths';
import { fixtureDist, seedArticleId, siteDist } from '../helpers/sites';

const commented = '/articles/oil-prices-fall/';
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

async function articleIds(dist: string): Promise<string[]> {
  return (await readdir(path.join(dist, 'articles'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
}

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The form's fields as a reader meets them: label text → control. */
function expectCompleteForm(page: Page, form: ReturnType<Page>, articleId: string) {
  expect(form.attr('method')).toBe('post');
  expect(form.find('input[type=hidden][name=article]').val()).toBe(articleId);
  expect(form.find('input[type=hidden][name=ts]').val()).toMatch(/^\d{13}$/);
  expect(form.find('p').first().text()).toBe(
    'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ\u00a0*',
  );
  const controls = form
    .find('label[for]')
    .map((_, label) => {
      const control = page(`#${page(label).attr('for')}`);
      return [[page(label).text().replace(/\s+/g, ' ').trim(), control]];
    })
    .get() as Array<[string, ReturnType<Page>]>;
  const byLabel = Object.fromEntries(controls);
  expect(Object.keys(byLabel)).toEqual([
    'التعليق *',
    'الاسم *',
    'البريد الإلكتروني *',
    'الموقع الإلكتروني',
    'اترك هذا الحقل فارغاً',
  ]);
  const body = byLabel['التعليق *']!;
  expect(body.is('textarea[name=body][required][dir=auto]')).toBe(true);
  expect(byLabel['الاسم *']!.is('input[type=text][name=name][required][dir=auto]')).toBe(true);
  expect(
    byLabel['البريد الإلكتروني *']!.is('input[type=email][name=email][required][dir=ltr]'),
  ).toBe(true);
  expect(
    byLabel['الموقع الإلكتروني']!.is('input[type=url][name=website][dir=ltr]:not([required])'),
  ).toBe(true);
  const honeypot = byLabel['اترك هذا الحقل فارغاً']!;
  expect(honeypot.attr('name')).toBe('extra_field');
  expect(honeypot.attr('tabindex')).toBe('-1');
  expect(honeypot.closest('[aria-hidden=true]').length).toBe(1);
  expect(form.find('button[type=submit]').text().trim()).toBe('إرسال التعليق');
}

describe('the comment form (COMMENTS_PROVIDER=endpoint: the receiver at <base>api/comments)', () => {
  it('is on every article page of both sites, complete and posting to the endpoint', async () => {
    for (const dist of [fixtureDist, siteDist]) {
      const ids = await articleIds(dist);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const page = await loadPage(dist, `/articles/${id}/`);
        expect(text(page, '#comment-form h2')).toBe('اترك تعليقاً');
        const form = page('#comment-form form[data-comment-form]');
        expect(form).toHaveLength(1);
        expect(form.attr('action')).toBe('/api/comments');
        expectCompleteForm(page, form, decodeURIComponent(id));
      }
    }
  });

  it('says there are no comments yet on an article without any, and carries the Arabic messages for the script', async () => {
    const page = await loadPage(siteDist, `/articles/${seedArticleId}/`);
    expect(text(page, '#comments [data-comment-count]')).toBe('لا توجد تعليقات بعد');
    expect(page('#comments [data-comment-list]')).toHaveLength(0);
    const messages = JSON.parse(page('#comment-messages').text()) as {
      success: string;
      fields: { email: { typeMismatch: string } };
    };
    expect(messages.success).toContain('تعليقك بانتظار المراجعة');
    expect(messages.fields.email.typeMismatch).toMatch(/البريد الإلكتروني غير صحيح/);
    // The no-JavaScript landing message, shown by :target after the receiver's redirect.
    expect(text(page, '#comment-sent')).toContain('تعليقك بانتظار المراجعة');
  });
});

describe('approved comments (tests/fixtures/content/comments)', () => {
  let page: Page;
  let html: string;
  beforeAll(async () => {
    page = await loadPage(fixtureDist, commented);
    html = await readFile(path.join(fixtureDist, commented, 'index.html'), 'utf8');
  });

  it('counts them with the Arabic plural', () => {
    expect(text(page, '#comments [data-comment-count]')).toBe('3 تعليقات');
  });

  it('shows threads newest first with the reply nested under its parent', () => {
    const top = page('[data-comment-list] > li > article')
      .map((_, a) => page(a).attr('id'))
      .get();
    expect(top).toEqual(['comment-m1a2b3c4-0003', 'comment-m1a2b3c4-0001']);
    const reply = page('#comment-m1a2b3c4-0001').parent().find('ol li > article');
    expect(reply.attr('id')).toBe('comment-m1a2b3c4-0002');
  });

  it('renders a script as text, never as markup', () => {
    const body = page('#comment-m1a2b3c4-0002 [data-comment-body]');
    expect(body.text()).toBe('<script>alert(1)</script>');
    expect(body.find('script')).toHaveLength(0);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(text(page, '#comment-m1a2b3c4-0002-by')).toBe('<b>Mallory</b>');
    expect(page('#comments b b')).toHaveLength(0);
  });

  it('keeps paragraphs and line breaks of mixed Arabic/English text, each paragraph dir=auto', () => {
    const paragraphs = page('#comment-m1a2b3c4-0001 [data-comment-body] p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.map((_, p) => page(p).attr('dir')).get()).toEqual(['auto', 'auto']);
    expect(paragraphs.first().find('br')).toHaveLength(1);
    expect(paragraphs.first().text()).toBe(
      'تحليل ممتاز about OPEC+ and the منتجين الكبار.سطر ثانٍ في الفقرة نفسها.',
    );
    expect(paragraphs.last().text()).toBe('فقرة ثانية: the market will adjust قريباً.');
    expect(page('#comment-m1a2b3c4-0001-by').attr('dir')).toBe('auto');
  });

  it('links a website with rel="nofollow ugc noopener"', () => {
    const link = page('a#comment-m1a2b3c4-0002-by');
    expect(link.attr('href')).toBe('https://mallory.example/');
    expect(link.attr('rel')).toBe('nofollow ugc noopener');
    expect(page('b#comment-m1a2b3c4-0001-by')).toHaveLength(1);
  });

  it('gives every comment a reply disclosure whose form sets the parent, without JavaScript', () => {
    for (const id of ['m1a2b3c4-0001', 'm1a2b3c4-0002', 'm1a2b3c4-0003']) {
      const details = page(`#comment-${id} > details`);
      expect(details.find('summary').text()).toBe('ردّ');
      const form = details.find('form[data-comment-form]');
      expect(form.find('input[type=hidden][name=parent]').val()).toBe(id);
      expectCompleteForm(page, form, 'oil-prices-fall');
    }
    const ids = page('[id]')
      .map((_, el) => page(el).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps comments out of the search index', () => {
    expect(page('#comments').attr('data-pagefind-ignore')).toBe('all');
  });

  it('never puts an e-mail address in the comments of any page or in the comment data', async () => {
    for (const file of await allFiles(fixtureDist)) {
      if (!file.endsWith('.html')) continue;
      const built = await loadPage(path.dirname(file), path.basename(file));
      expect(built('#comments').text()).not.toMatch(emailPattern);
    }
    for (const file of await allFiles(path.join(fixtureContent, 'comments'))) {
      expect(await readFile(file, 'utf8')).not.toContain('@');
    }
  });
});

describe('other providers', () => {
  let netlify: BuildResult;
  let unset: BuildResult;
  beforeAll(async () => {
    const withNewsroom = await contentVariant('comments-unset', fixtureContent, {
      // The newsroom's reply, as the moderation page publishes it.
      'comments/m1a2b3c4-0004.json': JSON.stringify({
        id: 'm1a2b3c4-0004',
        article: 'oil-prices-fall',
        parent: 'm1a2b3c4-0003',
        name: 'فريق التحرير',
        website: null,
        date: '2024-11-13T09:00:00.000Z',
        body: 'شكراً لملاحظتك، صحّحنا الرقم.',
        staff: true,
      }),
      // Approved before its article was renamed.
      'comments/m1a2b3c4-0009.json': JSON.stringify({
        id: 'm1a2b3c4-0009',
        article: 'an-article-that-was-renamed',
        parent: null,
        name: 'سارة',
        website: null,
        date: '2024-11-13T09:00:00.000Z',
        body: 'تعليق على مقال لم يعد موجوداً',
      }),
    });
    [netlify, unset] = await Promise.all([
      buildSite({
        name: 'comments-netlify',
        contentDir: fixtureContent,
        env: { NETLIFY: 'true', BASE_PATH: '/afaq' },
      }),
      buildSite({
        name: 'comments-unset',
        contentDir: withNewsroom,
        env: { COMMENTS_PROVIDER: '', COMMENTS_ENDPOINT: '' },
      }),
    ]);
  });

  it('on Netlify (NETLIFY=true): Netlify Forms markup posting to the thank-you page under the base path', async () => {
    expect(netlify.ok, netlify.output).toBe(true);
    expect(netlify.output).not.toContain('Comments are closed');
    const page = await loadPage(netlify.outDir, commented);
    const form = page('#comment-form form');
    expect(form.attr('name')).toBe('comments');
    expect(form.attr('data-netlify')).toBe('true');
    expect(form.attr('netlify-honeypot')).toBe('extra_field');
    expect(form.attr('action')).toBe('/afaq/comments/thanks/');
    expect(form.find('input[type=hidden][name=form-name]').val()).toBe('comments');
    expectCompleteForm(page, form, 'oil-prices-fall');
    const thanks = await loadPage(netlify.outDir, '/comments/thanks/');
    expect(text(thanks, 'main [role=status]')).toBe('تعليقك بانتظار المراجعة');
    expect(thanks('meta[name=robots]').attr('content')).toContain('noindex');
  });

  it('with no setting: no form that posts to nothing («التعليقات مغلقة»), and the build says what to set', async () => {
    expect(unset.ok, unset.output).toBe(true);
    expect(unset.output).toMatch(
      /\[WARN\].*التعليقات مغلقة في هذا البناء.*Set COMMENTS_PROVIDER=endpoint/,
    );
    for (const id of await articleIds(unset.outDir)) {
      const page = await loadPage(unset.outDir, `/articles/${id}/`);
      expect(text(page, '#comment-form')).toContain('التعليقات مغلقة');
      expect(page('#comments form')).toHaveLength(0);
      expect(page('#comments details')).toHaveLength(0);
    }
    // Approved comments still show, the newsroom's reply with its badge.
    const page = await loadPage(unset.outDir, commented);
    expect(text(page, '#comments [data-comment-count]')).toBe('4 تعليقات');
    const reply = page('#comment-m1a2b3c4-0003')
      .parent()
      .find('ol li > article#comment-m1a2b3c4-0004');
    expect(reply.find('header').text()).toContain('فريق التحرير');
    expect(reply.find('header span').text().trim()).toBe('فريق التحرير');
    expect(page('#comment-m1a2b3c4-0001 header span')).toHaveLength(0);
  });

  it('warns, naming the file, about an approved comment whose article no longer exists', () => {
    expect(unset.output).toMatch(
      /warning: .*comments[\\/]m1a2b3c4-0009\.json: التعليق m1a2b3c4-0009 منشور على مقال غير موجود «an-article-that-was-renamed»/,
    );
    expect(unset.output).toContain('npm run comments -- reject m1a2b3c4-0009');
  });
});
