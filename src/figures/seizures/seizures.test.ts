import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { figureSchema, seizureSchema } from '../../schemas/index.ts';
import { textBox } from '../kit/phrases.ts';
import { overlaps } from '../kit/text.ts';
import { formatNumber } from '../kit/format.ts';
import { tonnesAxis, type MainLayout } from './layout.ts';
import { layoutColumns } from './layout-columns.ts';
import { layoutRows } from './layout-rows.ts';
import { DAYS_IN_YEAR, perDayCheck, refFor, seizureModel, tonnesData } from './model.ts';
import { panels, type PanelLayout } from './panels.ts';
import { seizureTableGroups } from './tables.ts';
import { attribution, formatFigure, formatTonnes, markAria, seizureFlags, seizureValue } from './text.ts';

const root = join(import.meta.dirname, '../../..');
const seizures = seizureSchema.array().parse(parse(readFileSync(join(root, 'content/seizures.yaml'), 'utf8')));
const figures = figureSchema.array().parse(parse(readFileSync(join(root, 'content/figures.yaml'), 'utf8')));
const model = seizureModel(seizures, figures);
const slot = (year: number) => model.slots.find((s) => s.year === year)!;
const text = (layout: MainLayout | PanelLayout) => layout.texts.map((t) => t.segments.map((s) => s.text).join(''));

describe('conflicting official figures', () => {
  it('keeps every figure of a year whose official figures disagree, none merged or averaged', () => {
    expect(slot(2016).annual.map((d) => d.tonnes)).toEqual([317, 378.3]);
    expect(slot(2022).annual.map((d) => d.tonnes)).toEqual([659.1, 671]);
    expect(slot(2023).annual.map((d) => d.tonnes)).toEqual([739.5, 741, 746.3]);
    for (const datum of slot(2023).annual) {
      expect(datum.conflict).toBe('2023-colombia');
      expect(datum.conflictsWith).toHaveLength(2);
    }
    expect(slot(2017).annual[0]!.conflict).toBeUndefined();
  });

  it('boxes each conflict in both layouts and labels the alternatives with "or"', () => {
    for (const layout of [layoutColumns(model), layoutRows(model)]) {
      expect(layout.conflicts.map((c) => c.year)).toEqual([2016, 2022, 2023]);
      const labels = text(layout);
      expect(labels).toContain('746.3 t');
      expect(labels).toContain('or 741 t');
      expect(labels).toContain('or 739.5 t');
      expect(labels).toContain('or 317 t');
      // Each conflicting figure is a mark of its own, inside its year's box.
      for (const conflict of layout.conflicts) {
        const marks = layout.marks.filter((m) => m.kind === 'annual' && slot(conflict.year).annual.some((d) => d.ref === m.ref));
        expect(marks.length).toBeGreaterThan(1);
        for (const mark of marks) expect(overlaps({ x: mark.x, y: mark.y, width: 0, height: 0 }, conflict.box)).toBe(true);
      }
    }
  });

  it('flags conflicts in the table with the other values', () => {
    const record = seizures.find((r) => r.id === '2016-colombia-317')!;
    expect(seizureFlags(record, seizures)).toContain('Conflicting official figures: also 378.3 t');
  });
});

describe('gaps', () => {
  it('leaves 2018 empty: a gap with its record, never a zero, never interpolated', () => {
    expect(slot(2018).annual).toEqual([]);
    expect(slot(2018).gap).toEqual({ id: '2018-gap', ref: 'fig-seizures-2018-gap' });
    for (const layout of [layoutColumns(model), layoutRows(model)]) {
      expect(layout.gaps.map((g) => g.year)).toEqual([2018]);
      expect(layout.marks.filter((m) => m.id.startsWith('2018'))).toEqual([]);
      const gapLabel = layout.texts.filter((t) => t.cls === 'gap-label' && t.owner === 'fig-seizures-2018-gap');
      expect(gapLabel.map((t) => t.segments.map((s) => s.text).join('')).join(' ')).toBe('no figure found');
    }
    expect(seizureValue(seizures.find((r) => r.id === '2018-gap')!)).toBe('no figure found');
  });

  it('treats a year with no record at all as a gap too, without a ref', () => {
    const without2019 = seizures.filter((r) => r.year !== 2019 || r.scope !== 'colombia');
    const gapped = seizureModel(without2019, figures);
    expect(gapped.slots.find((s) => s.year === 2019)!.gap).toEqual({});
    expect(layoutColumns(gapped).gaps.map((g) => g.year)).toEqual([2018, 2019]);
  });
});

