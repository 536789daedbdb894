// An article's own image as its social image: the one Astro-bound step of the SEO data (astro:assets
// resizes the image at build time). seo/article.ts takes the result as plain data.
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import type { ArticleSummary } from '../content/articles';
import { absolute } from '../routes';
import type { SocialImage } from './head';

/** An article's own image as a 1200px-wide social image, or undefined to use the site default. */
export async function articleSocialImage(
  article: ArticleSummary,
): Promise<SocialImage | undefined> {
  if (!article.image) return undefined;
  const image = await getImage({ src: article.image, width: 1200, format: 'jpeg' });
  const width = Number(image.attributes.width ?? 1200);
  const height = Number(
    image.attributes.height ?? Math.round((article.image.height / article.image.width) * width),
  );
  return { url: absolute(image.src), width, height, alt: article.imageAlt ?? article.title };
}

/** A writer's photo as a 400px square for their page's social image and their Person's `image`. */
export async function authorSocialImage(photo: ImageMetadata, name: string): Promise<SocialImage> {
  const image = await getImage({ src: photo, width: 400, height: 400, format: 'jpeg' });
  return { url: absolute(image.src), width: 400, height: 400, alt: name };
}
