// The site as search engines and social networks see it: the publisher organisation of the JSON-LD and
// the default social image (files of public/, made by scripts/make-social-images.mjs).
import { site } from '../../site.config';
import { t } from '../../i18n/ar';
import { absolute, homeUrl, publicFileUrl } from '../routes';
import type { SocialImage } from './head';
import type { Organization } from './structured-data';

export function publisher(): Organization {
  const { logo } = site.reader;
  return {
    name: site.name,
    url: absolute(homeUrl()),
    logo: { url: absolute(publicFileUrl(logo.path)), width: logo.width, height: logo.height },
  };
}

/** The image of pages that have none of their own. */
export function defaultSocialImage(): SocialImage {
  const { socialImage } = site.reader;
  return {
    url: absolute(publicFileUrl(socialImage.path)),
    width: socialImage.width,
    height: socialImage.height,
    alt: t.socialImageAlt,
  };
}
