interface ImportMetaEnv {
  /** True on `astro dev` only: drafts and scheduled articles are shown for previewing. */
  readonly AFAQ_PREVIEW_UNPUBLISHED: boolean;
  /** The build cache folder (astro.config.mjs's cacheDir, absolute): compiled article bodies live there. */
  readonly AFAQ_CACHE_DIR: string;
}

declare module 'astro:asset-imports' {
  /** Astro's map of the images content entries import (see src/lib/content/article-images.ts). */
  const images: Map<string, import('astro').ImageMetadata>;
  export default images;
}
