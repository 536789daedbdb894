// Writers: an article's `author:` names a file in content/authors/ (its id) or is a free-text byline.
// A value that looks like an id (Latin letters, digits, hyphens) but names no file is a typo, not a
// byline: it fails the build with the file and the field named.

/** The networks a writer's links may name (the collection's schema and the web editor's choices). */
export const socialNetworks = ['website', 'x', 'facebook', 'instagram', 'youtube', 'linkedin', 'telegram'] as const;
export type SocialNetwork = (typeof socialNetworks)[number];

export interface AuthorLink {
  network: SocialNetwork;
  url: string;
}

export interface AuthorProfile<Photo = unknown> {
  id: string;
  name: string;
  role: string;
  bio: string;
  photo: Photo;
  links: AuthorLink[];
}

export type Byline<Photo = unknown> =
  | { kind: 'profile'; author: AuthorProfile<Photo> }
  | { kind: 'text'; name: string };

import { editorError, unknownAuthor } from './messages.ts';

const idLike = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an article's `author:` value stands for; undefined when it has none. */
export function resolveByline<Photo>(
  value: string | undefined,
  authors: ReadonlyMap<string, AuthorProfile<Photo>>,
  where: { file: string; authorsDir: string },
): Byline<Photo> | undefined {
  if (value === undefined) return undefined;
  const author = authors.get(value);
  if (author) return { kind: 'profile', author };
  if (idLike.test(value)) throw editorError(unknownAuthor(value, where.authorsDir, [...authors.keys()]), `${where.file}: author`);
  return { kind: 'text', name: value };
}

/** The byline's display name. */
export const bylineName = (byline: Byline): string => (byline.kind === 'profile' ? byline.author.name : byline.name);
