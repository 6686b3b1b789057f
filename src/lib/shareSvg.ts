/**
 * The standalone figure as one SVG document (the figure page's SVG download, rendered to PNG at 2× for print)
 * and the figure's 1200×630 share card: the figure's wide-layout SVGs (styles computed by shareCascade.ts),
 * with its number, title and takeaway above and its source line below, on the light theme's paper.
 */
import { OG_HEIGHT, OG_WIDTH, escapeXml, fitLines } from './ogImage.ts';
import { StyleSheet, extractGraphic, type GraphicPiece } from './shareCascade.ts';

export interface FigureText {
  /** "Figure 3" */
  number: string;
  title: string;
  takeaway: string;
  /** "Sources: …" */
  sourceLine: string;
  /** Site name and the figure page's URL, the last line. */
  credit: string;
}

const PAPER = '#fbfaf7';
const INK = '#1b1b1b';
const MUTED = '#55524c';
const ACCENT = '#b3261e';
const RULE = '#d8d4cb';
const SANS = "system-ui, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const SERIF = "Charter, Georgia, 'Liberation Serif', 'DejaVu Serif', serif";
const GAP = 16;

interface Line {
  text: string;
  size: number;
  height: number;
  cls: string;
}

const lines = (text: string, width: number, size: number, cls: string, max: number, scale = 1.08): Line[] =>
  text === '' ? [] : fitLines(text, width, size, max, scale).map((line) => ({ text: line, size, height: Math.round(size * 1.3), cls }));

/** <text> elements for lines from `top`; returns the markup and the y after them. */
function textBlock(block: Line[], x: number, top: number): { markup: string; bottom: number } {
  let y = top;
  const markup = block.map((line) => {
    y += line.height;
    return `<text x="${x}" y="${y - Math.round(line.height - line.size) / 2 - Math.round(line.size * 0.2)}" class="${line.cls}" font-size="${line.size}">${escapeXml(line.text)}</text>`;
  });
  return { markup: markup.join('\n'), bottom: y };
}

const TEXT_STYLE = [
  `.t-number{font-family:${SANS};font-weight:700;letter-spacing:1.2px;fill:${ACCENT}}`,
  `.t-title{font-family:${SERIF};font-weight:700;fill:${INK}}`,
  `.t-takeaway{font-family:${SERIF};fill:${INK}}`,
  `.t-source{font-family:${SANS};fill:${MUTED}}`,
].join('\n');

/** Lays the rows of pieces out at `width`: each row's pieces side by side, scaled to fill it. */
function placeRows(rows: GraphicPiece[][], x: number, top: number, width: number): { markup: string; bottom: number } {
  let y = top;
  const parts: string[] = [];
  // At most three pieces side by side: small multiples wrap onto more rows.
  const wrapped = rows.flatMap((row) => Array.from({ length: Math.ceil(row.length / 3) }, (_, i) => row.slice(i * 3, i * 3 + 3)));
  for (const row of wrapped) {
    const gaps = GAP * (row.length - 1);
    // One height for the row: each piece's width in proportion to its aspect ratio.
    const ratioSum = row.reduce((sum, piece) => sum + piece.width / piece.height, 0);
    // Pieces are never drawn larger than their own size (small multiples stay small).
    const height = Math.min((width - gaps) / ratioSum, Math.max(...row.map((piece) => piece.height)));
    let left = x;
    for (const piece of row) {
      const w = (piece.width / piece.height) * height;
      parts.push(piece.markup.replace(/^<svg/, `<svg x="${left.toFixed(2)}" y="${y.toFixed(2)}" width="${w.toFixed(2)}" height="${height.toFixed(2)}"`));
      left += w + GAP;
    }
    y += height + GAP;
  }
  return { markup: parts.join('\n'), bottom: y - GAP };
}

export interface StandaloneFigure {
  svg: string;
  width: number;
  height: number;
}

/** The figure as a standalone SVG document, as wide as its widest SVG plus margins. */
export function standaloneFigureSvg(html: string, rows: readonly (readonly string[])[], text: FigureText): StandaloneFigure {
  const sheet = new StyleSheet();
  const pieces = extractGraphic(html, rows, sheet);
  const inner = Math.max(640, ...pieces.flat().map((piece) => piece.width));
  const pad = 24;
  const width = inner + 2 * pad;
  const head = [
    ...lines(text.number.toUpperCase(), inner, 15, 't-number', 1, 1.3),
    ...lines(text.title, inner, 26, 't-title', 3, 1.12),
    ...lines(text.takeaway, inner, 17, 't-takeaway', 4),
  ];
  const header = textBlock(head, pad, pad - 4);
  const graphic = placeRows(pieces, pad, header.bottom + 14, inner);
  const foot = textBlock([...lines(text.sourceLine, inner, 13, 't-source', 4), ...lines(text.credit, inner, 13, 't-source', 2)], pad, graphic.bottom + 14);
  const height = Math.ceil(foot.bottom + pad);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(`${text.number}: ${text.title}`)}</title>`,
    `<style>\n${TEXT_STYLE}\n${sheet}\n</style>`,
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
    header.markup,
    graphic.markup,
    `<rect x="${pad}" y="${graphic.bottom + 6}" width="${inner}" height="1" fill="${RULE}"/>`,
    foot.markup,
    `</svg>`,
  ].join('\n');
  return { svg, width, height };
}

/**
 * The figure's share card: 1200×630, its title at the top, the figure fitted into the space below (at its
 * own aspect ratio, centred), the source line at the foot.
 */
export function figureCardSvg(html: string, rows: readonly (readonly string[])[], text: FigureText): string {
  const sheet = new StyleSheet();
  const pieces = extractGraphic(html, rows, sheet);
  const pad = 48;
  const inner = OG_WIDTH - 2 * pad;
  const head = textBlock([...lines(text.number.toUpperCase(), inner, 20, 't-number', 1, 1.3), ...lines(text.title, inner, 40, 't-title', 2, 1.12)], pad, 26);
  const foot = lines(`${text.sourceLine} · ${text.credit}`, inner, 19, 't-source', 2);
  const footHeight = foot.reduce((sum, line) => sum + line.height, 0);
  const boxTop = head.bottom + 14;
  const boxBottom = OG_HEIGHT - pad / 2 - footHeight - 12;
  // Lay the rows out at full width, then scale the whole graphic into the box.
  const natural = placeRows(pieces, 0, 0, inner);
  const scale = Math.min(1, (boxBottom - boxTop) / natural.bottom);
  const left = pad + (inner - inner * scale) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<style>\n${TEXT_STYLE}\n${sheet}\n</style>`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${PAPER}"/>`,
    `<rect width="${OG_WIDTH}" height="8" fill="${ACCENT}"/>`,
    head.markup,
    `<g transform="translate(${left.toFixed(2)} ${boxTop}) scale(${scale.toFixed(4)})">${natural.markup}</g>`,
    textBlock(foot, pad, boxBottom + 4).markup,
    `</svg>`,
  ].join('\n');
}
