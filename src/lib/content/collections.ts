// Content model. Every field an editor writes is validated here; an error names the field and says
// how to fix it (Astro prefixes it with the collection and the file).
import type { reference as contentReference, SchemaContext } from 'astro:content';
import { defineCollection } from 'astro/content/config';
import { createReference } from 'astro/content/runtime';
import { glob, type Loader } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { basePath, contentDir } from '../../deploy.config.mjs';
import { site } from '../../site.config';
import { articleLoader } from './article-loader';
import { writeManifest } from './manifest';
import { fileURLToPath } from 'node:url';
import {
  commentFileMessages as c,
  fieldMessages as m,
  formatMessage,
  unknownCommentFields,
  unknownFields,
} from './messages';
import { articleError, checkArticle, duplicateSlugError } from './article-check';
import { articleSchema } from './article-schema';
import { commentIdPattern } from '../comments/validation';
import { socialNetworks } from './authors';

/**
 * Wraps the articles' loader so that every article file is checked as a whole before Astro parses it
 * (lib/content/article-check.ts, the checks the web editor runs too): a mistake fails the build with
 * the file, the line, the field and the fix, in Arabic first, and nothing else (no stack trace).
 */
function withArticleChecks(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const categoriesDir = path.join(contentDir, 'categories');
      const categories = existsSync(categoriesDir)
        ? readdirSync(categoriesDir)
            .filter((name) => /\.(json|ya?ml)$/.test(name))
            .map((name) => name.replace(/\.(json|ya?ml)$/, ''))
        : [];
      const seen = new Map<string, string>();
      return loader.load({
        ...context,
        parseData: async (entry) => {
          if (entry.filePath) {
            const file = path.resolve(entry.filePath);
            const other = seen.get(entry.id);
            if (other && other !== file && existsSync(other)) {
              throw duplicateSlugError(
                entry.id,
                path.relative(process.cwd(), file),
                path.relative(process.cwd(), other),
              );
            }
            seen.set(entry.id, file);
            const problems = checkArticle(readFileSync(file, 'utf8'), {
              categories,
              contentDir,
              // The body's MDX syntax is checked when it is compiled, next (article-loader.ts: the same
              // grammar, the file's line and column): parsing it twice costs ~1 ms an article.
              mdx: false,
              // Parsed already (the loader's entry type): the YAML is parsed again only for a file with a problem.
              data: entry.data,
              fileExists: (relative) => existsSync(path.resolve(path.dirname(file), relative)),
            });
            if (problems.length) throw articleError(path.relative(process.cwd(), file), problems);
          }
          return context.parseData(entry);
        },
      });
    },
  };
}

// `reference` of astro:content, which is this same function.
const reference = createReference() as unknown as typeof contentReference;

// Astro calls a schema function once per entry (to hand it that entry's image()), and building this
// schema costs about 1 ms, far more than validating with it: ten thousand articles would spend seconds
// here. So it is built once, and `image` uses the image() of the entry being validated, set just before.
// Safe because Astro validates right after calling the function, synchronously (this schema has no
// asynchronous step), so no other entry comes between.
let entryImage: SchemaContext['image'] | undefined;
const imageOfEntry = z.string().transform((value, ctx) => {
  const parsed = entryImage!().safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
  return z.NEVER;
});
const articleSchemaOnce = articleSchema({ image: () => imageOfEntry, reference });

// Bodies are compiled at content sync (src/lib/content/article-loader.ts); each changed file is
// checked as a whole first (withArticleChecks).
const articles = defineCollection({
  loader: withArticleChecks(
    articleLoader({
      base: `${contentDir}/articles`,
      basePath,
      readingWordsPerMinute: site.readingWordsPerMinute,
      mdxModules: process.env.AFAQ_MDX_MODULES === '1',
    }),
  ),
  schema: ({ image }: SchemaContext) => {
    entryImage = image;
    return articleSchemaOnce;
  },
});

const categoryFields = ['name', 'definite', 'heading', 'description', 'order', 'kind'];
const authorFields = ['name', 'role', 'bio', 'photo', 'links'];
const pageFields = ['title', 'description', 'order'];
const strictFields = (allowed: string[]) => ({
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? formatMessage(unknownFields(issue.keys ?? [], allowed))
      : undefined,
});

/** A collection as the post-build steps read it (lib/content/manifest.ts), written after each sync. */
function withManifest(
  loader: Loader,
  write: (cacheDir: string, entries: Array<{ id: string; data: Record<string, unknown> }>) => void,
): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      write(fileURLToPath(context.config.cacheDir), [...context.store.values()]);
    },
  };
}

