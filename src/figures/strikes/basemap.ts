/**
 * The strike map's basemap, built once at build time: Natural Earth 1:50m countries (world-atlas) projected,
 * clipped to the map frame, thinned and rounded into a few SVG path strings. Nothing here runs in the
 * browser and no geometry is fetched at run time.
 *
 * Projection: Lambert conformal conic with standard parallels at 5°N and 25°N. The map runs from the
 * equator to Florida. A conformal projection keeps the shapes of coasts and islands true, and with both
 * standard parallels inside the frame the scale changes by only a few per cent from top to bottom, so
 * sizes and distances are close to true too (Mercator, the usual conformal choice, would enlarge the
 * north of the map by about a third in area).
 */
import { geoBounds, geoConicConformal, geoDistance, geoPath, type GeoProjection, type GeoStream, type GeoStreamWrapper } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import countries50m from 'world-atlas/countries-50m.json';
import { round } from '../kit/format.ts';

export type LonLat = [lon: number, lat: number];
export interface View {
  west: number;
  east: number;
  south: number;
  north: number;
}
export type Point = [x: number, y: number];

/** What the map covers (degrees): the Caribbean and the eastern Pacific approaches, equator to Florida. */
export const VIEW: View = { west: -96, east: -56, south: -3, north: 30.5 };

/** The phone layout's view: the same seas a little tighter east–west, so the map can be drawn larger. */
export const NARROW_VIEW: View = { west: -90.5, east: -59, south: -6.5, north: 30.5 };

/** The two standard parallels: where the scale is exactly true. */
export const PARALLELS: [number, number] = [5, 25];

export const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** The view's outline as a polygon traced along its parallels and meridians (for fitting and filtering). */
export function viewOutline(view: View = VIEW, step = 1): Feature<Polygon> {
  const ring: LonLat[] = [];
  for (let lon = view.west; lon < view.east; lon += step) ring.push([lon, view.south]);
  for (let lat = view.south; lat < view.north; lat += step) ring.push([view.east, lat]);
  for (let lon = view.east; lon > view.west; lon -= step) ring.push([lon, view.north]);
  for (let lat = view.north; lat > view.south; lat -= step) ring.push([view.west, lat]);
  ring.push(ring[0]!);
  // Counter-clockwise in lon/lat is d3-geo's "small polygon" winding, once reversed to clockwise.
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/**
 * The projection for a map `width` px wide, fitted so the whole view shows, then clipped to the frame
 * [0, width] × [0, height]. Returns the projection and the frame's height.
 */
export function makeProjection(width: number, view: View = VIEW): { projection: GeoProjection; height: number } {
  const centre = (view.west + view.east) / 2;
  const outline = viewOutline(view);
  const projection = geoConicConformal().parallels(PARALLELS).rotate([-centre, 0]).precision(0.2);
  // The view's parallels are arcs on this projection: the frame is the box around them, so the whole view
  // shows, and a little of the world beyond it at the corners and the middle of each edge.
  projection.fitWidth(width, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(bottom - top);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** A projected point, rounded to 0.1 px. */
export function project(projection: GeoProjection, point: LonLat): Point {
  const xy = projection(point);
  if (!xy) throw new Error(`cannot project ${point.join(', ')}`);
  return [round(xy[0]), round(xy[1])];
}

/**
 * A stream that thins projected lines: a point closer than `tolerance` px to the last kept point is dropped
 * (the last point of every line is kept), and a ring whose area is under `minArea` px² is dropped whole.
 */
export function thinning(tolerance: number, minArea: number): (out: GeoStream) => GeoStream {
  return (out) => {
    let ring: Point[] | null = null;
    let inPolygon = false;
    let last: Point | null = null;
    let pending: Point | null = null;
    const flushRing = (points: Point[]) => {
      let area = 0;
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) area += points[j]![0] * points[i]![1] - points[i]![0] * points[j]![1];
      if (points.length < 3 || Math.abs(area / 2) < minArea) return;
      out.lineStart();
      for (const [x, y] of points) out.point(x, y);
      out.lineEnd();
    };
    return {
      point(x, y) {
        const here: Point = [x, y];
        if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) {
          pending = here;
          return;
        }
        pending = null;
        last = here;
        if (ring) ring.push(here);
        else out.point(x, y);
      },
      lineStart() {
        last = null;
        pending = null;
        if (inPolygon) ring = [];
        else out.lineStart();
      },
      lineEnd() {
        if (pending) {
          if (ring) ring.push(pending);
          else out.point(pending[0], pending[1]);
        }
        if (ring) {
          flushRing(ring);
          ring = null;
        } else out.lineEnd();
      },
      polygonStart() {
        inPolygon = true;
        out.polygonStart();
      },
      polygonEnd() {
        inPolygon = false;
        out.polygonEnd();
      },
      sphere() {
        out.sphere?.();
      },
    };
  };
}

/**
 * Rewrites an absolute "M…L…Z" path (as d3-geo writes it) with relative moves and lines, which is shorter
 * and compresses better. Coordinates stay rounded to `digits` decimals; the drawing is unchanged.
 */
export function relativePath(d: string, digits = 1): string {
  const factor = 10 ** digits;
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const num = (v: number) => {
    const s = String(Math.round(v * factor) / factor);
    return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s;
  };
  const pair = (dx: number, dy: number) => {
    const a = num(dx);
    const b = num(dy);
    return a + (b.startsWith('-') ? '' : ',') + b;
  };
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      x = startX;
      y = startY;
      continue;
    }
    const [px, py] = args!.split(',').map(Number) as [number, number];
    // Work in integer units of the rounding step so that no error accumulates.
    const nx = Math.round(px * factor);
    const ny = Math.round(py * factor);
    const dx = (nx - x) / factor;
    const dy = (ny - y) / factor;
    if (command === 'M') {
      out += `m${pair(dx, dy)}`;
      startX = nx;
      startY = ny;
    } else if (dx !== 0 || dy !== 0) out += `l${pair(dx, dy)}`;
    x = nx;
    y = ny;
  }
  return out;
}

