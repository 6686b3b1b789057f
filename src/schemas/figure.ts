/** Numbers the sources state (tonnes, shares, counts, money), each with who says so. */
import { z } from 'astro/zod';
import { attributionSourceSchema, creditedSchema, slugId, sourcesSchema } from './common.ts';

export const QUALIFIERS = ['exact', 'more-than', 'at-least', 'about', 'up-to'] as const;
export const FIGURE_UNITS = ['tonnes', 'tonnes-per-day', 'percent', 'count', 'usd', 'people', 'years'] as const;
/** What form of cocaine a tonnage counts (shared with the seizures records). */
export const FORMS = ['hydrochloride', 'base-paste', 'unspecified'] as const;

export const figureSchema = z.object({
  id: slugId,
  value: z.number(),
  /** How the source qualifies the number. */
  qualifier: z.enum(QUALIFIERS),
  unit: z.enum(FIGURE_UNITS),
  /** The number as the source wrote it, e.g. "more than 3,000". */
  asStated: z.string().min(1),
  /**
   * The source gives words, not a number ("hundreds of tons"): `value` is only the floor the words imply
   * and is never shown; the words are.
   */
  wordsOnly: z.boolean().default(false),
  /** What is counted, e.g. "cocaine hydrochloride seized by Colombia's forces". */
  counts: z.string().min(1),
  period: z.string().min(1),
  /** False when the source names no period at all (`period` then says what is known about the date). */
  periodStated: z.boolean().default(true),
  /** For a tonnage of cocaine: the form the source says it counts. */
  form: z.enum(FORMS).optional(),
  /** Who says so: the person or body the source attributes the number to. */
  saidBy: z.string().min(1),
  /** The people and bodies `saidBy` names, each proven against a cited passage at build time. */
  credited: creditedSchema,
  /** A passage naming who said it, when the record's other sources do not (shown with them). */
  attributionSource: attributionSourceSchema.optional(),
  /** Values of the same claim, framed differently or conflicting, share a group and are shown side by side. */
  group: z.string().optional(),
  note: z.string().optional(),
  sources: sourcesSchema,
});

export type FigureData = z.infer<typeof figureSchema>;
export type Qualifier = (typeof QUALIFIERS)[number];
export type FigureUnit = (typeof FIGURE_UNITS)[number];
export type Form = (typeof FORMS)[number];
