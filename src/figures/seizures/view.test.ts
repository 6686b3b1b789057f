import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { figureSchema, seizureSchema } from '../../schemas/index.ts';
import { seizuresCsvRows } from './csv.ts';
import { refFor } from './model.ts';
import { buildSeizuresView, recordRun } from './view.ts';

const root = join(import.meta.dirname, '../../..');
const seizures = seizureSchema.array().parse(parse(readFileSync(join(root, 'content/seizures.yaml'), 'utf8')));
const figures = figureSchema.array().parse(parse(readFileSync(join(root, 'content/figures.yaml'), 'utf8')));
const view = buildSeizuresView({ seizures, figures });

describe('the view', () => {
  it('gives every mark a detail, once', () => {
    const refs = new Set([...view.wide.marks.map((m) => m.ref), ...view.wide.gaps.flatMap((g) => (g.ref ? [g.ref] : [])), ...view.panels.flatMap((p) => p.layout.marks.map((m) => m.ref))]);
    const detailRefs = view.details.map((d) => d.ref);
    expect(new Set(detailRefs).size).toBe(detailRefs.length);
    expect([...refs].sort()).toEqual([...detailRefs].sort());
  });

  it('lists every seizures record in a table row, and says so when a record has no source', () => {
    const rows = view.seizureTable.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.ref).sort()).toEqual(seizures.map((r) => refFor(r.id)).sort());
    expect(rows.find((r) => r.ref === refFor('2018-gap'))!.noSource).toBe('No source: the research found no figure.');
    const wordsOnly = view.figureTable.rows.find((r) => r.ref === refFor('europe-bound-drugs-seized'))!;
    expect(wordsOnly.value).toBe('hundreds of tons');
    expect(wordsOnly.note).toBeUndefined();
  });

  it('labels each panel and draws the legend with the chart’s symbols', () => {
    expect(view.panels.map((p) => p.label)).not.toContain('per-day');
    expect(view.legend.swatches.map((s) => s.style)).toEqual(['final', 'final', 'provisional', 'partial', 'base']);
    expect(view.legend.swatches[1]!.d).toMatch(/^M[\d.]+,[\d.]+h/);
  });
});

describe('the CSV rows', () => {
  const rows = seizuresCsvRows(
    seizures.map((r) => ({ ...r, sources: [] })),
    figures.map((f) => ({ ...f, sources: [] })),
    'http://localhost:4321/',
  );
  const [header, ...body] = rows;
  const column = (name: string) => header!.indexOf(name);

  it('has one row per seizures record, then the figures shown and named', () => {
    expect(body.filter((row) => row[1] === 'seizures')).toHaveLength(seizures.length);
    expect(body.filter((row) => row[1] === 'figures').map((row) => row[2])).toContain('words-only');
    expect(body.every((row) => row.length === header!.length)).toBe(true);
  });

  it('writes the qualifier and who counted from the records, and no value for words only', () => {
    const row = (id: string) => body.find((r) => r[0] === refFor(id))!;
    expect(row('2025-colombia-partial-820')[column('qualifier')]).toBe('more-than');
    expect(row('2018-gap')[column('qualifier')]).toBe('');
    expect(row('2016-colombia-317')[column('said_by')]).toBe('President Juan Manuel Santos');
    expect(row('2017-colombia-435')[column('said_by')]).toBe('not named in the passage quoted; see the report linked');
    expect(row('europe-bound-drugs-seized')[column('value')]).toBe('');
  });
});

describe('the record years in the takeaway', () => {
  const slot = (year: number, ...tonnes: number[]) => ({ year, annual: tonnes.map((t) => ({ tonnes: t, provisional: year === 2025 }) as never) });

  it('counts a year as a record only when all its figures top every earlier figure', () => {
    // 2019 (428) is below 2017 (435); 2022's revised 659.1 is below 2021's 669.3, so neither is a record.
    const slots = [slot(2016, 317, 378.3), slot(2017, 435), slot(2019, 428), slot(2021, 669.3), slot(2022, 659.1, 671), slot(2023, 739.5, 746.3), slot(2024, 848.5), slot(2025, 928)];
    expect(recordRun(slots).map((r) => r.year)).toEqual([2023, 2024, 2025]);
    expect(recordRun(slots).at(-1)).toEqual({ year: 2025, tonnes: 928, provisional: true });
    expect(recordRun([slot(2016, 400), slot(2017, 300)])).toEqual([]);
  });

  it('says what the chart’s own data show: records in 2023, 2024 and, provisionally, 2025, never “kept setting records”', () => {
    expect(view.frame.takeaway).toContain('set a new high in 2023, 2024 and, provisionally, 2025');
    expect(view.frame.takeaway).not.toMatch(/kept setting records|National Police/);
    expect(view.frame.takeaway).toContain('Brig. Gen. Ricardo Sánchez-Silvestre gave CNN');
  });
});