export interface BasemapOptions {
  /** Decimals kept in path coordinates. */
  digits?: number;
  /** Points closer than this (px) to the previous one are dropped. */
  tolerance?: number;
  /** Islands smaller than this (px²) are dropped. */
  minArea?: number;
  /** The country drawn apart from the rest of the land (by its Natural Earth name). */
  focus?: string;
  view?: View;
  /**
   * Another map (its width and view) this basemap is drawn for as well: the paths then cover that map's
   * frame too, and `cover.transform` is the SVG transform that draws them there (see `planeMap`).
   */
  cover?: { width: number; view: View };
}

export interface Basemap {
  width: number;
  height: number;
  /** All land in view except the focus country, merged into one shape (its outline is the coast). */
  land: string;
  /** The focus country (Colombia). */
  focus: string;
  /** Land borders between countries in view. */
  borders: string;
  /** The names of the countries drawn, for tests. */
  countries: string[];
  /** The region the paths cover (this map's frame, and the other map's frame when `cover` is given). */
  extent: [Point, Point];
  /** With `cover`: the SVG transform (a `matrix(…)`) that draws these paths on the other map. */
  cover?: { transform: string };
}

/** An affine map of the plane, as SVG's matrix(a b c d e f): x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Affine = [a: number, b: number, c: number, d: number, e: number, f: number];

const applyAffine = ([a, b, c, d, e, f]: Affine, [x, y]: Point): Point => [a * x + c * y + e, b * x + d * y + f];

function invertAffine([a, b, c, d, e, f]: Affine): Affine {
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/**
 * The affine map that takes a point as `from` projects it to where `to` projects it, when there is one.
 * Two conformal conics with the same parallels differ only by a rotation about the cone's apex (their
 * central meridians), a scale and a shift, so one map's basemap can be drawn on the other through a
 * transform instead of a second copy of the coastlines. Fitted on three corners of `view` and checked on a
 * grid over it (to within 0.05 px); null when the projections are not related so.
 */
