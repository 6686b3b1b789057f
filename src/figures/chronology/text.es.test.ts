import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { functionPaths, textShapeProblems } from '../../i18n/parity.ts';
import { PRECISIONS, eventSchema, strikeSchema } from '../../schemas/index.ts';
import { layoutNarrow, layoutWide, type PanelLayout, type TimelineLayout } from './layout.ts';
import { strikesLeftOut, strikesPerWeek } from './model.ts';
import * as en from './text.ts';
import * as es from './text.es.ts';
import { buildChronologyView, storySpans } from './view.ts';

// The inputs the view gives text.ts, from the records (as view.test.ts reads them).
const root = new URL('../../../', import.meta.url);
const read = (name: string) => parse(readFileSync(new URL(`content/${name}`, root), 'utf8')) as unknown[];
const events = read('events.yaml').map((record) => eventSchema.parse(record));
const strikes = read('strikes.yaml').map((record) => strikeSchema.parse(record));
const weeks = strikesPerWeek(strikes);
const view = buildChronologyView({ events, strikes });
const panelSlots = (panel: PanelLayout) => [
  ...[...panel.ticks, ...panel.highlights].flatMap((slot) => (slot.label ? [slot.label] : [])),
  ...(panel.cadence?.caption ? [panel.cadence.caption] : []),
];
const slots = (layout: TimelineLayout) => [...panelSlots(layout.context), ...panelSlots(layout.core), layout.breakLabel].map((slot) => [slot.says]);
const spanSamples = [[storySpans(strikes)], [{ weeks: 9, days: 2, laterStrikes: 0 }], [{ weeks: 1, days: 1, laterStrikes: 1 }], [{ weeks: 0, days: 0, laterStrikes: 24 }], [{ weeks: 30, days: 21, laterStrikes: 3 }]];
const marks = view.timelines.flatMap((timeline) => [...timeline.context.marks, ...timeline.core.marks]);

const samples: Record<string, unknown[][]> = {
  title: spanSamples,
  takeaway: spanSamples,
  timelineLabel: spanSamples,
  description: [[events.length]],
  notes: [[strikesLeftOut(strikes)], [{ outsideWindow: 0, undatedRecords: 0 }], [{ outsideWindow: 1, undatedRecords: 1 }], [{ outsideWindow: 3, undatedRecords: 2 }]],
  precisionTag: PRECISIONS.flatMap((precision) => [[precision], [precision, true]]),
  eventMeta: events.map((event) => [event.actors]),
  markLabel: marks.map((mark) => [mark]),
  says: [...slots(layoutWide(events, weeks)), ...slots(layoutNarrow(events, weeks)), [{ kind: 'break', compact: true }], [{ kind: 'break', compact: false }]],
  cadenceKey: [[Math.max(1, ...weeks.map((week) => week.strikes))], [1]],
};

describe('the Spanish words of Figure 1 (text.es.ts)', () => {
  it('exports the same names as text.ts, each of the same kind', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const name of Object.keys(en)) expect(typeof es[name as keyof typeof es], name).toBe(typeof en[name as keyof typeof en]);
  });

  it('says something wherever the English does, for every input the view gives', () => {
    expect(functionPaths(en).filter((path) => !(path in samples))).toEqual([]);
    expect(textShapeProblems(en, es, 'chronology', samples)).toEqual([]);
  });

  it('is Spanish, with no gaps in its sentences', () => {
    expect(es.title({ weeks: 9, days: 2, laterStrikes: 0 })).toBe('Nueve semanas de escalada, dos días de suspensión');
    expect(es.title({ weeks: 1, days: 1, laterStrikes: 0 })).toBe('Una semana de escalada, un día de suspensión');
    expect(es.says({ kind: 'highlight', day: 'reversal' })).toBe('13 nov.: marcha atrás');
    expect(es.says({ kind: 'tick', unit: 'month', date: new Date(Date.UTC(2025, 8, 1)), withYear: true })).toBe('sept. 2025');
    expect(es.notes({ outsideWindow: 3, undatedRecords: 1 })[2]).toMatch(/; 3 ataques posteriores quedan fuera del panel, y se omite 1 registro sin fecha del ataque\.$/);
    expect(es.precisionTag('month')).toBe('fechado por mes');
    // An open start is said in both editions (the decertification is known only to have happened by 13 November).
    expect(es.precisionTag('day', true)).toBe('inicio desconocido');
    expect(es.says({ kind: 'highlight-day', day: 'suspension' })).toBe('11 nov.');
    expect(es.says({ kind: 'tick', unit: 'day', date: new Date(Date.UTC(2025, 10, 12)), withYear: false })).toBe('12');
    const out = JSON.stringify([es, ...Object.entries(samples).map(([name, calls]) => calls.map((args) => (es[name as keyof typeof es] as (...a: unknown[]) => unknown)(...args)))]);
    expect(out).not.toMatch(/undefined|NaN|\[object/);
  });
});
