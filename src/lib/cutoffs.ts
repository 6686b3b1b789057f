/**
 * The two dates the site's data run to, derived from the records, never typed: the story (the latest
 * chronology event, at the precision its source gives) and the strike records (the latest day any strike
 * record reaches: its strike date, announcement date, or the publication date of its only report).
 * Shown as "the story told to 8 January 2026, strike records to 23 February 2026".
 */
import { formatIsoDate } from '../figures/kit/dates.ts';

export interface DatedEvent {
  date: { start?: string | undefined; end?: string | undefined };
}

export interface DatedStrike {
  date: string | null;
  announcedDate: string | null;
  publishedDate?: string | undefined;
}

export interface Cutoff {
  /** YYYY-MM-DD, YYYY-MM or YYYY: the date at the precision the record gives. */
  iso: string;
  /** The date in words, at that precision: "8 January 2026", "January 2026". */
  display: string;
}

export interface Cutoffs {
  story: Cutoff;
  strikes: Cutoff;
}

/** The last day a partial date can mean, for comparing dates of different precision: "2026-01" → "2026-01-31". */
function lastDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined) return iso;
  if (month === undefined) return `${year}-12-31`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${iso}-${String(days).padStart(2, '0')}`;
}

/** The latest of partial dates (by the last day each can mean; at equal days, the more precise one). */
function latest(dates: readonly string[], what: string): Cutoff {
  if (dates.length === 0) throw new Error(`cutoffs: no dated ${what}`);
  const iso = dates.reduce((a, b) => {
    const [da, db] = [lastDay(a), lastDay(b)];
    return db > da || (db === da && b.length > a.length) ? b : a;
  });
  return { iso, display: formatIsoDate(iso) };
}

/** The date an event runs to: its end, or its start when it is a single date. */
const eventEnd = (event: DatedEvent): string | undefined => event.date.end ?? event.date.start;

export function cutoffs(events: readonly DatedEvent[], strikes: readonly DatedStrike[]): Cutoffs {
  return {
    story: latest(events.map(eventEnd).filter((d): d is string => d !== undefined), 'events'),
    strikes: latest(
      strikes.flatMap((strike) => [strike.date, strike.announcedDate, strike.publishedDate ?? null].filter((d): d is string => d !== null)),
      'strike records',
    ),
  };
}

/** "the story told to 8 January 2026, strike records to 23 February 2026" */
export const cutoffWords = (c: Cutoffs): string => `the story told to ${c.story.display}, strike records to ${c.strikes.display}`;

/** The date of the latest entry of the corrections log, for "Last updated <date>"; none for an empty log. */
export function lastUpdated(entries: readonly { date: string }[]): { date: string; displayDate: string } | undefined {
  if (entries.length === 0) return undefined;
  const date = entries.map((entry) => entry.date).reduce((a, b) => (b > a ? b : a));
  return { date, displayDate: formatIsoDate(date) };
}
