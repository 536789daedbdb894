import { describe, expect, it } from 'vitest';
import { BodyError, compileBody, type CompiledBody } from '../../../src/lib/content/body/compile';
import { evaluateStatic, NotStaticError } from '../../../src/lib/content/body/expressions';
import { alignToClass } from '../../../src/integrations/rehype-table-align';

const compile = (source: string, options: Partial<Parameters<typeof compileBody>[1]> = {}): CompiledBody => {
  const result = compileBody(source, { format: 'mdx', basePath: '/', ...options });
  if (result.kind !== 'compiled') throw new Error('expected a compiled body');
  return result.body;
};
const failure = (source: string, options: Partial<Parameters<typeof compileBody>[1]> = {}): BodyError => {
  try {
    compile(source, options);
  } catch (error) {
    if (error instanceof BodyError) return error;
    throw error;
  }
  throw new Error('expected a BodyError');
};

describe('compileBody: Markdown', () => {
  it('renders Markdown and GFM, with rehype-slug ids that keep Arabic, and lists the headings', () => {
    const body = compile('مقدمة **قوية**.\n\n## الخلفية السياسية\n\n- بند\n\n### تفاصيل أخرى\n\n~~قديم~~');
    expect(body.html).toContain('<strong>قوية</strong>');
    expect(body.html).toContain('<h2 id="الخلفية-السياسية">الخلفية السياسية</h2>');
    expect(body.html).toContain('<del>قديم</del>');
    expect(body.headings).toEqual([
      { depth: 2, slug: 'الخلفية-السياسية', text: 'الخلفية السياسية' },
      { depth: 3, slug: 'تفاصيل-أخرى', text: 'تفاصيل أخرى' },
    ]);
    expect(body.parts).toEqual([]);
  });

  it('gives repeated headings distinct ids, as rehype-slug does', () => {
    const body = compile('## نتائج\n\n## نتائج');
    expect(body.headings.map((heading) => heading.slug)).toEqual(['نتائج', 'نتائج-1']);
  });

  it('turns table alignment into logical classes, never style attributes', () => {
    const body = compile('| الاسم | القيمة | الوسط |\n| :--- | ---: | :---: |\n| أ | ١ | ب |');
    expect(body.html).not.toContain('style=');
    expect(body.html).toContain('<th class="text-start">الاسم</th>');
    expect(body.html).toContain('<td class="text-end">١</td>');
    expect(body.html).toContain('<td class="text-center">ب</td>');
  });

  it('adds the base path to root-relative links only', () => {
    const body = compile('[قسم](/category/economy/) [خارجي](https://example.org/x) [فقرة](#نتائج)', { basePath: '/afaq/' });
    expect(body.html).toContain('href="/afaq/category/economy/"');
    expect(body.html).toContain('href="https://example.org/x"');
    expect(body.html).toContain('href="#%D9%86%D8%AA%D8%A7%D8%A6%D8%AC"');
  });

  it('sets typographic quotes', () => {
    expect(compile('قال "نعم" و"لا".').html).toContain('“نعم” و“لا”');
  });

  it('compiles plain Markdown (.md) with raw HTML parsed and checked', () => {
    const result = compileBody('نص <abbr title="منظمة">أوبك</abbr>.', { format: 'md', basePath: '/' });
    expect(result.kind === 'compiled' && result.body.html).toContain('<abbr title="منظمة">أوبك</abbr>');
    expect(() => compileBody('<script>alert(1)</script>', { format: 'md', basePath: '/' })).toThrow(BodyError);
  });

  it('gives the plain text a reader reads, blocks on their own lines', () => {
    const body = compile('فقرة **أولى**.\n\n## عنوان\n\nفقرة ثانية.');
    expect(body.text).toBe('فقرة أولى.\nعنوان\nفقرة ثانية.');
  });
});

describe('compileBody: MDX', () => {
  it('leaves a registered component as a marker with its props and its compiled children', () => {
    const body = compile('قبل.\n\n<Note title="خلفية">\nنص **الملاحظة**.\n\n## داخل الملاحظة\n</Note>\n\nبعد.');
    expect(body.html).toMatch(/<p>قبل.<\/p>\n<!--afaq:0-->\n<p>بعد.<\/p>/);
    expect(body.parts).toEqual([
      {
        kind: 'component',
        name: 'Note',
        props: { title: 'خلفية' },
        children: { html: '<p>نص <strong>الملاحظة</strong>.</p><h2 id="داخل-الملاحظة">داخل الملاحظة</h2>', parts: [] },
      },
    ]);
    // Headings inside components are part of the table of contents, in document order.
    expect(body.headings.map((heading) => heading.slug)).toEqual(['داخل-الملاحظة']);
    // Text props a reader reads are part of the text (search).
    expect(body.text).toContain('خلفية');
  });

  it('lists the local images of components and of Markdown, relative to the article', () => {
    const body = compile('<Figure src="images/a.jpg" alt="صورة" caption="تعليق" />\n\n![بديل](./images/b.png)');
    expect(body.images).toEqual(['./images/a.jpg', './images/b.png']);
    expect(body.parts[0]).toMatchObject({ kind: 'component', name: 'Figure', props: { src: './images/a.jpg', alt: 'صورة' } });
    expect(body.parts[1]).toEqual({ kind: 'image', src: './images/b.png', alt: 'بديل' });
  });

  it('turns HTML-like JSX into HTML, with class and plain values', () => {
    const body = compile('<div class="x" data-n={3}>نص <abbr title="منظمة">أوبك</abbr></div>\n\n<details open>\n<summary>المزيد</summary>\nتفاصيل\n</details>');
    expect(body.html).toContain('<div class="x" data-n="3">نص <abbr title="منظمة">أوبك</abbr></div>');
    expect(body.html).toContain('<details open>');
  });

  it('shows plain-value expressions as text and drops JSX comments', () => {
    const body = compile("النسبة {'{'}أ{'}'} و{5} {/* ملاحظة للمحرر */}نهاية.");
    expect(body.html).toBe('<p>النسبة {أ} و5 نهاية.</p>');
  });

  it('evaluates plain-value props (lists and objects included) without running code', () => {
    const body = compile('<Note title={`عنوان`} tone={"warning"}>نص</Note>');
    expect(body.parts[0]).toMatchObject({ props: { title: 'عنوان', tone: 'warning' } });
  });

  it('says when the body needs the MDX module path (its own import or export)', () => {
    expect(compileBody('import X from "./x.astro"\n\n<X />', { format: 'mdx', basePath: '/', firstLine: 8 })).toEqual({
      kind: 'module',
      line: 8,
      statement: 'import X from "./x.astro"',
    });
  });
});

