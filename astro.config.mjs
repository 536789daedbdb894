// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkLocalImages from './src/integrations/remark-local-images.ts';
import remarkLiveUpdates from './src/integrations/remark-live-updates.ts';
import rehypeBaseLinks from './src/integrations/rehype-base-links.ts';
import rehypeTableAlign from './src/integrations/rehype-table-align.ts';
import { siteUrl, basePath, contentDir, editorEnv } from './src/deploy.config.mjs';
import admin from './src/integrations/admin.ts';
import { resolveEditorBackend } from './src/lib/editor/backend.ts';
import postBuild from './src/integrations/post-build.ts';
import incrementalCacheLinks from './src/integrations/incremental-cache-links.ts';
import commentsNotice from './src/integrations/comments-notice.ts';
import { scriptResources, siteCspDirectives } from './src/integrations/csp.ts';
import { videoEmbedOrigins } from './src/lib/content/video.ts';
import { commentCspSources } from './src/lib/comments/provider.ts';
import { site } from './src/site.config.ts';

// Tests and benchmarks build other corpora and must not share build output or caches:
// OUT_DIR and ASTRO_CACHE_DIR let each build use its own folders.
const outDir = process.env.OUT_DIR || './dist';
// Drafts and scheduled articles are previewed on the dev server only, never in a build, whatever
// NODE_ENV says.
const isDevServer = process.argv.slice(2).includes('dev');
const cacheDir = process.env.ASTRO_CACHE_DIR || './node_modules/.astro';

// Cairo, self-hosted from @fontsource (no third-party request). Arabic and Latin subsets are separate
// files split by unicode-range, so a page downloads only the scripts it uses.
const unicodeRanges = {
  arabic: [
    'U+0600-06FF',
    'U+0750-077F',
    'U+0870-088E',
    'U+0890-0891',
    'U+0897-08E1',
    'U+08E3-08FF',
    'U+200C-200E',
    'U+2010-2011',
    'U+204F',
    'U+2E41',
    'U+FB50-FDFF',
    'U+FE70-FE74',
    'U+FE76-FEFC',
  ],
  latin: [
    'U+0000-00FF',
    'U+0131',
    'U+0152-0153',
    'U+02BB-02BC',
    'U+02C6',
    'U+02DA',
    'U+02DC',
    'U+0304',
    'U+0308',
    'U+0329',
    'U+2000-206F',
    'U+20AC',
    'U+2122',
    'U+2191',
    'U+2193',
    'U+2212',
    'U+2215',
    'U+FEFF',
    'U+FFFD',
  ],
};
/** @param {'arabic' | 'latin'} subset */
const cairoSubset = (subset) => ({
  variants: /** @type {any} */ (
    [400, 700].map((weight) => ({
      src: [`./node_modules/@fontsource/cairo/files/cairo-${subset}-${weight}-normal.woff2`],
      weight,
      style: 'normal',
      display: 'swap',
      unicodeRange: unicodeRanges[subset],
    }))
  ),
});

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two articles resolving to the same slug fail the build instead of silently overwriting each other.
  prerenderConflictBehavior: 'error',
  // A page whose cacheKey (its getStaticPaths) and code are unchanged since the last build is not
  // rendered again (src/lib/view/cache-keys.ts); its file stays in OUT_DIR, which is therefore not
  // emptied (vite.build.emptyOutDir): the post-build steps remove the pages of earlier builds that
  // no longer exist.
  experimental: { incrementalBuild: true },
  // commentsNotice: the build says when comments are closed for want of a setting.
  // admin: the web editor at <base>admin/ (its own page, policy and bundle).
  // incrementalCacheLinks: the incremental cache's copy of each page is a hard link, not a second write.
  // postBuild stays last: the steps outside page rendering, in one child process
  // (src/integrations/post-build.ts): related articles and the Arabic search index (dist/pagefind/)
  // while Astro renders, then the sitemaps (every page except those marked noindex, lastmod from
  // og:updated_time), every page's CSP check and dist/_headers.
  integrations: [
    mdx(),
    commentsNotice(site.comments),
    admin({ contentDir, siteUrl, basePath, backend: resolveEditorBackend(editorEnv) }),
    incrementalCacheLinks(),
    postBuild(),
  ],
  // Astro hashes its own scripts and styles (and the font <style>) into a CSP <meta> on every page;
  // hosts that read dist/_headers also get it as a header. See src/integrations/csp.ts and README "Deploying".
  security: {
    csp: {
      directives: siteCspDirectives({
        comments: commentCspSources(site.comments, site.url),
        frames: videoEmbedOrigins,
      }),
      scriptDirective: { resources: scriptResources },
    },
  },
  // Article bodies are compiled at content sync (src/lib/content/article-loader.ts, the same rules: ids
  // from rehype-slug, base-path links, table alignment as classes). This pipeline renders what Astro
  // renders itself: an article with its own import/export (an MDX module), other Markdown.
  markdown: {
    // News needs no code colouring, and Shiki's colours are inline styles the site's CSP refuses (Astro
    // warned about it on every build, and a fenced code block failed the CSP check).
    syntaxHighlight: false,
    // remarkLocalImages: <Figure src="./photo.jpg"> in MDX imports the image (no import line needed).
    // rehypeBaseLinks: an editor's "/category/x/" link gets the base path of sub-path deployments.
    // rehypeTableAlign: `| ---: |` alignment as a logical class, not an inline style (CSP).
    processor: unified({
      remarkPlugins: [remarkLocalImages, remarkLiveUpdates],
      rehypePlugins: [rehypeSlug, [rehypeBaseLinks, { basePath }], rehypeTableAlign],
    }),
  },
  // Two families so that only the Arabic files are preloaded; the Latin ones load when a page uses
  // Latin letters. The stack is var(--font-cairo-arabic), var(--font-cairo-latin) (see global.css).
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Cairo',
      cssVariable: '--font-cairo-arabic',
      fallbacks: [],
      options: cairoSubset('arabic'),
    },
    {
      provider: fontProviders.local(),
      name: 'Cairo Latin',
      cssVariable: '--font-cairo-latin',
      fallbacks: ['Tahoma', 'Arial', 'sans-serif'],
      optimizedFallbacks: false,
      options: cairoSubset('latin'),
    },
  ],
  vite: {
    build: {
      emptyOutDir: false,
      rollupOptions: {
        // Astro's own "use astro:head-inject" directive in every compiled article is harmless; Vite
        // printed a warning per article (with raw colour codes), hiding what needs the editor's attention.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
    plugins: [tailwindcss()],
    define: {
      'import.meta.env.AFAQ_PREVIEW_UNPUBLISHED': JSON.stringify(isDevServer),
      // Compiled article bodies are read from the build cache when their pages render.
      'import.meta.env.AFAQ_CACHE_DIR': JSON.stringify(path.resolve(cacheDir)),
    },
  },
});
