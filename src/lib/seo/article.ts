// An article page's metadata: Open Graph article tags, NewsArticle and BreadcrumbList JSON-LD, and
// the share links, from plain data (the social image is made by seo/social-image.ts).
import { t } from '../../i18n/ar';
import { lastModified, type ArticleSummary } from '../content/articles';
import type { LiveUpdate } from '../content/live';
import { absolute, authorUrl, categoryUrl, homeUrl } from '../routes';
import type { SeoOptions, SocialImage } from './head';
import { defaultSocialImage, publisher } from './publisher';
import { shareLinks, type ShareLink } from './share';
import {
  breadcrumbJsonLd,
  liveBlogPostingJsonLd,
  newsArticleJsonLd,
  type PersonInput,
} from './structured-data';

export interface ArticleSeo {
  seo: SeoOptions;
  share: { url: string; title: string; links: ShareLink[] };
}

/** The byline as a Person: an author file's page and profiles, or the free-text name alone. */
export function bylinePerson(
  article: Pick<ArticleSummary, 'author' | 'authorProfile'>,
): PersonInput | undefined {
  const profile = article.authorProfile;
  if (profile) {
    return {
      name: profile.name,
      url: absolute(authorUrl(profile.id)),
      jobTitle: profile.role,
      sameAs: profile.links.map((link) => link.url),
    };
  }
  return article.author ? { name: article.author } : undefined;
}

/**
 * `image`: the article's own social image (seo/social-image.ts), if it has one. `updates`: a live
 * coverage page's updates, newest first (its JSON-LD is then a LiveBlogPosting).
 */
export function articleSeo(
  article: ArticleSummary,
  pathname: string,
  image?: SocialImage,
  updates: readonly LiveUpdate[] = [],
): ArticleSeo {
  const url = absolute(pathname);
  const org = publisher();
  const modified = lastModified(article);
  const news = newsArticleJsonLd({
    headline: article.title,
    description: article.description,
    url,
    datePublished: article.date,
    dateModified: modified,
    author: bylinePerson(article),
    source: article.source,
    section: article.category.name,
    keywords: article.tags,
    images: [image?.url ?? defaultSocialImage().url],
    publisher: org,
  });
  const main = article.live
    ? liveBlogPostingJsonLd(news, {
        start: article.date,
        end: article.liveUntil,
        updates: updates.map((update) => ({
          time: update.time,
          headline: update.title ?? article.title,
          text: update.text,
          url: `${url}#${update.anchor}`,
        })),
      })
    : news;
  return {
    seo: {
      type: 'article',
      image,
      updated: modified,
      article: {
        publishedTime: article.date,
        modifiedTime: modified,
        section: article.category.name,
        tags: article.tags,
        author: article.author,
      },
      jsonLd: [
        main,
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
