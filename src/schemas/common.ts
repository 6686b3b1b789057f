/** Building blocks shared by the record schemas: ids, dates at their precision, and sources. */
import { z } from 'astro/zod';

/** A permalink id: lower-case words and hyphens, never renamed once published. */
export const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens');

export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** A calendar date at its precision: "2025", "2025-09" or "2025-09-02". */
export const isoPartial = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** A passage of a seed article. An unknown article id stops the build in the provenance check. */
export const articleSourceSchema = z
  .object({
    /** The seed article, by id (its file name without ".txt"). */
    article: z.string().min(1),
    /** Verbatim words of the article's cleaned text. */
    quote: z.string().min(8),
  })
  .strict();

/** A page on the web, as recorded in the research data. */
export const urlSourceSchema = z
  .object({
    url: z.string().url(),
    /** Verbatim words of the page, as recorded in `../shared/data` (original language kept). */
    quote: z.string().min(1),
    /** The outlet or site, for the reference list. */
    publisher: z.string().optional(),
    /** An English translation, when the quote is in another language; shown as a translation. */
    translation: z.string().optional(),
  })
  .strict();

/** Where a claim comes from: a seed article (checked at build time) or a URL, and the words it rests on. */
export const sourceSchema = z.union([articleSourceSchema, urlSourceSchema]);
export const sourcesSchema = z.array(sourceSchema).min(1);

export type Source = z.infer<typeof sourceSchema>;
