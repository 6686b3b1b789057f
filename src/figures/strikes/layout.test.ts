import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { strikeSchema } from '../../schemas/strike.ts';
import { overlaps } from '../kit/text.ts';
import { makeProjection, topology } from './basemap.ts';
import { layoutMap as layoutWithWords, NARROW_LAYOUT, WIDE_LAYOUT, type LayoutOptions } from './layout.ts';
import { maxKilled, orderStrikes, unplacedStrikes, type StrikeInput } from './model.ts';
import { insidePolygon, markRadius, packCells } from './packing.ts';
import { MAP_WORDS } from './text.ts';
import { MAP_WORDS as MAP_WORDS_ES } from './text.es.ts';

const root = new URL('../../../', import.meta.url);
const strikes: StrikeInput[] = (parse(readFileSync(new URL('content/strikes.yaml', root), 'utf8')) as unknown[]).map((record) => strikeSchema.parse(record));
const byId = new Map(strikes.map((s) => [s.id, s]));
const layoutMap = (list: readonly StrikeInput[], options: LayoutOptions) => layoutWithWords(list, options, MAP_WORDS);
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

describe('the layout', () => {
  it('places marks on screen (x, y) but carries no geographic position for a strike', () => {
    for (const [, options] of layouts) {
      for (const mark of layoutMap(strikes, options).marks) {
        expect(Object.keys(mark).filter((key) => /lat|lon|lng|coord|geo/i.test(key))).toEqual([]);
      }
    }
  });

  it('takes every word it prints from the words it is given', () => {
    const words = { ...MAP_WORDS, labels: { ...MAP_WORDS.labels, colombia: 'Kolumbien' }, scale: (km: number) => `${km} Kilometer` };
    const layout = layoutWithWords(strikes, WIDE_LAYOUT, words);
    expect(layout.labels.find((l) => l.key === 'colombia')!.lines).toEqual(['Kolumbien']);
    expect(layout.scaleBar.label).toBe('500 Kilometer');
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
      for (const required of ['colombia', 'venezuela', 'trinidad', 'panama', 'ecuador', 'mexico', 'cuba', 'united-states', 'area-caribbean', 'area-eastern-pacific', 'sub-off-venezuela', 'sub-off-colombia', 'place-key-west', 'place-bogota', 'place-caracas']) {
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

describe('Trinidad and Tobago on phones (narrow layout)', () => {
  for (const [edition, words] of [['en', MAP_WORDS], ['es', MAP_WORDS_ES]] as const) {
    it(`names the island over open sea, inside the map, clear of every other label and mark, its leader too (${edition})`, () => {
      const layout = layoutWithWords(strikes, NARROW_LAYOUT, words);
      const { projection } = makeProjection(NARROW_LAYOUT.width, NARROW_LAYOUT.view);
      const label = layout.labels.find((l) => l.key === 'trinidad')!;
      const { box, leader } = label;
      expect(box.x).toBeGreaterThanOrEqual(3);
      expect(box.y).toBeGreaterThanOrEqual(3);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width - 3);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height - 3);
      // Over the sea: no point of the label's box is on land (it used to sit over Venezuela).
      for (let fx = 0; fx <= 1; fx += 0.125) {
        for (let fy = 0; fy <= 1; fy += 0.25) {
          const lonLat = projection.invert!([box.x + fx * box.width, box.y + fy * box.height])!;
          expect(geoContains(land, lonLat), `label at ${lonLat.map((v) => v.toFixed(2)).join(', ')}`).toBe(false);
        }
      }
      const others = [
        ...layout.labels.filter((l) => l !== label).map((l) => ({ what: l.key, box: l.box })),
        ...layout.marks.map((m) => ({ what: m.id, box: m.box })),
        ...layout.subAreas.map((s) => ({ what: s.key, box: s.box })),
        ...layout.places.map((p) => ({ what: p.key, box: { x: p.x - 4, y: p.y - 4, width: 8, height: 8 } })),
      ];
      for (const other of others) expect(overlaps(box, other.box), other.what).toBe(false);
      // The leader runs from the island to the label without crossing another label or mark.
      expect(leader).not.toBeNull();
      const length = Math.hypot(leader!.x2 - leader!.x1, leader!.y2 - leader!.y1);
      for (let d = 5; d < length; d += 2) {
        const x = leader!.x1 + ((leader!.x2 - leader!.x1) * d) / length;
        const y = leader!.y1 + ((leader!.y2 - leader!.y1) * d) / length;
        for (const other of others) expect(overlaps({ x, y, width: 0.5, height: 0.5 }, other.box), `leader / ${other.what}`).toBe(false);
      }
      // And no other label covers the island itself.
      for (const other of layout.labels) expect(overlaps({ x: leader!.x1 - 2, y: leader!.y1 - 2, width: 4, height: 4 }, other.box), other.key).toBe(false);
    });
  }
});
