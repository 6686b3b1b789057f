/** What the site says about a seed article's origin; unknown values are said to be unknown, never guessed. */
import { formatIsoDate } from '../figures/kit/dates.ts';

export interface ArticleMetaInput {
  outlet: string;
  url: string;
  published: string;
  publishedPrecision: 'day' | 'month' | 'year';
  byline?: string;
  howEstablished: string;
}

export interface ArticleDescription {
  outlet: string;
  outletKnown: boolean;
  url?: string;
  /** ISO date for <time datetime>, when known. */
  dateIso?: string;
  dateDisplay: string;
  /** Where the date comes from, in words. */
  dateBasis: string;
  byline?: string;
  howEstablished?: string;
}

export function describeArticle(
  article: { byline?: string; bylineOrganisation?: string; statedDate?: { iso: string; text: string } },
  meta: ArticleMetaInput | undefined,
): ArticleDescription {
  const byline = meta?.byline ?? article.byline;
  const common = { ...(byline ? { byline } : {}) };
  if (meta) {
    return {
      ...common,
      outlet: meta.outlet,
      outletKnown: true,
      url: meta.url,
      dateIso: meta.published,
      dateDisplay: formatIsoDate(meta.published),
      dateBasis: meta.publishedPrecision === 'day' ? 'publication date' : `publication date, known to the ${meta.publishedPrecision}`,
      howEstablished: meta.howEstablished,
    };
  }
  const stated = article.statedDate;
  return {
    ...common,
    outlet: article.bylineOrganisation ?? 'outlet unknown',
    outletKnown: article.bylineOrganisation !== undefined,
    ...(stated ? { dateIso: stated.iso } : {}),
    dateDisplay: stated ? formatIsoDate(stated.iso) : 'date unknown',
    dateBasis: stated ? `as stated in the article (“${stated.text}”)` : 'the article states no date',
  };
}
