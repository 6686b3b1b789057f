import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { strikeSchema } from '../../schemas/strike.ts';
import { DEFAULT_DATE, dateDomain, dayIndex, isoAt, knownDate, markState, orderStrikes, totalsAt, type StrikeInput } from './model.ts';
import { strikeName, totalsText } from './text.ts';
import { totalsStates } from './view.ts';

const root = new URL('../../../', import.meta.url);
const records = (parse(readFileSync(new URL('content/strikes.yaml', root), 'utf8')) as unknown[]).map((record) => strikeSchema.parse(record));
const strikes: StrikeInput[] = records;
const byId = new Map(records.map((s) => [s.id, s]));
const sum = (list: StrikeInput[], key: 'strikesInRow' | 'vessels' | 'killed') => list.reduce((n, s) => n + s[key], 0);

describe('the strike data model', () => {
  it('has no coordinates: not in the records, not in the schema', () => {
    const coordinateKey = /^(lat|lon|lng|latitude|longitude|coord|coordinates|position|point|geometry|x|y)$/i;
    for (const record of records) expect(Object.keys(record).filter((key) => coordinateKey.test(key)), record.id).toEqual([]);
    const schema = readFileSync(new URL('src/schemas/strike.ts', root), 'utf8');
    expect(schema).toContain('strikeSchema');
    expect(schema).not.toMatch(/\b(lat|lon|lng|latitude|longitude|coordinates)\b\s*:/i);
  });

  it('reads the day a strike became public: announced date, else the publication date the data gives', () => {
    expect(knownDate(byId.get('strike-20')!)).toBe('2025-11-14');
    const undated = byId.get('strike-43')!;
    expect(undated.date).toBeNull();
    expect(undated.announcedDate).toBeNull();
    expect(undated.dateNote).toMatch(/published on 23 February 2026; the strike date is not stated/);
    expect(undated.publishedDate).toBe('2026-02-23');
    expect(knownDate(undated)).toBe('2026-02-23');
    expect(records.filter((s) => s.publishedDate !== undefined).map((s) => s.id)).toEqual(['strike-43']);
  });

  it('orders strikes by strike date, undated records by the day they became public', () => {
    const ordered = orderStrikes(strikes).map((s) => s.id);
    expect(ordered[0]).toBe('strike-1');
    expect(ordered.at(-1)).toBe('strike-43');
    expect(ordered.indexOf('strike-18')).toBeLessThan(ordered.indexOf('strike-19'));
    expect(ordered.indexOf('strike-20')).toBeLessThan(ordered.indexOf('strike-21'));
  });

  it('puts a strike near a coast only when its stated location says so, and not when it is in conflict', () => {
    const near = records.filter((s) => s.subArea !== undefined).map((s) => [s.id, s.subArea]);
    expect(near).toEqual([
      ['strike-1', 'off-venezuela'],
      ['strike-4', 'off-venezuela'],
      ['strike-5', 'off-venezuela'],
      ['strike-8', 'off-colombia'],
    ]);
    for (const [id] of near) expect(byId.get(id!)!.locationText).toMatch(/\boff (the coast of )?(Venezuela|Colombia)\b/i);
    expect(byId.get('strike-11-13')!.locationText).toMatch(/off the coast of Colombia.*conflict/);
    expect(byId.get('strike-11-13')!.subArea).toBeUndefined();
  });

  it('counts only survivors the records report presumed dead', () => {
    expect(records.filter((s) => s.presumedDead > 0).map((s) => [s.id, s.presumedDead])).toEqual([['strike-11-13', 1]]);
    expect(byId.get('strike-11-13')!.survivors).toMatch(/^1 .*never found/);
  });

  it('names a record of several strikes by its range', () => {
    expect(strikeName(byId.get('strike-31-33')!)).toBe('Strikes 31–33');
    expect(strikeName(byId.get('strike-7')!)).toBe('Strike 7');
  });
});

describe('date filtering and totals', () => {
  it('gives the state known on 13 November 2025: 19 strikes, 20 boats, 75 killed as announced, 76 with the missing survivor', () => {
    const totals = totalsAt(strikes, DEFAULT_DATE);
    const announced = strikes.filter((s) => (knownDate(s) ?? '9999') <= DEFAULT_DATE);
    expect(totals.strikes).toBe(sum(announced, 'strikesInRow'));
    expect(totals.vessels).toBe(sum(announced, 'vessels'));
    expect(totals.killed).toBe(sum(announced, 'killed'));
    expect([totals.strikes, totals.vessels, totals.killed, totals.killed + totals.presumedDead]).toEqual([19, 20, 75, 76]);
    expect(totals.pending).toEqual([{ id: 'strike-20', date: '2025-11-10', announced: '2025-11-14', strikes: 1, killed: 4 }]);
    expect(totals.byRegion.caribbean.strikes + totals.byRegion['eastern-pacific'].strikes).toBe(19);
  });

  it('adds the 10 November strike on 14 November, when it was announced', () => {
    const before = totalsAt(strikes, '2025-11-13');
    const after = totalsAt(strikes, '2025-11-14');
    expect(after.strikes - before.strikes).toBe(1);
    expect(after.killed - before.killed).toBe(4);
    expect(after.pending).toEqual([]);
  });

  it('reaches the end of the data with every record counted', () => {
    const { start, end } = dateDomain(strikes);
    expect([start, end]).toEqual(['2025-09-02', '2026-02-23']);
    const totals = totalsAt(strikes, end);
    expect(totals.records).toBe(strikes.length);
    expect([totals.strikes, totals.vessels, totals.killed]).toEqual([sum(strikes, 'strikesInRow'), sum(strikes, 'vessels'), sum(strikes, 'killed')]);
    expect(totals.revised).toEqual([{ id: 'strike-31-33', date: '2025-12-30', from: 3, to: 11 }]);
    expect(totals.lowReliability).toEqual([{ id: 'strike-43', published: '2026-02-23' }]);
    expect(totalsAt(strikes, '2026-02-22').records).toBe(strikes.length - 1);
  });

  it('converts between days and the control index', () => {
    const { start, days } = dateDomain(strikes);
    expect(dayIndex(DEFAULT_DATE, start)).toBe(72);
    expect(isoAt(72, start)).toBe(DEFAULT_DATE);
    expect(isoAt(days, start)).toBe('2026-02-23');
  });

  it('shows a mark filled once announced, hollow once struck but not yet announced, and hides it before', () => {
    const mark = { struck: '2025-11-10', known: '2025-11-14' };
    expect(markState(mark, '2025-11-09')).toBe('later');
    expect(markState(mark, '2025-11-10')).toBe('pending');
    expect(markState(mark, '2025-11-13')).toBe('pending');
    expect(markState(mark, '2025-11-14')).toBe('announced');
    expect(markState({ struck: null, known: '2026-02-23' }, '2026-02-22')).toBe('later');
  });

  it('carries one state per change, and the state for any day is the totals for that day', () => {
    const states = totalsStates(strikes);
    const { start, days } = dateDomain(strikes);
    expect(states.map((s) => s.from)).toEqual([...states.map((s) => s.from)].sort());
    for (let index = 0; index <= days; index++) {
      const iso = isoAt(index, start);
      const state = states.filter((s) => s.from <= iso).at(-1)!;
      expect({ ...state, from: iso }, iso).toEqual(totalsText(totalsAt(strikes, iso)));
    }
  });
});
