import { describe, expect, it } from 'vitest';
import {
  extraSearchForms,
  normaliseQuery,
  queryPlan,
  reduceParticles,
  withoutProclitic,
} from '../../../src/lib/search/terms';
import { indexedText, prepareForIndex, vocabularyOf } from '../../../src/lib/search/indexing';
import * as cheerio from 'cheerio';

describe('reduceParticles', () => {
  it('reduces particle clusters before the article to "ال"', () => {
    expect(reduceParticles('والصينية')).toBe('الصينية');
    expect(reduceParticles('وبالصين')).toBe('الصين');
    expect(reduceParticles('بالصين')).toBe('الصين');
    expect(reduceParticles('كالعادة')).toBe('العادة');
    expect(reduceParticles('فالأمر')).toBe('الأمر');
    expect(reduceParticles('للصين')).toBe('الصين');
    expect(reduceParticles('وللمرة')).toBe('المرة');
  });
  it('leaves plain words, short words and bare "ال" alone', () => {
    for (const word of ['الصين', 'بكين', 'وزير', 'والي', 'بالغ', 'والدة', 'لله'])
      expect(reduceParticles(word)).toBe(word);
  });
  it('ignores diacritics', () => {
    expect(reduceParticles('وَالصِّينِيَّة')).toBe('الصينية');
  });
});

describe('extraSearchForms', () => {
  it('lists each reduced form once, only for words that change', () => {
    expect(extraSearchForms('الصين والصين وبالصين، بكين وللصين')).toEqual(['الصين']);
    expect(extraSearchForms('قالت روسيا والمفاوضات مستمرة')).toEqual(['المفاوضات']);
    expect(extraSearchForms('GPT-4 model')).toEqual([]);
  });
});

describe('withoutProclitic', () => {
  it('offers the word without a proclitic or a pair, longest removal first, keeping three letters', () => {
    expect(withoutProclitic('ولبكين')).toEqual(['بكين', 'لبكين']);
    expect(withoutProclitic('لبكين')).toEqual(['بكين']);
    expect(withoutProclitic('وأوكرانيا')).toEqual(['أوكرانيا']);
    expect(withoutProclitic('ولد')).toEqual([]);
    expect(withoutProclitic('روسيا')).toEqual([]);
  });
});

describe('extraSearchForms with the corpus vocabulary', () => {
  it('removes a proclitic only where the bare word occurs in the corpus', () => {
    const vocabulary = new Set(['بكين', 'أوكرانيا', 'وزير']);
    expect(extraSearchForms('زار لبكين ثم وأوكرانيا مع وزير', vocabulary)).toEqual([
      'بكين',
      'أوكرانيا',
    ]);
    expect(extraSearchForms('زار لبكين', new Set())).toEqual([]);
  });
});

describe('queryPlan', () => {
  it('sends the particle-reduced query alone when nothing else is needed', () => {
    expect(queryPlan('وبالصين')).toEqual({ searches: ['الصين'] });
    expect(queryPlan('   ')).toEqual({ searches: [] });
  });
  it('adds the word without و/ف before alef, which the stemmer keeps', () => {
    expect(queryPlan('وأوكرانيا').searches).toEqual(['وأوكرانيا', 'أوكرانيا']);
  });
  it('keeps single-letter proclitics for a fallback only (prefix matches would add noise)', () => {
    expect(queryPlan('لبكين')).toEqual({ searches: ['لبكين'], fallback: 'بكين' });
    expect(queryPlan('بكين روسيا')).toEqual({ searches: ['بكين روسيا'], fallback: 'كين روسيا' });
  });
});

describe('normaliseQuery', () => {
  it('reduces each word and collapses spaces', () => {
    expect(normaliseQuery('  والصينية   وبكين ')).toBe('الصينية وبكين');
    expect(normaliseQuery('GPT-4')).toBe('GPT-4');
  });
});

describe('prepareForIndex', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="ar"><head><meta name="description" content="وصف"><meta property="article:published_time" content="2024-11-12T00:00:00.000Z"></head><body><nav>والعالم</nav>${body}</body></html>`;
  it('skips pages without data-pagefind-body', () => {
    expect(prepareForIndex(page('<main>والصين</main>'))).toBeUndefined();
  });
  it('marks description and date as metadata and adds reduced forms of the article text only', () => {
    const html = prepareForIndex(
      page(
        '<article data-pagefind-body><p>زيارة وبالصين</p><nav>والأقسام</nav><section data-share>وللمشاركة</section></article>',
      ),
    )!;
    const $ = cheerio.load(html);
    expect($('meta[name="description"]').attr('data-pagefind-meta')).toBe('description[content]');
    expect($('meta[property="article:published_time"]').attr('data-pagefind-meta')).toBe(
      'date[content]',
    );
    expect($('[data-pagefind-body] [data-search-forms]').text()).toBe('الصين');
  });
});

describe('indexedText and vocabularyOf', () => {
  it('reads the article text without its navigation and collects its words', () => {
    const html =
      '<html><body><nav>القائمة</nav><article data-pagefind-body><p>زار بكين</p><nav>مسار</nav></article></body></html>';
    expect(indexedText(html)).toBe('زار بكين');
    expect(indexedText('<html><body><p>x</p></body></html>')).toBeUndefined();
    expect([...vocabularyOf(['زار بكين', 'بكين وموسكو'])]).toEqual(['زار', 'بكين', 'وموسكو']);
  });
  it('uses the vocabulary when preparing a page', () => {
    const html = '<html><body><article data-pagefind-body><p>وصل لبكين</p></article></body></html>';
    const prepared = cheerio.load(prepareForIndex(html, new Set(['بكين']))!);
    expect(prepared('[data-search-forms]').text()).toBe('بكين');
  });
});
