/**
 * The briefing's key facts, written around the numbers and dates of the records they cite, so that the page
 * types no story number: the counts come from the figure records and the strike records, the dates from the
 * events. A record the briefing needs that is missing stops the build with one line.
 */
import type { EventRecord, FigureRecord, StrikeRecord } from '../data/site.ts';
import { formatIsoDate } from '../figures/kit/dates.ts';
import { DEFAULT_DATE, totalsAt } from '../figures/strikes/model.ts';

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

function byId<T extends { id: string }>(records: readonly T[], id: string, kind: string): T {
  const found = records.find((record) => record.id === id);
  if (!found) throw new Error(`briefing: no ${kind} record "${id}"`);
  return found;
}

/** "2025-11-13" → "13 November"; the year is said once, where the story starts. */
const dayMonth = (iso: string) => formatIsoDate(iso).replace(/ \d{4}$/, '');

export function keyFacts({ events, figures, strikes }: FactData): KeyFact[] {
  const order = byId(events, 'suspension-order', 'event');
  const reversal = byId(events, 'benedetti-misinterpretation', 'event');
  const reported = byId(figures, 'strikes-19-by-13-nov', 'figure');
  const reportedKilled = byId(figures, 'strike-deaths-76', 'figure');
  const keyWest = byId(figures, 'intelligence-share-key-west-85pct', 'figure');
  const seized = byId(figures, 'cocaine-seized-446t', 'figure');
  const atReversal = totalsAt(strikes, DEFAULT_DATE);
  const presumed = atReversal.presumedDates.map(dayMonth).join(' and ');
  const difference = reportedKilled.value - atReversal.killed;

  return [
    {
      text: `On the night of Tuesday ${formatIsoDate(order.date.start ?? '')}, President Gustavo Petro ordered Colombia’s intelligence services to stop sending information to U.S. agencies for as long as U.S. missile strikes on boats in the Caribbean continued.`,
      sources: ['petro-order-tuesday-night', 'petro-condition-caribbean'],
    },
    {
      text: `On ${dayMonth(reversal.date.start ?? '')} his government reversed course: Interior Minister Armando Benedetti called the suspension a misinterpretation, and Defense Minister Pedro Sánchez promised a continuous flow of information.`,
      sources: ['benedetti-misinterpretation', 'sanchez-continuous-flow'],
    },
    {
      text:
        `By then, ${reported.value} U.S. strikes on alleged drug boats since early September had killed ${reportedKilled.value} people, according to Pentagon announcements. ` +
        `Our strike records give ${atReversal.killed} killed as announced` +
        (difference > 0 && presumed !== ''
          ? `; the difference is probably the survivor of the ${presumed} strikes, never found (our research data’s inference).`
          : '.'),
      sources: ['strikes-19-76', 'strikes-75-nov-9', 'oct-27-survivor'],
    },
    {
      text: `Colombia matters to U.S. interdiction: by one congressional figure, ${keyWest.value}% of the intelligence gathered at the Key West base from ${keyWest.period.replace(' – ', ' to ')} came from Colombia.`,
      sources: ['dickinson-key-west-85'],
    },
    {
      text: `In January 2026, Colombian Brig. Gen. Ricardo Sánchez-Silvestre told CNN “we have seized ${seized.value} tons of cocaine hydrochloride” “this year” (CNN does not say what the tally covers), and called the cooperation with U.S. agencies “essential”.`,
      sources: ['seizures-interview-this-week', 'seizures-446', 'sanchez-silvestre-essential'],
    },
  ];
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** How long the suspension lasted, in words, from the order and the reversal records ("two days"). */
export function suspensionLength(events: readonly EventRecord[]): string {
  const from = byId(events, 'suspension-order', 'event').date.start ?? '';
  const to = byId(events, 'benedetti-misinterpretation', 'event').date.start ?? '';
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return `${NUMBER_WORDS[days] ?? days} ${days === 1 ? 'day' : 'days'}`;
}

/** The briefing's standfirst: when the suspension was ordered and how long it lasted, from the events. */
export function briefingDek(events: readonly EventRecord[]): string {
  const order = byId(events, 'suspension-order', 'event');
  return `Colombia suspended intelligence sharing with the United States on ${formatIsoDate(order.date.start ?? '')} over U.S. strikes on alleged drug boats, and reversed course ${suspensionLength(events)} later.`;
}
