// The components every article can use without importing them: passed to <Content components={…} />
// in src/pages/articles/[slug].astro. Documented for editors in docs/editors-guide.md.
import Figure from './Figure.astro';
import Gallery from './Gallery.astro';
import Note from './Note.astro';
import PullQuote from './PullQuote.astro';
import Update from './Update.astro';
import Video from './Video.astro';

export const articleComponents = { Figure, Gallery, Note, PullQuote, Update, Video };