export function planeMap(from: GeoProjection, to: GeoProjection, view: View): Affine | null {
  const at = (projection: GeoProjection, lonLat: LonLat): Point => projection(lonLat) as Point;
  const corners: LonLat[] = [
    [view.west, view.south],
    [view.east, view.south],
    [view.west, view.north],
  ];
  const [p0, p1, p2] = corners.map((corner) => at(from, corner)) as [Point, Point, Point];
  const [q0, q1, q2] = corners.map((corner) => at(to, corner)) as [Point, Point, Point];
  // Solve q = M·p for M's two rows from the three pairs (Cramer's rule).
  const det = p0[0] * (p1[1] - p2[1]) - p0[1] * (p1[0] - p2[0]) + (p1[0] * p2[1] - p2[0] * p1[1]);
  if (Math.abs(det) < 1e-9) return null;
  const row = (v0: number, v1: number, v2: number): [number, number, number] => [
    (v0 * (p1[1] - p2[1]) - p0[1] * (v1 - v2) + (v1 * p2[1] - v2 * p1[1])) / det,
    (p0[0] * (v1 - v2) - v0 * (p1[0] - p2[0]) + (p1[0] * v2 - p2[0] * v1)) / det,
    (p0[0] * (p1[1] * v2 - p2[1] * v1) - p0[1] * (p1[0] * v2 - p2[0] * v1) + v0 * (p1[0] * p2[1] - p2[0] * p1[1])) / det,
  ];
  const [a, c, e] = row(q0[0], q1[0], q2[0]);
  const [b, d, f] = row(q0[1], q1[1], q2[1]);
  const affine: Affine = [a, b, c, d, e, f];
  for (let lon = view.west; lon <= view.east; lon += (view.east - view.west) / 4) {
    for (let lat = view.south; lat <= view.north; lat += (view.north - view.south) / 4) {
      const [x, y] = applyAffine(affine, at(from, [lon, lat]));
      const [tx, ty] = at(to, [lon, lat]);
      if (Math.hypot(x - tx, y - ty) > 0.05) return null;
    }
  }
  return affine;
}

/** An affine map as an SVG transform, rounded enough to stay within 0.01 px over a map. */
export const svgMatrix = (affine: Affine): string => `matrix(${affine.map((v) => String(Math.round(v * 1e6) / 1e6)).join(' ')})`;

type CountryGeometry = GeometryCollection<{ name: string }>['geometries'][number];

/** A country's Natural Earth name. */
export const countryName = (geometry: CountryGeometry): string => (geometry.properties as { name?: string } | undefined)?.name ?? '';

/** Which countries reach into the view (with a margin, since the frame shows a little beyond it). */
export function countriesInView(view: View = VIEW, margin = 3): GeometryCollection<{ name: string }>['geometries'] {
  const countries = topology.objects.countries;
  const all = feature(topology, countries) as FeatureCollection<Geometry, { name: string }>;
  return countries.geometries.filter((_, index) => {
    const [[west, south], [east, north]] = geoBounds(all.features[index]!);
    if (north < view.south - margin || south > view.north + margin) return false;
    // A country that crosses the antimeridian (the United States, with Alaska) has west > east.
    const spans: [number, number][] = west <= east ? [[west, east]] : [[west, 180], [-180, east]];
    return spans.some(([w, e]) => e >= view.west - margin && w <= view.east + margin);
  });
}