describe('compileBody: mistakes, with the line in the file', () => {
  it('an unclosed component', () => {
    const error = failure('فقرة.\n\n<Note title="خلفية">\nنص من دون وسم إغلاق.', { firstLine: 7 });
    expect(error.line).toBe(9);
    expect(error.entry.hint).toMatch(/^Expected a closing tag for `<Note>`/);
    expect(error.entry.message).toMatch(/<\/Note>/);
  });

  it('a bare brace in prose', () => {
    const error = failure('النسبة {أقل من النصف} في المدينة.', { firstLine: 10 });
    expect(error.line).toBe(10);
    expect(error.entry.message).toMatch(/\{'\{'\}/);
  });

  it('a bare < before a digit', () => {
    const error = failure('بلغت النسبة <15% من السكان.', { firstLine: 10 });
    expect(error).toMatchObject({ line: 10, column: 13 });
    expect(error.entry.message).toMatch(/&lt;15%/);
  });

  it('an unknown component names the ones that exist', () => {
    expect(failure('<Slideshow />').message).toMatch(/Figure.*Gallery.*Note.*PullQuote.*Update.*Video/);
  });

  it('inline styles, handlers, scripts and frames (the page security policy forbids them)', () => {
    expect(failure('<p style="color: red">نص</p>').message).toMatch(/style/);
    expect(failure('<span onClick="x()">نص</span>').message).toMatch(/onClick/);
    expect(failure('<script>alert(1)</script>').message).toMatch(/<script>/);
    expect(failure('<iframe src="https://example.org" />').message).toMatch(/<Video>/);
  });

  it('a component with wrong props, checked at content sync', () => {
    expect(failure('\n\n<Figure src="./a.jpg" />', { firstLine: 5 })).toMatchObject({ line: 7 });
    expect(failure('<Figure src="./a.jpg" />').message).toMatch(/alt/);
    expect(failure('<Video url="https://example.org/v" title="ت" />').message).toMatch(/يوتيوب/);
    expect(failure('<Note tone="loud">نص</Note>').message).toMatch(/tone/);
    expect(failure('<Figure src="./a.jpg" alt="ص">نص</Figure>').message).toMatch(/takes no content/);
    // The parser's own position, counted from the body, is not repeated.
    expect(failure('نص\n\n<Note>\nمفتوح', { firstLine: 9 }).entry.hint).not.toMatch(/\(\d+:\d+\)/);
  });

  it('images that are not local files', () => {
    expect(failure('![بديل](https://example.org/a.jpg)').message).toMatch(/ليست صورة محلية/);
    expect(failure('<Figure src="/images/a.jpg" alt="ص" />').message).toMatch(/local image/);
  });

  it('a prop or an expression that is not a plain value', () => {
    expect(failure('<Note title={name}>نص</Note>').message).toMatch(/Only plain values/);
    expect(failure('نص {Math.random()} نص').message).toMatch(/plain value/);
  });
});

describe('evaluateStatic', () => {
  it('evaluates plain values', () => {
    expect(evaluateStatic('"نص"')).toBe('نص');
    expect(evaluateStatic('`قالب`')).toBe('قالب');
    expect(evaluateStatic('-3')).toBe(-3);
    expect(evaluateStatic('[1, "a", { b: true, "c d": null }]')).toEqual([1, 'a', { b: true, 'c d': null }]);
    expect(evaluateStatic('/* تعليق */')).toBeUndefined();
  });

  it('refuses code', () => {
    for (const code of ['name', 'f()', '`a${b}`', '[...x]', '{ [k]: 1 }', '1; 2', 'a = 1']) {
      expect(() => evaluateStatic(code), code).toThrow(NotStaticError);
    }
  });
});

describe('alignToClass', () => {
  it('moves align and text-align styles to logical classes', () => {
    const left = { align: 'left' };
    alignToClass(left);
    expect(left).toEqual({ className: ['text-start'] });
    const right = { style: 'text-align: right', className: ['x'] };
    alignToClass(right);
    expect(right).toEqual({ className: ['x', 'text-end'] });
  });

  it('leaves other styles for the caller to refuse', () => {
    const other = { style: 'color: red' };
    alignToClass(other);
    expect(other).toEqual({ style: 'color: red' });
  });
});
