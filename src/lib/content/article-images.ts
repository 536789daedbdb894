// The optimisable image behind a local path written in an article body ("./images/x.jpg"). Content
// sync lists each body's images as the entry's asset imports, so Astro imports them (the same
// mechanism as images in Markdown and `image()` in frontmatter); this looks them up by the id Astro
// gives such an import. Astro-bound; the id format is Astro's (astro/dist/assets/utils/resolveImports.js).
import type { ImageMetadata } from 'astro';
import imageAssetMap from 'astro:asset-imports';

export function articleImage(src: string, articleFile: string): ImageMetadata {
  const params = new URLSearchParams('astroContentImageFlag');
  params.set('importer', articleFile);
  const image = imageAssetMap.get(`${src}?${params.toString()}`);
  if (!image) throw new Error(`${articleFile}: the image ${src} was not imported (content sync lists every image of the body)`);
  return image;
}
