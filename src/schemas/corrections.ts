/** The updates and corrections log: content/corrections.yaml, shown in "How this explainer was made". */
import { z } from 'astro/zod';
import { isoDay, slugId } from './common.ts';

/** One entry of the log, as written. */
const entrySchema = z
  .object({
    id: slugId,
    /** When the change was published. */
    date: isoDay,
    /** A correction fixes an error; a clarification makes a claim more exact; an update adds later news. */
    kind: z.enum(['correction', 'clarification', 'update']),
    /** What changed, in one or two sentences for the reader. */
    what: z.string().min(1),
    /** What changed, in the Spanish edition's words: a translation of `what`, saying no more than it. */
    whatEs: z.string().min(1),
    /** The section slugs and record ids (citations, events, figures, strikes, seizures) it changed. */
    affects: z.array(slugId).min(1),
  })
  .strict();

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One entry of the log. Its permalink is `#correction-<id>`; `<CorrectedNote id="<id>" />` links to it.
 * An entry without its Spanish (`whatEs` missing, empty or blank) stops the build with one line naming it:
 * "corrections/<id>: …", as the provenance and attribution checks name a record.
 */
export const correctionSchema = z.preprocess((input, ctx) => {
  if (isRecord(input) && !(typeof input.whatEs === 'string' && input.whatEs.trim() !== '')) {
    const id = typeof input.id === 'string' ? input.id : '(no id)';
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['whatEs'],
      message: `corrections/${id}: whatEs is missing or empty (the Spanish edition's words for "what")`,
      // Only this line: the entry is not parsed further.
      fatal: true,
    });
  }
  return input;
}, entrySchema);

export type CorrectionData = z.infer<typeof correctionSchema>;
