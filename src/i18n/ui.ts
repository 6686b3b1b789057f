/**
 * Every site-level word (the page shell, the figure frame, the source links, the corrections log, the
 * article pages, the briefing's fixed words and the browser scripts' announcements), for both editions.
 * One interface, `UiStrings`; the words themselves are in words.ts, both editions side by side, so a key
 * missing from an edition is a type error. The figures' own words are
 * in src/figures/<name>/text.ts and text.es.ts; the narrative is in content/explainer and explainer-es.
 *
 * The English values are what the site prints today (src/layouts, src/components, src/pages,
 * src/figures/frame, src/client, src/lib/articleMeta.ts, src/lib/narrativeCheck.ts, src/lib/ogImage.ts).
 * Dates passed in are already formatted (src/i18n/format.ts).
 */
import { LOCALES, type Locale } from './locales.ts';
import { WORDS } from './words.ts';

export type CorrectionKind = 'correction' | 'clarification' | 'update';
export type ArticleLanguageKey = 'en' | 'es' | 'und';

export interface UiStrings {
  site: {
    name: string;
    /** The explainer's page title, description, kicker and headline (index.astro); `length` is the suspension's, in words ("two days"). */
    title: string;
    description: (length: string) => string;
    kicker: string;
    headline: (length: string) => string;
  };
  nav: { label: string; explainer: string; sources: string; briefing: string };
  skipLink: string;
  footer: { text: string; allSources: string };
  /** The link to the same page in the other edition: its text (in that edition's language), and its accessible name. */
  languageSwitch: { label: string; title: string };
  /** "Last updated 13 November 2025". */
  lastUpdated: (date: string) => string;
  /** The two dates the data run to (src/lib/cutoffs.ts), already formatted: "the story told to …, strike records to …". */
  cutoffs: (story: string, strikes: string) => string;
  home: { printBriefing: string; printBriefingNote: string; articlesHeading: string; referencesHeading: string };
  heading: { sectionTitled: (title: string) => string };
  figure: {
    number: (n: number) => string;
    copyLink: string;
    copyEventLink: string;
    details: (title: string) => string;
    closeDetails: string;
    download: string;
    notes: string;
    sources: string;
    /** The link from a figure to its own page. */
    pageLink: string;
  };
  /** What the browser scripts announce (src/client/permalinks.ts): the page carries them (Base.astro). */
  announce: { linkCopied: (url: string) => string; copyThisLink: (url: string) => string; linkShared: string; copied: string; selectAndCopy: string };
  /** A figure's own page (/figures/<name>/) and its embed. */
  figurePage: {
    recordsHeading: string;
    recordsCaption: (records: number) => string;
    record: string;
    noSource: string;
    downloadHeading: string;
    csv: string;
    svg: string;
    svgNote: string;
    png: string;
    pngNote: string;
    citeHeading: string;
    /** The citation's date: "accessed 2026-01-08". */
    accessed: (date: string) => string;
    copyBibtex: string;
    bibtexCopied: string;
    embedHeading: string;
    embedText: string;
    previewEmbed: string;
    embedCode: string;
    copyEmbed: string;
    embedCopied: string;
    /** The embed's credit line, before and inside its link to the figure page. */
    embedFrom: string;
    embedLink: (siteName: string) => string;
    /** "Sources: CNN, El País and 9 more. Every record is sourced on the figure's page." */
    sourceLine: (outlets: readonly string[], more: number) => string;
    sourceArticle: string;
  };
  source: {
    /** Screen-reader word before a citation number. */
    cite: string;
    source: string;
    paragraph: (n: number | string) => string;
    archivedCopy: string;
    /** Screen-reader tail of "archived copy": " of reuters.com". */
    archivedCopyOf: (publisher: string) => string;
    ourTranslation: string;
    /** "(our translation: “…”)". */
    withTranslation: (translation: string) => string;
  };
  corrections: {
    kinds: Record<CorrectionKind, string>;
    /** The note after a corrected claim: "Corrected", then the date. */
    notes: Record<CorrectionKind, string>;
    note: (kind: CorrectionKind, date: string) => string;
    none: string;
    affects: string;
    linkToEntry: string;
  };
  sourcesPage: { title: string; description: string; kicker: string; headline: string; dek: (articles: number) => string };
  article: {
    kicker: string;
    /** "Source article · Reuters" (the link-preview kicker). */
    kickerWithOutlet: (outlet: string) => string;
    summary: (outlet: string, headline: string) => string;
    by: (byline: string) => string;
    dateline: string;
    language: string;
    credit: string;
    notice: string;
    original: string;
    urlUnknown: string;
    howIdentified: string;
    noBody: string;
    outletUnknown: string;
    dateUnknown: string;
    asStated: string;
    /** "as stated in the article (“Nov 13, 2025”)". */
    asStatedQuoting: (text: string) => string;
    publicationDate: string;
    publicationDateKnownTo: (precision: 'month' | 'year') => string;
    noDateFound: string;
    languageNames: Record<ArticleLanguageKey, string>;
  };
  briefing: {
    title: string;
    /** The page description and the link-preview title, around the suspension's length ("two-day"). */
    description: (length: string) => string;
    ogTitle: (length: string) => string;
    /** The kicker, around the cut-off words (`cutoffs`). */
    asOf: (cutoffs: string) => string;
    headline: string;
    fullExplainer: string;
    print: string;
    back: string;
    keyFacts: string;
    chronology: string;
    when: string;
    what: string;
    keyFigures: string;
    source: string;
    strikeMap: string;
    quotes: string;
    sources: string;
    originalUnknown: string;
    /** A source dated only by the event it reports: "4 November 2025 or later". */
    orLater: (date: string) => string;
    records: (strikes: number, seizures: number, siteUrl: string) => string;
  };
  og: { sectionKicker: string };
  /** A section's share page (/s/<id>/): the link on to the section. */
  share: { read: (title: string) => string };
}

/** A table of both editions' words for `T`: every string or function of `T` as `{ en, es }`. */
export type Bilingual<T> = {
  [K in keyof T]: T[K] extends string | ((...args: never[]) => unknown) ? Record<Locale, T[K]> : Bilingual<T[K]>;
};

/** An entry of the table: an object with exactly one value per edition, none of them an object. */
const isEntry = (value: object): value is Record<Locale, unknown> =>
  Object.keys(value).length === LOCALES.length && LOCALES.every((locale) => locale in value && typeof (value as Record<string, unknown>)[locale] !== 'object');

/** One edition's words, from the table. */
function edition(table: object, locale: Locale): unknown {
  return Object.fromEntries(Object.entries(table).map(([key, value]: [string, object]) => [key, isEntry(value) ? value[locale] : edition(value, locale)]));
}

export const UI = Object.fromEntries(LOCALES.map((locale) => [locale, edition(WORDS, locale)])) as Record<Locale, UiStrings>;

/** The words of an edition. */
export const ui = (locale: Locale): UiStrings => UI[locale];
