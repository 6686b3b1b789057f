/**
 * The strike map's view model (Figure 3). Pure: strike records in, dates, totals and screen positions out.
 *
 * No source published coordinates for any strike, so none exist here. A strike is placed at the precision
 * the sources give: in the area of its region (Caribbean, eastern Pacific), or in a smaller area near a
 * coast when a source says "off the coast of Venezuela" or "off Colombia". Within an area, marks are packed
 * in a grid in date order; their place there is schematic. Strikes with no stated region are listed beside
 * the map, not placed on it.
 *
 * Time: what was known on a day is what had been announced by then (the announced date), so the state on
 * 13 November 2025 leaves out the 10 November strike, announced on the 14th.
 */
import { kilometresToPixels, makeProjection, NARROW_VIEW, project, round, VIEW, type LonLat, type Point, type View } from './geo.ts';
import { formatIsoDate } from '../figures/kit/dates.ts';
import { overlaps, textWidth, wrapText, type Box } from '../figures/kit/text.ts';

export type Region = 'caribbean' | 'eastern-pacific' | 'unspecified';
export type SubArea = 'off-venezuela' | 'off-colombia';

/** The fields of a strike record the figure uses (see src/content.config.ts). */
export interface StrikeInput {
  id: string;
  firstNumber: number;
  lastNumber: number;
  date: string | null;
  dateNote?: string | undefined;
  announcedDate: string | null;
  region: Region;
  locationText: string;
  vessels: number;
  strikesInRow: number;
  killed: number;
  killedLaterRevised: number | null;
  survivors: string;
  reliability: 'normal' | 'low';
}

/** The figure's default day: 13 November 2025, when Colombia reversed the suspension. */
export const DEFAULT_DATE = '2025-11-13';

export const REGION_NAMES: Record<Region, string> = {
  caribbean: 'Caribbean',
  'eastern-pacific': 'Eastern Pacific',
  unspecified: 'Not stated',
};

export const SUB_AREA_NAMES: Record<SubArea, string> = {
  'off-venezuela': 'Off Venezuela',
  'off-colombia': 'Off Colombia',
};

// ---------------------------------------------------------------------------------------------------------
// Dates

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The publication date a record gives in its date note ("2026-02-23 (publication date; …)"), if any. */
export function publicationDate(strike: Pick<StrikeInput, 'dateNote'>): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})\s*\(publication date/.exec(strike.dateNote ?? '');
  return match ? match[1]! : null;
}

/**
 * The day the strike became public: its announced date; failing that, the publication date of the report
 * it rests on; failing that, the strike date. Null when the record gives no day at all.
 */
export function knownDate(strike: StrikeInput): string | null {
  return strike.announcedDate ?? publicationDate(strike) ?? strike.date;
}

/** Where a strike sorts in time: the strike date, or (with no strike date) the day it became public. */
export function sortDate(strike: StrikeInput): string | null {
  return strike.date ?? knownDate(strike);
}

/** Strikes in date order (records without any day last), then by their number. */
export function orderStrikes<T extends StrikeInput>(strikes: readonly T[]): T[] {
  return [...strikes].sort((a, b) => {
    const da = sortDate(a) ?? '9999';
    const db = sortDate(b) ?? '9999';
    return da < db ? -1 : da > db ? 1 : a.firstNumber - b.firstNumber;
  });
}

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Whole days from `start` to `iso`. */
export function dayIndex(iso: string, start: string): number {
  return Math.round((toTime(iso) - toTime(start)) / DAY);
}

/** The ISO day `index` days after `start`. */
export function isoAt(index: number, start: string): string {
  return new Date(toTime(start) + index * DAY).toISOString().slice(0, 10);
}

/** The date control's range: from the first strike to the last day anything became public. */
export function dateDomain(strikes: readonly StrikeInput[]): { start: string; end: string; days: number } {
  const days = strikes.flatMap((s) => [s.date, knownDate(s)]).filter((d): d is string => d !== null && ISO_DAY.test(d)).sort();
  if (days.length === 0) throw new Error('no strike has a date');
  const start = days[0]!;
  const end = days[days.length - 1]!;
  return { start, end, days: dayIndex(end, start) };
}

/** "10 Nov 2025". */
export const shortDate = (iso: string) => formatIsoDate(iso, 'short');

// ---------------------------------------------------------------------------------------------------------
// Location precision

/**
 * The sub-area a strike may sit in: near Venezuela's coast when its stated location says "off the coast of
 * Venezuela", near Colombia's Pacific coast when it says "off Colombia". A location the research data marks
 * as in conflict (27 October: a search area off Mexico against "off the coast of Colombia") stays in the
 * region at large.
 */
export function subAreaOf(strike: Pick<StrikeInput, 'region' | 'locationText'>): SubArea | null {
  const text = strike.locationText;
  if (/CONFLICT/.test(text)) return null;
  if (strike.region === 'caribbean' && /\boff (?:the coast of )?Venezuela\b/i.test(text)) return 'off-venezuela';
  if (strike.region === 'eastern-pacific' && /\boff (?:the coast of )?Colombia\b/i.test(text)) return 'off-colombia';
  return null;
}

/**
 * Survivors the record says were never found and later reported presumed dead (e.g. "1 (…; never found,
 * later reported presumed dead)"). Many trackers count them as killed; the records do not.
 */
export function presumedDead(strike: Pick<StrikeInput, 'survivors'>): number {
  const match = /^(\d+)\b/.exec(strike.survivors);
  return match && /never found/i.test(strike.survivors) && /presumed dead/i.test(strike.survivors) ? Number(match[1]) : 0;
}

// ---------------------------------------------------------------------------------------------------------
// Totals

