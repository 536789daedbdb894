// An article page's metadata: Open Graph article tags, NewsArticle and BreadcrumbList JSON-LD, and
// the share links. Kept out of the page so the page stays markup.
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import type { ArticleSummary } from '../content/articles';
import { breadcrumbJsonLd, newsArticleJsonLd, type SeoOptions } from './head';
import { shareLinks, type ShareLink } from './share';
import { absolute, articleSocialImage, publisher } from '../view/lists';
import { categoryUrl, homeUrl } from '../view/cards';
import { joinBase } from '../routes';

export interface ArticleSeo {
  seo: SeoOptions;
  share: { url: string; title: string; links: ShareLink[] };
}

export async function articleSeo(article: ArticleSummary, pathname: string): Promise<ArticleSeo> {
  const url = absolute(pathname);
  const image = await articleSocialImage(article);
  const org = publisher();
  const defaultImage = absolute(joinBase(site.basePath, site.reader.socialImage.path));
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
          images: [image?.url ?? defaultImage],
          publisher: org,
        }),
        breadcrumbJsonLd([
          { name: t.home, url: absolute(homeUrl()) },
          { name: article.category.name, url: absolute(categoryUrl(article.category.id)) },
          { name: article.title, url },
        ]),
      ],
    },
    share: { url, title: article.title, links: shareLinks(url, article.title, t.shareEmailBody(article.title, url)) },
  };
}
