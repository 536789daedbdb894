// A writer's page metadata: ProfilePage JSON-LD about the Person (their page, photo and profiles),
// breadcrumbs, rel prev/next, and their photo as the social image.
import { t } from '../../i18n/ar';
import { absolute, homeUrl } from '../routes';
import type { AuthorView } from '../view/authors';
import type { PagerView } from '../view/pagination';
import type { SeoOptions, SocialImage } from './head';
import { breadcrumbJsonLd, profilePageJsonLd } from './structured-data';

export function authorPageSeo(
  author: AuthorView,
  pager: PagerView,
  updated: Date | undefined,
  photo: SocialImage,
): SeoOptions {
  const url = absolute(author.url);
  return {
    type: 'website',
    image: photo,
    updated,
    prev: pager.prev,
    next: pager.next,
    jsonLd: [
      profilePageJsonLd({
        name: author.name,
        url,
        jobTitle: author.role,
        description: author.bio,
        image: photo.url,
        sameAs: author.links.map((link) => link.url),
      }),
      breadcrumbJsonLd([
        { name: t.home, url: absolute(homeUrl()) },
        { name: author.name, url },
      ]),
    ],
  };
}
