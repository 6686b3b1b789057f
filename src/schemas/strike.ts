/** U.S. strikes on alleged drug boats, one record per research-data row; locations as stated, never coordinates. */
import { z } from 'astro/zod';
import { isoDay, sourcesSchema } from './common.ts';

export const REGIONS = ['caribbean', 'eastern-pacific', 'unspecified'] as const;

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
    announcedDate: isoDay.nullable(),
    region: z.enum(REGIONS),
    /** The location exactly as stated; no coordinates exist and none are stored. */
    locationText: z.string().min(1),
    vessels: z.number().int().positive(),
    strikesInRow: z.number().int().positive(),
    killed: z.number().int().nonnegative(),
    killedLaterRevised: z.number().int().nonnegative().nullable(),
    survivors: z.string(),
    announcedBy: z.string(),
    reportedCumulative: z.string(),
    reliability: z.enum(['normal', 'low']),
    notes: z.string(),
    sources: sourcesSchema,
  })
  .strict();

export type StrikeData = z.infer<typeof strikeSchema>;
export type Region = (typeof REGIONS)[number];