const categories = defineCollection({
  loader: withManifest(
    glob({ pattern: '*.{json,yaml,yml}', base: `${contentDir}/categories` }),
    (cacheDir, entries) =>
      writeManifest(
        cacheDir,
        'categories',
        entries.map((entry) => ({
          id: entry.id,
          name: String(entry.data.name),
          order: Number(entry.data.order ?? 100),
        })),
      ),
  ),
  schema: z.strictObject(
    {
      /** The label in the navigation and on cards: «سياسة». */
      name: z.string({ error: m.categoryName }).trim().min(1, { error: m.categoryName }),
      /** The definite form for «المزيد من …» (default: ال + a one-word name): «السياسة». */
      definite: z
        .string({ error: m.categoryForm })
        .trim()
        .min(1, { error: m.categoryForm })
        .optional(),
      /** The section page's heading (default: «أخبار» + the definite form): «مقالات الرأي». */
      heading: z
        .string({ error: m.categoryForm })
        .trim()
        .min(1, { error: m.categoryForm })
        .optional(),
      description: z.string().trim().optional(),
      /** Position in lists; lower comes first. */
      order: z.number().int().default(100),
      /** "opinion": cards show the writer first, and the front page has an opinion strip. */
      kind: z.enum(['news', 'opinion'], { error: m.categoryKind }).default('news'),
    },
    strictFields(categoryFields),
  ),
});

/** Writers: content/authors/<id>.json, named by an article's `author: <id>`. */
const authors = defineCollection({
  loader: withManifest(
    optionalGlob('authors', '.json'),
    (cacheDir, entries) =>
      writeManifest(
        cacheDir,
        'authors',
        entries.map((entry) => ({ id: entry.id, name: String(entry.data.name) })),
      ),
  ),
  schema: ({ image }) =>
    z.strictObject(
      {
        name: z.string({ error: m.authorName }).trim().min(1, { error: m.authorName }),
        role: z.string({ error: m.authorRole }).trim().min(1, { error: m.authorRole }),
        bio: z.string({ error: m.authorBio }).trim().min(1, { error: m.authorBio }),
        /** A local image next to the file, e.g. "./photos/ahmad-salem.jpg" (resized at build time). */
        photo: image(),
        links: z
          .array(
            z.strictObject(
              {
                network: z.enum(socialNetworks, { error: m.authorLinks }),
                url: z.httpUrl({ error: m.authorLinks }),
              },
              { error: m.authorLinks },
            ),
            { error: m.authorLinks },
          )
          .default([]),
      },
      strictFields(authorFields),
    ),
});

/** The site's own pages (about, contact, privacy): content/pages/<slug>.md, linked from the footer. */
const pages = defineCollection({
  loader: optionalGlob('pages', '.md'),
  schema: z.strictObject(
    {
      title: z.string({ error: m.pageTitle }).trim().min(1, { error: m.pageTitle }),
      description: z
        .string({ error: m.pageDescription })
        .trim()
        .min(1, { error: m.pageDescription }),
      /** Position in the footer; lower comes first. */
      order: z.number().int().default(100),
    },
    strictFields(pageFields),
  ),
});

/**
 * The glob loader of content/<folder>/*<extension>, for the optional collections (comments, authors,
 * pages): with no such folder, or an empty one, the collection is simply empty, without the warnings
 * the glob loader and getCollection() would print on every build.
 */
function optionalGlob(folder: string, extension: string): Loader {
  const base = `${contentDir}/${folder}`;
  const loader = glob({ pattern: `*${extension}`, base });
  return {
    ...loader,
    load: async (context) => {
      const hasFiles =
        existsSync(base) && readdirSync(base).some((name) => name.endsWith(extension));
      if (hasFiles) return loader.load(context);
      // An empty collection that Astro still knows about: getCollection() warns "does not exist or is
      // empty" for a collection it has no map for, and a placeholder entry added then removed leaves one.
      context.store.clear();
      context.store.set({ id: 'placeholder', data: {} });
      context.store.delete('placeholder');
    },
  };
}

/** Approved comments, written by the moderation command (npm run comments -- approve ID). */
const comments = defineCollection({
  loader: optionalGlob('comments', '.json'),
  schema: z.strictObject(
    {
      id: z.string().regex(commentIdPattern, { error: c.id }),
      article: z.string().trim().min(1, { error: c.article }),
      parent: z.string().regex(commentIdPattern, { error: c.parent }).nullable(),
      name: z.string().trim().min(1, { error: c.name }),
      website: z.httpUrl({ error: c.website }).nullable(),
      date: z.coerce.date({ error: c.date }),
      body: z.string().trim().min(1, { error: c.body }),
      staff: z.literal(true, { error: c.staff }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? formatMessage(unknownCommentFields(issue.keys))
          : undefined,
    },
  ),
});

export const collections = { articles, categories, comments, authors, pages };
