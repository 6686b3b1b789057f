/**
 * Figure 2 in the built site: every number the SVG shows is a record's value (or explicit arithmetic on
 * one, or an axis tick that is recomputed here), the flagged cases are visibly marked, every mark has its
 * detail, table row and permalink, and the CSV carries every record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { readFigures, readSeizures } from '../support/content.ts';
import { classList, elements, readPage, textOf } from '../support/html.ts';

const seizures = readSeizures();
const figures = readFigures();

/** "Hundreds of tons" is not a number: its stored 100 is a placeholder floor and must never be shown. */
const WORDS_ONLY = ['europe-bound-drugs-seized'];
/**
 * Every value a record with a source gives, as the chart may print it: tonnes, percentages, counts, and
 * dollars also in millions ("$210 million"). A figure given only in words ("hundreds of tons") has no value.
 */
const recordValues = new Set<number>([
  ...seizures.filter((r) => r.sources.length > 0).flatMap((r) => [r.tonnes, r.percent].filter((v): v is number => typeof v === 'number')),
  ...figures.filter((f) => f.sources.length > 0 && !WORDS_ONLY.includes(f.id)).flatMap((f) => (f.unit === 'usd' ? [f.value, f.value / 1_000_000] : [f.value])),
]);
/** The only constant the arithmetic may use: the days in a year, for the per-day check (446 ÷ 365). */
const CONSTANTS = new Set([365]);
const periods = [...seizures.map((r) => r.period), ...figures.map((f) => f.period)];

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const numbersIn = (text: string) => [...text.matchAll(NUMBER)].map((m) => Number(m[0].replace(/,/g, '')));

const hasClass = (el: Element, name: string) => classList(el).includes(name);
const byRef = (root: Nodes, ref: string) => elements(root, (el) => el.properties.dataRef === ref);

/** Text of an element without the parts a test checks separately (dates, arithmetic). */
function plainText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (hasClass(node, 'date') || node.properties.dataDerived !== undefined)) return '';
  if ('children' in node) return node.children.map((child) => plainText(child as Nodes)).join('');
  return '';
}

let figure: Element;
let graphic: Element;
let svgs: Element[];
let csv: Record<string, string>[];

beforeAll(() => {
  const build = { outDir: inject('realDist') };
  const home = readPage(build.outDir, '/');
  figure = elements(home.tree, (el) => el.properties.id === 'fig-seizures')[0]!;
  expect(figure, 'the page has no #fig-seizures').toBeDefined();
  graphic = elements(figure, (el) => el.properties.dataGraphic !== undefined)[0]!;
  svgs = elements(graphic, (el) => el.tagName === 'svg');
  csv = parseCsvRecords(readFileSync(join(build.outDir, 'data/seizures.csv'), 'utf8'));
});