describe('what each number counts', () => {
  it('draws hydrochloride-only figures as squares, unspecified forms as circles, base and paste as triangles', () => {
    const layout = layoutColumns(model);
    const shape = (id: string) => layout.marks.find((m) => m.id === id)!.shape;
    expect(shape('2024-colombia-848-5')).toBe('square');
    expect(shape('2025-colombia-partial-700')).toBe('square');
    expect(shape('2023-colombia-741')).toBe('circle');
    expect(shape('2021-colombia-base-74-5')).toBe('triangle');
    expect(shape('cocaine-seized-446t')).toBe('square');
    expect(text(layout)).toContain('hydrochloride');
  });

  it('never adds coca base and paste into the cocaine totals', () => {
    expect(slot(2021).annual.map((d) => d.tonnes)).toEqual([669.3]);
    expect(slot(2021).base.map((d) => d.tonnes)).toEqual([74.5]);
    const sums = [669.3 + 74.5, 659.1 + 87.3, 671 + 87.3, 848.5 + 77.4].map((n) => formatNumber(Math.round(n * 10) / 10));
    for (const label of text(layoutColumns(model))) for (const sum of sums) expect(label).not.toContain(sum);
  });

  it('marks the provisional 2025 figure and the year-to-date figures as such', () => {
    const layout = layoutColumns(model);
    expect(layout.marks.find((m) => m.id === '2025-colombia-928')!.style).toBe('provisional');
    expect(layout.marks.filter((m) => m.style === 'partial').map((m) => m.id)).toEqual(['2025-colombia-partial-700', '2025-colombia-partial-820']);
    const labels = text(layout);
    expect(labels).toContain('provisional');
    expect(labels).toContain('more than 820 t');
    expect(labels.filter((l) => l.includes('year to date'))).toHaveLength(2);
    expect(slot(2025).partial[0]!.asOf).toEqual({ date: '2025-09-16', approximate: true });
    expect(labels).toContain('700 t by about 16 Sep');
    expect(markAria(slot(2025).partial[0]!)).toBe('2025 year to date (to about 16 Sep): 700 t of cocaine hydrochloride');
  });

  it('keeps global totals and the share claim off the tonnes axis', () => {
    const drawn = tonnesData(model).map((d) => d.id);
    expect(drawn).not.toContain('2023-global-2275');
    expect(drawn).not.toContain('2020-global-1424');
    expect(drawn).not.toContain('2024-share-claim');
    expect(model.maxTonnes).toBe(928);
    expect(model.globals.map((r) => r.tonnes)).toEqual([1424, 2275]);
  });

  it('lists every seizures record in the table groups, once', () => {
    const ids = seizureTableGroups(seizures).flatMap((g) => g.records.map((r) => r.id));
    expect([...ids].sort()).toEqual(seizures.map((r) => r.id).sort());
  });
});

describe('units and formatting', () => {
  const figure = (id: string) => figures.find((f) => f.id === id)!;

  it('formats each unit for readers', () => {
    expect(formatFigure(figure('us-aid-210m'))).toBe('about $210 million');
    expect(formatFigure(figure('us-agricultural-aid-31m'))).toBe('about $31 million');
    expect(formatFigure(figure('global-seizure-share-65pct'))).toBe('65%');
    expect(formatFigure(figure('drug-facilities-destroyed'))).toBe('more than 3,000');
    expect(formatFigure(figure('cocaine-seized-446t'))).toBe('446 t');
    expect(formatTonnes(1424)).toBe('1,424 t');
    expect(formatTonnes(378.3)).toBe('378.3 t');
    expect(seizureValue(seizures.find((r) => r.id === '2024-share-claim')!)).toBe('65%');
  });

  it('tells numbers in words from words without a number', () => {
    expect(figure('cocaine-seized-per-day').wordsOnly).toBe(false);
    expect(formatFigure(figure('cocaine-seized-per-day'))).toBe('more than 1 t a day');
    expect(figure('europe-bound-drugs-seized').wordsOnly).toBe(true);
  });

  it('never shows the placeholder 100 of "hundreds of tons": the words instead', () => {
    expect(formatFigure(figure('europe-bound-drugs-seized'))).toBe('hundreds of tons');
    expect(model.wordsOnly.map((f) => f.id)).toEqual(['europe-bound-drugs-seized']);
    expect(model.figuresShown.map((f) => f.id)).not.toContain('europe-bound-drugs-seized');
    for (const layout of [layoutColumns(model), layoutRows(model), ...panels(model)]) for (const label of text(layout)) expect(label).not.toMatch(/\b100\b/);
  });

  it('shows each other figure in its own panel, on its own scale', () => {
    const byKey = new Map(panels(model).map((panel) => [panel.key, panel]));
    expect([...byKey.keys()]).toEqual(['per-day', 'global-share', 'intelligence', 'facilities', 'aid']);
    expect(text(byKey.get('intelligence')!).filter((l) => l.startsWith('85%'))).toHaveLength(2);
    expect(text(byKey.get('global-share')!).join(' ')).toMatch(/Unverified claim/);
    // The agricultural part is drawn as a part of the whole.
    const [whole, part] = byKey.get('aid')!.marks;
    expect(part!.shape.width / whole!.shape.width).toBeCloseTo(31 / 210, 2);
    const [share] = byKey.get('global-share')!.marks;
    expect(share!.shape.width / byKey.get('global-share')!.frames[0]!.width).toBeCloseTo(0.65, 2);
  });

  it('reads the qualifier and the end date of year-to-date records from the data', () => {
    // The 820 t record's period ends in a note, not a date, so it names no end day.
    expect(seizures.find((r) => r.id === '2025-colombia-partial-820')!.periodEnd).toBeUndefined();
    expect(slot(2025).partial[1]!.asOf).toBeUndefined();
    expect(slot(2025).partial[0]!.asOf).toEqual({ date: '2025-09-16', approximate: true });
    expect(slot(2025).partial[1]!.qualifier).toBe('more-than');
    expect(seizureValue(seizures.find((r) => r.id === '2025-colombia-partial-820')!)).toBe('more than 820 t');
  });

  it('credits each seizure figure to whom its record says counted it, and no further', () => {
    const record = (id: string) => seizures.find((r) => r.id === id)!;
    expect(attribution(record('2016-colombia-317'))).toBe('President Juan Manuel Santos');
    expect(attribution(record('2023-colombia-739-5'))).toBe('Colombia’s Defence Ministry');
    // Credited only where the passage quoted names who counted (the attribution check).
    expect(attribution(record('2023-global-2275'))).toBe('not named in the passage quoted; see the report linked');
    expect(attribution(record('2025-colombia-partial-700'))).toBe('W Radio, which reported it (the passage quoted does not say who counted)');
    expect(attribution(record('2024-colombia-848-5'))).toBe('not named in the passage quoted; see the report linked');
    expect(attribution(record('2018-gap'))).toBe('no one: no figure was found');
  });
});

