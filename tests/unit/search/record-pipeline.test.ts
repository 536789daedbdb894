// The properties of src/lib/search/record.ts that the index step (src/integrations/search-index.ts)
// relies on to redo only the records that changed: a text's forms depend on its distinct words alone,
// each word bringing its own forms; the lexicon depends on the set of the corpus's words alone.
import { describe, expect, it } from 'vitest';
import {
  buildSearchLexicon,
  searchForms,
  searchRecord,
  searchText,
  searchWords,
  type SearchArticle,
} from '../../../src/lib/search/record';

const articles: SearchArticle[] = [
  {
    url: '/articles/a/',
    title: 'وزير الخارجية يصل إلى بكين',
    text: 'وصل الوزير لبكين وبالصين أمس.\nوقال إن المسؤولين في غزه متفائلون.',
    section: { id: 'world', name: 'العالم' },
    date: new Date('2024-05-01T10:00:00Z'),
  },
  {
    url: '/articles/b/',
    title: 'الصين وأمريكا',
    text: 'التقى مسؤولون من الصين وأميركا في غزة.\nوللمرة الأولى تحدث شويغو وشويجو.',
    section: { id: 'world', name: 'العالم' },
    date: new Date('2024-05-02T10:00:00Z'),
  },
];
const texts = articles.map(searchText);
const sorted = (list: readonly string[]) => [...list].sort();

describe('search records, as the index step uses them', () => {
  const lexicon = buildSearchLexicon(texts);

  it('a text’s forms are those of its distinct words', () => {
    for (const text of texts) {
      expect(sorted(searchForms(searchWords(text).join(' '), lexicon))).toEqual(
        sorted(searchForms(text, lexicon)),
      );
    }
  });

  it('a text’s forms are the union of its words’ own forms, without the words written', () => {
    for (const text of texts) {
      const words = searchWords(text);
      const union = new Set(words.flatMap((word) => searchForms(word, lexicon)));
      const written = new Set(searchForms(text, lexicon));
      // Every form of the text is some word's own form…
      for (const form of written) expect(union.has(form), form).toBe(true);
      // …and a word's own form is missing only when the text has it written.
      for (const form of union) {
        if (!written.has(form)) expect(searchWords(`${text} ${form}`).length).toBe(words.length);
      }
    }
  });

  it('the lexicon depends on the corpus’s words, not on the articles or their order', () => {
    const words = [...new Set(texts.flatMap(searchWords))].sort();
    const fromWords = buildSearchLexicon([words.join(' ')]);
    const reversed = buildSearchLexicon([...texts].reverse());
    for (const text of texts) {
      expect(searchRecord({ ...articles[0]!, text }, fromWords, { timeZone: 'UTC' })).toEqual(
        searchRecord({ ...articles[0]!, text }, lexicon, { timeZone: 'UTC' }),
      );
      expect(searchForms(text, reversed)).toEqual(searchForms(text, lexicon));
    }
  });
});