export interface Totals {
  date: string;
  /** Records announced by the date. */
  records: number;
  strikes: number;
  vessels: number;
  /** People killed, as announced at the time. */
  killed: number;
  /** Survivors never found and reported presumed dead, from the announced records. */
  presumedDead: number;
  presumedDates: string[];
  /** Records whose toll was later revised: announced and revised numbers. */
  revised: { id: string; date: string; from: number; to: number }[];
  /** Strikes that had happened by the date but were announced later. */
  pending: { id: string; date: string; announced: string; strikes: number; killed: number }[];
  lowReliability: { id: string; published: string }[];
  byRegion: Record<Region, { strikes: number; killed: number }>;
}

/** What had been announced by `iso` (inclusive), summed from the records. */
export function totalsAt(strikes: readonly StrikeInput[], iso: string): Totals {
  const totals: Totals = {
    date: iso,
    records: 0,
    strikes: 0,
    vessels: 0,
    killed: 0,
    presumedDead: 0,
    presumedDates: [],
    revised: [],
    pending: [],
    lowReliability: [],
    byRegion: { caribbean: { strikes: 0, killed: 0 }, 'eastern-pacific': { strikes: 0, killed: 0 }, unspecified: { strikes: 0, killed: 0 } },
  };
  for (const strike of orderStrikes(strikes)) {
    const known = knownDate(strike);
    if (known !== null && known <= iso) {
      totals.records += 1;
      totals.strikes += strike.strikesInRow;
      totals.vessels += strike.vessels;
      totals.killed += strike.killed;
      totals.byRegion[strike.region].strikes += strike.strikesInRow;
      totals.byRegion[strike.region].killed += strike.killed;
      const presumed = presumedDead(strike);
      if (presumed > 0) {
        totals.presumedDead += presumed;
        totals.presumedDates.push(strike.date ?? known);
      }
      if (strike.killedLaterRevised !== null && strike.killedLaterRevised !== strike.killed) {
        totals.revised.push({ id: strike.id, date: strike.date ?? known, from: strike.killed, to: strike.killedLaterRevised });
      }
      if (strike.reliability === 'low') totals.lowReliability.push({ id: strike.id, published: known });
    } else if (strike.date !== null && strike.date <= iso && known !== null) {
      totals.pending.push({ id: strike.id, date: strike.date, announced: known, strikes: strike.strikesInRow, killed: strike.killed });
    }
  }
  return totals;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const listJoin = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** The sentences the totals panel shows for a state (empty strings are hidden). */
export interface TotalsText {
  from: string;
  strikes: string;
  vessels: string;
  killed: string;
  /** The killed total counting survivors reported presumed dead. */
  withPresumed: string;
  presumedText: string;
  pending: string;
  revised: string;
  low: string;
}

export function totalsText(totals: Totals): TotalsText {
  const { pending, revised, lowReliability } = totals;
  return {
    from: totals.date,
    strikes: String(totals.strikes),
    vessels: String(totals.vessels),
    killed: String(totals.killed),
    withPresumed: totals.presumedDead > 0 ? String(totals.killed + totals.presumedDead) : '',
    presumedText:
      totals.presumedDead > 0
        ? `counting ${totals.presumedDead === 1 ? 'the survivor' : `the ${totals.presumedDead} survivors`} of ${listJoin(totals.presumedDates.map(shortDate))} ${totals.presumedDead === 1 ? 'who was' : 'who were'} never found`
        : '',
    pending:
      pending.length > 0
        ? `Already struck but not yet announced: ${pending
            .map((p) => `${shortDate(p.date)} (${p.strikes > 1 ? `${p.strikes} strikes, ` : ''}${p.killed} killed; announced ${shortDate(p.announced)})`)
            .join('; ')}.`
        : '',
    revised: revised.map((r) => `The toll of ${shortDate(r.date)} was later revised from ${r.from} to ${r.to} killed; the totals keep the number announced at the time.`).join(' '),
    low:
      lowReliability.length > 0
        ? `Includes ${plural(lowReliability.length, 'low-reliability report')} (${lowReliability.map((l) => `published ${shortDate(l.published)}, strike date not stated`).join('; ')}).`
        : '',
  };
}

/**
 * The panel's states: one for every day on which the totals change (a strike happens or is announced),
 * from the start of the date control. The state for a day is the last one that starts on or before it.
 */
export function totalsStates(strikes: readonly StrikeInput[]): TotalsText[] {
  const { start } = dateDomain(strikes);
  const days = new Set<string>([start]);
  for (const strike of strikes) {
    for (const day of [strike.date, knownDate(strike)]) if (day !== null && day >= start) days.add(day);
  }
  return [...days].sort().map((day) => totalsText(totalsAt(strikes, day)));
}

// ---------------------------------------------------------------------------------------------------------
// Geometry helpers

/** Ray-casting point-in-polygon test. */
export function insidePolygon([x, y]: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Chaikin corner cutting: rounds a closed polygon's corners (each pass doubles the points). */
export function smooth(polygon: readonly Point[], passes = 2): Point[] {
  let points = [...polygon];
  for (let pass = 0; pass < passes; pass++) {
    const next: Point[] = [];
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[(i + 1) % points.length]!;
      next.push([0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by], [0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by]);
    }
    points = next;
  }
  return points;
}

/** Clips a polygon to a rectangle (Sutherland–Hodgman). */
export function clipToRect(polygon: readonly Point[], [x0, y0, x1, y1]: [number, number, number, number]): Point[] {
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let output = [...polygon];
  for (const [inside, cross] of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) output.push(cross(previous, current));
        output.push(current);
      } else if (inside(previous)) output.push(cross(previous, current));
    }
  }
  return output;
}

