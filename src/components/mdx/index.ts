// The components every article can use without importing them. Their markup is here; what content
// sync checks about them (props, images, children) is in src/lib/content/body/components.ts, and the
// type below makes the two lists agree. Rendered by src/components/ArticleBody.astro (and, for the
// rare article compiled by Astro's MDX integration, passed to <Content components={…} />).
// Documented for editors in docs/editors-guide.md.
import type { ArticleComponentName } from '../../lib/content/body/components';
import Figure from './Figure.astro';
import Gallery from './Gallery.astro';
import Note from './Note.astro';
import PullQuote from './PullQuote.astro';
import Update from './Update.astro';
import Video from './Video.astro';

export const articleComponents = {
  Figure,
  Gallery,
  Note,
  PullQuote,
  Update,
  Video,
} satisfies Record<ArticleComponentName, unknown>;
