// Display-ready values for writers: their box under an article, their page, their links.
import type { ImageMetadata } from 'astro';
import { t } from '../../i18n/ar';
import type { AuthorProfile, SocialNetwork } from '../content/authors';
import { authorUrl } from '../routes';
import type { IconName } from './icons';

export interface AuthorLinkView {
  url: string;
  icon: IconName;
  /** «إكس» */
  networkName: string;
  /** «أحمد سالم على إكس» */
  label: string;
}

export interface AuthorView {
  id: string;
  name: string;
  role: string;
  bio: string;
  photo: ImageMetadata;
  url: string;
  links: AuthorLinkView[];
}

const iconByNetwork: Record<SocialNetwork, IconName> = {
  website: 'website',
  x: 'x',
  facebook: 'facebook',
  instagram: 'instagram',
  youtube: 'youtube',
  linkedin: 'linkedin',
  telegram: 'telegram',
};

export function toAuthorView(author: AuthorProfile<ImageMetadata>): AuthorView {
  return {
    id: author.id,
    name: author.name,
    role: author.role,
    bio: author.bio,
    photo: author.photo,
    url: authorUrl(author.id),
    links: author.links.map((link) => ({
      url: link.url,
      icon: iconByNetwork[link.network],
      networkName: t.networks[link.network],
      label: t.authorOn(author.name, t.networks[link.network]),
    })),
  };
}
