import { describe, expect, it } from 'vitest';
import {
  CORE_DOMAIN,
  eventInterval,
  inCoreWindow,
  isPoint,
  layoutHorizontal,
  layoutVertical,
  markPositions,
  orderEvents,
  partialInterval,
  strikeCadence,
  type ChronologyEvent,
} from './chronology.ts';
import { overlaps } from '../figures/kit/text.ts';

const event = (id: string, start: string, extra: Partial<ChronologyEvent['date']> = {}, label = id): ChronologyEvent => ({
  id,
  date: { start, precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year', display: start, ...extra },
  title: `Title of ${id}`,
  label,
  actors: ['colombia'],
  phase: 'escalation',
});

const options = { width: 1000, fontSize: 13, lineHeight: 16, maxLabelWidth: 150, margin: 24, ticks: 'months' as const };

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
});

describe('horizontal layout', () => {
  const crowded = [
    event('ford', '2025-11-11', {}, 'USS Gerald R. Ford arrives'),
    event('suspension', '2025-11-11', {}, 'Petro suspends sharing'),
    event('benedetti', '2025-11-13', {}, 'Benedetti: misinterpretation'),
    event('sanchez', '2025-11-13', {}, 'Sánchez: continuous flow'),
    event('vance', '2025-11-04', {}, 'Petro turns to Vance'),
    event('post', '2025-10', {}, 'Trump post'),
    event('decert', '2025', { end: '2025-11-13', precision: 'approximate' }, 'U.S. decertifies Colombia'),
  ];
  const panel = layoutHorizontal(crowded, CORE_DOMAIN, options);

  it('never lets two labels overlap, even for events on the same day', () => {
    const boxes = panel.marks.map((mark) => mark.label.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });
  it('keeps labels inside the panel', () => {
    for (const { label } of panel.marks) {
      expect(label.box.x).toBeGreaterThanOrEqual(0);
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(options.width);
      expect(label.box.y).toBeGreaterThanOrEqual(0);
    }
  });
  it('is deterministic: the same input in any order gives the same layout', () => {
    expect(layoutHorizontal([...crowded].reverse(), CORE_DOMAIN, options)).toEqual(panel);
  });
  it('stacks same-day marks instead of drawing them on top of each other', () => {
    const ford = panel.marks.find((m) => m.id === 'ford')!;
    const suspension = panel.marks.find((m) => m.id === 'suspension')!;
    expect(ford.x).toBe(suspension.x);
    expect(ford.y).not.toBe(suspension.y);
  });
  it('draws a span from its start to its end, and marks one that starts before the panel as open', () => {
    const decert = panel.marks.find((m) => m.id === 'decert')!;
    expect(decert.kind).toBe('span');
    expect(decert.clippedStart).toBe(true);
    expect(decert.x).toBe(options.margin);
    const post = panel.marks.find((m) => m.id === 'post')!;
    expect(post.x2 - post.x).toBeGreaterThan(150);
  });
  it('keeps time linear: equal gaps in days give equal gaps in x', () => {
    const days = ['2025-09-10', '2025-10-10', '2025-11-09'].map((d) => event(d, d));
    const [a, b, c] = layoutHorizontal(days, CORE_DOMAIN, options).marks;
    expect(b!.x - a!.x).toBeCloseTo(c!.x - b!.x, 0);
  });
});

describe('vertical layout', () => {
  const events = ['2025-11-11', '2025-11-11', '2025-11-12', '2025-11-13', '2025-11-13', '2025-09-02'].map((d, i) => event(`e${i}`, d, {}, `A fairly long label for event number ${i}`));
  const panel = layoutVertical(events, CORE_DOMAIN, { ...options, width: 360, axisX: 92, minLength: 600, ticks: 'months' });
  it('stacks labels down one column without overlap, in time order', () => {
    const boxes = panel.marks.map((m) => m.label.box);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);
  });
  it('fits the labels in a 360-wide view', () => {
    for (const { label } of panel.marks) expect(label.box.x + label.box.width).toBeLessThanOrEqual(360);
  });
});

describe('strike cadence', () => {
  const strikes = [
    { date: '2025-09-02', strikesInRow: 1 },
    { date: '2025-10-27', strikesInRow: 3 },
    { date: '2025-10-29', strikesInRow: 1 },
    { date: null, strikesInRow: 1 },
    { date: '2026-02-16', strikesInRow: 1 },
  ];
  const weeks = strikeCadence(strikes, [0, 1000]);
  it('counts strikes per Monday-to-Sunday week, a row of three as three', () => {
    expect(weeks.find((w) => w.week === '2025-09-01')?.strikes).toBe(1);
    expect(weeks.find((w) => w.week === '2025-10-27')?.strikes).toBe(4);
  });
  it('leaves out undated strikes and those outside the window, and shows empty weeks as zero', () => {
    expect(weeks.reduce((n, w) => n + w.strikes, 0)).toBe(5);
    expect(weeks.find((w) => w.week === '2025-09-08')?.strikes).toBe(0);
    expect(weeks.at(-1)!.end).toBeLessThanOrEqual(1000);
  });
});

describe('markPositions', () => {
  it('gives overlapping spans different lanes', () => {
    const positions = markPositions([event('a', '2025-09'), event('b', '2025-09'), event('c', '2025-12-01')], CORE_DOMAIN, [0, 1000]);
    expect(positions.map((p) => p.lane)).toEqual([0, 1, 0]);
  });
});
