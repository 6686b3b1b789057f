import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoMercator, geoPath, type GeoStream } from 'd3-geo';
import {
  NARROW_VIEW,
  PARALLELS,
  VIEW,
  buildBasemap,
  countriesInView,
  countryName,
  kilometresToPixels,
  makeProjection,
  planeMap,
  project,
  relativePath,
  scaleFactor,
  scaleVariation,
  thinning,
  viewOutline,
  type LonLat,
} from './basemap.ts';

/** Absolute positions of every point of a relative "m…l…z" path. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (command === 'z') {
      x = startX;
      y = startY;
      continue;
    }
    const [dx, dy] = args!.match(/-?(?:\d+\.?\d*|\.\d+)/g)!.map(Number) as [number, number];
    x += dx;
    y += dy;
    if (command === 'm') {
      startX = x;
      startY = y;
    }
    out.push([x, y]);
  }
  return out;
}

describe('the projection', () => {
  it('fits the whole view into the frame, the width given', () => {
    for (const [width, view] of [
      [720, VIEW],
      [340, NARROW_VIEW],
    ] as const) {
      const { projection, height } = makeProjection(width, view);
      expect(height).toBeGreaterThan(width * 0.6);
      for (const lon of [view.west, (view.west + view.east) / 2, view.east]) {
        for (const lat of [view.south, (view.south + view.north) / 2, view.north]) {
          const [x, y] = project(projection, [lon, lat]);
          expect(x).toBeGreaterThanOrEqual(-0.1);
          expect(x).toBeLessThanOrEqual(width + 0.1);
          expect(y).toBeGreaterThanOrEqual(-0.1);
          expect(y).toBeLessThanOrEqual(height + 0.1);
        }
      }
    }
  });

  it('is conformal with true scale on its standard parallels and little scale change across the map (the note says so)', () => {
    const { projection } = makeProjection(720);
    expect(scaleFactor(projection, PARALLELS[0]) / scaleFactor(projection, PARALLELS[1])).toBeCloseTo(1, 4);
    // Conformal: the scale is the same along the meridian and along the parallel.
    const [x0, y0] = projection([-75, 15])!;
    const [x1, y1] = projection([-75, 15.01])!;
    const [x2, y2] = projection([-74.99, 15])!;
    const alongMeridian = Math.hypot(x1 - x0, y1 - y0) / 0.01;
    const alongParallel = Math.hypot(x2 - x0, y2 - y0) / (0.01 * Math.cos((15 * Math.PI) / 180));
    expect(alongMeridian / alongParallel).toBeCloseTo(1, 3);
    const { projection: variation, mercator } = scaleVariation(projection);
    expect(variation).toBeLessThan(0.06);
    expect(mercator).toBeGreaterThan(0.15);
  });

  it('measures the scale bar along a parallel', () => {
    const { projection } = makeProjection(720);
    const px = kilometresToPixels(projection, 500, 5);
    // 500 km is about 4.5 degrees of longitude at 5°N.
    const [xa] = projection([-76, 5])!;
    const [xb] = projection([-76 + 500 / (111.32 * Math.cos((5 * Math.PI) / 180)), 5])!;
    expect(px).toBeCloseTo(xb - xa, 0);
  });
});

describe('the basemap', () => {
  it('keeps the countries in view and drops the rest', () => {
    const names = countriesInView().map(countryName);
    for (const name of ['Colombia', 'Venezuela', 'Trinidad and Tobago', 'Panama', 'Ecuador', 'Mexico', 'Cuba', 'United States of America', 'Jamaica', 'France']) {
      expect(names).toContain(name);
    }
    for (const name of ['Australia', 'Japan', 'Canada', 'Chile', 'Argentina', 'Russia']) expect(names).not.toContain(name);
  });

  for (const [label, width, view, tolerance] of [
    ['wide', 720, VIEW, 1],
    ['narrow', 340, NARROW_VIEW, 0.5],
  ] as const) {
    it(`is clipped to the frame, rounded to 0.1 px and small (${label})`, () => {
      const basemap = buildBasemap(width, { view, tolerance });
      for (const d of [basemap.land, basemap.focus, basemap.borders]) {
        expect(d.length).toBeGreaterThan(100);
        expect(d).toMatch(/^[mlz0-9.,-]+$/);
        expect(d.match(/\.\d{2,}/g)).toBeNull();
        for (const [x, y] of points(d)) {
          expect(x).toBeGreaterThanOrEqual(-0.15);
          expect(x).toBeLessThanOrEqual(width + 0.15);
          expect(y).toBeGreaterThanOrEqual(-0.15);
          expect(y).toBeLessThanOrEqual(basemap.height + 0.15);
        }
      }
      const gz = gzipSync(basemap.land + basemap.focus + basemap.borders).length;
      expect(gz).toBeLessThan(24_000);
    });
  }

  it('covers a second map on the same projection, drawn there through a transform', () => {
    // The wide map's basemap, also covering the narrow map's frame (the figure draws it there with <use>).
    const wide = makeProjection(720, VIEW);
    const narrow = makeProjection(340, NARROW_VIEW);
    const shared = buildBasemap(720, { view: VIEW, tolerance: 1, cover: { width: 340, view: NARROW_VIEW } });
    const [a, b, c, d, e, f] = shared.cover!.transform.match(/-?[\d.]+/g)!.map(Number) as [number, number, number, number, number, number];
    // The transform takes a place where the wide map projects it to where the narrow map does, to 0.05 px.
    for (const place of [[-74.1, 4.6], [-66.9, 10.5], [-81.8, 24.6], [-89, -5], [-60, 28]] as LonLat[]) {
      const [x, y] = wide.projection(place)!;
      const [nx, ny] = narrow.projection(place)!;
      expect(Math.hypot(a * x + c * y + e - nx, b * x + d * y + f - ny)).toBeLessThan(0.05);
    }
    // The paths reach the narrow frame's corners: its south-west corner lies below the wide frame.
    expect(shared.extent[1][1]).toBeGreaterThan(wide.height);
    const ys = points(shared.land).map(([, y]) => y);
    expect(Math.max(...ys)).toBeGreaterThan(wide.height);
    expect(Math.max(...ys)).toBeLessThanOrEqual(shared.extent[1][1] + 0.15);
    // Two maps on different projections cannot share one.
    expect(planeMap(wide.projection, geoMercator().fitWidth(340, viewOutline(NARROW_VIEW)), NARROW_VIEW)).toBeNull();
  });

  it('is the same on every build', () => {
    expect(buildBasemap(340, { view: NARROW_VIEW })).toEqual(buildBasemap(340, { view: NARROW_VIEW }));
  });
});

describe('path helpers', () => {
  it('rewrites absolute paths as relative ones without drift', () => {
    const absolute = 'M10.1,20.2L10.4,20.2L15,25.9L10.1,20.2ZM100,100L101.3,99.9Z';
    const relative = relativePath(absolute);
    expect(relative).toBe('m10.1,20.2l.3,0l4.6,5.7l-4.9-5.7zm89.9,79.8l1.3-.1z');
    expect(points(relative)).toEqual([
      [10.1, 20.2],
      [10.4, 20.2],
      [15, 25.9],
      [10.1, 20.2],
      [100, 100],
      [101.3, 99.9],
    ].map(([x, y]) => [expect.closeTo(x!, 6), expect.closeTo(y!, 6)]));
  });

  it('thins points closer than the tolerance, keeps line ends and drops tiny rings', () => {
    const drawn: string[] = [];
    const sink: GeoStream = {
      point: (x, y) => drawn.push(`${x},${y}`),
      lineStart: () => drawn.push('['),
      lineEnd: () => drawn.push(']'),
      polygonStart: () => drawn.push('{'),
      polygonEnd: () => drawn.push('}'),
      sphere: () => undefined,
    };
    const stream = thinning(1, 2)(sink);
    stream.lineStart();
    for (const [x, y] of [[0, 0], [0.5, 0], [0.9, 0], [2, 0], [2.2, 0]]) stream.point(x!, y!);
    stream.lineEnd();
    expect(drawn.join(' ')).toBe('[ 0,0 2,0 2.2,0 ]');
    drawn.length = 0;
    stream.polygonStart();
    stream.lineStart();
    for (const [x, y] of [[0, 0], [1, 0], [1, 1], [0, 0]]) stream.point(x!, y!);
    stream.lineEnd();
    stream.lineStart();
    for (const [x, y] of [[10, 10], [20, 10], [20, 20], [10, 10]]) stream.point(x!, y!);
    stream.lineEnd();
    stream.polygonEnd();
    expect(drawn.join(' ')).toBe('{ [ 10,10 20,10 20,20 10,10 ] }');
    // d3-geo accepts it as a stream wrapper.
    expect(typeof geoPath({ stream: (out) => thinning(1, 1)(out) })).toBe('function');
  });
});
