// Which story goes where on the front page. Every story appears at most once: the lead, the four
// secondary stories and the latest strip (the top area), then one block per section with what is
// left, and the opinion strip with the newest pieces of the opinion sections.

export interface FrontPageStory {
  id: string;
  /** Stories with a photo are preferred for the lead. */
  image?: unknown;
  category: { id: string; kind: 'news' | 'opinion' };
}

export interface FrontPageLayout {
  secondaryCount: number;
  latestCount: number;
  /** Stories per section block. */
  sectionCount: number;
  opinionCount: number;
  /** How far down the newest stories the lead may be taken from to find one with a photo. */
  leadWindow: number;
}

export interface FrontPageSection<T> {
  categoryId: string;
  stories: T[];
}

export interface FrontPage<T> {
  lead?: T;
  secondary: T[];
  latest: T[];
  opinion: T[];
  sections: FrontPageSection<T>[];
}

/**
 * Lays out the front page from published stories, newest first, and the section order. Opinion
 * pieces go to the opinion strip only; a section block with nothing left to show is dropped.
 */
export function composeFrontPage<T extends FrontPageStory>(
  stories: readonly T[],
  sectionOrder: readonly string[],
  layout: FrontPageLayout,
): FrontPage<T> {
  const news = stories.filter((story) => story.category.kind !== 'opinion');
  const opinion = stories.filter((story) => story.category.kind === 'opinion').slice(0, layout.opinionCount);
  const lead = news.slice(0, layout.leadWindow).find((story) => story.image !== undefined) ?? news[0];
  const rest = news.filter((story) => story !== lead);
  const secondary = rest.slice(0, layout.secondaryCount);
  const latest = rest.slice(layout.secondaryCount, layout.secondaryCount + layout.latestCount);
  const used = new Set<T>([...(lead ? [lead] : []), ...secondary, ...latest]);
  const sections = sectionOrder
    .map((categoryId) => ({
      categoryId,
      stories: rest.filter((story) => story.category.id === categoryId && !used.has(story)).slice(0, layout.sectionCount),
    }))
    .filter((section) => section.stories.length > 0);
  return { lead, secondary, latest, opinion, sections };
}
