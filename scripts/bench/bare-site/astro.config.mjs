// The bare Astro site the build benchmark compares with (scripts/bench/build.mjs): only the required
// stack (MDX, Tailwind CSS, rehype-slug through the same unified markdown processor), one page per
// article and a home page. The benchmark builds a copy in tests/.tmp-bench/bare/ with CONTENT_DIR,
// OUT_DIR and ASTRO_CACHE_DIR set, resolving packages from this repository's node_modules.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';

export default defineConfig({
  site: 'https://bare.example',
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: { processor: unified({ rehypePlugins: [rehypeSlug] }) },
  vite: { plugins: [tailwindcss()] },
});
