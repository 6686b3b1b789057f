/**
 * The strike map's layout (Figure 3): geometry only. Strike records and the map's words in, screen
 * positions out: the regions' areas, sub-areas, packed marks, labels (placed by the kit's LabelBoard),
 * places and the scale bar, for one width.
 *
 * No source published coordinates for any strike, so none exist here. A strike is placed at the precision
 * the sources give: in the area of its region (Caribbean, eastern Pacific), or in a smaller area near a
 * coast when a source says "off the coast of Venezuela" or "off Colombia" (the record's `subArea`). Within
 * an area, marks are packed in a grid in date order; their place there is schematic. Strikes with no
 * stated region are listed beside the map, not placed on it.
 */
import type { Region, SubArea } from '../../schemas/strike.ts';
import { round } from '../kit/format.ts';
import { LabelBoard, lineBox, nudges } from '../kit/labels.ts';
import { overlaps, textWidth, wrapText, type Box } from '../kit/text.ts';
import { kilometresToPixels, makeProjection, NARROW_VIEW, project, VIEW, type LonLat, type Point, type View } from './basemap.ts';
import { knownDate, maxKilled, orderStrikes, strikeRef, type StrikeInput } from './model.ts';
import { clipToRect, markRadius, packCells, packRow, pathOf, smooth } from './packing.ts';
import { AREA_LABELS, COUNTRY_LABELS, PLACES, REGION_AREAS, SEA_LABELS, SUB_AREA_ANCHORS, type Anchor, type LabelKind, type LabelSpec } from './places.ts';
import type { MapWords } from './text.ts';

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
  /** The grid cells the mark occupies (for collision tests). */
  box: Box;
}

export interface MapLabel {
  key: string;
  kind: LabelKind;
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
  places: { key: string; x: number; y: number }[];
  scaleBar: { x: number; y: number; length: number; label: string };
}

/** The desktop layout: 720 px wide; text 13 px, which stays at 11 px or more down to a 609 px column. */
export const WIDE_LAYOUT: LayoutOptions = { width: 720, maxRadius: 12, gap: 3, fontSize: 13, lineHeight: 16, scaleKm: 500 };

/**
 * The phone layout: 340 units wide; a 320 px screen gives it a 288 px column, so 14.5-unit text shows at
 * 12.3 px (map.css sets the same size for the narrow map).
 */
export const NARROW_LAYOUT: LayoutOptions = {
  width: 340,
  maxRadius: 7,
  gap: 2,
  fontSize: 14.5,
  lineHeight: 18,
  scaleKm: 500,
  view: NARROW_VIEW,
  compact: true,
};

/**
 * A label's width: the kit's estimate with a margin for the weight the map draws it in (sea names are
 * regular, the rest semi-bold or bold), measured against a wide sans-serif (DejaVu Sans) in Chromium.
 */
export function labelWidth(text: string, kind: LabelKind, fontSize: number): number {
  return textWidth(text, fontSize) * (kind === 'sea' ? 1.08 : 1.2);
}

/**
 * Candidates tried first in the phone layout, by label key. Its view ends at 59°W, so the sea north and east
 * of Trinidad holds the area off Venezuela and its label: the island's name goes to the open Atlantic above
 * them, in the top right, with its leader running down the map's east edge to the island.
 */
const COMPACT_CANDIDATES: Partial<Record<string, LabelSpec['candidates']>> = {
  trinidad: [
    { at: [-61.2, 10.5], dx: 30, dy: -112, anchor: 'end' },
    { at: [-61.2, 10.5], dx: 30, dy: -122, anchor: 'end' },
    { at: [-61.2, 10.5], dx: 30, dy: -132, anchor: 'end' },
  ],
};

/** A leader from a small island to its label: to the label's near side, at a height inside it. */
function leaderFor(from: Point, box: Box) {
  const leftOf = from[0] > box.x + box.width / 2;
  return { x1: from[0], y1: from[1], x2: round(leftOf ? box.x + box.width + 2 : box.x - 2), y2: round(Math.min(Math.max(from[1], box.y + 4), box.y + box.height - 4)) };
}

