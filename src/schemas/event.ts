/** Events of the chronology: what happened, when (at the precision the source gives), who acted. */
import { z } from 'astro/zod';
import { attributionSourceSchema, creditedSchema, isoPartial, slugId, sourcesSchema } from './common.ts';

export const PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;

/**
 * A date as a source gives it; `start`/`end` are written at the precision (no invented days). An open start
 * (no `start`, only `end`) is a span whose beginning no source gives: it is known only to have been going
 * on by `end`, and is drawn with an open start.
 */
export const eventDateSchema = z
  .object({
    /** The first day, month or year; absent for an open start. */
    start: isoPartial.optional(),
    /** For a span ("January 2024 – June 2025"), an approximate period ("early September 2025"), or the last known date of an open start. */
    end: isoPartial.optional(),
    precision: z.enum(PRECISIONS),
    /** The date as readers see it, e.g. "Tuesday night, 11 November 2025" or "early September 2025". */
    display: z.string().min(1),
    /** How we dated it, for readers: the words of the source, and any pinning of "Tuesday" to a day. */
    established: z.string().min(1),
  })
  .refine((d) => d.start !== undefined || d.end !== undefined, { message: 'a date needs a start, or an end for an open start' })
  .refine((d) => d.precision !== 'day' || /^\d{4}-\d{2}-\d{2}$/.test(d.start ?? d.end ?? ''), {
    message: 'a day-precision date needs YYYY-MM-DD',
  })
  .refine((d) => d.precision !== 'month' || /^\d{4}-\d{2}$/.test(d.start ?? d.end ?? ''), {
    message: 'a month-precision date is written YYYY-MM',
  })
  .refine((d) => d.precision !== 'approximate' || d.end !== undefined, {
    message: 'an approximate date is a span: give start and end',
  });

/** A date with no known start: only its last known day is given. */
export const hasOpenStart = (date: { start?: string | undefined }): boolean => date.start === undefined;

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
  /** Who the summary says said or reported it, in words ("Elizabeth Dickinson, to EL PAÍS"); with `credited`. */
  attribution: z.string().min(1).optional(),
  /** The people and bodies `attribution` names, each proven against a cited passage at build time. */
  credited: creditedSchema.optional(),
  /** A passage naming who said it, when the event's other sources do not (shown with them). */
  attributionSource: attributionSourceSchema.optional(),
  sources: sourcesSchema,
});

export type EventData = z.infer<typeof eventSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type Actor = (typeof ACTORS)[number];
export type Phase = (typeof PHASES)[number];
export type Precision = (typeof PRECISIONS)[number];