/** Projects, clips, thins and rounds the basemap for one map size. */
export function buildBasemap(width: number, options: BasemapOptions = {}): Basemap {
  const { digits = 1, tolerance = 0.6, minArea = 0.8, focus = 'Colombia', view = VIEW, cover } = options;
  const { projection, height } = makeProjection(width, view);
  let extent: [Point, Point] = [
    [0, 0],
    [width, height],
  ];
  let shared: Basemap['cover'];
  let inView = countriesInView(view);
  if (cover) {
    const other = makeProjection(cover.width, cover.view);
    const toOther = planeMap(projection, other.projection, cover.view);
    if (!toOther) throw new Error('buildBasemap: the two maps are not on the same projection, so they cannot share a basemap');
    // The other frame's corners, brought back onto this map: the paths must reach them too.
    const back = invertAffine(toOther);
    const corners = ([[0, 0], [cover.width, 0], [0, other.height], [cover.width, other.height]] as Point[]).map((corner) => applyAffine(back, corner));
    const xs = [0, width, ...corners.map(([x]) => x)];
    const ys = [0, height, ...corners.map(([, y]) => y)];
    extent = [
      [Math.floor(Math.min(...xs)), Math.floor(Math.min(...ys))],
      [Math.ceil(Math.max(...xs)), Math.ceil(Math.max(...ys))],
    ];
    projection.clipExtent(extent);
    const names = new Set(inView.map(countryName));
    inView = [...inView, ...countriesInView(cover.view).filter((g) => !names.has(countryName(g)))];
    shared = { transform: svgMatrix(toOther) };
  }
  const thin = thinning(tolerance, minArea);
  const stream: GeoStreamWrapper = { stream: (out) => projection.stream(thin(out)) };
  const path = geoPath(stream).digits(digits);
  const ids = new Set(inView);
  const draw = (object: Parameters<typeof path>[0]) => relativePath(path(object) ?? '', digits);
  const others = inView.filter((g) => countryName(g) !== focus);
  const focusGeometry = inView.filter((g) => countryName(g) === focus);
  return {
    width,
    height,
    land: draw(merge(topology, others as never)),
    focus: draw(merge(topology, focusGeometry as never)),
    borders: draw(mesh(topology, topology.objects.countries, (a, b) => a !== b && (ids.has(a as never) || ids.has(b as never)))),
    countries: inView.map(countryName).sort(),
    extent,
    ...(shared ? { cover: shared } : {}),
  };
}

/** The scale factor (map distance / true distance, relative to the standard parallels) at a latitude. */
export function scaleFactor(projection: GeoProjection, lat: number, lon = (VIEW.west + VIEW.east) / 2): number {
  const a = projection([lon, lat])!;
  const b = projection([lon + 0.01, lat])!;
  const pixels = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const radians = geoDistance([lon, lat], [lon + 0.01, lat]);
  return pixels / radians;
}

/** Length in px of `km` kilometres measured along a parallel at `lat` (for the scale bar). */
export function kilometresToPixels(projection: GeoProjection, km: number, lat: number, lon = (VIEW.west + VIEW.east) / 2): number {
  const earthRadius = 6371;
  return (scaleFactor(projection, lat, lon) * km) / earthRadius;
}

/**
 * How much the map scale varies across the view (largest / smallest − 1), on the given projection and,
 * for comparison, on Mercator (whose scale at latitude φ is 1 / cos φ).
 */
export function scaleVariation(projection: GeoProjection, view: View = VIEW): { projection: number; mercator: number } {
  const factors: number[] = [];
  for (let lat = view.south; lat <= view.north; lat += 0.5) factors.push(scaleFactor(projection, lat));
  const secant = (lat: number) => 1 / Math.cos((lat * Math.PI) / 180);
  const lats = [view.south, view.north, 0].filter((lat) => lat >= view.south && lat <= view.north);
  const mercator = lats.map(secant);
  return {
    projection: Math.max(...factors) / Math.min(...factors) - 1,
    mercator: Math.max(...mercator) / Math.min(...mercator) - 1,
  };
}
