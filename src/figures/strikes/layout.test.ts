import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { makeProjection, topology } from './geo.ts';
import { overlaps } from '../figures/kit/text.ts';
import {
  DEFAULT_DATE,
  NARROW_LAYOUT,
  WIDE_LAYOUT,
  dateDomain,
  dayIndex,
  insidePolygon,
  isoAt,
  knownDate,
  layoutMap,
  markRadius,
  markState,
  maxKilled,
  orderStrikes,
  packCells,
  presumedDead,
  publicationDate,
  strikeName,
  subAreaOf,
  totalsAt,
  totalsStates,
  totalsText,
  unplacedStrikes,
  type StrikeInput,
} from './strikeMap.ts';

const root = new URL('../../', import.meta.url);
const records = parse(readFileSync(new URL('content/strikes.yaml', root), 'utf8')) as (StrikeInput & Record<string, unknown>)[];
const strikes: StrikeInput[] = records;
const byId = new Map(strikes.map((s) => [s.id, s]));
const sum = (list: StrikeInput[], key: 'strikesInRow' | 'vessels' | 'killed') => list.reduce((n, s) => n + s[key], 0);
/** Natural Earth's land near the map (polygons reaching into 100°W–50°W, 10°S–35°N), for the at-sea test. */
const land: Feature<MultiPolygon> = (() => {
  const collection = feature(topology, topology.objects.land) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const polygons = collection.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
  const near = polygons.filter((polygon) =>
    polygon[0]!.some(([lon, lat]) => lon! >= -100 && lon! <= -50 && lat! >= -10 && lat! <= 35),
  );
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: near } };
})();
const layouts = [
  ['wide', WIDE_LAYOUT],
  ['narrow', NARROW_LAYOUT],
] as const;