/** Whether a leader's line stays clear of every box on the board (its island's own box and `own` aside). */
function leaderClear(board: LabelBoard, from: Point, leader: ReturnType<typeof leaderFor>, own?: Box): boolean {
  const length = Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1);
  for (let d = 5; d < length; d += 2) {
    const x = leader.x1 + ((leader.x2 - leader.x1) * d) / length;
    const y = leader.y1 + ((leader.y2 - leader.y1) * d) / length;
    const dot = { x: x - 0.5, y: y - 0.5, width: 1, height: 1 };
    if (board.taken.some((other) => other !== own && !(other.x <= from[0] && from[0] <= other.x + other.width && other.y <= from[1] && from[1] <= other.y + other.height && other.width <= 6) && overlaps(dot, other))) return false;
  }
  return true;
}
/** The boxes a leader line occupies: one per short piece, so a long slanted leader does not block the sea beside it. */
function leaderBoxes(leader: ReturnType<typeof leaderFor>): Box[] {
  const pieces = Math.max(1, Math.ceil(Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) / 8));
  const point = (i: number) => [leader.x1 + ((leader.x2 - leader.x1) * i) / pieces, leader.y1 + ((leader.y2 - leader.y1) * i) / pieces] as const;
  return Array.from({ length: pieces }, (_, i) => {
    const [ax, ay] = point(i);
    const [bx, by] = point(i + 1);
    return lineBox(round(ax), round(ay), round(bx), round(by));
  });
}

/** Small nudges around each candidate, cheapest first: every candidate is tried as given before any is nudged. */
const NUDGES = nudges([0, 8, -8, 16, -16, 24, -24], [0, -6, 6, -12, 12], 1.5);

type Seeds = Record<'caribbean' | 'eastern-pacific', LonLat>;

/**
 * Lays out the map for one width. When the marks or a label do not fit around the areas' seeds, nearby
 * seeds are tried in a fixed order (so a new strike record moves the blocks a little instead of breaking
 * the build); the first layout that fits is returned, the same on every build.
 */
export function layoutMap(strikes: readonly StrikeInput[], options: LayoutOptions, words: MapWords): MapLayout {
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
      return layoutWith(strikes, options, words, seeds);
    } catch (error) {
      firstError ??= error;
    }
  }
  throw firstError;
}

