// Content model. Every field an editor writes is validated here; an error names the field and says
// how to fix it (Astro prefixes it with the collection and the file).
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from './deploy.config.mjs';
import { fieldMessages as m, unknownFieldsMessage } from './lib/content-errors';
import { findImpossibleDates } from './lib/frontmatter-dates';

/** Wraps a file loader so that impossible dates (2024-02-30) fail with the file and field named. */
function withStrictDates(loader: Loader, fields: readonly string[]): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          if (entry.filePath) {
            const file = path.resolve(entry.filePath);
            for (const problem of findImpossibleDates(readFileSync(file, 'utf8'), fields)) {
              throw new Error(
                `${path.relative(process.cwd(), file)}: ${problem.field}: "${problem.value}" ليس تاريخاً صحيحاً في التقويم. ${m.date}`,
              );
            }
          }
          return context.parseData(entry);
        },
      }),
  };
}

const articleSchema = ({ image }: SchemaContext) =>
  z
    .strictObject(
      {
        title: z.string({ error: m.title }).trim().min(1, { error: m.title }),
        description: z.string({ error: m.description }).trim().min(1, { error: m.description }),
        date: z.coerce.date({ error: m.date }),
        updated: z.coerce.date({ error: m.updated }).optional(),
        category: reference('categories'),
        tags: z.array(z.string({ error: m.tags }).trim().min(1, { error: m.tags }), { error: m.tags }).default([]),
        author: z.string({ error: m.author }).trim().min(1, { error: m.author }).optional(),
        source: z.string({ error: m.source }).trim().min(1, { error: m.source }).optional(),
        image: image().optional(),
        imageAlt: z.string({ error: m.imageAlt }).trim().min(1, { error: m.imageAlt }).optional(),
        draft: z.boolean({ error: m.draft }).default(false),
        slug: z
          .string({ error: m.slug })
          .regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, { error: m.slug })
          .optional(),
      },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys) : undefined) },
    )
    .superRefine((article, ctx) => {
      if (article.image && !article.imageAlt) {
        ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: m.imageAltRequired });
      }
      if (article.updated && article.updated < article.date) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: m.updatedBeforeDate });
      }
    });

const articles = defineCollection({
  loader: withStrictDates(glob({ pattern: '**/[^_]*.{md,mdx}', base: `${contentDir}/articles` }), ['date', 'updated']),
  schema: articleSchema,
});

const categories = defineCollection({
  loader: glob({ pattern: '*.{json,yaml,yml}', base: `${contentDir}/categories` }),
  schema: z.strictObject(
    {
      name: z.string({ error: m.categoryName }).trim().min(1, { error: m.categoryName }),
      description: z.string().trim().optional(),
      /** Position in lists; lower comes first. */
      order: z.number().int().default(100),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys) : undefined) },
  ),
});

export const collections = { articles, categories };
