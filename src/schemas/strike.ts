/** U.S. strikes on alleged drug boats, one record per research-data row; locations as stated, never coordinates. */
import { z } from 'astro/zod';
import { attributionSourceSchema, creditedSchema, isoDay, sourcesSchema } from './common.ts';

export const REGIONS = ['caribbean', 'eastern-pacific', 'unspecified'] as const;

/** The smaller areas near a coast that a stated location may name ("off the coast of Venezuela", "off Colombia"). */
export const SUB_AREAS = ['off-venezuela', 'off-colombia'] as const;

export const RELIABILITIES = ['normal', 'low'] as const;

export const strikeSchema = z
  .object({
    /** "strike-<n>", with n as the research data numbers it ("strike-31-33" for a row of three). */
    id: z.string().regex(/^strike-\d+(?:-\d+)?$/),
    firstNumber: z.number().int().positive(),
    lastNumber: z.number().int().positive(),
    /** The day of the strike; null where the sources give only a publication date. */
    date: isoDay.nullable(),
    /** The date as the research data gives it when it is not a plain day. */
    dateNote: z.string().optional(),
    /** The publication date of the report the record rests on, where the data gives it instead of a strike date. */
    publishedDate: isoDay.optional(),
    announcedDate: isoDay.nullable(),
    region: z.enum(REGIONS),
    /** The location exactly as stated; no coordinates exist and none are stored. */
    locationText: z.string().min(1),
    /**
     * The area near a coast the stated location names: a Caribbean strike "off (the coast of) Venezuela", an
     * eastern Pacific one "off (the coast of) Colombia". Absent when no coast is named or the reported
     * locations conflict.
     */
    subArea: z.enum(SUB_AREAS).optional(),
    vessels: z.number().int().positive(),
    strikesInRow: z.number().int().positive(),
    killed: z.number().int().nonnegative(),
    killedLaterRevised: z.number().int().nonnegative().nullable(),
    survivors: z.string(),
    /** Survivors the record says were never found and later reported presumed dead; not included in `killed`. */
    presumedDead: z.number().int().nonnegative(),
    /** Who announced it, as a cited passage names them; absent when no passage cited names anyone. */
    announcedBy: z.string().min(1).optional(),
    /** The people and bodies `announcedBy` names, each proven against a cited passage at build time. */
    credited: creditedSchema.optional(),
    /** A passage naming who announced it, when the record's other sources do not (shown with them). */
    attributionSource: attributionSourceSchema.optional(),
    reportedCumulative: z.string(),
    reliability: z.enum(RELIABILITIES),
    notes: z.string(),
    sources: sourcesSchema,
  })
  .strict();

export type StrikeData = z.infer<typeof strikeSchema>;
export type Region = (typeof REGIONS)[number];
export type SubArea = (typeof SUB_AREAS)[number];
export type Reliability = (typeof RELIABILITIES)[number];
