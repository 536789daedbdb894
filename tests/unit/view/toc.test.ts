import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../src/lib/view/toc';

describe('buildToc', () => {
  const headings = [
    { depth: 2, slug: 'أسعار-النفط', text: 'أسعار النفط' },
    { depth: 3, slug: 'توقعات-الطلب', text: 'توقعات الطلب' },
    { depth: 4, slug: 'تفصيل', text: 'تفصيل' },
    { depth: 2, slug: 'الطاقة-المتجددة', text: 'الطاقة المتجددة' },
  ];

  it('nests h3 under the preceding h2 and ignores deeper levels', () => {
    expect(buildToc(headings)).toEqual([
      {
        slug: 'أسعار-النفط',
        text: 'أسعار النفط',
        children: [{ slug: 'توقعات-الطلب', text: 'توقعات الطلب', children: [] }],
      },
      { slug: 'الطاقة-المتجددة', text: 'الطاقة المتجددة', children: [] },
    ]);
  });

  it('returns nothing when there is too little to list', () => {
    expect(buildToc([])).toEqual([]);
    expect(buildToc([{ depth: 2, slug: 'a', text: 'أ' }])).toEqual([]);
  });

  it('keeps a leading h3 as a top-level entry', () => {
    const toc = buildToc([
      { depth: 3, slug: 'x', text: 'س' },
      { depth: 2, slug: 'y', text: 'ص' },
    ]);
    expect(toc.map((entry) => entry.slug)).toEqual(['x', 'y']);
  });
});
