/** The articles collection (built from `seeds/`) and the reviewed metadata the text does not state. */
import { z } from 'astro/zod';
import { isoDay, isoPartial } from './common.ts';

export const cleanedBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('standfirst'), text: z.string() }),
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('subheading'), text: z.string() }),
  z.object({ kind: z.literal('caption'), text: z.string() }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()) }),
]);

export const articleSchema = z.object({
  file: z.string(),
  slug: z.string(),
  headline: z.string().min(1),
  byline: z.string().optional(),
  bylineOrganisation: z.string().optional(),
  dateline: z.string().optional(),
  statedDate: z.object({ iso: isoDay, text: z.string() }).optional(),
  blocks: z.array(cleanedBlockSchema),
  units: z.array(
    z.object({
      n: z.number().int().positive(),
      kind: z.enum(['standfirst', 'paragraph', 'caption', 'list-item']),
      text: z.string(),
    }),
  ),
});

/** What the text of a seed does not say about it, reviewed by hand from `../shared/data/seed-sources.csv`. */
export const articleMetaSchema = z.object({
  outlet: z.string().min(1),
  url: z.string().url(),
  published: isoPartial,
  publishedPrecision: z.enum(['day', 'month', 'year']),
  byline: z.string().optional(),
  howEstablished: z.string().min(1),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
