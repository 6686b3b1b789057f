/**
 * The briefing's key facts, written around the numbers and dates of the records they cite, so that the page
 * types no story number: the counts come from the figure records and the strike records, the dates from the
 * events. The values are derived here once; each edition's sentences (sentences.ts) are written around them.
 * A record the briefing needs that is missing stops the build with one line.
 */
import type { EventRecord, FigureRecord, StrikeRecord } from '../data/site.ts';
import { DEFAULT_DATE, totalsAt } from '../figures/strikes/model.ts';
import { dayCount } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { SENTENCES } from './sentences.ts';

export interface KeyFact {
  text: string;
  /** Citation ids (content/citations.yaml) the fact rests on. */
  sources: string[];
}

interface FactData {
  events: readonly EventRecord[];
  figures: readonly FigureRecord[];
  strikes: readonly StrikeRecord[];
}

/** What the key facts say, from the records: ISO dates, counts and the figure records themselves. */
export interface FactValues {
  /** The day Petro ordered the suspension, and the day his government reversed it. */
  ordered: string;
  reversed: string;
  /** The strike count and death toll reported by 13 November, and our strike records' toll as announced. */
  reportedStrikes: number;
  reportedKilled: number;
  killedAsAnnounced: number;
  /** The days of the strikes whose survivor, never found, is presumed dead. */
  presumedDates: string[];
  /** The Key West share, and the period it covers (the figure's words; the event's ISO months). */
  keyWest: FigureRecord;
  keyWestFrom: string;
  keyWestTo: string;
  seized: FigureRecord;
  /** The month of the general's CNN interview (YYYY-MM). */
  interviewMonth: string;
}

export function byId<T extends { id: string }>(records: readonly T[], id: string, kind: string): T {
  const found = records.find((record) => record.id === id);
  if (!found) throw new Error(`briefing: no ${kind} record "${id}"`);
  return found;
}

const day = (event: EventRecord): string => event.date.start ?? event.date.end ?? '';

export function factValues({ events, figures, strikes }: FactData): FactValues {
  const keyWestEvent = byId(events, 'key-west-intelligence-share', 'event');
  const atReversal = totalsAt(strikes, DEFAULT_DATE);
  return {
    ordered: day(byId(events, 'suspension-order', 'event')),
    reversed: day(byId(events, 'benedetti-misinterpretation', 'event')),
    reportedStrikes: byId(figures, 'strikes-19-by-13-nov', 'figure').value,
    reportedKilled: byId(figures, 'strike-deaths-76', 'figure').value,
    killedAsAnnounced: atReversal.killed,
    presumedDates: atReversal.presumedDates,
    keyWest: byId(figures, 'intelligence-share-key-west-85pct', 'figure'),
    keyWestFrom: keyWestEvent.date.start ?? '',
    keyWestTo: keyWestEvent.date.end ?? keyWestEvent.date.start ?? '',
    seized: byId(figures, 'cocaine-seized-446t', 'figure'),
    interviewMonth: (byId(events, 'police-seizures-interview', 'event').date.end ?? '').slice(0, 7),
  };
}

/** The passages each key fact rests on, in the order of the facts, the same in both editions. */
const FACT_SOURCES: readonly string[][] = [
  ['petro-order-tuesday-night', 'petro-condition-caribbean'],
  ['benedetti-misinterpretation', 'sanchez-continuous-flow'],
  ['strikes-19-76', 'strikes-75-nov-9', 'oct-27-survivor'],
  ['dickinson-key-west-85'],
  ['seizures-interview-this-week', 'seizures-446', 'sanchez-silvestre-essential'],
];

export function keyFacts(data: FactData, locale: Locale = 'en'): KeyFact[] {
  const texts = SENTENCES[locale].keyFacts(factValues(data));
  if (texts.length !== FACT_SOURCES.length) throw new Error(`briefing: ${texts.length} key facts in ${locale}, ${FACT_SOURCES.length} expected`);
  return texts.map((text, i) => ({ text, sources: [...FACT_SOURCES[i]!] }));
}

/** How many days the suspension lasted, from the order and the reversal records. */
export function suspensionDays(events: readonly EventRecord[]): number {
  const from = day(byId(events, 'suspension-order', 'event'));
  const to = day(byId(events, 'benedetti-misinterpretation', 'event'));
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** How long the suspension lasted, in words ("two days" / "dos días"); `adjective`: "two-day" / "de dos días". */
export const suspensionLength = (events: readonly EventRecord[], locale: Locale = 'en', options: { adjective?: boolean } = {}): string =>
  dayCount(locale, suspensionDays(events), options);

/** The briefing's standfirst: when the suspension was ordered and how long it lasted, from the events. */
export const briefingDek = (events: readonly EventRecord[], locale: Locale = 'en'): string =>
  SENTENCES[locale].dek(day(byId(events, 'suspension-order', 'event')), suspensionLength(events, locale));
