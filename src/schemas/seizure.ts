/** Annual cocaine seizure figures from the research data, conflicts and gaps kept visible. */
import { z } from 'astro/zod';
import { attributionSourceSchema, creditedSchema, isoDay, sourceSchema } from './common.ts';
import { FORMS, QUALIFIERS } from './figure.ts';

export const SCOPES = ['colombia', 'colombia-base', 'colombia-partial', 'global', 'share-claim', 'gap'] as const;

export const seizureSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    /** Tonnes; null marks a year for which no figure was found (a gap, never a zero). */
    tonnes: z.number().nullable(),
    /** How the source qualifies the tonnage ("more than 820 t"); `exact` when it does not. */
    qualifier: z.enum(QUALIFIERS),
    /** percent, for the one share claim. */
    percent: z.number().optional(),
    counts: z.string().min(1),
    scope: z.enum(SCOPES),
    period: z.string(),
    /** The day the period runs to, when it names one; `approximate` for "c. 16 Sep". */
    periodEnd: z.object({ date: isoDay, approximate: z.boolean() }).strict().optional(),
    form: z.enum(FORMS),
    provisional: z.boolean(),
    /** Records of one year and scope that disagree share this key. */
    conflict: z.string().optional(),
    /** Who counted, as the source credits it (no further than the source); absent when it names no one. */
    countedBy: z.string().min(1).optional(),
    /** The people and bodies `countedBy` names, each proven against a cited passage; with `countedBy` only. */
    credited: creditedSchema.optional(),
    /** A passage naming who counted, when the record's other sources do not (shown with them). */
    attributionSource: attributionSourceSchema.optional(),
    notes: z.string().optional(),
    sources: z.array(sourceSchema),
  })
  // Every figure names its source; only a gap (no figure found, so no number claimed) has none.
  .refine((s) => (s.scope === 'gap' ? s.tonnes === null : s.sources.length > 0), {
    message: 'a seizure figure needs a source; only a gap (tonnes: null, scope: gap) may have none',
  });

export type SeizureData = z.infer<typeof seizureSchema>;
export type Scope = (typeof SCOPES)[number];