function layoutWith(strikes: readonly StrikeInput[], options: LayoutOptions, words: MapWords, seeds: Seeds): MapLayout {
  const { width, fontSize, lineHeight } = options;
  const view = options.view ?? VIEW;
  const { projection, height } = makeProjection(width, view);
  const at = (lonLat: LonLat) => project(projection, lonLat);
  const { areas, subAreas, marks } = packMarks(strikes, options, words, seeds, at, height);

  // Places and the scale bar are fixed; labels go around them.
  const places = PLACES.map((place) => {
    const [x, y] = at(place.at);
    return { key: place.key, x, y };
  });
  const scaleLength = round(kilometresToPixels(projection, options.scaleKm, 5, (view.west + view.east) / 2));
  // The scale bar sits in the open Atlantic, top right; its label is right-aligned above the bar.
  const scaleBar = { x: round(width - 12 - scaleLength), y: 28, length: scaleLength, label: words.scale(options.scaleKm) };
  const scaleWidth = Math.max(scaleLength, textWidth(scaleBar.label, fontSize));
  const placeDots = places.map((p): Box => ({ x: p.x - 4, y: p.y - 4, width: 8, height: 8 }));
  // The small islands a label points to with a leader: no other label may cover them.
  const islands = COUNTRY_LABELS.flatMap((spec) => (spec.leaderFrom ? [at(spec.leaderFrom)] : [])).map(([x, y]): Box => ({ x: x - 3, y: y - 3, width: 6, height: 6 }));
  const board = new LabelBoard({ gap: 3, bounds: { x: 3, y: 3, width: width - 6, height: height - 6 } }, [
    ...(options.compact ? islands : []),
    ...marks.map((mark) => mark.box),
    ...subAreas.map((sub) => sub.box),
    ...placeDots,
    { x: scaleBar.x + scaleLength - scaleWidth - 2, y: scaleBar.y - lineHeight - 8, width: scaleWidth + 4, height: lineHeight + 12 },
  ]);
  const labels: MapLabel[] = [];

  /** Places a block of lines at the first free candidate; `own` is the label's own dot, which it may touch. */
  const place = (spec: Pick<LabelSpec, 'key' | 'kind' | 'region' | 'leaderFrom'>, candidates: { ref: Point; anchor: Anchor }[], lines: string[], own?: Box, optional = false) => {
    const blockWidth = Math.max(...lines.map((line) => labelWidth(line, spec.kind, fontSize)));
    const blockHeight = lines.length * lineHeight;
    // Sea and area names may slide along the frame's edge; a country's or a place's name stays put.
    const slides = spec.kind === 'sea' || spec.kind === 'area';
    function* tries() {
      for (const [nx, ny] of NUDGES) {
        for (const { ref, anchor } of candidates) {
          let x0 = (anchor === 'start' ? ref[0] : anchor === 'middle' ? ref[0] - blockWidth / 2 : ref[0] - blockWidth) + nx;
          let y0 = ref[1] - blockHeight / 2 + ny;
          if (slides) {
            x0 = Math.min(Math.max(x0, 3), width - 3 - blockWidth);
            y0 = Math.min(Math.max(y0, 3), height - 3 - blockHeight);
          }
          yield { anchor, box: { x: round(x0), y: round(y0), width: round(blockWidth), height: blockHeight } };
        }
      }
    }
    // A leader line may not run through anything already on the map (it is taken with the label).
    const from = spec.leaderFrom ? at(spec.leaderFrom) : null;
    const accept = from ? (box: Box) => leaderClear(board, from, leaderFor(from, box), own) : undefined;
    const found = board.place(tries(), { ...(own ? { ignore: [own] } : {}), ...(accept ? { accept } : {}) });
    if (!found) {
      if (!optional && options.missingLabel !== 'skip') throw new Error(`layoutMap(${width}): no room for the label "${lines.join(' ')}"`);
      return;
    }
    const { box } = found;
    const leader = from ? leaderFor(from, box) : null;
    const anchor: Anchor = leader ? (leader.x2 < box.x ? 'start' : 'end') : found.anchor;
    labels.push({
      key: spec.key,
      kind: spec.kind,
      ...(spec.region ? { region: spec.region } : {}),
      lines,
      x: round(anchor === 'start' ? box.x : anchor === 'middle' ? box.x + box.width / 2 : box.x + box.width),
      y: round(box.y + (lineHeight + fontSize * 0.7) / 2),
      anchor,
      box,
      leader,
    });
    if (leader) board.take(...leaderBoxes(leader));
  };

  const placeSpec = (spec: LabelSpec, text: string) => {
    const wrap = options.compact ? (spec.compactWrap ?? spec.wrap) : spec.wrap;
    const lines = wrap ? wrapText(text, wrap, fontSize) : [text];
    const offered = options.compact ? [...(COMPACT_CANDIDATES[spec.key] ?? []), ...spec.candidates] : spec.candidates;
    const candidates = offered.map((c) => {
      const base = 'screen' in c.at ? c.at.screen : at(c.at as LonLat);
      return { ref: [base[0] + (c.dx ?? 0), base[1] + (c.dy ?? 0)] as Point, anchor: c.anchor ?? 'middle' };
    });
    place(spec, candidates, lines, undefined, Boolean(options.compact && spec.compactOptional));
  };
  const screen = (x: number, y: number, anchor: Anchor) => ({ at: { screen: [x, y] as Point }, anchor });

  /** Candidate positions around a block of boxes: above, below, beside. */
  const around = (block: Box[], lines: number) => {
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
  /** Around a region's block of marks (not its sub-areas). */
  const aroundBlock = (region: Region, lines: number) =>
    around(
      marks.filter((mark) => mark.region === region && mark.subArea === null).map((mark) => mark.box),
      lines,
    );

  // On phones a small island's name goes first, to the open sea, so the labels near it make room for its leader.
  const first = options.compact ? COUNTRY_LABELS.filter((spec) => COMPACT_CANDIDATES[spec.key]) : [];
  for (const spec of first) placeSpec(spec, words.labels[spec.key]);
  // Area labels head (or follow) their block of marks where there is room, else go where the spec says.
  for (const spec of AREA_LABELS) {
    const text = (options.compact ? words.compactLabels[spec.key] : undefined) ?? words.labels[spec.key];
    const wrap = options.compact ? spec.compactWrap : undefined;
    const { above, below, beside } = aroundBlock(spec.region!, wrap ? wrapText(text, wrap, fontSize).length : 1);
    const underFirst = options.compact ? spec.compactBelow : spec.below;
    placeSpec({ ...spec, candidates: [...(underFirst ? [...below, ...above] : [...above, ...below]), ...beside, ...spec.candidates] }, text);
  }
  for (const sub of subAreas) {
    const { box } = sub;
    const text = words.subAreas[sub.key];
    // On phones the name may break after its first word to fit over its small box.
    const compactWrap = options.compact ? Math.max(box.width, labelWidth(text.split(' ').slice(1).join(' '), 'sub-area', fontSize) / 1.2 + 1) : undefined;
    const { above, below, beside } = around([box], compactWrap ? wrapText(text, compactWrap, fontSize).length : 1);
    placeSpec({ key: `sub-${sub.key}`, kind: 'sub-area', region: sub.region, ...(compactWrap ? { compactWrap } : {}), candidates: [...above, ...below, ...beside] }, text);
  }
  for (const [index, info] of PLACES.entries()) {
    const { x, y } = places[index]!;
    const { name, note } = words.places[info.key];
    const lines = note && !options.compact ? [name, note] : [name];
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
    place({ key: `place-${info.key}`, kind: 'place' }, candidates, lines, placeDots[index]);
  }
  for (const spec of COUNTRY_LABELS) if (!first.includes(spec)) placeSpec(spec, words.labels[spec.key]);
  for (const spec of SEA_LABELS) {
    if (options.compact && spec.optional) continue;
    const near = spec.near ? aroundBlock(spec.near, 1) : null;
    placeSpec(near ? { ...spec, candidates: [...spec.candidates, ...near.above, ...near.below] } : spec, words.labels[spec.key]);
  }

  return { width, height, fontSize, lineHeight, areas, subAreas, marks, labels, places, scaleBar };
}

/** The areas, the sub-areas near a coast, and every placed strike's mark, packed in date order. */
function packMarks(strikes: readonly StrikeInput[], options: LayoutOptions, words: MapWords, seeds: Seeds, at: (lonLat: LonLat) => Point, height: number) {
  const { width, maxRadius, gap, fontSize } = options;
  const pitch = 2 * maxRadius + gap;
  const topKilled = maxKilled(strikes);
  const ordered = orderStrikes(strikes);

  const areas = (['caribbean', 'eastern-pacific'] as const).map((region) => {
    const polygon = clipToRect(smooth(REGION_AREAS[region].outline.map(at)), [0, 0, width, height]).map(([x, y]): Point => [round(x), round(y)]);
    return { region, polygon, d: pathOf(polygon) };
  });

  // A record of several strikes takes as many cells as its dot and its count ("×3", after the dot) need.
  const countText = (strike: StrikeInput) => words.count(strike.strikesInRow);
  const radiusOf = (strike: StrikeInput) => markRadius(strike.killed, topKilled, maxRadius);
  const spanOf = (strike: StrikeInput) =>
    strike.strikesInRow > 1 ? Math.ceil((pitch / 2 + radiusOf(strike) + 2 + textWidth(countText(strike), fontSize) * 1.25 + 2) / pitch) : 1;
  const placedAt = new Map<string, Point>();

  // Sub-areas first: each hangs off its coast and holds its strikes in one row.
  const subAreas: MapLayout['subAreas'] = [];
  for (const key of Object.keys(SUB_AREA_ANCHORS) as SubArea[]) {
    const members = ordered.filter((s) => s.region !== 'unspecified' && s.subArea === key);
    if (members.length === 0) continue;
    const { at: anchor, side } = SUB_AREA_ANCHORS[key];
    const { box, centres } = packRow(at(anchor), side, members.map(spanOf), pitch, 3);
    subAreas.push({ key, region: members[0]!.region, box });
    members.forEach((strike, index) => placedAt.set(strike.id, centres[index]!));
  }

  // Then each region's remaining strikes, packed around the area's seed.
  for (const area of areas) {
    const members = ordered.filter((s) => s.region === area.region && !placedAt.has(s.id));
    const cells = packCells(area.polygon, at(seeds[area.region]), members.map(spanOf), pitch, subAreas.map((s) => s.box));
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
        subArea: strike.subArea ?? null,
        x,
        y,
        r: radiusOf(strike),
        hit: round(pitch / 2),
        count: span > 1 ? { text: countText(strike), x: round(x + radiusOf(strike) + 2), y: round(y + fontSize * 0.36) } : null,
        struck: strike.date,
        known: knownDate(strike),
        lowReliability: strike.reliability === 'low',
        box: { x: round(x - pitch / 2), y: round(y - pitch / 2), width: span * pitch, height: pitch },
      };
    });
  return { areas, subAreas, marks };
}
