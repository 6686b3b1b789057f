/**
 * The strike map's fixed geography (not strike data): each region as an area of open sea, the coasts the
 * sub-areas hang from, the context places, and where the country, sea and area labels may go, best
 * first. Only positions live here; every name the map prints is in text.ts.
 */
import type { Region, SubArea } from '../../schemas/strike.ts';
import type { LonLat, Point } from './basemap.ts';

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

export type PlaceKey = 'key-west' | 'bogota' | 'caracas';

/** Context places (city coordinates are geography, not strike data); their names are in text.ts. */
export const PLACES: { key: PlaceKey; at: LonLat }[] = [
  { key: 'key-west', at: [-81.78, 24.56] },
  { key: 'bogota', at: [-74.07, 4.71] },
  { key: 'caracas', at: [-66.9, 10.48] },
];

/** The fixed labels: countries, seas and the two regions' areas (their words are in text.ts). */
export type FixedLabelKey =
  | 'trinidad'
  | 'colombia'
  | 'venezuela'
  | 'ecuador'
  | 'panama'
  | 'mexico'
  | 'cuba'
  | 'united-states'
  | 'gulf-of-mexico'
  | 'caribbean-sea'
  | 'pacific-ocean'
  | 'atlantic-ocean'
  | 'area-caribbean'
  | 'area-eastern-pacific';

export type Anchor = 'start' | 'middle' | 'end';
export type LabelKind = 'country' | 'sea' | 'place' | 'area' | 'sub-area';

/** A candidate position: a point (lon/lat or screen), an offset in px, and the text anchor. */
export interface LabelCandidate {
  at: LonLat | { screen: Point };
  dx?: number;
  dy?: number;
  anchor?: Anchor;
}

