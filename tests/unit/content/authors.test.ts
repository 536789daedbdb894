import { describe, expect, it } from 'vitest';
import { bylineName, resolveByline, type AuthorProfile } from '../../../src/lib/content/authors';
import { definiteForm } from '../../../src/lib/arabic/definite';

const salem: AuthorProfile = { id: 'ahmad-salem', name: 'أحمد سالم', role: 'كاتب رأي', bio: '…', photo: {}, links: [] };
const authors = new Map([[salem.id, salem]]);
const where = { file: 'content/articles/x.mdx', authorsDir: 'content/authors' };

describe('resolveByline', () => {
  it('links an author file by its id', () => {
    expect(resolveByline('ahmad-salem', authors, where)).toEqual({ kind: 'profile', author: salem });
  });

  it('keeps a free-text byline', () => {
    const byline = resolveByline('مراسل آفاق في القاهرة', authors, where)!;
    expect(byline).toEqual({ kind: 'text', name: 'مراسل آفاق في القاهرة' });
    expect(bylineName(byline)).toBe('مراسل آفاق في القاهرة');
  });

  it('refuses an id with no author file, naming the file, the field and the likely one', () => {
    expect(() => resolveByline('ahmad-slem', authors, where)).toThrow(
      /^content\/articles\/x\.mdx: author: .*"ahmad-slem".*content\/authors\/ahmad-slem\.json.*"ahmad-salem"/,
    );
  });

  it('has nothing to say when the article has no author', () => {
    expect(resolveByline(undefined, authors, where)).toBeUndefined();
  });
});

describe('definiteForm', () => {
  it('adds the article to a one-word name', () => {
    expect(definiteForm('سياسة')).toBe('السياسة');
    expect(definiteForm('اقتصاد')).toBe('الاقتصاد');
  });
  it('keeps names that have it already, or have several words', () => {
    expect(definiteForm('الرأي')).toBe('الرأي');
    expect(definiteForm('شؤون دولية')).toBe('شؤون دولية');
  });
});
