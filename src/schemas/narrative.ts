/** The narrative: MDX sections, and the passages they cite with <Cite id="…" />. */
import { z } from 'astro/zod';
import { slugId, sourceSchema } from './common.ts';

/** A passage the narrative cites: one source each. */
export const citationSchema = z.object({
  id: slugId,
  sources: z.array(sourceSchema).length(1),
});

/** One MDX file per section, in `order`. */
export const sectionSchema = z.object({
  title: z.string(),
  /** The section's permalink id. */
  slug: slugId,
  order: z.number(),
  /** A section about how the explainer was made: exempt from the narrative citation check. */
  method: z.boolean().default(false),
});

export type CitationData = z.infer<typeof citationSchema>;
export type SectionData = z.infer<typeof sectionSchema>;