describe('Figure 2 in the built page', () => {
  it('is numbered in reading order (after the chronology and the map), with its CSV download', () => {
    // Figures are numbered by where the narrative places them: chronology, strike map, seizure chart.
    expect(textOf(figure)).toContain('Figure 3');
    const download = elements(figure, (el) => el.tagName === 'a' && el.properties.download !== undefined)[0];
    expect(download?.properties.href).toBe('/data/seizures.csv');
  });

  it('prints only numbers that are record values, with no number of its own', () => {
    let checked = 0;
    for (const svg of svgs) {
      for (const text of elements(svg, (el) => el.tagName === 'text')) {
        const inTick = elements(svg, (el) => hasClass(el, 'tick')).some((tick) => elements(tick, (el) => el === text).length > 0);
        if (inTick) continue;
        for (const value of numbersIn(plainText(text))) {
          checked++;
          expect(recordValues.has(value), `"${textOf(text)}" shows ${value}, which no record gives`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('never shows 100 for "hundreds of tons"', () => {
    expect(numbersIn(textOf(figure))).not.toContain(100);
  });

  it('recomputes the arithmetic it shows (data-derived) from record values', () => {
    const derived = svgs.flatMap((svg) => elements(svg, (el) => el.properties.dataDerived !== undefined));
    expect(derived.length).toBeGreaterThanOrEqual(2);
    for (const el of derived) {
      const expression = String(el.properties.dataDerived);
      const match = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(expression);
      expect(match, `unsupported arithmetic "${expression}"`).not.toBeNull();
      const [a, b] = [Number(match![1]), Number(match![2])];
      expect(recordValues.has(a), `${a} is no record value`).toBe(true);
      expect(recordValues.has(b) || CONSTANTS.has(b), `${b} is neither a record value nor a declared constant`).toBe(true);
      const shown = numbersIn(textOf(el));
      const result = shown.filter((n) => n !== a && n !== b);
      expect(result.length, `"${textOf(el)}" shows no result`).toBe(1);
      const decimals = (textOf(el).match(/\d+\.(\d+)/g) ?? []).map((n) => n.split('.')[1]!.length)[0] ?? 0;
      expect(result[0]).toBe(Number((a / b).toFixed(decimals)));
    }
    const texts = derived.map((el) => textOf(el).trim());
    expect(texts).toContain('446 t ÷ 365 days ≈ 1.22 t a day');
  });

  it('shows dates only as the records give them', () => {
    const dates = svgs.flatMap((svg) => elements(svg, (el) => hasClass(el, 'date')).map(textOf));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(periods.some((period) => period.includes(date)), `"${date}" is in no record's period`).toBe(true);
  });

  it('has value ticks that are a nice scale from zero just past the largest figure drawn, and one tick per year', () => {
    const drawnMax = Math.max(
      ...seizures.filter((r) => ['colombia', 'colombia-partial', 'colombia-base'].includes(r.scope) && r.tonnes !== null).map((r) => r.tonnes!),
      figures.find((f) => f.id === 'cocaine-seized-446t')!.value,
    );
    const years = seizures.filter((r) => ['colombia', 'colombia-partial', 'colombia-base', 'gap'].includes(r.scope)).map((r) => r.year);
    const expectedYears = Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i);
    const mains = svgs.filter((svg) => hasClass(svg, 'seizure-main'));
    expect(mains).toHaveLength(2);
    for (const svg of mains) {
      const axis = elements(svg, (el) => hasClass(el, 'value-axis'))[0]!;
      const ticks = elements(axis, (el) => hasClass(el, 'tick')).map((tick) => numbersIn(textOf(tick))[0]!);
      const step = ticks[1]! - ticks[0]!;
      expect(ticks[0]).toBe(0);
      ticks.forEach((tick, i) => expect(tick).toBe(i * step));
      const magnitude = 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5, 10]).toContain(step / magnitude);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(drawnMax);
      expect(ticks[ticks.length - 1]! - step).toBeLessThan(drawnMax);
      const yearAxis = elements(svg, (el) => hasClass(el, 'year-axis'))[0]!;
      expect(elements(yearAxis, (el) => hasClass(el, 'tick')).map((tick) => Number(textOf(tick)))).toEqual(expectedYears);
    }
  });

  it('marks the conflicts, the gap year, the provisional value and the unverified claim', () => {
    for (const svg of svgs.filter((s) => hasClass(s, 'seizure-main'))) {
      const conflicts = elements(svg, (el) => hasClass(el, 'conflict-range')).map((el) => el.properties.dataConflict);
      expect(conflicts.sort()).toEqual(['2016-colombia', '2022-colombia', '2023-colombia']);
      for (const id of ['2016-colombia-317', '2022-colombia-659-1', '2023-colombia-741', '2023-colombia-739-5']) {
        expect(textOf(byRef(svg, `fig-seizures-${id}`)[0]!).trim(), id).toMatch(/^or /);
      }
      const gap = byRef(svg, 'fig-seizures-2018-gap')[0]!;
      expect(textOf(gap).replace(/\s+/g, ' ')).toMatch(/no ?figure ?found/);
      expect(elements(gap, (el) => hasClass(el, 'mark-shape')).length).toBe(1);
      const provisional = byRef(svg, 'fig-seizures-2025-colombia-928')[0]!;
      expect(hasClass(provisional, 'provisional')).toBe(true);
      expect(textOf(provisional)).toContain('provisional');
      for (const id of ['2025-colombia-partial-700', '2025-colombia-partial-820']) expect(textOf(byRef(svg, `fig-seizures-${id}`)[0]!)).toContain('year to date');
      expect(textOf(byRef(svg, 'fig-seizures-2024-colombia-848-5')[0]!)).toContain('hydrochloride');
    }
    const claim = byRef(graphic, 'fig-seizures-global-seizure-share-65pct')[0]!;
    expect(textOf(claim)).toContain('Unverified claim');
  });

  it('gives every mark a shape, an aria-label, a detail with a copy link and sources, and a table row', () => {
    const marks = elements(graphic, (el) => el.properties.dataRef !== undefined);
    const refs = [...new Set(marks.map((mark) => String(mark.properties.dataRef)))];
    // Every Colombian figure on the tonnes scale, the gap year, and the seeds' figures drawn in the panels.
    const drawn = seizures.filter((r) => ['colombia', 'colombia-partial', 'colombia-base', 'gap'].includes(r.scope)).map((r) => r.id);
    const shown = ['cocaine-seized-446t', 'cocaine-seized-per-day', 'global-seizure-share-65pct', 'intelligence-share-key-west-85pct', 'intelligence-share-task-forces-85pct', 'drug-facilities-destroyed', 'us-aid-210m', 'us-agricultural-aid-31m'];
    expect([...refs].sort()).toEqual([...drawn, ...shown].map((id) => `fig-seizures-${id}`).sort());
    const templates = elements(figure, (el) => el.tagName === 'template');
    const rowIds = new Set(elements(figure, (el) => el.tagName === 'tr' && typeof el.properties.id === 'string').map((el) => String(el.properties.id)));
    for (const mark of marks) {
      expect(mark.tagName).toBe('g');
      expect(String(mark.properties.ariaLabel ?? ''), String(mark.properties.dataRef)).not.toBe('');
      expect(elements(mark, (el) => hasClass(el, 'mark-shape')).length).toBe(1);
    }
    for (const ref of refs) {
      expect(ref).toMatch(/^fig-seizures-[a-z0-9-]+$/);
      expect(rowIds.has(ref), `no table row #${ref}`).toBe(true);
      const template = templates.find((t) => t.properties.dataDetail === ref);
      expect(template, `no <template data-detail="${ref}">`).toBeDefined();
      const content = (template as Element & { content: Root }).content;
      const copy = elements(content, (el) => el.tagName === 'a' && el.properties.dataCopyLink !== undefined);
      expect(copy.map((a) => a.properties.href)).toEqual([`#${ref}`]);
      expect(textOf(copy[0]!)).toBe('Copy link to this number');
      const id = ref.replace('fig-seizures-', '');
      const record = seizures.find((r) => r.id === id) ?? figures.find((f) => f.id === id)!;
      const sourceLinks = elements(content, (el) => hasClass(el, 'source'));
      // A record's attribution source (the passage naming who said it) is listed with its sources.
      expect(sourceLinks.length, `${ref}: sources`).toBe(record.sources.length + ('attributionSource' in record && record.attributionSource ? 1 : 0));
      for (const label of ['What is counted', 'Period', 'Who says so', 'Unit']) expect(textOf(content), `${ref}: ${label}`).toContain(label);
    }
  });

  it('keeps the static graphic free of focusable elements', () => {
    expect(graphic.properties.ariaHidden).toBe('true');
    expect(elements(graphic, (el) => el.tagName === 'a' || el.properties.tabIndex !== undefined)).toEqual([]);
  });

  it('lists every seizures record in a table row with a copy link, and the CSV carries the same rows', () => {
    const tables = elements(figure, (el) => el.tagName === 'table');
    expect(tables.length).toBe(2);
    for (const table of tables) {
      expect(elements(table, (el) => el.tagName === 'caption').length).toBe(1);
      const parent = elements(figure, (el) => el.children.includes(table))[0]!;
      expect(hasClass(parent, 'table-scroll')).toBe(true);
    }
    const rows = elements(figure, (el) => el.tagName === 'tr' && typeof el.properties.id === 'string');
    for (const record of seizures) expect(rows.some((row) => row.properties.id === `fig-seizures-${record.id}`), record.id).toBe(true);
    for (const row of rows) {
      const copy = elements(row, (el) => el.tagName === 'a' && el.properties.dataCopyLink !== undefined);
      expect(copy.map((a) => a.properties.href)).toEqual([`#${row.properties.id}`]);
    }
    expect(csv.map((r) => r.id).sort()).toEqual(rows.map((row) => String(row.properties.id)).sort());
    const gap = csv.find((r) => r.id === 'fig-seizures-2018-gap')!;
    expect(gap.value).toBe('');
    expect(gap.as_shown).toBe('no figure found');
    expect(csv.find((r) => r.id === 'fig-seizures-europe-bound-drugs-seized')!.value).toBe('');
    expect(csv.find((r) => r.id === 'fig-seizures-us-aid-210m')!.as_shown).toBe('about $210 million');
  });
});
