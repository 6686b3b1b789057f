import { describe, expect, it } from 'vitest';
import { actorsInvolved, eventInterval, inCoreWindow, isPoint, orderEvents, partialInterval, strikesLeftOut, strikesPerWeek, type ChronologyEvent } from './model.ts';

const event = (id: string, start: string, extra: Partial<ChronologyEvent['date']> = {}): ChronologyEvent => ({
  id,
  date: { start, precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year', display: start, ...extra },
  title: `Title of ${id}`,
  label: id,
  actors: ['colombia'],
  phase: 'escalation',
});

describe('dates at their precision', () => {
  it('a month or a year covers the whole month or year, a day one day', () => {
    expect(partialInterval('2025-11')).toEqual({ start: new Date('2025-11-01'), end: new Date('2025-12-01') });
    expect(partialInterval('2024')).toEqual({ start: new Date('2024-01-01'), end: new Date('2025-01-01') });
    expect(partialInterval('2025-11-11')).toEqual({ start: new Date('2025-11-11'), end: new Date('2025-11-12') });
  });
  it('an approximate date is a span from its start to the end of its end', () => {
    expect(eventInterval({ start: '2025-09', end: '2025-09', precision: 'approximate', display: 'early September 2025' })).toEqual({
      start: new Date('2025-09-01'),
      end: new Date('2025-10-01'),
    });
  });
  it('only a single known day is drawn as a point', () => {
    expect(isPoint(event('a', '2025-11-11').date)).toBe(true);
    expect(isPoint(event('b', '2025-11').date)).toBe(false);
    expect(isPoint(event('c', '2025-11-11', { end: '2025-11-13', precision: 'approximate' }).date)).toBe(false);
  });
});

describe('ordering and windows', () => {
  it('orders by start, then end, then id, whatever the input order', () => {
    const events = [event('z', '2025-11-13'), event('b', '2025-11'), event('a', '2025-11-13'), event('m', '1993')];
    expect(orderEvents(events).map((e) => e.id)).toEqual(['m', 'b', 'a', 'z']);
    expect(orderEvents([...events].reverse()).map((e) => e.id)).toEqual(['m', 'b', 'a', 'z']);
  });
  it('puts events ending in September 2025 – January 2026 in the core window, the rest in the context', () => {
    expect(inCoreWindow(event('a', '2025-11-11'))).toBe(true);
    expect(inCoreWindow(event('b', '2026-01-07'))).toBe(true);
    expect(inCoreWindow(event('c', '1999'))).toBe(false);
    expect(inCoreWindow(event('d', '2024-01', { end: '2025-06', precision: 'month' }))).toBe(false);
  });
  it('lists the actors that take part, in the schema order', () => {
    const events = [{ ...event('a', '2025'), actors: ['venezuela', 'colombia'] as const }, { ...event('b', '2025'), actors: ['others'] as const }];
    expect(actorsInvolved(events)).toEqual(['colombia', 'venezuela', 'others']);
  });
});

describe('strikes per week', () => {
  const strikes = [
    { date: '2025-09-02', strikesInRow: 1 },
    { date: '2025-10-27', strikesInRow: 3 },
    { date: '2025-10-29', strikesInRow: 1 },
    { date: null, strikesInRow: 1 },
    { date: '2026-02-16', strikesInRow: 2 },
  ];
  const weeks = strikesPerWeek(strikes);
  it('counts strikes per Monday-to-Sunday week, a row of three as three', () => {
    expect(weeks.find((w) => w.week === '2025-09-01')?.strikes).toBe(1);
    expect(weeks.find((w) => w.week === '2025-10-27')?.strikes).toBe(4);
    expect(weeks.every((w) => w.start.getUTCDay() === 1 && w.end.getTime() - w.start.getTime() === 7 * 86_400_000)).toBe(true);
  });
  it('leaves out undated strikes and those outside the window, and shows empty weeks as zero', () => {
    expect(weeks.reduce((n, w) => n + w.strikes, 0)).toBe(5);
    expect(weeks.find((w) => w.week === '2025-09-08')?.strikes).toBe(0);
  });
  it('says what it left out: records without a strike date, and strikes outside the window', () => {
    expect(strikesLeftOut(strikes)).toEqual({ undatedRecords: 1, outsideWindow: 2 });
  });
});
