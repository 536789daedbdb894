import { describe, expect, it } from 'vitest';
import { excerpt, highlighter, markWords } from '../../../src/lib/search/excerpt';
import { parseQuery } from '../../../src/lib/search/query';

const show = (parts: Array<{ text: string; mark: boolean }>) =>
  parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('highlighter and markWords', () => {
  it('marks the forms of the query words, with their particles and in other spellings of a name', () => {
    const isMatch = highlighter(parseQuery('أمريكا بكين'), 'strict');
    expect(show(markWords('زار لبكين ثم أميركا والصين.', isMatch))).toBe(
      'زار [لبكين] ثم [أميركا] والصين.',
    );
  });
  it('keeps text that looks like HTML as text', () => {
    const parts = markWords(
      '<img src=x onerror=alert(1)> بكين',
      highlighter(parseQuery('بكين'), 'strict'),
    );
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', mark: false });
    expect(parts[1]).toEqual({ text: 'بكين', mark: true });
  });
});

describe('excerpt', () => {
  const text = Array.from({ length: 80 }, (_, i) => (i === 50 ? 'بكين' : `كلمة${i}`)).join(' ');
  it('is a window of words from a little before the first match, cut with ellipses', () => {
    const parts = excerpt(text, highlighter(parseQuery('بكين'), 'strict'), 20);
    const shown = show(parts);
    expect(shown.startsWith('… كلمة45 ')).toBe(true);
    expect(shown).toContain('[بكين]');
    expect(shown.endsWith(' …')).toBe(true);
    expect(shown.split(' ').filter((word) => word !== '…').length).toBe(20);
  });
  it('starts at the beginning when nothing matches, without a leading ellipsis', () => {
    expect(show(excerpt('نص قصير', highlighter(parseQuery('بكين'), 'strict')))).toBe('نص قصير');
  });
});
