// The article frontmatter schema, in one place for everything that reads it: the content collection
// (lib/content/collections.ts, with Astro's image() and reference()), the checks the build and the web
// editor run on a whole file (article-check.ts) and the web editor's form (lib/editor/decap-config.ts,
// which builds a control for every field here). Add a field here and the form gets it, or a test says
// which control it needs.
import { z } from 'astro/zod';
import { fieldMessages as m, unknownFieldsMessage } from './messages.ts';

/**
 * What the collection's schema context gives (Astro's image() and reference()), or stand-ins outside
 * Astro (editorSchemaHelpers). Generic, so the collection's entry types keep Astro's own types.
 */
export interface SchemaHelpers<Image extends z.ZodType = z.ZodType, Reference extends z.ZodType = z.ZodType> {
  /** A local image next to the article. */
  image: () => Image;
  /** The id of an entry of another collection. */
  reference: (collection: 'categories') => Reference;
}

/** URL slugs: letters and digits separated by single hyphens. */
export const slugPattern = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

export const articleSchema = <Image extends z.ZodType, Reference extends z.ZodType>({
  image,
  reference,
}: SchemaHelpers<Image, Reference>) =>
  z
    .strictObject(
      {
        title: z.string({ error: m.title }).trim().min(1, { error: m.title }),
        description: z.string({ error: m.description }).trim().min(1, { error: m.description }),
        date: z.coerce.date({ error: m.date }),
        updated: z.coerce.date({ error: m.updated }).optional(),
        category: reference('categories'),
        tags: z
          .array(z.string({ error: m.tags }).trim().min(1, { error: m.tags }), { error: m.tags })
          .default([]),
        /** A writer's file (content/authors/<id>.json: the web editor offers them) or a free-text byline. */
        author: z
          .string({ error: m.author })
          .trim()
          .min(1, { error: m.author })
          .meta({ collection: 'authors' })
          .optional(),
        source: z.string({ error: m.source }).trim().min(1, { error: m.source }).optional(),
        image: image().optional(),
        imageAlt: z.string({ error: m.imageAlt }).trim().min(1, { error: m.imageAlt }).optional(),
        draft: z.boolean({ error: m.draft }).default(false),
        slug: z.string({ error: m.slug }).regex(slugPattern, { error: m.slug }).optional(),
        /** In the «عاجل» bar until breakingUntil (or site.reader.breakingHours after `date`). */
        breaking: z.boolean({ error: m.breaking }).default(false),
        breakingUntil: z.coerce.date({ error: m.breakingUntil }).optional(),
        /** A live coverage page: <Update time="…"> blocks in the body, «مباشر» until liveUntil. */
        live: z.boolean({ error: m.live }).default(false),
        liveUntil: z.coerce.date({ error: m.liveUntil }).optional(),
        /** «تصحيح» notes shown at the end of the article; the latest sets dateModified. */
        corrections: z
          .array(
            z.strictObject(
              {
                date: z.coerce.date({ error: m.corrections }),
                text: z.string({ error: m.corrections }).trim().min(1, { error: m.corrections }),
              },
              { error: m.corrections },
            ),
            { error: m.corrections },
          )
          .default([]),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys) : undefined,
      },
    )
    .superRefine((article, ctx) => {
      if (article.image && !article.imageAlt) {
        ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: m.imageAltRequired });
      }
      if (article.updated && article.updated < article.date) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: m.updatedBeforeDate });
      }
      if (article.breakingUntil && !article.breaking) {
        ctx.addIssue({ code: 'custom', path: ['breakingUntil'], message: m.breakingUntilAlone });
      }
      if (article.liveUntil && !article.live) {
        ctx.addIssue({ code: 'custom', path: ['liveUntil'], message: m.liveUntilAlone });
      }
      article.corrections.forEach((correction, index) => {
        if (correction.date < article.date) {
          ctx.addIssue({
            code: 'custom',
            path: ['corrections', index, 'date'],
            message: m.correctionBeforeDate,
          });
        }
      });
    });

/**
 * Stand-ins for image() and reference() where Astro is not running (the checks, the web editor): an
 * image is its path, a reference is an id; each marked (zod metadata) so the editor's form knows them.
 */
export const editorSchemaHelpers = {
  image: () => z.string().meta({ image: true }),
  reference: (collection: string) => z.string().trim().min(1).meta({ collection }),
};
