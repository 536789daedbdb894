import { describe, expect, it } from 'vitest';
import { composeFrontPage, type FrontPageStory } from '../../../src/lib/content/front-page';

const layout = { secondaryCount: 4, latestCount: 5, sectionCount: 3, opinionCount: 2, leadWindow: 3 };
const story = (id: string, category: string, options: { image?: boolean; opinion?: boolean } = {}): FrontPageStory => ({
  id,
  image: options.image ? {} : undefined,
  category: { id: category, kind: options.opinion ? 'opinion' : 'news' },
});
const ids = (list: readonly FrontPageStory[]) => list.map((s) => s.id);

describe('composeFrontPage', () => {
  const stories = [
    story('n1', 'politics'),
    story('n2', 'economy', { image: true }),
    story('o1', 'opinion', { opinion: true }),
    ...Array.from({ length: 20 }, (_, i) => story(`s${i + 1}`, ['politics', 'economy', 'sports'][i % 3]!)),
    story('o2', 'opinion', { opinion: true }),
    story('o3', 'opinion', { opinion: true }),
  ];
  const page = composeFrontPage(stories, ['politics', 'economy', 'sports', 'opinion', 'culture'], layout);

  it('leads with the newest story that has a photo, within the lead window', () => {
    expect(page.lead?.id).toBe('n2');
    expect(ids(page.secondary)).toEqual(['n1', 's1', 's2', 's3']);
  });

  it('fills the latest strip with the next newest stories', () => {
    expect(ids(page.latest)).toEqual(['s4', 's5', 's6', 's7', 's8']);
  });

  it('shows every story at most once on the whole page', () => {
    const all = [page.lead!, ...page.secondary, ...page.latest, ...page.opinion, ...page.sections.flatMap((s) => s.stories)];
    expect(new Set(ids(all)).size).toBe(all.length);
    expect(page.sections.map((s) => s.categoryId)).toEqual(['politics', 'economy', 'sports']);
    expect(ids(page.sections[0]!.stories)).toEqual(['s10', 's13', 's16']);
  });

  it('puts opinion pieces in the opinion strip only, newest first', () => {
    expect(ids(page.opinion)).toEqual(['o1', 'o2']);
  });

  it('takes the newest story when none near the top has a photo', () => {
    const plain = composeFrontPage([story('a', 'x'), story('b', 'x'), story('c', 'x'), story('d', 'x', { image: true })], ['x'], layout);
    expect(plain.lead?.id).toBe('a');
  });

  it('copes with a site of one story and with none', () => {
    expect(composeFrontPage([story('a', 'x')], ['x'], layout)).toMatchObject({ lead: { id: 'a' }, secondary: [], latest: [], sections: [] });
    expect(composeFrontPage([], ['x'], layout)).toEqual({ lead: undefined, secondary: [], latest: [], opinion: [], sections: [] });
  });
});
