// An article's own image as its social image: the one Astro-bound step of the SEO data (astro:assets
// resizes the image at build time). seo/article.ts takes the result as plain data.
import { getImage } from 'astro:assets';
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
