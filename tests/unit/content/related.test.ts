import { describe, expect, it } from 'vitest';
import { computeRelated, type RelatedInput } from '../../../src/lib/content/related';
import { site } from '../../../src/site.config';

interface TestArticle extends RelatedInput {
  body: string;
}

const now = new Date('2025-01-01T00:00:00Z');

function article(
  id: string,
  fields: Partial<Omit<TestArticle, 'category' | 'date'>> & { category?: string; date?: string } = {},
): TestArticle {
  return {
    id,
    title: fields.title ?? `عنوان ${id}`,
    description: fields.description ?? '',
    body: fields.body ?? '',
    date: new Date(`${fields.date ?? '2024-06-01'}T00:00:00Z`),
    category: { id: fields.category ?? 'politics' },
    tags: fields.tags ?? [],
    draft: fields.draft ?? false,
  };
}

const related = (articles: TestArticle[], k = 4, extra: Parameters<typeof computeRelated<TestArticle>>[2] = {}) =>
  computeRelated(articles, k, { bodyText: (a) => a.body, now, ...extra });
const ids = (list: readonly RelatedInput[] | undefined) => (list ?? []).map((a) => a.id);

// Two topic clusters with their own people, places and vocabulary; categories and tags cut across them.
const security = [
  article('shoigu-beijing', {
    title: 'شويغو يصل إلى بكين لإجراء مشاورات أمنية مع وانغ يي',
    description: 'سكرتير مجلس الأمن الروسي سيرغي شويغو يبحث في بكين التعاون الأمني.',
    body: 'وصل سيرغي شويغو إلى بكين حيث يلتقي وزير الخارجية الصيني وانغ يي لبحث المشاورات الأمنية الإستراتيجية.',
    tags: ['روسيا'],
    category: 'politics',
    date: '2024-11-12',
  }),
  article('wang-receives-shoigu', {
    title: 'وانغ يي يستقبل شويغو وبكين تؤكد عمق الشراكة',
    description: 'وزير الخارجية الصيني يلتقي سيرغي شويغو في العاصمة الصينية.',
    body: 'استقبل وانغ يي في بكين سيرغي شويغو، وقالت الخارجية الصينية إن المشاورات الأمنية بنّاءة وإن الشراكة الإستراتيجية عميقة.',
    tags: ['الصين'],
    category: 'international',
    date: '2024-11-13',
  }),
  article('beijing-moscow-drills', {
    title: 'مناورات مشتركة بين الصين وروسيا',
    description: 'بكين وموسكو تجريان مناورات بحرية.',
    body: 'أعلنت وزارة الدفاع في بكين عن مناورات بحرية مشتركة مع موسكو بعد زيارة شويغو.',
    tags: ['الصين', 'روسيا'],
    category: 'international',
    date: '2024-10-02',
  }),
];
const football = [
  article('cup-final', {
    title: 'المنتخب يتأهل إلى نهائي كأس العرب بعد فوز مثير',
    description: 'هدف المهاجم في الدقيقة الأخيرة يقود المنتخب إلى النهائي.',
    body: 'سجل المهاجم هدف الفوز في الدقيقة الأخيرة، وتأهل المنتخب إلى نهائي كأس العرب أمام جماهير الملعب.',
    tags: ['كرة القدم', 'روسيا'],
    category: 'politics',
    date: '2024-11-12',
  }),
  article('cup-coach', {
    title: 'مدرب المنتخب: النهائي أصعب مباراة في كأس العرب',
    description: 'المدرب يتحدث عن خطة المباراة النهائية.',
    body: 'قال مدرب المنتخب إن نهائي كأس العرب يحتاج إلى تركيز، وأشاد بالمهاجم وبالجماهير في الملعب.',
    tags: ['كرة القدم'],
    category: 'sports',
    date: '2024-11-14',
  }),
  article('cup-fans', {
    title: 'جماهير المنتخب تملأ الملعب قبل نهائي كأس العرب',
    description: 'تذاكر النهائي نفدت خلال ساعات.',
    body: 'امتلأ الملعب بجماهير المنتخب قبل نهائي كأس العرب، ونفدت التذاكر بسرعة.',
    tags: ['الصين'],
    category: 'sports',
    date: '2024-11-15',
  }),
];

