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

/** A date as the article's text states it, with the time and zone when it gives them. */
export const statedDateSchema = z.object({
  /** The calendar date, YYYY-MM-DD. */
  iso: isoDay,
  /** The words as the article wrote them ("Wed 12 Nov 2025 18.04 GMT"). */
  text: z.string(),
  /** The time of day, HH:MM on a 24-hour clock: the date is then known to the minute. */
  time: z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM').optional(),
  /** The UTC offset the named zone fixes ("-05:00" for EST). */
  utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/, 'expected ±HH:MM').optional(),
  /** The zone as written ("GMT", "ET"). */
  zone: z.string().optional(),
});

export const articleSchema = z.object({
  file: z.string(),
  slug: z.string(),
  headline: z.string().min(1),
  /** The language of the text, from a stop-word score: English, Spanish or undetermined. */
  lang: z.enum(['en', 'es', 'und']),
  /** The original address, when the text states one; reviewed metadata wins over it. */
  url: z.string().url().optional(),
  byline: z.string().optional(),
  /** An organisation named at the end of the byline ("CNN"). */
  bylineOrganisation: z.string().optional(),
  /** The place of a "PLACE –" dateline. */
  dateline: z.string().optional(),
  /** A wire dateline: the place and the agency that filed the story. */
  agencyDateline: z.object({ place: z.string(), agency: z.string() }).optional(),
  statedDate: statedDateSchema.optional(),
  /** Who reported, wrote and edited the story, as the text credits them. */
  credit: z.string().optional(),
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
  /**
   * How well `published` is known: to the day, month or year; or `not-before` when only the date of an
   * event the article reports is known (it was published that day or later).
   */
  publishedPrecision: z.enum(['day', 'month', 'year', 'not-before']),
  byline: z.string().optional(),
  howEstablished: z.string().min(1),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
