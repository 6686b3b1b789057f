import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ResolvedSource } from '../../lib/provenance.ts';
import { eventSchema, figureSchema, strikeSchema, type Source } from '../../schemas/index.ts';
import { buildStrikesView } from './view.ts';

const root = new URL('../../../', import.meta.url);
const read = (name: string) => parse(readFileSync(new URL(`content/${name}`, root), 'utf8')) as Record<string, unknown>[];
/** Sources as the provenance check resolves them (a seed passage gets a made-up paragraph number here). */
const resolve = (sources: Source[]): ResolvedSource[] =>
  sources.map((source) => ('url' in source ? { kind: 'url', ...source } : { kind: 'article', articleId: source.article, quote: source.quote, paragraph: 1, matchedText: source.quote }));
const strikes = read('strikes.yaml').map((record) => {
  const strike = strikeSchema.parse(record);
  return { ...strike, sources: resolve(strike.sources) };
});
const figures = read('figures.yaml').map((record) => {
  const figure = figureSchema.parse(record);
  return { ...figure, sources: resolve(figure.sources) };
});
const events = read('events.yaml').map((record) => {
  const event = eventSchema.parse(record);
  return { ...event, sources: resolve(event.sources) };
});
const view = buildStrikesView({ strikes, figures, events });

describe('the strike map view', () => {
  it('says what was known on 13 November 2025, in numbers summed from the records', () => {
    expect(view.takeaway).toMatch(/^When Colombia reversed course on 13 November 2025, the U\.S\. had announced 19 strikes that killed 75 people/);
    expect(view.totals.shown).toMatchObject({ strikes: '19', vessels: '20', killed: '75', withPresumed: '76' });
    expect(view.control.valueText).toBe('13 November 2025: 19 strikes, 75 killed');
    expect(view.reconciliation).toMatch(/The 10 November 2025 strike \(4 killed\) is in neither number: it was announced on 14 November 2025\./);
    expect(view.dataLabel).toBe(`All ${strikes.length} strike records (43 strikes)`);
  });

  it('draws every record with a stated region on both maps, and lists the others beside them', () => {
    const placed = strikes.filter((s) => s.region !== 'unspecified').map((s) => s.id).sort();
    for (const map of [view.maps.wide, view.maps.narrow]) expect(map.marks.map((m) => m.ref).sort()).toEqual(placed);
    expect(view.aside.unplaced.map((item) => [item.id, item.state])).toEqual([
      ['strike-34', 'later'],
      ['strike-35', 'later'],
    ]);
    expect(view.maps.wide.marks.find((m) => m.id === 'strike-20')).toMatchObject({ state: 'pending', ariaLabel: '10 November 2025, Caribbean: 4 killed (announced 14 November 2025)' });
  });

  it('gives one table row and one detail per record, in date order, with the stated words', () => {
    expect(view.table.rows.map((row) => row.id)).toEqual(view.details.map((detail) => detail.id));
    expect(view.table.rows).toHaveLength(strikes.length);
    const undated = view.table.rows.find((row) => row.id === 'strike-43')!;
    expect(undated).toMatchObject({ name: 'Strike 43', lowTag: ' (low reliability)', date: { iso: null, text: 'Not stated (published 23 Feb 2026)' } });
    const detail = view.details.find((d) => d.id === 'strike-4')!;
    expect(detail.rows.find((row) => row.term === 'On the map')!.text).toBe('In the smaller area “off venezuela”, because the stated location says so; its place there is schematic.');
    expect(view.table.foot).toMatchObject({ strikes: 43, killed: strikes.reduce((n, s) => n + s.killed, 0) });
    expect(view.table.headers.filter((h) => h.numeric).map((h) => h.text)).toEqual(['Boats', 'Strikes', 'Killed']);
  });
});
