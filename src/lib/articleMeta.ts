/**
 * What the site says about a seed article's origin. Reviewed metadata wins; what the text states comes
 * next and is labelled as such; "unknown" is said only when neither gives a value, never guessed.
 */
import { formatIsoDate } from '../figures/kit/dates.ts';
import { dateTimeIso, type StatedDate } from './articles/dates.ts';
import { LANGUAGE_NAMES, type ArticleLanguage } from './articles/language.ts';

export interface ArticleMetaInput {
  outlet: string;
  url: string;
  published: string;
  publishedPrecision: 'day' | 'month' | 'year' | 'not-before';
  byline?: string;
  howEstablished: string;
}

/** What the article's own text says about it (the fields of the articles collection used here). */
export interface ArticleStatements {
  byline?: string;
  bylineOrganisation?: string;
  agencyDateline?: { place: string; agency: string };
  statedDate?: StatedDate;
  url?: string;
  lang?: ArticleLanguage;
  credit?: string;
}

/** How a value shown on the page was established. */
export const AS_STATED = 'as stated in the article';

export interface ArticleDescription {
  outlet: string;
  outletKnown: boolean;
  url?: string;
  /** Where the URL comes from, when it is not reviewed metadata: "as stated in the article". */
  urlBasis?: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY at its precision), when known: the archive date and sort key. */
  dateIso?: string;
  /** The value for <time datetime>: the date, or the date and time when the article gives one. */
  dateTime?: string;
  dateDisplay: string;
  /** Where the date comes from, in words. */
  dateBasis: string;
  byline?: string;
  /** Where the byline comes from, when it is not reviewed metadata. */
  bylineBasis?: string;
  credit?: string;
  /** The article's language code ('en', 'es', 'und') and its name for readers. */
  lang: ArticleLanguage;
  languageName: string;
  howEstablished?: string;
}

/** "12 November 2025, 18:04 GMT": the day, and the time as the article gives it. */
function displayStated(date: StatedDate): string {
  const day = formatIsoDate(date.iso);
  if (!date.time) return day;
  return `${day}, ${date.time}${date.zone && date.zone !== 'Z' ? ` ${date.zone}` : date.utcOffset ? ` UTC${date.utcOffset === '+00:00' ? '' : date.utcOffset}` : ''}`;
}

export function describeArticle(article: ArticleStatements, meta: ArticleMetaInput | undefined): ArticleDescription {
  const lang = article.lang ?? 'und';
  const byline = meta?.byline ?? article.byline;
  const url = meta?.url ?? article.url;
  const common = {
    lang,
    languageName: LANGUAGE_NAMES[lang],
    ...(byline ? { byline } : {}),
    ...(byline && !meta?.byline ? { bylineBasis: AS_STATED } : {}),
    ...(url ? { url } : {}),
    ...(url && !meta?.url ? { urlBasis: AS_STATED } : {}),
    ...(article.credit ? { credit: article.credit } : {}),
  };
  if (meta) {
    // Only the date of an event the article reports is known: say so, and claim no publication day.
    const notBefore = meta.publishedPrecision === 'not-before';
    return {
      ...common,
      outlet: meta.outlet,
      outletKnown: true,
      dateIso: meta.published,
      ...(notBefore ? {} : { dateTime: meta.published }),
      dateDisplay: notBefore ? `${formatIsoDate(meta.published)} or later` : formatIsoDate(meta.published),
      dateBasis: notBefore
        ? 'publication date not known; the article reports an event of that date'
        : meta.publishedPrecision === 'day'
          ? 'publication date'
          : `publication date, known to the ${meta.publishedPrecision}`,
      howEstablished: meta.howEstablished,
    };
  }
  const stated = article.statedDate;
  // The organisation in the byline, or the agency whose dateline the story carries.
  const outlet = article.bylineOrganisation ?? article.agencyDateline?.agency;
  return {
    ...common,
    outlet: outlet ?? 'outlet unknown',
    outletKnown: outlet !== undefined,
    ...(stated ? { dateIso: stated.iso, dateTime: dateTimeIso(stated) } : {}),
    dateDisplay: stated ? displayStated(stated) : 'date unknown',
    // Only "not found": the text may state a date in a form the cleaner does not read.
    dateBasis: stated ? `${AS_STATED} (“${stated.text}”)` : 'no date found in the article’s text',
  };
}