const pathOf = (polygon: readonly Point[]) => `M${polygon.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;

// ---------------------------------------------------------------------------------------------------------
// Packing

/** The radius of a mark whose AREA is proportional to the people killed (largest record → `maxRadius`). */
export function markRadius(killed: number, maxKilled: number, maxRadius: number): number {
  if (maxKilled <= 0) return 0;
  return round(maxRadius * Math.sqrt(Math.max(0, killed) / maxKilled), 2);
}

/**
 * Packs items into a square grid of `pitch` px inside `polygon`, as a compact block centred on `seed`: the
 * block is a window of grid columns around the seed, filled row by row in reading order (left to right,
 * top to bottom), so that date order reads the same way. An item with a span of n (a record of several
 * strikes, with its count beside it) takes n cells side by side, moving to the next row when the rest of a
 * row is too short. Cells must lie wholly inside the polygon and clear of `exclude`. The narrowest window
 * whose block is no taller than it is wide wins, then the block whose middle is nearest the seed.
 * Deterministic: the same input always gives the same cells. Returns each item's first cell centre.
 */
export function packCells(polygon: readonly Point[], seed: Point, spans: readonly number[], pitch: number, exclude: readonly Box[] = []): Point[] {
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  const [minI, maxI] = [Math.floor((Math.min(...xs) - seed[0]) / pitch), Math.ceil((Math.max(...xs) - seed[0]) / pitch)];
  const [minJ, maxJ] = [Math.floor((Math.min(...ys) - seed[1]) / pitch), Math.ceil((Math.max(...ys) - seed[1]) / pitch)];
  const half = pitch / 2;
  const usable = (i: number, j: number): boolean => {
    const x = seed[0] + i * pitch;
    const y = seed[1] + j * pitch;
    const corners: Point[] = [
      [x, y],
      [x - half, y - half],
      [x + half, y - half],
      [x - half, y + half],
      [x + half, y + half],
    ];
    if (!corners.every((corner) => insidePolygon(corner, polygon))) return false;
    const box = { x: x - half, y: y - half, width: pitch, height: pitch };
    return !exclude.some((other) => overlaps(box, other, 2));
  };
  const grid = new Map<string, boolean>();
  const free = (i: number, j: number) => {
    const key = `${i},${j}`;
    if (!grid.has(key)) grid.set(key, usable(i, j));
    return grid.get(key)!;
  };

  /** Flows the items from row `top` within columns [left, right]; null if they do not all fit. */
  const flow = (left: number, right: number, top: number): { i: number; j: number }[] | null => {
    const placed: { i: number; j: number }[] = [];
    let j = top;
    let i = left;
    for (const span of spans) {
      for (;;) {
        if (j > maxJ) return null;
        if (i + span - 1 > right) {
          j += 1;
          i = left;
          continue;
        }
        const run = [...Array(span).keys()].every((k) => free(i + k, j));
        if (run) break;
        i += 1;
      }
      placed.push({ i, j });
      i += span;
    }
    return placed;
  };

  const widest = Math.max(-minI, maxI);
  let fallback: { i: number; j: number }[] | null = null;
  for (let reach = 0; reach <= widest; reach++) {
    const columns = 2 * reach + 1;
    let best: { cells: { i: number; j: number }[]; distance: number } | null = null;
    for (let top = minJ; top <= maxJ; top++) {
      const cells = flow(-reach, reach, top);
      if (!cells) continue;
      const bottom = cells[cells.length - 1]!.j;
      const distance = Math.abs((top + bottom) / 2);
      if (!best || distance < best.distance) best = { cells, distance };
    }
    if (!best) continue;
    const rows = best.cells[best.cells.length - 1]!.j - best.cells[0]!.j + 1;
    if (rows <= columns) return best.cells.map(({ i, j }) => [seed[0] + i * pitch, seed[1] + j * pitch]);
    fallback ??= best.cells;
  }
  if (fallback) return fallback.map(({ i, j }) => [seed[0] + i * pitch, seed[1] + j * pitch]);
  throw new Error(`packCells: ${spans.length} marks do not fit in the area (grid of ${pitch} px)`);
}

/** Lays items in one row inside a box that hangs off `anchor` on the given side (a sub-area near a coast). */
export function packRow(anchor: Point, side: 'above' | 'left' | 'below' | 'right', spans: readonly number[], pitch: number, pad: number): { box: Box; centres: Point[] } {
  const width = spans.reduce((sum, span) => sum + span, 0) * pitch + 2 * pad;
  const height = pitch + 2 * pad;
  const x = side === 'left' ? anchor[0] - width : side === 'right' ? anchor[0] : anchor[0] - width / 2;
  const y = side === 'above' ? anchor[1] - height : side === 'below' ? anchor[1] : anchor[1] - height / 2;
  const centres: Point[] = [];
  let cursor = 0;
  for (const span of spans) {
    centres.push([round(x + pad + cursor * pitch + pitch / 2), round(y + pad + pitch / 2)]);
    cursor += span;
  }
  return { box: { x: round(x), y: round(y), width: round(width), height: round(height) }, centres };
}

// ---------------------------------------------------------------------------------------------------------
// The map's geography (not strike data): the regions as areas, the coasts the sub-areas hang from, places.

/** Each region as an area of open sea, traced by hand about half a degree off the coasts (lon, lat). */
export const REGION_AREAS: Record<'caribbean' | 'eastern-pacific', { outline: LonLat[]; seed: LonLat; compactSeed: LonLat }> = {
  caribbean: {
    outline: [
      [-82.6, 15.6], [-80.6, 16.4], [-78.6, 16.9], [-76.0, 17.1], [-74.2, 17.3], [-71.6, 17.1], [-68.8, 17.4], [-66.4, 17.2],
      [-64.6, 16.9], [-63.2, 15.9], [-62.6, 14.4], [-62.6, 12.9], [-63.8, 12.5], [-66.2, 12.6], [-68.2, 13.0], [-71.4, 13.2],
      [-73.4, 12.2], [-75.8, 11.3], [-77.6, 10.4], [-80.0, 10.1], [-82.0, 10.6], [-82.6, 11.2],
    ],
    seed: [-74.5, 13.9],
    compactSeed: [-74.0, 14.0],
  },
  'eastern-pacific': {
    outline: [
      [-99.5, 15.0], [-96.0, 14.8], [-92.6, 13.4], [-89.6, 12.3], [-87.6, 11.5], [-86.6, 10.3], [-86.3, 9.0], [-84.4, 7.5],
      [-82.4, 6.8], [-80.6, 6.4], [-79.0, 5.6], [-78.7, 4.2], [-79.6, 2.1], [-80.8, 0.9], [-81.4, -0.6], [-81.8, -2.6],
      [-88.3, -2.6], [-88.5, 1.3], [-99.5, 1.3],
    ],
    seed: [-88.6, 6.6],
    compactSeed: [-87.2, 3.0],
  },
};

/** Where each sub-area hangs from: a point at sea just off the coast, and the side the area extends to. */
export const SUB_AREA_ANCHORS: Record<SubArea, { at: LonLat; side: 'above' | 'left' }> = {
  'off-venezuela': { at: [-64.2, 12.3], side: 'above' },
  'off-colombia': { at: [-79.2, 3.9], side: 'left' },
};

export interface Place {
  name: string;
  at: LonLat;
  /** A second, muted line. */
  note?: string;
}

/** Context places (city coordinates are geography, not strike data). */
export const PLACES: Place[] = [
  { name: 'Key West', at: [-81.78, 24.56], note: 'U.S. counter-drug hub' },
  { name: 'Bogotá', at: [-74.07, 4.71] },
  { name: 'Caracas', at: [-66.9, 10.48] },
];

type Anchor = 'start' | 'middle' | 'end';
interface LabelSpec {
  key: string;
  kind: 'country' | 'sea' | 'place' | 'area' | 'sub-area';
  text: string;
  /** Wrap at this width (px); otherwise one line. */
  wrap?: number;
  region?: Region;
  /** Candidate positions, best first: a point (lon/lat or screen), an offset in px, and the text anchor. */
  candidates: { at: LonLat | { screen: Point }; dx?: number; dy?: number; anchor?: Anchor }[];
  /** Draw a leader line from this point to the label (a small island). */
  leaderFrom?: LonLat;
  /** Shorter text for the phone layout, and where it wraps. */
  compactText?: string;
  compactWrap?: number;
  /** Put an area's label under its marks first (in the wide and the phone layout). */
  below?: boolean;
  compactBelow?: boolean;
  /** A sea label that may also go around this region's block of marks. */
  near?: Region;
  /** Left out of the phone layout. */
  optional?: boolean;
  /** In the phone layout, placed only if there is room (the area labels already name the seas). */
  compactOptional?: boolean;
}

const COUNTRY_LABELS: LabelSpec[] = [
  {
    key: 'trinidad',
    kind: 'country',
    text: 'Trinidad and Tobago',
    wrap: 80,
    leaderFrom: [-61.2, 10.5],
    candidates: [
      { at: [-61.2, 10.5], dx: 14, dy: 14, anchor: 'start' },
      { at: [-61.2, 10.5], dx: 12, dy: -16, anchor: 'start' },
      { at: [-61.2, 10.5], dx: 14, dy: 28, anchor: 'start' },
      { at: [-61.2, 10.5], dx: 4, dy: 30, anchor: 'end' },
      { at: [-61.2, 10.5], dx: 4, dy: 44, anchor: 'end' },
    ],
  },
  { key: 'colombia', kind: 'country', text: 'Colombia', candidates: [{ at: [-72.6, 2.6] }, { at: [-72.4, 6.4] }, { at: [-73.6, 1.2] }] },
  { key: 'venezuela', kind: 'country', text: 'Venezuela', candidates: [{ at: [-65.6, 7.2] }, { at: [-64.6, 6.2] }, { at: [-66.4, 8.4] }] },
  {
    key: 'ecuador',
    kind: 'country',
    text: 'Ecuador',
    candidates: [{ at: [-78.2, -1.6] }, { at: [-77.6, -0.8] }, { at: [-78.6, -2.4] }, { at: [-78.6, -1.6], anchor: 'start' }, { at: [-78.0, -2.2], anchor: 'start' }],
  },
  {
    key: 'panama',
    kind: 'country',
    text: 'Panama',
    candidates: [
      { at: [-80.4, 8.5] }, { at: [-80.8, 9.1], anchor: 'end' }, { at: [-81.0, 8.0], anchor: 'end' }, { at: [-79.0, 8.7], anchor: 'start' },
      { at: [-80.2, 7.4] }, { at: [-81.2, 9.6], anchor: 'end' },
    ],
  },
  { key: 'mexico', kind: 'country', text: 'Mexico', candidates: [{ at: [-92.6, 17.4] }, { at: [-94.6, 18.2] }, { at: [-89.4, 19.0] }] },
  { key: 'cuba', kind: 'country', text: 'Cuba', candidates: [{ at: [-79.4, 21.7] }, { at: [-78.4, 21.4] }, { at: [-80.6, 23.6] }] },
  {
    key: 'united-states',
    kind: 'country',
    text: 'Florida (U.S.)',
    candidates: [{ at: [-81.4, 28.0] }, { at: [-82.6, 29.0] }, { at: [-83.0, 28.0], anchor: 'end' }, { at: [-80.0, 28.4], anchor: 'start' }, { at: [-80.0, 27.0], anchor: 'start' }],
  },
];

const SEA_LABELS: LabelSpec[] = [
  {
    key: 'gulf-of-mexico',
    kind: 'sea',
    compactWrap: 60,
    compactOptional: true,
    text: 'Gulf of Mexico',
    candidates: [{ at: [-90.4, 25.2] }, { at: [-89.4, 24.0] }, { at: [-91.4, 26.6] }, { at: [-88.0, 25.6] }, { at: [-87.0, 24.4] }, { at: [-88.6, 27.8] }],
  },
  {
    key: 'caribbean-sea',
    kind: 'sea',
    compactWrap: 60,
    compactOptional: true,
    near: 'caribbean',
    text: 'Caribbean Sea',
    candidates: [
      { at: [-72.6, 16.2] }, { at: [-78.4, 15.8] }, { at: [-70.0, 15.9] }, { at: [-77.0, 12.2] }, { at: [-80.8, 14.0] }, { at: [-66.6, 15.6] },
      { at: [-80.6, 11.8] }, { at: [-78.6, 11.5] }, { at: [-68.6, 16.2] }, { at: [-81.2, 16.2] },
    ],
  },
  {
    key: 'pacific-ocean',
    kind: 'sea',
    compactWrap: 60,
    compactOptional: true,
    near: 'eastern-pacific',
    text: 'Pacific Ocean',
    candidates: [
      { at: [-92.0, 10.4] }, { at: [-90.0, 2.4] }, { at: [-93.6, 4.0] }, { at: [-86.0, -1.8] }, { at: [-93.0, -1.4] },
      { at: [-84.6, -1.8], anchor: 'start' }, { at: [-83.0, -0.6], anchor: 'start' }, { at: [-88.4, 10.8] }, { at: [-87.8, 9.8] },
    ],
  },
  { key: 'atlantic-ocean', kind: 'sea', text: 'Atlantic Ocean', optional: true, candidates: [{ at: [-64.0, 24.6] }, { at: [-62.0, 22.4] }, { at: [-66.0, 27.4] }] },
];

const AREA_LABELS: LabelSpec[] = [
  {
    key: 'area-caribbean',
    kind: 'area',
    region: 'caribbean',
    text: 'Strikes in the Caribbean',
    compactText: 'Caribbean strikes',
    compactBelow: true,
    candidates: [{ at: [-82.2, 16.3], anchor: 'start' }, { at: [-81.8, 15.2], anchor: 'start' }, { at: [-82.2, 12.2], anchor: 'start' }, { at: [-70.0, 16.7], anchor: 'start' }],
  },
  {
    key: 'area-eastern-pacific',
    kind: 'area',
    region: 'eastern-pacific',
    text: 'Strikes in the eastern Pacific',
    compactText: 'Eastern Pacific strikes',
    compactWrap: 110,
    below: true,
    compactBelow: true,
    candidates: [{ at: [-95.6, 14.2], anchor: 'start' }, { at: [-95.6, 2.2], anchor: 'start' }, { at: [-95.6, 12.6], anchor: 'start' }],
  },
];

// ---------------------------------------------------------------------------------------------------------
// The layout

export interface LayoutOptions {
  width: number;
  /** Radius of the mark of the deadliest record. */
  maxRadius: number;
  /** Space between grid cells. */
  gap: number;
  fontSize: number;
  lineHeight: number;
  /** Length of the scale bar. */
  scaleKm: number;
  /** The part of the world shown (default: the whole view). */
  view?: View;
  /** Phone layout: area labels wrap to two lines and places show their name only. */
  compact?: boolean;
  /** A label with no free position stops the build ('throw', the default) or is left out ('skip', drafts). */
  missingLabel?: 'throw' | 'skip';
}

export interface StrikeMark {
  ref: string;
  id: string;
  region: Region;
  subArea: SubArea | null;
  x: number;
  y: number;
  r: number;
  /** Half the grid pitch: the mark's tap target. */
  hit: number;
  /** The text beside a record of several strikes, e.g. "×3" (starts at x). */
  count: { text: string; x: number; y: number } | null;
  struck: string | null;
  known: string | null;
  lowReliability: boolean;
  ariaLabel: string;
  /** The grid cells the mark occupies (for collision tests). */
  box: Box;
}

export interface MapLabel {
  key: string;
  kind: LabelSpec['kind'];
  region?: Region;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: Anchor;
  box: Box;
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface MapLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  areas: { region: Region; d: string; polygon: Point[] }[];
  subAreas: { key: SubArea; region: Region; box: Box }[];
  marks: StrikeMark[];
  labels: MapLabel[];
  places: { name: string; x: number; y: number }[];
  scaleBar: { x: number; y: number; length: number; label: string };
}

/** One mark's accessible name: when, where, how many, and when it was announced. */
export function ariaLabelFor(strike: StrikeInput): string {
  const when = strike.date ? formatIsoDate(strike.date) : `Date not stated (reported ${formatIsoDate(knownDate(strike) ?? '')})`;
  const where = strike.region === 'unspecified' ? 'region not stated' : REGION_NAMES[strike.region];
  const count = strike.strikesInRow > 1 ? `${strike.strikesInRow} strikes, ` : '';
  const announced = strike.announcedDate && strike.announcedDate !== strike.date ? ` (announced ${formatIsoDate(strike.announcedDate)})` : '';
  const reliability = strike.reliability === 'low' ? '; low reliability' : '';
  return `${when}, ${where}: ${count}${strike.killed} killed${announced}${reliability}`;
}

/**
 * A label's width: textLayout's estimate with a margin for the weight the map draws it in (sea names are
 * regular, the rest semi-bold or bold), measured against a wide sans-serif (DejaVu Sans) in Chromium.
 */
export function labelWidth(text: string, kind: LabelSpec['kind'], fontSize: number): number {
  return textWidth(text, fontSize) * (kind === 'sea' ? 1.08 : 1.2);
}

/** How a mark looks on a day: announced (filled), struck but not yet announced (hollow), or not yet (hidden). */
export type MarkState = 'announced' | 'pending' | 'later';

export function markState(mark: { known: string | null; struck: string | null }, iso: string): MarkState {
  if (mark.known !== null && mark.known <= iso) return 'announced';
  if (mark.struck !== null && mark.struck <= iso) return 'pending';
  return 'later';
}

/** "Strike 7", or "Strikes 11–13" for a record of several. */
export function strikeName(strike: Pick<StrikeInput, 'firstNumber' | 'lastNumber'>): string {
  return strike.lastNumber > strike.firstNumber ? `Strikes ${strike.firstNumber}–${strike.lastNumber}` : `Strike ${strike.firstNumber}`;
}

/** The desktop layout: 720 px wide; text 13 px, which stays at 11 px or more down to a 609 px column. */
export const WIDE_LAYOUT: LayoutOptions = { width: 720, maxRadius: 12, gap: 3, fontSize: 13, lineHeight: 16, scaleKm: 500 };

/** The phone layout: 340 px wide, so 13 px text is 11 px or more on a 320 px screen (a 288 px column). */
export const NARROW_LAYOUT: LayoutOptions = {
  width: 340,
  maxRadius: 7,
  gap: 2,
  fontSize: 13,
  lineHeight: 16,
  scaleKm: 500,
  view: NARROW_VIEW,
  compact: true,
};

/** "strike-7" is already the record id; the permalink target is the table row with that id. */
export const strikeRef = (strike: Pick<StrikeInput, 'id'>) => strike.id;

/** The largest number killed in one record: the mark-size scale's top. */
export const maxKilled = (strikes: readonly StrikeInput[]) => Math.max(1, ...strikes.map((s) => s.killed));

type Seeds = Record<'caribbean' | 'eastern-pacific', LonLat>;

/**
 * Lays out the map for one width: areas, sub-areas, packed marks, labels, places and the scale bar. When
 * the marks or a label do not fit around the areas' seeds, nearby seeds are tried in a fixed order (so a
 * new strike record moves the blocks a little instead of breaking the build); the first layout that fits
 * is returned, the same on every build.
 */
export function layoutMap(strikes: readonly StrikeInput[], options: LayoutOptions): MapLayout {
  const base: Seeds = {
    caribbean: options.compact ? REGION_AREAS.caribbean.compactSeed : REGION_AREAS.caribbean.seed,
    'eastern-pacific': options.compact ? REGION_AREAS['eastern-pacific'].compactSeed : REGION_AREAS['eastern-pacific'].seed,
  };
  const steps = [0, 0.4, -0.4, 0.8, -0.8, 1.2, -1.2];
  const tries: Seeds[] = [base];
  for (const region of ['eastern-pacific', 'caribbean'] as const) {
    for (const dlat of steps) {
      for (const dlon of steps) {
        if (dlat === 0 && dlon === 0) continue;
        tries.push({ ...base, [region]: [round(base[region][0] + dlon), round(base[region][1] + dlat)] });
      }
    }
  }
  let firstError: unknown;
  for (const seeds of tries) {
    try {
      return layoutWith(strikes, options, seeds);
    } catch (error) {
      firstError ??= error;
    }
  }
  throw firstError;
}

function layoutWith(strikes: readonly StrikeInput[], options: LayoutOptions, seeds: Seeds): MapLayout {
  const { width, maxRadius, gap, fontSize, lineHeight } = options;
  const view = options.view ?? VIEW;
  const { projection, height } = makeProjection(width, view);
  const at = (lonLat: LonLat) => project(projection, lonLat);
  const pitch = 2 * maxRadius + gap;
  const topKilled = maxKilled(strikes);
  const ordered = orderStrikes(strikes);

  const areas = (['caribbean', 'eastern-pacific'] as const).map((region) => {
    const polygon = clipToRect(smooth(REGION_AREAS[region].outline.map(at)), [0, 0, width, height]).map(([x, y]): Point => [round(x), round(y)]);
    return { region, polygon, d: pathOf(polygon) };
  });

  // A record of several strikes takes as many cells as its dot and its count ("×3", after the dot) need.
  const countText = (strike: StrikeInput) => `×${strike.strikesInRow}`;
  const radiusOf = (strike: StrikeInput) => markRadius(strike.killed, topKilled, maxRadius);
  const spanOf = (strike: StrikeInput) =>
    strike.strikesInRow > 1 ? Math.ceil((pitch / 2 + radiusOf(strike) + 2 + textWidth(countText(strike), fontSize) * 1.25 + 2) / pitch) : 1;
  const placedAt = new Map<string, Point>();

  // Sub-areas first: each hangs off its coast and holds its strikes in one row.
  const subAreas: MapLayout['subAreas'] = [];
  for (const key of Object.keys(SUB_AREA_ANCHORS) as SubArea[]) {
    const members = ordered.filter((s) => s.region !== 'unspecified' && subAreaOf(s) === key);
    if (members.length === 0) continue;
    const { at: anchor, side } = SUB_AREA_ANCHORS[key];
    const { box, centres } = packRow(at(anchor), side, members.map(spanOf), pitch, 3);
    subAreas.push({ key, region: members[0]!.region, box });
    members.forEach((strike, index) => placedAt.set(strike.id, centres[index]!));
  }

  // Then each region's remaining strikes, packed around the area's seed.
  for (const area of areas) {
    const members = ordered.filter((s) => s.region === area.region && !placedAt.has(s.id));
    const seed = at(seeds[area.region as 'caribbean' | 'eastern-pacific']);
    const cells = packCells(area.polygon, seed, members.map(spanOf), pitch, subAreas.map((s) => s.box));
    members.forEach((strike, index) => placedAt.set(strike.id, [round(cells[index]![0]), round(cells[index]![1])]));
  }

  const marks: StrikeMark[] = ordered
    .filter((strike) => placedAt.has(strike.id))
    .map((strike) => {
      const [x, y] = placedAt.get(strike.id)!;
      const span = spanOf(strike);
      return {
        ref: strikeRef(strike),
        id: strike.id,
        region: strike.region,
        subArea: subAreaOf(strike),
        x,
        y,
        r: radiusOf(strike),
        hit: round(pitch / 2),
        count: span > 1 ? { text: countText(strike), x: round(x + radiusOf(strike) + 2), y: round(y + fontSize * 0.36) } : null,
        struck: strike.date,
        known: knownDate(strike),
        lowReliability: strike.reliability === 'low',
        ariaLabel: ariaLabelFor(strike),
        box: { x: round(x - pitch / 2), y: round(y - pitch / 2), width: span * pitch, height: pitch },
      };
    });

  // Places and the scale bar are fixed; labels go around them.
  const places = PLACES.map((place) => {
    const [x, y] = at(place.at);
    return { name: place.name, x, y };
  });
  const scaleLength = round(kilometresToPixels(projection, options.scaleKm, 5, (view.west + view.east) / 2));
  // The scale bar sits in the open Atlantic, top right; its label is right-aligned above the bar.
  const scaleBar = { x: round(width - 12 - scaleLength), y: 28, length: scaleLength, label: `${options.scaleKm} km` };
  const scaleWidth = Math.max(scaleLength, textWidth(scaleBar.label, fontSize));

  const placeDots = places.map((p): Box => ({ x: p.x - 4, y: p.y - 4, width: 8, height: 8 }));
  const obstacles: Box[] = [
    ...marks.map((mark) => mark.box),
    ...subAreas.map((sub) => sub.box),
    ...placeDots,
    { x: scaleBar.x + scaleLength - scaleWidth - 2, y: scaleBar.y - lineHeight - 8, width: scaleWidth + 4, height: lineHeight + 12 },
  ];
  const labels: MapLabel[] = [];
  const frame = { x0: 3, y0: 3, x1: width - 3, y1: height - 3 };
  // Small nudges, cheapest first: every candidate is tried as given before any is nudged.
  const nudges: Point[] = [[0, 0]];
  for (const dx of [0, 8, -8, 16, -16, 24, -24]) for (const dy of [0, -6, 6, -12, 12]) if (dx !== 0 || dy !== 0) nudges.push([dx, dy]);
  nudges.sort((a, b) => Math.abs(a[0]) + 1.5 * Math.abs(a[1]) - (Math.abs(b[0]) + 1.5 * Math.abs(b[1])));

  /** Places a block of lines at the first free candidate; `own` is the label's own dot, which it may sit next to. */
  const place = (spec: LabelSpec, candidates: { ref: Point; anchor: Anchor }[], lines: string[], own?: Box, optional = false): boolean => {
    const blockWidth = Math.max(...lines.map((line) => labelWidth(line, spec.kind, fontSize)));
    const blockHeight = lines.length * lineHeight;
    // Sea and area names may slide along the frame's edge; a country's or a place's name stays put.
    const slides = spec.kind === 'sea' || spec.kind === 'area';
    for (const [nx, ny] of nudges) {
      for (const { ref, anchor } of candidates) {
        let x0 = (anchor === 'start' ? ref[0] : anchor === 'middle' ? ref[0] - blockWidth / 2 : ref[0] - blockWidth) + nx;
        let y0 = ref[1] - blockHeight / 2 + ny;
        if (slides) {
          x0 = Math.min(Math.max(x0, frame.x0), frame.x1 - blockWidth);
          y0 = Math.min(Math.max(y0, frame.y0), frame.y1 - blockHeight);
        }
        const box = { x: round(x0), y: round(y0), width: round(blockWidth), height: blockHeight };
        if (box.x < frame.x0 || box.y < frame.y0 || box.x + box.width > frame.x1 || box.y + box.height > frame.y1) continue;
        if (obstacles.some((other) => other !== own && overlaps(box, other, 3))) continue;
        const from = spec.leaderFrom ? at(spec.leaderFrom) : null;
        const leftOf = from !== null && from[0] > box.x + box.width / 2;
        const leader = from
          ? {
              x1: from[0],
              y1: from[1],
              x2: round(leftOf ? box.x + box.width + 2 : box.x - 2),
              y2: round(Math.min(Math.max(from[1], box.y + 4), box.y + box.height - 4)),
            }
          : null;
        const textAnchor: Anchor = spec.leaderFrom ? (leftOf ? 'end' : 'start') : anchor;
        labels.push({
          key: spec.key,
          kind: spec.kind,
          ...(spec.region ? { region: spec.region } : {}),
          lines,
          x: round(textAnchor === 'start' ? box.x : textAnchor === 'middle' ? box.x + box.width / 2 : box.x + box.width),
          y: round(box.y + (lineHeight + fontSize * 0.7) / 2),
          anchor: textAnchor,
          box,
          leader,
        });
        obstacles.push(box);
        if (leader) {
          obstacles.push({
            x: Math.min(leader.x1, leader.x2),
            y: Math.min(leader.y1, leader.y2),
            width: Math.abs(leader.x2 - leader.x1),
            height: Math.abs(leader.y2 - leader.y1),
          });
        }
        return true;
      }
    }
    if (!optional && options.missingLabel !== 'skip') throw new Error(`layoutMap(${width}): no room for the label "${spec.text}"`);
    return false;
  };

  const placeSpec = (spec: LabelSpec) => {
    const wrap = options.compact ? (spec.compactWrap ?? spec.wrap) : spec.wrap;
    const lines = wrap ? wrapText(spec.text, wrap, fontSize) : [spec.text];
    const candidates = spec.candidates.map((c) => {
      const base = 'screen' in c.at ? c.at.screen : at(c.at as LonLat);
      return { ref: [base[0] + (c.dx ?? 0), base[1] + (c.dy ?? 0)] as Point, anchor: c.anchor ?? 'middle' };
    });
    place(spec, candidates, lines, undefined, Boolean(options.compact && spec.compactOptional));
  };
  const screen = (x: number, y: number, anchor: Anchor) => ({ at: { screen: [x, y] as Point }, anchor });

  /** Candidate positions around a region's block of marks (not its sub-areas): above, below, beside. */
  const aroundBlock = (region: Region, lines: number) => {
    const block = marks.filter((mark) => mark.region === region && mark.subArea === null).map((mark) => mark.box);
    const left = Math.min(...block.map((b) => b.x));
    const right = Math.max(...block.map((b) => b.x + b.width));
    const top = Math.min(...block.map((b) => b.y));
    const bottom = Math.max(...block.map((b) => b.y + b.height));
    const half = (lines * lineHeight) / 2;
    return {
      above: [screen(left, top - half - 4, 'start'), screen(right, top - half - 4, 'end')],
      below: [screen(left, bottom + half + 4, 'start'), screen(right, bottom + half + 4, 'end')],
      beside: [screen(left - 5, (top + bottom) / 2, 'end'), screen(right + 5, (top + bottom) / 2, 'start')],
    };
  };

  // Area labels head (or follow) their block of marks where there is room, else go where the spec says.
  for (const spec of AREA_LABELS) {
    const text = options.compact ? (spec.compactText ?? spec.text) : spec.text;
    const wrap = options.compact ? spec.compactWrap : undefined;
    const { above, below, beside } = aroundBlock(spec.region!, wrap ? wrapText(text, wrap, fontSize).length : 1);
    const underFirst = options.compact ? spec.compactBelow : spec.below;
    placeSpec({ ...spec, text, ...(wrap ? { wrap } : {}), candidates: [...(underFirst ? [...below, ...above] : [...above, ...below]), ...beside, ...spec.candidates] });
  }
  for (const sub of subAreas) {
    const { box } = sub;
    const text = SUB_AREA_NAMES[sub.key];
    // On phones the name may break after "Off" to fit over its small box.
    const compactWrap = options.compact ? Math.max(box.width, labelWidth(text.split(' ').slice(1).join(' '), 'sub-area', fontSize) / 1.2 + 1) : undefined;
    const half = ((compactWrap ? wrapText(text, compactWrap, fontSize).length : 1) * lineHeight) / 2;
    placeSpec({
      key: `sub-${sub.key}`,
      kind: 'sub-area',
      region: sub.region,
      text,
      ...(compactWrap ? { compactWrap } : {}),
      candidates: [
        screen(box.x, box.y - half - 4, 'start'),
        screen(box.x + box.width, box.y - half - 4, 'end'),
        screen(box.x, box.y + box.height + half + 4, 'start'),
        screen(box.x + box.width, box.y + box.height + half + 4, 'end'),
        screen(box.x - 5, box.y + box.height / 2, 'end'),
        screen(box.x + box.width + 5, box.y + box.height / 2, 'start'),
      ],
    });
  }
  for (const [index, info] of PLACES.entries()) {
    const { x, y } = places[index]!;
    const lines = info.note && !options.compact ? [info.name, info.note] : [info.name];
    const blockHeight = lines.length * lineHeight;
    // Beside the dot the first line is centred on it; above or below, the block clears it.
    const beside = y + (blockHeight - lineHeight) / 2;
    const candidates: { ref: Point; anchor: Anchor }[] = [
      { ref: [x + 7, beside], anchor: 'start' },
      { ref: [x - 7, beside], anchor: 'end' },
      { ref: [x, y + 6 + blockHeight / 2], anchor: 'middle' },
      { ref: [x, y - 6 - blockHeight / 2], anchor: 'middle' },
      { ref: [x + 4, y + 5 + blockHeight / 2], anchor: 'start' },
      { ref: [x - 4, y + 5 + blockHeight / 2], anchor: 'end' },
      { ref: [x + 4, y - 5 - blockHeight / 2], anchor: 'start' },
      { ref: [x - 4, y - 5 - blockHeight / 2], anchor: 'end' },
    ];
    place({ key: `place-${info.name}`, kind: 'place', text: info.name, candidates: [] }, candidates, lines, placeDots[index]);
  }
  COUNTRY_LABELS.forEach(placeSpec);
  for (const spec of SEA_LABELS) {
    if (options.compact && spec.optional) continue;
    const around = spec.near ? aroundBlock(spec.near, 1) : null;
    placeSpec(around ? { ...spec, candidates: [...spec.candidates, ...around.above, ...around.below] } : spec);
  }

  return { width, height, fontSize, lineHeight, areas, subAreas, marks, labels, places, scaleBar };
}

/** Strikes with no stated region: listed beside the map, never placed on it. */
export function unplacedStrikes<T extends StrikeInput>(strikes: readonly T[]): T[] {
  return orderStrikes(strikes).filter((strike) => strike.region === 'unspecified');
}

/** The map's frame, for tests and the note on the projection. */
export const MAP_VIEW = VIEW;
