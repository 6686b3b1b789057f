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

/** A BCP 47 language tag: "en", "es", "ar", "nl", "pt-BR". */
export const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "en" or "es"');

/** English, in any regional form ("en", "en-GB"): the one language shown without a translation. */
export const isEnglish = (tag: string | undefined): boolean => tag === undefined || tag === 'en' || tag.startsWith('en-');

/** A page on the web, as recorded in the research data. */
export const urlSourceSchema = z
  .object({
    url: z.string().url(),
    /** Verbatim words of the page, as recorded in `../shared/data` (original language kept). */
    quote: z.string().min(1),
    /** The language of the quote (BCP 47): "en", "es", "ar", "nl". Required: a translation is owed for any but English. */
    language: languageTag,
    /** The outlet or site, for the reference list. */
    publisher: z.string().optional(),
    /** Our English translation of a quote in another language; required then, and shown marked as ours. */
    translation: z.string().min(1).optional(),
  })
  .strict()
  // A quote a reader cannot read is no evidence: every non-English quote carries our translation.
  .refine((source) => isEnglish(source.language) || source.translation !== undefined, (source) => ({
    message: `a quote in "${source.language}" needs an English translation: "${source.quote}"`,
    path: ['translation'],
  }));

/** Where a claim comes from: a seed article (checked at build time) or a URL, and the words it rests on. */
export const sourceSchema = z.union([articleSourceSchema, urlSourceSchema]);
export const sourcesSchema = z.array(sourceSchema).min(1);

export type Source = z.infer<typeof sourceSchema>;

/**
 * A person or body a record credits (src/lib/attribution.ts proves each against the cited passages): a person
 * matches by full name or surname, a body by its name or one of its `aka` forms, as the passages write them.
 */
export const creditSchema = z.union([
  z.object({ person: z.string().min(2) }).strict(),
  z.object({ body: z.string().min(2), aka: z.array(z.string().min(2)).optional() }).strict(),
]);
/** Every person or body the record's attribution text names. */
export const creditedSchema = z.array(creditSchema).min(1);
/** A passage that names who said or counted something, when the record's other passages do not. */
export const attributionSourceSchema = sourceSchema;

export type Credit = z.infer<typeof creditSchema>;