describe('computeRelated: relevance', () => {
  it('ranks two stories about the same people and place first for each other, although their tags differ', () => {
    const result = related([...security, ...football]);
    expect(ids(result.get('shoigu-beijing'))[0]).toBe('wang-receives-shoigu');
    expect(ids(result.get('wang-receives-shoigu'))[0]).toBe('shoigu-beijing');
  });

  it("never matches a story with another cluster's stories when it shares nothing with them", () => {
    // k = 2 leaves no room for filling: every pick is a scored match.
    const result = related([...security, ...football], 2);
    const securityIds = new Set(ids(security));
    const footballIds = new Set(ids(football));
    for (const story of security) expect(ids(result.get(story.id)).every((id) => securityIds.has(id)), story.id).toBe(true);
    for (const story of football) expect(ids(result.get(story.id)).every((id) => footballIds.has(id)), story.id).toBe(true);
  });

  it('matches words across tashkeel and attached prefixes (مُباحثاتٌ، للمباحثات، وبكين)', () => {
    const result = related([
      article('a', { title: 'مُباحثاتٌ في بكين', body: 'الوفد يصل للمباحثات', category: 'x' }),
      article('c', { title: 'مباراة في مدريد', body: 'فريق مدريد يفوز', category: 'x' }),
      article('d', { title: 'جلسة في القاهرة', body: 'القاهرة تستعد', category: 'w', date: '2024-12-01' }),
      article('b', { title: 'وبكين تستضيف المباحثات', category: 'y' }),
    ]);
    expect(ids(result.get('a'))[0]).toBe('b');
    expect(ids(result.get('b'))[0]).toBe('a');
  });

  it('counts a shared rare tag more than a shared common tag', () => {
    const common = 'عاجل';
    const articles = [
      article('target', { tags: [common, 'شويغو'], category: 'a' }),
      article('common', { tags: [common], category: 'c', date: '2024-06-01' }),
      article('rare', { tags: ['شويغو'], category: 'b', date: '2024-06-01' }),
      ...['x1', 'x2', 'x3', 'x4', 'x5'].map((id) => article(id, { tags: [common], category: 'd', date: '2023-01-01' })),
    ];
    const list = ids(related(articles, 2).get('target'));
    expect(list[0]).toBe('rare');
  });

  it('prefers the story closer in time when everything else is equal', () => {
    const base = { title: 'قمة الطاقة في الرياض', body: 'وزراء الطاقة في الرياض', category: 'economy' };
    const result = related([
      article('now', { ...base, date: '2024-11-01' }),
      article('old', { ...base, date: '2021-01-01' }),
      article('recent', { ...base, date: '2024-10-20' }),
    ]);
    expect(ids(result.get('now'))).toEqual(['recent', 'old']);
  });

  it('gives the same category a small edge between otherwise equal stories', () => {
    const base = { title: 'قمة الطاقة في الرياض', body: 'وزراء الطاقة في الرياض', date: '2024-10-01' };
    const result = related([
      article('main', { ...base, category: 'economy' }),
      article('other-category', { ...base, category: 'politics' }),
      article('same-category', { ...base, category: 'economy' }),
    ]);
    expect(ids(result.get('main'))).toEqual(['same-category', 'other-category']);
  });
});

describe('computeRelated: exclusions', () => {
  const twin = { title: 'شويغو في بكين', body: 'سيرغي شويغو يلتقي وانغ يي في بكين', category: 'politics' };
  const articles = [
    article('published', { ...twin, date: '2024-11-12' }),
    article('other', { ...twin, date: '2024-11-10' }),
    article('draft', { ...twin, draft: true, date: '2024-11-11' }),
    article('future', { ...twin, date: '2099-01-01' }),
    article('unrelated', { title: 'مباراة', body: 'هدف في الملعب', category: 'sports', date: '2024-11-13' }),
  ];
  const result = related(articles);

  it('never lists the article itself, a draft or a future-dated article', () => {
    for (const [id, list] of result) {
      expect(ids(list)).not.toContain(id);
      expect(ids(list)).not.toContain('draft');
      expect(ids(list)).not.toContain('future');
    }
  });

  it('still ranks the published twin first', () => {
    expect(ids(result.get('published'))).toEqual(['other', 'unrelated']);
  });

  it('treats "now" as the limit for future articles', () => {
    const later = computeRelated(articles, 4, { bodyText: (a) => a.body, now: new Date('2100-01-01') });
    expect(ids(later.get('published'))).toContain('future');
  });
});

