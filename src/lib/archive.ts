/**
 * Archived copies of external sources: a link to the Internet Archive's Wayback Machine at the source's
 * date, and the Robust Links attributes (https://robustlinks.mementoweb.org/spec/) that tie the original
 * link to that copy. Only links are built: nothing is requested from the archive when a page loads.
 *
 * Which date a source is archived at (the first that is known):
 * 1. the source's own date: an article's publication date (reviewed metadata, else the date its text states);
 * 2. a date written in the source's URL ("/2025/10/23/", "2025-11-13", "november-10-2025");
 * 3. the latest date the site knows of: the latest publication date among the source articles.
 * The Wayback Machine answers a dated link with the capture nearest that date, so a date a little off
 * still leads to the right page.
 */
import { dateInUrl } from './articles/dates.ts';

const WAYBACK = 'https://web.archive.org/web/';

/** A date at its precision ("2025", "2025-11", "2025-11-13") as a full day, the first of its month or year. */
export function versionDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(date);
  if (!match) throw new Error(`archive: not a date: "${date}"`);
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

/** The Wayback Machine's copy of `url` nearest `date` (YYYY, YYYY-MM or YYYY-MM-DD, perhaps with a time). */
export function waybackUrl(url: string, date: string): string {
  return `${WAYBACK}${versionDate(date).replace(/-/gu, '')}/${url}`;
}

/** The latest of some ISO dates (any precision), or undefined when none is given. */
export function latestDate(dates: readonly (string | undefined)[]): string | undefined {
  return dates.filter((date): date is string => date !== undefined && date !== '').sort().at(-1);
}

/** The day a source is archived at, by the rule above. */
export function archiveDate(url: string, ownDate: string | undefined, latestKnown: string | undefined): string | undefined {
  const date = ownDate ?? dateInUrl(url)?.iso ?? latestKnown;
  return date === undefined ? undefined : versionDate(date);
}

export interface ArchivedLink {
  /** The original address. */
  url: string;
  /** The archived copy's address. */
  archiveUrl: string;
  /** The day of the copy, YYYY-MM-DD, for `data-versiondate`. */
  versionDate: string;
}

/** The original and archived addresses of an external source, or undefined when no date at all is known. */
export function archivedLink(url: string, ownDate: string | undefined, latestKnown: string | undefined): ArchivedLink | undefined {
  const day = archiveDate(url, ownDate, latestKnown);
  return day === undefined ? undefined : { url, archiveUrl: waybackUrl(url, day), versionDate: day };
}

/** Robust Links attributes for the link to the original (its href is the original URL, so no data-originalurl). */
export const originalLinkAttributes = (link: ArchivedLink) => ({
  'data-versionurl': link.archiveUrl,
  'data-versiondate': link.versionDate,
});

/** Robust Links attributes for the link to the archived copy. */
export const archiveLinkAttributes = (link: ArchivedLink) => ({
  'data-originalurl': link.url,
  'data-versiondate': link.versionDate,
});