export interface LabelSpec {
  key: string;
  kind: LabelKind;
  /** Wrap at this width (px); otherwise one line. */
  wrap?: number;
  region?: Region;
  /** Candidate positions, best first. */
  candidates: LabelCandidate[];
  /** Draw a leader line from this point to the label (a small island). */
  leaderFrom?: LonLat;
  /** Where the text wraps in the phone layout (text.ts may give it a shorter text there). */
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

/** A fixed label's spec: its key names its words in text.ts. */
export interface FixedLabelSpec extends LabelSpec {
  key: FixedLabelKey;
}

export const COUNTRY_LABELS: FixedLabelSpec[] = [
  { key: 'colombia', kind: 'country', candidates: [{ at: [-72.6, 2.6] }, { at: [-72.4, 6.4] }, { at: [-73.6, 1.2] }] },
  {
    key: 'venezuela',
    kind: 'country',
    candidates: [{ at: [-65.6, 7.2] }, { at: [-64.6, 6.2] }, { at: [-66.4, 8.4] }, { at: [-66.6, 6.4] }, { at: [-67.6, 7.6] }, { at: [-64.4, 8.2] }, { at: [-66.0, 5.4] }],
  },
  // After Venezuela, so the larger country takes its place first and the island's name goes around it.
  {
    key: 'trinidad',
    kind: 'country',
    wrap: 80,
    leaderFrom: [-61.2, 10.5],
    // North and east of the island first: open sea, where the label cannot be read as part of Venezuela.
    candidates: [
      { at: [-61.2, 10.5], dx: 12, dy: -16, anchor: 'start' },
      { at: [-61.2, 10.5], dx: 8, dy: -30, anchor: 'start' },
      { at: [-61.2, 10.5], dx: 4, dy: -22, anchor: 'end' },
      { at: [-61.2, 10.5], dx: 14, dy: 14, anchor: 'start' },
      { at: [-61.2, 10.5], dx: 14, dy: 28, anchor: 'start' },
      { at: [-61.2, 10.5], dx: 4, dy: 30, anchor: 'end' },
      { at: [-61.2, 10.5], dx: 4, dy: 44, anchor: 'end' },
      { at: [-61.2, 10.5], dx: 8, dy: 40, anchor: 'start' },
      { at: [-61.2, 10.5], dx: 30, dy: 62, anchor: 'end' },
      { at: [-61.2, 10.5], dx: 30, dy: 80, anchor: 'end' },
    ],
  },
  {
    key: 'ecuador',
    kind: 'country',
    candidates: [{ at: [-78.2, -1.6] }, { at: [-77.6, -0.8] }, { at: [-78.6, -2.4] }, { at: [-78.6, -1.6], anchor: 'start' }, { at: [-78.0, -2.2], anchor: 'start' }],
  },
  {
    key: 'panama',
    kind: 'country',
    candidates: [
      { at: [-80.4, 8.5] }, { at: [-80.8, 9.1], anchor: 'end' }, { at: [-81.0, 8.0], anchor: 'end' }, { at: [-79.0, 8.7], anchor: 'start' },
      { at: [-80.2, 7.4] }, { at: [-81.2, 9.6], anchor: 'end' },
    ],
  },
  { key: 'mexico', kind: 'country', candidates: [{ at: [-92.6, 17.4] }, { at: [-94.6, 18.2] }, { at: [-89.4, 19.0] }] },
  { key: 'cuba', kind: 'country', candidates: [{ at: [-79.4, 21.7] }, { at: [-78.4, 21.4] }, { at: [-80.6, 23.6] }] },
  {
    key: 'united-states',
    kind: 'country',
    candidates: [{ at: [-81.4, 28.0] }, { at: [-82.6, 29.0] }, { at: [-83.0, 28.0], anchor: 'end' }, { at: [-80.0, 28.4], anchor: 'start' }, { at: [-80.0, 27.0], anchor: 'start' }],
  },
];

export const SEA_LABELS: FixedLabelSpec[] = [
  {
    key: 'gulf-of-mexico',
    kind: 'sea',
    compactWrap: 60,
    compactOptional: true,
    candidates: [{ at: [-90.4, 25.2] }, { at: [-89.4, 24.0] }, { at: [-91.4, 26.6] }, { at: [-88.0, 25.6] }, { at: [-87.0, 24.4] }, { at: [-88.6, 27.8] }],
  },
  {
    key: 'caribbean-sea',
    kind: 'sea',
    compactWrap: 60,
    compactOptional: true,
    near: 'caribbean',
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
    candidates: [
      { at: [-92.0, 10.4] }, { at: [-90.0, 2.4] }, { at: [-93.6, 4.0] }, { at: [-86.0, -1.8] }, { at: [-93.0, -1.4] },
      { at: [-84.6, -1.8], anchor: 'start' }, { at: [-83.0, -0.6], anchor: 'start' }, { at: [-88.4, 10.8] }, { at: [-87.8, 9.8] },
    ],
  },
  { key: 'atlantic-ocean', kind: 'sea', optional: true, candidates: [{ at: [-64.0, 24.6] }, { at: [-62.0, 22.4] }, { at: [-66.0, 27.4] }] },
];

export const AREA_LABELS: FixedLabelSpec[] = [
  {
    key: 'area-caribbean',
    kind: 'area',
    region: 'caribbean',
    compactBelow: true,
    candidates: [{ at: [-82.2, 16.3], anchor: 'start' }, { at: [-81.8, 15.2], anchor: 'start' }, { at: [-82.2, 12.2], anchor: 'start' }, { at: [-70.0, 16.7], anchor: 'start' }],
  },
  {
    key: 'area-eastern-pacific',
    kind: 'area',
    region: 'eastern-pacific',
    compactWrap: 110,
    below: true,
    compactBelow: true,
    candidates: [{ at: [-95.6, 14.2], anchor: 'start' }, { at: [-95.6, 2.2], anchor: 'start' }, { at: [-95.6, 12.6], anchor: 'start' }],
  },
];
