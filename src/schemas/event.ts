/** Events of the chronology: what happened, when (at the precision the source gives), who acted. */
import { z } from 'astro/zod';
import { isoPartial, slugId, sourcesSchema } from './common.ts';

export const PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;

/** A date as a source gives it; `start`/`end` are written at the precision (no invented days). */
export const eventDateSchema = z
  .object({
    start: isoPartial,
    /** For a span ("January 2024 – June 2025") or an approximate period ("early September 2025"). */
    end: isoPartial.optional(),
    precision: z.enum(PRECISIONS),
    /** The date as readers see it, e.g. "Tuesday night, 11 November 2025" or "early September 2025". */
    display: z.string().min(1),
    /** How the date was established: the words of the source, and any pinning of "Tuesday" to a day. */
    established: z.string().min(1),
  })
  .refine((d) => d.precision !== 'day' || /^\d{4}-\d{2}-\d{2}$/.test(d.start), {
    message: 'a day-precision date needs YYYY-MM-DD',
  })
  .refine((d) => d.precision !== 'month' || /^\d{4}-\d{2}$/.test(d.start), {
    message: 'a month-precision date is written YYYY-MM',
  })
  .refine((d) => d.precision !== 'approximate' || d.end !== undefined, {
    message: 'an approximate date is a span: give start and end',
  });

export const ACTORS = ['colombia', 'united-states', 'venezuela', 'united-kingdom', 'netherlands', 'others'] as const;
export const PHASES = ['context', 'escalation', 'suspension', 'reversal', 'aftermath'] as const;

export const eventSchema = z.object({
  /** The permalink id (`#event-<id>`). */
  id: slugId,
  date: eventDateSchema,
  title: z.string().min(1).max(90),
  /** A short label for the chronology graphic (the title is shown in the detail and the list). */
  label: z.string().min(1).max(36),
  /** One sentence in our own words. */
  summary: z.string().min(1),
  actors: z.array(z.enum(ACTORS)).min(1),
  phase: z.enum(PHASES),
  sources: sourcesSchema,
});

export type EventData = z.infer<typeof eventSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type Actor = (typeof ACTORS)[number];
export type Phase = (typeof PHASES)[number];
export type Precision = (typeof PRECISIONS)[number];
