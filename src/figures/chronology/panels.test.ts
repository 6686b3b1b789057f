import { describe, expect, it } from 'vitest';
import { overlaps } from '../kit/text.ts';
import { symbolPath } from '../kit/symbols.ts';
import { CORE_DOMAIN, type ChronologyEvent } from './model.ts';
import { layoutHorizontal, layoutVertical, markPositions } from './panels.ts';
import { FOCUS_SHARE, timeScale } from './scale.ts';

const event = (id: string, start: string, extra: Partial<ChronologyEvent['date']> = {}, label = id): ChronologyEvent => ({
  id,
  date: { start, precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year', display: start, ...extra },
  title: `Title of ${id}`,
  label,
  actors: ['colombia'],
  phase: 'escalation',
});

const options = { width: 1000, fontSize: 13, lineHeight: 16, maxLabelWidth: 150, margin: 24, ticks: 'months' as const };

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
    // An open start recedes: a thinner bar (6 across), its chevron as wide.
    expect(decert.recede).toBe(true);
    expect(decert.openEnds).toEqual([`M${decert.x + 6},${decert.y - 3}L${decert.x - 2},${decert.y}L${decert.x + 6},${decert.y + 3}`]);
    const post = panel.marks.find((m) => m.id === 'post')!;
    // A month outside the focus is compressed: 31 of the 148 days left beside it.
    expect(post.x2 - post.x).toBeGreaterThan(100);
    // A month-long span recedes too; a point never does.
    expect(post.recede).toBe(true);
    expect(post.shape).toEqual({ bar: { x: post.x, y: post.y - 3, width: expect.closeTo(post.x2 - post.x, 1), height: 6, rx: 3 } });
    expect(panel.marks.filter((m) => m.kind === 'point').every((m) => !m.recede)).toBe(true);
    expect(post.openEnds).toEqual([]);
  });
  it('draws a known day as its first actor’s symbol from the kit', () => {
    const ford = panel.marks.find((m) => m.id === 'ford')!;
    expect(ford.shape).toEqual({ path: symbolPath('circle', ford.x, ford.y, 6) });
    const us = layoutHorizontal([{ ...event('us', '2025-11-11'), actors: ['united-states', 'colombia'] }], CORE_DOMAIN, options).marks[0]!;
    expect(us.shape).toEqual({ path: symbolPath('square', us.x, us.y, 6) });
  });
  it('joins each label to its mark: the leader rises from the mark to the label’s last line', () => {
    for (const { x, y, label } of panel.marks) {
      const [from, to] = label.leader.split(' ').map((point) => point.split(',').map(Number));
      expect(from).toEqual([x, y - 6]);
      expect(to![0]).toBe(x);
      expect(to![1]).toBeGreaterThanOrEqual(label.box.y);
      expect(to![1]).toBeLessThanOrEqual(label.box.y + label.box.height);
    }
  });
  it('never lets a label cover another event’s leader line', () => {
    for (const mark of panel.marks) {
      const [[x, y1], [, y2]] = mark.label.leader.split(' ').map((point) => point.split(',').map(Number)) as [[number, number], [number, number]];
      const leader = { x: x - 0.5, y: y2, width: 1, height: y1 - y2 };
      for (const other of panel.marks) if (other !== mark) expect(overlaps(other.label.box, leader)).toBe(false);
    }
  });
  it('keeps time linear: equal gaps in days give equal gaps in x', () => {
    const days = ['2025-09-10', '2025-10-10', '2025-11-09'].map((d) => event(d, d));
    const [a, b, c] = layoutHorizontal(days, CORE_DOMAIN, options).marks;
    expect(b!.x - a!.x).toBeCloseTo(c!.x - b!.x, 0);
  });
  it('ticks each month, with the year on the first month and on January', () => {
    expect(panel.ticks.filter((tick) => tick.unit === 'month').map((tick) => [tick.date.toISOString().slice(0, 7), tick.withYear])).toEqual([
      ['2025-09', true],
      ['2025-10', false],
      ['2025-11', false],
      ['2025-12', false],
      ['2026-01', true],
    ]);
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
  it('bends each leader from its mark to the middle of its label’s first line', () => {
    for (const { x, y, label } of panel.marks) {
      const points = label.leader.split(' ').map((point) => point.split(',').map(Number));
      expect(points[0]).toEqual([x + 6, y]);
      expect(points.at(-1)![0]).toBeLessThan(label.box.x);
      expect(points.at(-1)![1]).toBeCloseTo(label.box.y + 8, 0);
    }
  });
});

describe('markPositions', () => {
  it('gives overlapping spans different lanes, beyond the days’ lanes and an empty one', () => {
    const positions = markPositions([event('a', '2025-09'), event('b', '2025-09'), event('c', '2025-12-01')], CORE_DOMAIN, [0, 1000]);
    expect(positions.map((p) => p.lane)).toEqual([2, 3, 0]);
    expect(markPositions([event('a', '2025-09'), event('b', '2025-09')], CORE_DOMAIN, [0, 1000]).map((p) => p.lane)).toEqual([0, 1]);
  });
});

describe('the core window’s scale', () => {
  it('gives the focus days their share of the range, centred on it, and is linear on each side of them', () => {
    const scale = timeScale(CORE_DOMAIN, [0, 1000]);
    const { focus } = CORE_DOMAIN;
    expect(scale(focus!.start)).toBeCloseTo(500 - (1000 * FOCUS_SHARE) / 2, 6);
    expect(scale(focus!.end)).toBeCloseTo(500 + (1000 * FOCUS_SHARE) / 2, 6);
    // The middle of 11–13 November is the middle of the range.
    expect(scale(new Date('2025-11-12T12:00:00Z'))).toBeCloseTo(500, 6);
    const day = (iso: string) => scale(new Date(iso));
    expect(day('2025-10-02') - day('2025-10-01')).toBeCloseTo(day('2025-09-02') - day('2025-09-01'), 6);
    expect(day('2025-11-12') - day('2025-11-11')).toBeGreaterThan(10 * (day('2025-10-02') - day('2025-10-01')));
    // A window without a focus stays linear.
    const plain = timeScale({ start: CORE_DOMAIN.start, end: CORE_DOMAIN.end }, [0, 1000]);
    expect(plain(new Date('2025-11-12T12:00:00Z'))).not.toBeCloseTo(500, 0);
  });
});