describe('the per-day check', () => {
  it('divides 446 t by 365 days: about 1.22 t a day, so "more than one ton every day" holds', () => {
    const check = model.perDay;
    expect(check.expression).toBe('446/365');
    expect(check.days).toBe(DAYS_IN_YEAR);
    expect(check.rate).toBeCloseTo(446 / 365, 10);
    expect(check.display).toBe('1.22');
    expect(check.holds).toBe(true);
    const panel = panels(model)[0]!;
    const derived = panel.texts.filter((t) => t.derived === '446/365').map((t) => t.segments.map((s) => s.text).join(''));
    expect(derived).toContain('446 t ÷ 365 days ≈ 1.22 t a day');
  });

  it('says so when the claim does not hold', () => {
    const total = { ...figures.find((f) => f.id === 'cocaine-seized-446t')!, value: 300 };
    const claim = figures.find((f) => f.id === 'cocaine-seized-per-day')!;
    const check = perDayCheck(total, claim);
    expect(check.display).toBe('0.82');
    expect(check.holds).toBe(false);
  });
});

describe('layout', () => {
  const layouts: [string, MainLayout | PanelLayout][] = [
    ['columns', layoutColumns(model)],
    ['rows', layoutRows(model)],
    ...panels(model).map((panel): [string, PanelLayout] => [panel.key, panel]),
  ];

  it('places every label clear of the others, inside the graphic', () => {
    for (const [name, layout] of layouts) {
      if ('collisions' in layout) expect(layout.collisions, name).toEqual([]);
      const boxes = layout.texts.map(textBox);
      boxes.forEach((box, i) => {
        expect(box.x, `${name}: "${text(layout)[i]}" starts outside`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${name}: "${text(layout)[i]}" runs outside`).toBeLessThanOrEqual(layout.width + 0.5);
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(box, boxes[j]!), `${name}: "${text(layout)[i]}" overlaps "${text(layout)[j]}"`).toBe(false);
        }
      });
    }
  });

  it('keeps labels off the marks of other data', () => {
    for (const layout of [layoutColumns(model), layoutRows(model)]) {
      for (const label of layout.texts) {
        const box = textBox(label);
        for (const mark of layout.marks.filter((m) => !label.owner?.split(' ').includes(m.ref))) {
          expect(overlaps(box, { x: mark.x - mark.r, y: mark.y - mark.r, width: 2 * mark.r, height: 2 * mark.r }), `${label.segments[0]?.text} on ${mark.id}`).toBe(false);
        }
      }
    }
  });

  it('uses nice ticks from zero past the largest figure drawn', () => {
    const { ticks } = tonnesAxis(928, [0, 100], 5);
    expect(ticks).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(layoutColumns(model).valueTicks.map((t) => t.label)).toEqual(['0', '200', '400', '600', '800', '1,000 t']);
    expect(layoutColumns(model).yearTicks.map((t) => t.label)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('takes ids from the records and does not depend on their order', () => {
    const shuffled = seizureModel([...seizures].reverse(), [...figures].reverse());
    expect(layoutColumns(shuffled)).toEqual(layoutColumns(model));
    expect(layoutRows(shuffled)).toEqual(layoutRows(model));
    for (const mark of layoutColumns(model).marks) expect(mark.ref).toBe(refFor(mark.id));
    expect(refFor('2023-colombia-741')).toBe('fig-seizures-2023-colombia-741');
  });

  it('stops with a clear message when a figure it draws is missing', () => {
    expect(() => seizureModel(seizures, figures.filter((f) => f.id !== 'cocaine-seized-446t'))).toThrow(/cocaine-seized-446t/);
  });
});