describe('computeRelated: filling and limits', () => {
  const articles = [
    article('lonely', { title: 'أوبرا في فيينا', body: 'عرض أوبرا جديد', category: 'culture', date: '2024-05-01' }),
    article('culture-old', { title: 'معرض الكتاب', body: 'دور النشر', category: 'culture', date: '2023-01-01' }),
    article('culture-new', { title: 'مهرجان المسرح', body: 'فرق مسرحية', category: 'culture', date: '2024-01-01' }),
    article('sports-latest', { title: 'سباق الدراجات', body: 'دراجون', category: 'sports', date: '2024-12-01' }),
    article('economy-mid', { title: 'سوق الأسهم', body: 'مؤشرات', category: 'economy', date: '2024-09-01' }),
  ];

  it('fills from the same category (newest first), then from the latest articles', () => {
    expect(ids(related(articles).get('lonely'))).toEqual(['culture-new', 'culture-old', 'sports-latest', 'economy-mid']);
  });

  it('returns k articles at most, and every article gets a list', () => {
    const result = related(articles, 2);
    expect(result.size).toBe(articles.length);
    for (const list of result.values()) expect(list).toHaveLength(2);
  });

  it('uses k from the site configuration', () => {
    expect(site.relatedCount).toBeGreaterThan(0);
    const many = Array.from({ length: site.relatedCount + 3 }, (_, i) => article(`a${i}`, { date: `2024-01-${String(i + 1).padStart(2, '0')}` }));
    for (const list of computeRelated(many, site.relatedCount, { now }).values()) expect(list).toHaveLength(site.relatedCount);
  });

  it('gives an empty list when there is no other article', () => {
    expect(ids(related([articles[0]!]).get('lonely'))).toEqual([]);
    expect(related([]).size).toBe(0);
  });

  it('gives empty lists for k = 0', () => {
    expect(ids(related(articles, 0).get('lonely'))).toEqual([]);
  });
});

describe('computeRelated: determinism', () => {
  const corpus = [...security, ...football];

  it('gives the same output for the same input', () => {
    const first = related(corpus);
    const second = related(corpus);
    expect([...second].map(([id, list]) => [id, ids(list)])).toEqual([...first].map(([id, list]) => [id, ids(list)]));
  });

  it('does not depend on the input order', () => {
    const forward = related(corpus);
    const backward = related([...corpus].reverse());
    for (const story of corpus) expect(ids(backward.get(story.id))).toEqual(ids(forward.get(story.id)));
  });

  it('breaks exact ties by date (newer first), then by id', () => {
    const same = { title: 'قمة الطاقة', body: 'الطاقة', category: 'economy', date: '2024-01-01' };
    const result = related([article('q', same), article('c', same), article('b', same), article('a', same)], 3);
    expect(ids(result.get('q'))).toEqual(['a', 'b', 'c']);
  });

  // Terms given ahead (the `terms` option): ids in order of first use, a → t1 0, t2 1, t3 2, t4 3.
  const withTerms = (given: Record<string, string>, extra: Parameters<typeof related>[2]) =>
    related(
      Object.keys(given).map((id) => article(id, { date: '2024-01-01' })),
      1,
      { terms: (a) => given[a.id], ...extra },
    );

  it('keeps the lowest term ids of equally weighted terms when a vector is pruned', () => {
    const result = withTerms(
      { a: 't1 1 t2 1 t3 1 t4 1', b: 't1 1 t2 1', c: 't3 1 t4 1' },
      { maxTermsPerArticle: 2, maxQueryTerms: 2 },
    );
    // a keeps t1 and t2: it matches b, and c (t3 and t4) finds nothing of it.
    expect(ids(result.get('a'))).toEqual(['b']);
    expect(ids(result.get('b'))).toEqual(['a']);
  });

  it('keeps the lowest article numbers of equally weighted postings when a list is capped', () => {
    const result = withTerms({ a: 't1 1 t2 1', b: 't1 1 t2 1', c: 't1 1 t2 1' }, { maxPostings: 1 });
    // Each term lists a only: b and c find a, the newest of the rest would be c.
    expect(ids(result.get('b'))).toEqual(['a']);
    expect(ids(result.get('c'))).toEqual(['a']);
  });
});
