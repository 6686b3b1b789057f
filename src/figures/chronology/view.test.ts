import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { eventSchema, strikeSchema } from '../../schemas/index.ts';
import { overlaps } from '../kit/text.ts';
import { symbolPath } from '../kit/symbols.ts';
import { buildChronologyView, type PanelView } from './view.ts';
import { crossings } from './labelOrder.ts';

const root = new URL('../../../', import.meta.url);
const read = (name: string) => parse(readFileSync(new URL(`content/${name}`, root), 'utf8')) as unknown[];
const events = read('events.yaml').map((record) => eventSchema.parse(record));
const strikes = read('strikes.yaml').map((record) => strikeSchema.parse(record));
const view = buildChronologyView({ events, strikes });
const [wide, narrow] = view.timelines;
const panels = (timeline: typeof wide) => [timeline!.context, timeline!.core];
const labelBoxes = (panel: PanelView) => panel.marks.map((mark) => ({ ...mark.label.box, y: mark.label.box.y + panel.offsetY }));

describe('the chronology view', () => {
  it('lists every event once, in time order, and draws it once in each graphic', () => {
    const ids = events.map((event) => `event-${event.id}`);
    expect([...view.list.items.map((item) => item.id)].sort()).toEqual([...ids].sort());
    for (const timeline of view.timelines) {
      expect(panels(timeline).flatMap((panel) => panel.marks.map((mark) => mark.ref))).toEqual(view.list.items.map((item) => item.id));
    }
  });

  it('keeps the words of the figure (an editorial pass changes them in text.ts)', () => {
    expect(view.figure).toMatchObject({ name: 'chronology', number: 1, title: 'Ten weeks of escalation, two days of suspension', csvPath: 'data/chronology.csv' });
    expect(view.figure.description).toMatch(new RegExp(`^A timeline of ${events.length} events\\. `));
    expect(wide!.ariaLabel).toBe('Ten weeks of escalation, two days of suspension: timeline');
    // Derived from the records: 2 September to 11 November 2025 is ten whole weeks; the strikes went on after.
    expect(view.figure.takeaway).toMatch(/^Colombia's suspension \(11 November 2025\) and its reversal two days later came after ten weeks of U\.S\. boat strikes, sanctions and public feuding; Colombia said it would keep sharing intelligence, and the strikes went on \(our records date \d+ more after it\)\.$/);
    expect(view.figure.takeaway).not.toMatch(/outlasted/);
    expect(view.filter.actors.map((actor) => actor.name)).toEqual(['Colombia', 'United States', 'Venezuela', 'United Kingdom', 'Netherlands', 'Others']);
    expect(view.legend.symbols.map((symbol) => symbol.text)).toEqual(['Known day, Colombia acts', 'Known day, U.S. acts', 'Known day, Venezuela', 'Known day, others']);
    expect(wide!.core.highlights.map((highlight) => highlight.label?.text)).toEqual(['11 Nov: suspension', '13 Nov: reversal']);
    expect(narrow!.core.highlights.map((highlight) => highlight.label?.text)).toEqual(['11 Nov', '13 Nov']);
    expect(wide!.context.ticks[0]!.label?.text).toBe('1990');
  });

  it('counts the strikes the weekly bars leave out from the records', () => {
    const undated = strikes.filter((strike) => strike.date === null).length;
    const later = strikes.filter((strike) => strike.date !== null && strike.date >= '2026-02-01').reduce((n, strike) => n + strike.strikesInRow, 0);
    const note = view.figure.notes[2]!;
    if (later > 0) expect(note).toContain(`; ${later} later strikes fall outside the panel`);
    if (undated > 0) expect(note).toContain(`, and ${undated} record with no strike date is left out`);
    const tallest = Math.max(...wide!.core.cadence!.bars.map((bar) => bar.height));
    expect(tallest).toBe(30);
    expect(wide!.core.cadence!.caption!.text).toMatch(/^U\.S\. strikes on boats per week \(tallest bar: \d+\)$/);
  });

  it('describes each event in the list and on its mark', () => {
    const order = view.list.items.find((item) => item.id === 'event-suspension-order')!;
    expect(order.phaseName).toBe('Suspension');
    expect(order.meta).toMatch(/^Who: Colombia(, [A-Z][\w ]+)*\.$/);
    expect(order.dating).toMatch(/^EL PAÍS published on Thursday 13 November 2025; its “Tuesday night”/);
    const mark = wide!.core.marks.find((m) => m.ref === 'event-suspension-order')!;
    expect(mark.ariaLabel).toBe(`${mark.label.lines.join(' ')}: ${mark.display}. ${mark.title}`);
    const span = view.list.items.find((item) => events.find((event) => `event-${event.id}` === item.id)!.date.precision === 'approximate');
    expect(span?.precisionTag).toBe('approximate date');
  });

  it('draws the legend’s shapes with the kit, sized to fit their swatch', () => {
    const { symbol } = view.legend.swatches;
    expect(view.legend.symbols[0]!.path).toBe(symbolPath('circle', 8, 9, 5));
    for (const { path } of view.legend.symbols) {
      const numbers = [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      for (const [x, y] of numbers) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(symbol.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(symbol.height);
      }
    }
  });

  for (const timeline of [wide!, narrow!]) {
    it(`${timeline.className}: no two labels overlap, and every label is inside the graphic`, () => {
      const boxes = panels(timeline).flatMap(labelBoxes);
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${i} ${j}`).toBe(false);
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(timeline.width);
        expect(box.y + box.height).toBeLessThanOrEqual(timeline.height);
      }
    });
  }

  it('lets no label of the wide context panel sit across another event’s leader line, and the core panel fewer than its usual layout would', () => {
    const crossed = (panel: PanelView) =>
      crossings(panel.marks).map(([label, leader]) => `"${panel.marks[label]!.label.lines.join(' ')}" over the leader of ${panel.marks[leader]!.ref}`);
    // "Egmont Group suspends Colombia" and "85% of Key West intelligence" sat across two leaders (issue #14).
    expect(crossed(wide!.context)).toEqual([]);
    // The core panel's crowded weeks: the layout takes the fewest crossings of the layouts it tries (panels.ts).
    expect(crossed(wide!.core).length).toBeLessThan(5);
  });

  it('is the same whatever order the records come in', () => {
    expect(buildChronologyView({ events: [...events].reverse(), strikes: [...strikes].reverse() })).toEqual(view);
  });
});

describe('an event with an open start', () => {
  it('sorts by its last known date, after the events that start that day, and is drawn with an open start', () => {
    const ids = view.list.items.map((item) => item.id);
    const withheld = ids.indexOf('event-us-withholds-military-intelligence');
    expect(withheld).toBeGreaterThan(ids.indexOf('event-benedetti-misinterpretation'));
    expect(withheld).toBeGreaterThan(ids.indexOf('event-suspension-order'));
    expect(ids.indexOf('event-us-decertifies-colombia')).toBeGreaterThan(ids.indexOf('event-suspension-order'));
    const mark = wide!.core.marks.find((m) => m.ref === 'event-us-withholds-military-intelligence')!;
    expect(mark.kind).toBe('span');
    expect(mark.clippedStart).toBe(true);
    expect(mark.clippedEnd).toBe(false);
    expect(mark.openEnds).toHaveLength(1);
    expect(view.list.items[withheld]!.precisionTag).toBe('start not known');
  });
});

describe('the core panel’s centre: the suspension and the reversal', () => {
  const days = (panel: PanelView) => panel.highlights.map(({ line }) => line);
  it('centres the shaded focus days (10–14 November) and the two highlighted days on the core panel, wide and narrow', () => {
    const [wideFocus, narrowFocus] = [wide!.core.focus!, narrow!.core.focus!];
    const { axis: wideAxis } = wide!.core;
    expect(wideFocus.x + wideFocus.width / 2).toBeCloseTo((wideAxis.x1 + wideAxis.x2) / 2, 0);
    const [suspension, reversal] = days(wide!.core);
    expect((suspension!.x1 + reversal!.x1) / 2).toBeCloseTo((wideAxis.x1 + wideAxis.x2) / 2, 0);
    const { axis: narrowAxis } = narrow!.core;
    expect(narrowFocus.y + narrowFocus.height / 2).toBeCloseTo((narrowAxis.y1 + narrowAxis.y2) / 2, 0);
    const [down, up] = days(narrow!.core);
    expect((down!.y1 + up!.y1) / 2).toBeCloseTo((narrowAxis.y1 + narrowAxis.y2) / 2, 0);
  });

  it('gives the focus days at least 40 px a day on a 375 px phone, and the wide graphic 60 units a day', () => {
    // At 375 px the narrow graphic (360 units wide) is shown at least 320 px wide: 0.89 px a unit.
    const perDay = (length: number) => length / 5;
    expect(perDay(narrow!.core.focus!.height) * (320 / narrow!.width)).toBeGreaterThanOrEqual(40);
    expect(perDay(wide!.core.focus!.width)).toBeGreaterThanOrEqual(60);
    // Before the rework the two days were a 13 px sliver: now 11 to 13 November are over 100 px apart on a phone.
    const [down, up] = days(narrow!.core);
    expect((up!.y1 - down!.y1) * (320 / narrow!.width)).toBeGreaterThan(100);
    // Elsewhere in the window a day is narrower than in the focus, at least five times over.
    const rest = (wide!.core.axis.x2 - wide!.core.axis.x1 - wide!.core.focus!.width) / (153 - 5);
    expect(perDay(wide!.core.focus!.width) / rest).toBeGreaterThan(5);
  });

  it('draws the suspension and the reversal inside the focus, and ticks each focus day by its number', () => {
    for (const timeline of [wide!, narrow!]) {
      const { focus, marks } = timeline.core;
      for (const ref of ['event-suspension-order', 'event-benedetti-misinterpretation', 'event-sanchez-continuous-flow']) {
        const mark = marks.find((m) => m.ref === ref)!;
        expect(mark.focus, ref).toBe(true);
        expect(mark.recede, ref).toBe(false);
        const along = timeline === wide ? [mark.x, focus!.x, focus!.x + focus!.width] : [mark.y, focus!.y, focus!.y + focus!.height];
        expect(along[0]).toBeGreaterThan(along[1]!);
        expect(along[0]).toBeLessThan(along[2]!);
      }
    }
    expect(wide!.core.ticks.flatMap((tick) => (tick.label && /^\d+$/.test(tick.label.text) ? [tick.label.text] : []))).toEqual(['10', '11', '12', '13', '14']);
    // The narrow graphic names the highlighted days in its tick column instead of numbering them.
    expect(narrow!.core.ticks.flatMap((tick) => (tick.label && /^\d+$/.test(tick.label.text) ? [tick.label.text] : []))).toEqual(['10', '12', '14']);
  });

  it('draws long and open-ended spans receding: thinner bars, and only spans', () => {
    for (const timeline of [wide!, narrow!]) {
      const marks = panels(timeline).flatMap((panel) => panel.marks);
      const receding = marks.filter((mark) => mark.recede);
      // Every open start, every span longer than a week: the decertification, the UK and Dutch limits, the Maduro raid…
      for (const ref of ['event-us-decertifies-colombia', 'event-us-withholds-military-intelligence', 'event-uk-netherlands-limit-intelligence', 'event-maduro-raid', 'event-strikes-begin', 'event-cooperation-grows-1990s']) {
        expect(receding.map((mark) => mark.ref), ref).toContain(ref);
      }
      expect(receding.every((mark) => mark.kind === 'span')).toBe(true);
      const across = (mark: (typeof marks)[number]) => ('bar' in mark.shape ? Math.min(mark.shape.bar.width, mark.shape.bar.height) : Infinity);
      expect(Math.max(...receding.map(across))).toBeLessThan(Math.min(...marks.filter((mark) => mark.kind === 'span' && !mark.recede).map(across)));
      // The three-day coordination span inside the focus is part of the story: drawn in full.
      expect(marks.find((mark) => mark.ref === 'event-petro-seizures-coordination')!.recede).toBe(false);
    }
  });

  it('keeps spans off the days’ lanes, so a tap on a day never lands on a span', () => {
    for (const timeline of [wide!, narrow!]) {
      const { marks } = timeline.core;
      const across = (mark: (typeof marks)[number]) => (timeline === wide ? mark.y : mark.x);
      const points = marks.filter((mark) => mark.kind === 'point').map(across);
      const spans = marks.filter((mark) => mark.kind === 'span').map(across);
      const nearest = Math.min(...spans.flatMap((span) => points.map((point) => Math.abs(span - point))));
      expect(nearest).toBeGreaterThanOrEqual(timeline === wide ? 26 : 20);
    }
  });
});
