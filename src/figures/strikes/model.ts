/**
 * The strike map's model (Figure 3): strike records in, dates, totals and mark states out. Pure, with no
 * D3 and no words, so the browser script imports it too.
 *
 * Time: what was known on a day is what had been announced by then (the announced date), so the state on
 * 13 November 2025 leaves out the 10 November strike, announced on the 14th.
 */
import type { Region, StrikeData } from '../../schemas/strike.ts';

/** The fields of a strike record the figure uses (see src/schemas/strike.ts). */
export type StrikeInput = Pick<
  StrikeData,
  | 'id'
  | 'firstNumber'
  | 'lastNumber'
  | 'date'
  | 'publishedDate'
  | 'announcedDate'
  | 'region'
  | 'subArea'
  | 'vessels'
  | 'strikesInRow'
  | 'killed'
  | 'killedLaterRevised'
  | 'presumedDead'
  | 'reliability'
>;

/** The figure's default day: 13 November 2025, when Colombia reversed the suspension. */
export const DEFAULT_DATE = '2025-11-13';

// ---------------------------------------------------------------------------------------------------------
// Dates

/**
 * The day the strike became public: its announced date; failing that, the publication date of the report
 * it rests on; failing that, the strike date. Null when the record gives no day at all.
 */
export function knownDate(strike: Pick<StrikeInput, 'announcedDate' | 'publishedDate' | 'date'>): string | null {
  return strike.announcedDate ?? strike.publishedDate ?? strike.date;
}

/** Where a strike sorts in time: the strike date, or (with no strike date) the day it became public. */
export function sortDate(strike: StrikeInput): string | null {
  return strike.date ?? knownDate(strike);
}

/** Strikes in date order (records without any day last), then by their number. */
export function orderStrikes<T extends StrikeInput>(strikes: readonly T[]): T[] {
  return [...strikes].sort((a, b) => {
    const da = sortDate(a) ?? '9999';
    const db = sortDate(b) ?? '9999';
    return da < db ? -1 : da > db ? 1 : a.firstNumber - b.firstNumber;
  });
}

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Whole days from `start` to `iso`. */
export function dayIndex(iso: string, start: string): number {
  return Math.round((toTime(iso) - toTime(start)) / DAY);
}

/** The ISO day `index` days after `start`. */
export function isoAt(index: number, start: string): string {
  return new Date(toTime(start) + index * DAY).toISOString().slice(0, 10);
}

/** The date control's range: from the first strike to the last day anything became public. */
export function dateDomain(strikes: readonly StrikeInput[]): { start: string; end: string; days: number } {
  const days = strikes.flatMap((s) => [s.date, knownDate(s)]).filter((d): d is string => d !== null).sort();
  if (days.length === 0) throw new Error('no strike has a date');
  const start = days[0]!;
  const end = days[days.length - 1]!;
  return { start, end, days: dayIndex(end, start) };
}

// ---------------------------------------------------------------------------------------------------------
// Totals

export interface Totals {
  date: string;
  /** Records announced by the date. */
  records: number;
  strikes: number;
  vessels: number;
  /** People killed, as announced at the time. */
  killed: number;
  /** Survivors never found and reported presumed dead, from the announced records. */
  presumedDead: number;
  presumedDates: string[];
  /** Records whose toll was later revised: announced and revised numbers. */
  revised: { id: string; date: string; from: number; to: number }[];
  /** Strikes that had happened by the date but were announced later. */
  pending: { id: string; date: string; announced: string; strikes: number; killed: number }[];
  lowReliability: { id: string; published: string }[];
  byRegion: Record<Region, { strikes: number; killed: number }>;
}

/** What had been announced by `iso` (inclusive), summed from the records. */
export function totalsAt(strikes: readonly StrikeInput[], iso: string): Totals {
  const totals: Totals = {
    date: iso,
    records: 0,
    strikes: 0,
    vessels: 0,
    killed: 0,
    presumedDead: 0,
    presumedDates: [],
    revised: [],
    pending: [],
    lowReliability: [],
    byRegion: { caribbean: { strikes: 0, killed: 0 }, 'eastern-pacific': { strikes: 0, killed: 0 }, unspecified: { strikes: 0, killed: 0 } },
  };
  for (const strike of orderStrikes(strikes)) {
    const known = knownDate(strike);
    if (known !== null && known <= iso) {
      totals.records += 1;
      totals.strikes += strike.strikesInRow;
      totals.vessels += strike.vessels;
      totals.killed += strike.killed;
      totals.byRegion[strike.region].strikes += strike.strikesInRow;
      totals.byRegion[strike.region].killed += strike.killed;
      if (strike.presumedDead > 0) {
        totals.presumedDead += strike.presumedDead;
        totals.presumedDates.push(strike.date ?? known);
      }
      if (strike.killedLaterRevised !== null && strike.killedLaterRevised !== strike.killed) {
        totals.revised.push({ id: strike.id, date: strike.date ?? known, from: strike.killed, to: strike.killedLaterRevised });
      }
      if (strike.reliability === 'low') totals.lowReliability.push({ id: strike.id, published: known });
    } else if (strike.date !== null && strike.date <= iso && known !== null) {
      totals.pending.push({ id: strike.id, date: strike.date, announced: known, strikes: strike.strikesInRow, killed: strike.killed });
    }
  }
  return totals;
}

/**
 * The days on which the totals change (a strike happens or is announced), from the start of the date
 * control, in order. The state for a day is the one of the last change on or before it.
 */
export function changeDays(strikes: readonly StrikeInput[]): string[] {
  const { start } = dateDomain(strikes);
  const days = new Set<string>([start]);
  for (const strike of strikes) {
    for (const day of [strike.date, knownDate(strike)]) if (day !== null && day >= start) days.add(day);
  }
  return [...days].sort();
}

// ---------------------------------------------------------------------------------------------------------
// Marks

/** How a mark looks on a day: announced (filled), struck but not yet announced (hollow), or not yet (hidden). */
export type MarkState = 'announced' | 'pending' | 'later';

export function markState(mark: { known: string | null; struck: string | null }, iso: string): MarkState {
  if (mark.known !== null && mark.known <= iso) return 'announced';
  if (mark.struck !== null && mark.struck <= iso) return 'pending';
  return 'later';
}

/** Strikes with no stated region: listed beside the map, never placed on it. */
export function unplacedStrikes<T extends StrikeInput>(strikes: readonly T[]): T[] {
  return orderStrikes(strikes).filter((strike) => strike.region === 'unspecified');
}

/** The largest number killed in one record: the mark-size scale's top. */
export const maxKilled = (strikes: readonly StrikeInput[]) => Math.max(1, ...strikes.map((s) => s.killed));

/** "strike-7" is already the record id; the permalink target is the table row with that id. */
export const strikeRef = (strike: Pick<StrikeInput, 'id'>) => strike.id;
