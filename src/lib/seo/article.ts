// An article page's metadata: Open Graph article tags, NewsArticle and BreadcrumbList JSON-LD, and
// the share links, from plain data (the social image is made by seo/social-image.ts).
import { t } from '../../i18n/ar';
import type { ArticleSummary } from '../content/articles';
import { absolute, categoryUrl, homeUrl } from '../routes';
import type { SeoOptions, SocialImage } from './head';
import { defaultSocialImage, publisher } from './publisher';
import { shareLinks, type ShareLink } from './share';
import { breadcrumbJsonLd, newsArticleJsonLd } from './structured-data';

export interface ArticleSeo {
  seo: SeoOptions;
  share: { url: string; title: string; links: ShareLink[] };
}

/** `image`: the article's own social image (seo/social-image.ts), if it has one. */
export function articleSeo(
  article: ArticleSummary,
  pathname: string,
  image?: SocialImage,
): ArticleSeo {
  const url = absolute(pathname);
  const org = publisher();
  return {
    seo: {
      type: 'article',
      image,
      updated: article.updated ?? article.date,
      article: {
        publishedTime: article.date,
        modifiedTime: article.updated,
        section: article.category.name,
        tags: article.tags,
        author: article.author,
      },
      jsonLd: [
        newsArticleJsonLd({
          headline: article.title,
          description: article.description,
          url,
          datePublished: article.date,
          dateModified: article.updated,
          author: article.author,
          source: article.source,
          section: article.category.name,
          keywords: article.tags,
          images: [image?.url ?? defaultSocialImage().url],
          publisher: org,
        }),
        breadcrumbJsonLd([
          { name: t.home, url: absolute(homeUrl()) },
          { name: article.category.name, url: absolute(categoryUrl(article.category.id)) },
          { name: article.title, url },
        ]),
      ],
    },
    share: {
      url,
      title: article.title,
      links: shareLinks(url, article.title, t.shareEmailBody(article.title, url)),
    },
  };
}
