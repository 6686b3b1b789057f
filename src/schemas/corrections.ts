/** The updates and corrections log: content/corrections.yaml, shown in "How this explainer was made". */
import { z } from 'astro/zod';
import { isoDay, slugId } from './common.ts';

/** One entry of the log. Its permalink is `#correction-<id>`; `<CorrectedNote id="<id>" />` links to it. */
export const correctionSchema = z
  .object({
    id: slugId,
    /** When the change was published. */
    date: isoDay,
    /** A correction fixes an error; a clarification makes a claim more exact; an update adds later news. */
    kind: z.enum(['correction', 'clarification', 'update']),
    /** What changed, in one or two sentences for the reader. */
    what: z.string().min(1),
    /** The section slugs and record ids (citations, events, figures, strikes, seizures) it changed. */
    affects: z.array(slugId).min(1),
  })
  .strict();

export type CorrectionData = z.infer<typeof correctionSchema>;