describe('the strike data model', () => {
  it('has no coordinates: not in the records, not in the schema, not in the view model', () => {
    const coordinateKey = /^(lat|lon|lng|latitude|longitude|coord|coordinates|position|point|geometry|x|y)$/i;
    for (const record of records) expect(Object.keys(record).filter((key) => coordinateKey.test(key)), record.id).toEqual([]);
    const config = readFileSync(new URL('src/content.config.ts', root), 'utf8');
    const schema = config.slice(config.indexOf('const strikes = defineCollection'), config.indexOf('const citations'));
    expect(schema).not.toMatch(/\b(lat|lon|lng|latitude|longitude|coordinates)\b\s*:/i);
    // The view model places marks on screen (x, y) but carries no geographic position for a strike.
    for (const [, options] of layouts) {
      for (const mark of layoutMap(strikes, options).marks) {
        expect(Object.keys(mark).filter((key) => /lat|lon|lng|coord|geo/i.test(key))).toEqual([]);
      }
    }
  });

  it('reads the day a strike became public: announced date, else the publication date in its note', () => {
    expect(knownDate(byId.get('strike-20')!)).toBe('2025-11-14');
    const undated = byId.get('strike-43')!;
    expect(undated.date).toBeNull();
    expect(undated.announcedDate).toBeNull();
    expect(publicationDate(undated)).toBe('2026-02-23');
    expect(knownDate(undated)).toBe('2026-02-23');
  });

  it('orders strikes by strike date, undated records by the day they became public', () => {
    const ordered = orderStrikes(strikes).map((s) => s.id);
    expect(ordered[0]).toBe('strike-1');
    expect(ordered.at(-1)).toBe('strike-43');
    expect(ordered.indexOf('strike-18')).toBeLessThan(ordered.indexOf('strike-19'));
    expect(ordered.indexOf('strike-20')).toBeLessThan(ordered.indexOf('strike-21'));
  });

  it('puts a strike near a coast only when its stated location says so, and not when it is in conflict', () => {
    const near = strikes.filter((s) => subAreaOf(s) !== null).map((s) => [s.id, subAreaOf(s)]);
    expect(near).toEqual([
      ['strike-1', 'off-venezuela'],
      ['strike-4', 'off-venezuela'],
      ['strike-5', 'off-venezuela'],
      ['strike-8', 'off-colombia'],
    ]);
    expect(byId.get('strike-11-13')!.locationText).toMatch(/off the coast of Colombia/);
    expect(subAreaOf(byId.get('strike-11-13')!)).toBeNull();
  });

  it('counts only survivors the records report presumed dead', () => {
    expect(strikes.filter((s) => presumedDead(s) > 0).map((s) => [s.id, presumedDead(s)])).toEqual([['strike-11-13', 1]]);
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

describe('mark sizes', () => {
  it("scale a mark's area, not its radius, with the number killed", () => {
    const top = maxKilled(strikes);
    expect(top).toBe(14);
    expect(markRadius(14, top, 12)).toBe(12);
    for (const killed of [1, 2, 3, 4, 6, 11]) {
      const ratio = markRadius(killed, top, 12) ** 2 / markRadius(14, top, 12) ** 2;
      expect(ratio).toBeCloseTo(killed / 14, 2);
    }
    for (const [, options] of layouts) {
      for (const mark of layoutMap(strikes, options).marks) {
        expect((mark.r / options.maxRadius) ** 2).toBeCloseTo(byId.get(mark.id)!.killed / top, 2);
      }
    }
  });
});

describe('region packing', () => {
  const square: [number, number][] = [
    [0, 0],
    [100, 0],
    [100, 100],
    [0, 100],
  ];

  it('is deterministic', () => {
    const spans = [1, 1, 2, 1, 1, 1, 2, 1];
    expect(packCells(square, [50, 50], spans, 20)).toEqual(packCells(square, [50, 50], spans, 20));
    for (const [, options] of layouts) expect(JSON.stringify(layoutMap(strikes, options))).toBe(JSON.stringify(layoutMap([...strikes].reverse(), options)));
  });

  it('keeps cells inside the area, apart, in reading order, and a record of several strikes on two cells side by side', () => {
    const spans = [1, 2, 1, 1, 2, 1, 1];
    const cells = packCells(square, [50, 50], spans, 20);
    expect(cells).toHaveLength(spans.length);
    cells.forEach(([x, y]) => expect(insidePolygon([x, y], square)).toBe(true));
    const boxes = cells.map(([x, y], i) => ({ x: x - 10, y: y - 10, width: 20 * spans[i]!, height: 20 }));
    boxes.forEach((box, i) => boxes.slice(i + 1).forEach((other) => expect(overlaps(box, other)).toBe(false)));
    for (let i = 1; i < cells.length; i++) {
      const [[x0, y0], [x1, y1]] = [cells[i - 1]!, cells[i]!];
      expect(y1 > y0 || (y1 === y0 && x1 > x0)).toBe(true);
    }
    expect(() => packCells(square, [50, 50], Array(30).fill(1), 20)).toThrow(/do not fit/);
  });

  for (const [name, options] of layouts) {
    it(`places every record once (${name}): regions on the map, no stated region beside it`, () => {
      const layout = layoutMap(strikes, options);
      const placed = layout.marks.map((m) => m.id);
      const beside = unplacedStrikes(strikes).map((s) => s.id);
      expect(beside).toEqual(['strike-34', 'strike-35']);
      expect([...placed, ...beside].sort()).toEqual(strikes.map((s) => s.id).sort());
      for (const mark of layout.marks) expect(mark.region).toBe(byId.get(mark.id)!.region);
      expect(layout.marks.filter((m) => m.count).map((m) => [m.id, m.count!.text])).toEqual([
        ['strike-11-13', '×3'],
        ['strike-31-33', '×3'],
      ]);
    });

    it(`packs each area in date order, inside its area or sub-area, with no two marks overlapping (${name})`, () => {
      const layout = layoutMap(strikes, options);
      const ordered = orderStrikes(strikes).map((s) => s.id);
      for (const area of layout.areas) {
        const marks = layout.marks.filter((m) => m.region === area.region && m.subArea === null);
        for (const mark of marks) {
          const { x, y, width, height } = mark.box;
          for (const corner of [[x, y], [x + width, y], [x, y + height], [x + width, y + height]] as [number, number][]) {
            expect(insidePolygon(corner, area.polygon), mark.id).toBe(true);
          }
        }
        const reading = [...marks].sort((a, b) => a.y - b.y || a.x - b.x).map((m) => m.id);
        expect(reading).toEqual(marks.map((m) => m.id).sort((a, b) => ordered.indexOf(a) - ordered.indexOf(b)));
      }
      for (const sub of layout.subAreas) {
        for (const mark of layout.marks.filter((m) => m.subArea === sub.key)) {
          expect(mark.x - mark.r).toBeGreaterThanOrEqual(sub.box.x);
          expect(mark.x + mark.r).toBeLessThanOrEqual(sub.box.x + sub.box.width);
        }
      }
      layout.marks.forEach((mark, i) => layout.marks.slice(i + 1).forEach((other) => expect(overlaps(mark.box, other.box), `${mark.id} ${other.id}`).toBe(false)));
    });

    it(`puts every mark at sea, never on land (${name})`, { timeout: 30_000 }, () => {
      const layout = layoutMap(strikes, options);
      const { projection } = makeProjection(options.width, options.view);
      expect(geoContains(land, [-74.07, 4.71])).toBe(true); // Bogotá is on land: the test can fail.
      for (const mark of layout.marks) {
        for (const [dx, dy] of [[0, 0], [-mark.r, 0], [mark.r, 0], [0, -mark.r], [0, mark.r]]) {
          const lonLat = projection.invert!([mark.x + dx!, mark.y + dy!])!;
          expect(geoContains(land, lonLat), `${mark.id} at ${lonLat.map((v) => v.toFixed(2)).join(', ')}`).toBe(false);
        }
      }
    });

    it(`places every label inside the frame, clear of other labels, marks and sub-areas (${name})`, () => {
      const layout = layoutMap(strikes, options);
      const keys = layout.labels.map((l) => l.key);
      for (const required of ['colombia', 'venezuela', 'trinidad', 'panama', 'ecuador', 'mexico', 'cuba', 'united-states', 'area-caribbean', 'area-eastern-pacific', 'sub-off-venezuela', 'sub-off-colombia', 'place-Key West', 'place-Bogotá', 'place-Caracas']) {
        expect(keys).toContain(required);
      }
      if (name === 'wide') for (const sea of ['caribbean-sea', 'pacific-ocean', 'gulf-of-mexico']) expect(keys).toContain(sea);
      const boxes = layout.labels.map((l) => l.box);
      for (const [i, box] of boxes.entries()) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
        for (const other of boxes.slice(i + 1)) expect(overlaps(box, other), `${layout.labels[i]!.key}`).toBe(false);
        for (const mark of layout.marks) expect(overlaps(box, mark.box), `${layout.labels[i]!.key} / ${mark.id}`).toBe(false);
        for (const sub of layout.subAreas) expect(overlaps(box, sub.box), `${layout.labels[i]!.key} / ${sub.key}`).toBe(false);
      }
    });
  }
});
