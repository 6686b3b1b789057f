/**
 * Every collection the site is built from, each with its schema. Seed articles come from `seeds/` through a
 * custom loader; the research data and the narrative live in `content/`.
 */
import { defineCollection, reference, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { seedLoader } from './lib/articles/loader.ts';
import { seedsDirectory } from './lib/env.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** A calendar date at its precision: "2025", "2025-09" or "2025-09-02". */
const isoPartial = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** Where a claim comes from: a seed article (checked at build time) or a URL, and the words it rests on. */
const source = z.union([
  z
    .object({
      /** The seed article, by id (its file name without ".txt"). An unknown id fails the build. */
      article: reference('articles'),
      /** Verbatim words of the article's cleaned text. */
      quote: z.string().min(8),
    })
    .strict(),
  z
    .object({
      url: z.string().url(),
      /** Verbatim words of the page, as recorded in `../shared/data` (original language kept). */
      quote: z.string().min(1),
      /** The outlet or site, for the reference list. */
      publisher: z.string().optional(),
      /** An English translation, when the quote is in another language; shown as a translation. */
      translation: z.string().optional(),
    })
    .strict(),
]);
const sources = z.array(source).min(1);

const cleanedBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('standfirst'), text: z.string() }),
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('subheading'), text: z.string() }),
  z.object({ kind: z.literal('caption'), text: z.string() }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()) }),
]);

const articles = defineCollection({
  loader: seedLoader({ directory: seedsDirectory() }),
  schema: z.object({
    file: z.string(),
    slug: z.string(),
    headline: z.string().min(1),
    byline: z.string().optional(),
    bylineOrganisation: z.string().optional(),
    dateline: z.string().optional(),
    statedDate: z.object({ iso: isoDay, text: z.string() }).optional(),
    blocks: z.array(cleanedBlock),
    units: z.array(
      z.object({
        n: z.number().int().positive(),
        kind: z.enum(['standfirst', 'paragraph', 'caption', 'list-item']),
        text: z.string(),
      }),
    ),
  }),
});

/** What the text of a seed does not say about it, reviewed by hand from `../shared/data/seed-sources.csv`. */
const articleMeta = defineCollection({
  loader: file('content/article-meta.yaml'),
  schema: z.object({
    outlet: z.string().min(1),
    url: z.string().url(),
    published: isoPartial,
    publishedPrecision: z.enum(['day', 'month', 'year']),
    byline: z.string().optional(),
    howEstablished: z.string().min(1),
  }),
});

/** A date as a source gives it; `start`/`end` are written at the precision (no invented days). */
const eventDate = z
  .object({
    start: isoPartial,
    /** For a span ("January 2024 – June 2025") or an approximate period ("early September 2025"). */
    end: isoPartial.optional(),
    precision: z.enum(['day', 'month', 'year', 'approximate']),
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

const events = defineCollection({
  loader: file('content/events.yaml'),
  schema: z.object({
    /** The permalink id (`#event-<id>`): lower-case words and hyphens, never renamed once published. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    date: eventDate,
    title: z.string().min(1).max(90),
    /** A short label for the chronology graphic (the title is shown in the detail and the list). */
    label: z.string().min(1).max(36),
    /** One sentence in our own words. */
    summary: z.string().min(1),
    actors: z.array(z.enum(ACTORS)).min(1),
    phase: z.enum(PHASES),
    sources,
  }),
});

const figures = defineCollection({
  loader: file('content/figures.yaml'),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    value: z.number(),
    /** How the source qualifies the number. */
    qualifier: z.enum(['exact', 'more-than', 'at-least', 'about', 'up-to']),
    unit: z.enum(['tonnes', 'tonnes-per-day', 'percent', 'count', 'usd', 'people', 'years']),
    /** The number as the source wrote it, e.g. "more than 3,000". */
    asStated: z.string().min(1),
    /** What is counted, e.g. "cocaine hydrochloride seized by Colombia's forces". */
    counts: z.string().min(1),
    period: z.string().min(1),
    /** Who says so: the person or body the source attributes the number to. */
    saidBy: z.string().min(1),
    /** Values of the same claim, framed differently or conflicting, share a group and are shown side by side. */
    group: z.string().optional(),
    note: z.string().optional(),
    sources,
  }),
});

const seizures = defineCollection({
  loader: file('content/seizures.yaml'),
  schema: z.object({
    id: z.string(),
    year: z.number().int(),
    /** Tonnes; null marks a year for which no figure was found (a gap, never a zero). */
    tonnes: z.number().nullable(),
    /** percent, for the one share claim. */
    percent: z.number().optional(),
    counts: z.string().min(1),
    scope: z.enum(['colombia', 'colombia-base', 'colombia-partial', 'global', 'share-claim', 'gap']),
    period: z.string(),
    form: z.enum(['hydrochloride', 'base-paste', 'unspecified']),
    provisional: z.boolean(),
    /** Records of one year and scope that disagree share this key. */
    conflict: z.string().optional(),
    notes: z.string().optional(),
    sources: z.array(source),
  })
    // Every figure names its source; only a gap (no figure found, so no number claimed) has none.
    .refine((s) => (s.scope === 'gap' ? s.tonnes === null : s.sources.length > 0), {
      message: 'a seizure figure needs a source; only a gap (tonnes: null, scope: gap) may have none',
    }),
});

const strikes = defineCollection({
  loader: file('content/strikes.yaml'),
  schema: z
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
      region: z.enum(['caribbean', 'eastern-pacific', 'unspecified']),
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
      sources,
    })
    .strict(),
});

/** Passages the narrative cites with <Cite id="…" />: one source each. */
const citations = defineCollection({
  loader: file('content/citations.yaml'),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    sources: z.array(source).length(1),
  }),
});

/** The explainer's narrative: one MDX file per section, in `order`. */
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: 'content/explainer' }),
  schema: z.object({
    title: z.string(),
    /** The section's permalink id. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    order: z.number(),
  }),
});

export const collections = { articles, articleMeta, events, figures, seizures, strikes, citations, sections };
