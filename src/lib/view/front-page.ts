// The front page as one view model: which story goes where (content/front-page.ts) turned into cards.
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import type { ArticleSummary, CategoryInfo } from '../content/articles';
import { composeFrontPage } from '../content/front-page';
import { categoryUrl } from '../routes';
import { toCardView, type ArticleCardView } from './cards';

export interface FrontSectionView {
  id: string;
  name: string;
  url: string;
  /** «المزيد من السياسة» */
  more: string;
  articles: ArticleCardView[];
}

export interface FrontPageView {
  lead?: ArticleCardView;
  secondary: ArticleCardView[];
  latest: ArticleCardView[];
  /** The opinion strip, when the site has an opinion section with pieces. */
  opinion?: { heading: string; url: string; more: string; articles: ArticleCardView[] };
  sections: FrontSectionView[];
}

export function frontPageView(
  articles: readonly ArticleSummary[],
  categories: readonly CategoryInfo[],
): FrontPageView {
  const front = composeFrontPage(
    articles,
    categories.map((category) => category.id),
    {
      secondaryCount: site.reader.homeSecondaryCount,
      latestCount: site.homeLatestCount,
      sectionCount: site.reader.homeCategoryCount,
      opinionCount: site.reader.homeOpinionCount,
      leadWindow: site.reader.homeSecondaryCount + 1,
    },
  );
  const byId = new Map(categories.map((category) => [category.id, category]));
  const opinionSection = categories.find((category) => category.kind === 'opinion');
  return {
    lead: front.lead && toCardView(front.lead),
    secondary: front.secondary.map(toCardView),
    latest: front.latest.map(toCardView),
    opinion:
      opinionSection && front.opinion.length > 0
        ? {
            heading: opinionSection.heading,
            url: categoryUrl(opinionSection.id),
            more: t.moreFromCategory(opinionSection.definite),
            articles: front.opinion.map(toCardView),
          }
        : undefined,
    sections: front.sections.map((section) => {
      const category = byId.get(section.categoryId)!;
      return {
        id: category.id,
        name: category.name,
        url: categoryUrl(category.id),
        more: t.moreFromCategory(category.definite),
        articles: section.stories.map(toCardView),
      };
    }),
  };
}
