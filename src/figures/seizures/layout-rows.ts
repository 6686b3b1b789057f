/**
 * Figure 2's narrow layout: years down, tonnes across, one row per year. Conflicting figures are stacked
 * in their row inside a box, year-to-date figures get a line each within their year, and the gap year is
 * an empty hatched row. The police figure follows on the same scale, under a rule. Geometry only.
 */
import { round } from '../kit/format.ts';
import { textBox, textLines, wrapPhrases, type Segment, type TextView } from '../kit/phrases.ts';
import { textWidth, type Box } from '../kit/text.ts';
import type { SeizureModel, TonnesDatum } from './model.ts';
import { BOLD, blockAt, conflictView, gapView, markBox, nameMarks, newBoard, placeLabel, toMark, tonnesAxis } from './layout.ts';
import type { ConflictView, GapView, LabelRequest, MainLayout, MarkView, TickView } from './layout.ts';
import * as en from './text.ts';
/** The figure's words: text.ts, or an edition's module with the same exports (text.es.ts). */
type SeizuresText = typeof en;

export interface RowsOptions {
  width: number;
  fontSize: number;
  lineHeight: number;
  plotLeft: number;
  plotRight: number;
  top: number;
  minRow: number;
}

/**
 * Text in viewBox units: the graphic is 360 units wide and gets 288 px on a 320 px screen, so 15 units show
 * at 12 px; every text of the narrow chart is at least that size (seizures.css sets the ticks to match).
 */
export const ROWS: RowsOptions = { width: 360, fontSize: 15, lineHeight: 18, plotLeft: 52, plotRight: 262, top: 48, minRow: 32 };

export function layoutRows(model: SeizureModel, options: RowsOptions = ROWS, txt: SeizuresText = en): MainLayout {
  const { width, fontSize, lineHeight, plotLeft, plotRight, top, minRow } = options;
  const { scale: x, ticks } = tonnesAxis(model.maxTonnes, [plotLeft, plotRight], 3);
  const marks: MarkView[] = [];
  const gaps: GapView[] = [];
  const conflicts: ConflictView[] = [];
  const texts: TextView[] = [{ cls: 'axis-title', x: 2, y: round(fontSize), anchor: 'start', segments: [{ text: txt.AXIS_TITLE }], fontSize }];
  const obstacles: Box[] = [textBox(texts[0]!)];
  const requests: LabelRequest[] = [];
  const yearTicks: TickView[] = [];
  const labelWidth = 150;
  const wrapped = (datum: TonnesDatum, firstBase = false) => {
    const { value, rest } = txt.datumPhrases(datum, { firstBase });
    const restWidth = datum.kind === 'base' ? 80 : labelWidth;
    return [...wrapPhrases(value, labelWidth, fontSize), ...wrapPhrases(rest, restWidth, fontSize)];
  };
  const yearTick = (year: number, cy: number): TickView => ({
    value: year,
    label: String(year),
    x: 2,
    y: round(cy + 5),
    anchor: 'start',
    line: { x1: plotLeft - 4, y1: round(cy), x2: plotLeft, y2: round(cy) },
  });

  let cursor = top + 8;
  let firstBase = true;
  for (const slot of model.slots) {
    const rowTop = cursor;
    if (slot.gap) {
      const height = minRow;
      const gap = gapView(slot, { x: plotLeft - 2, y: rowTop + 3, width: plotRight - plotLeft + 4, height: height - 6 }, txt);
      gaps.push(gap);
      const labelBox = { x: plotLeft, y: rowTop + height / 2 - lineHeight / 2, width: plotRight - plotLeft, height: lineHeight };
      texts.push(...textLines([[{ text: txt.GAP_LABEL }]], labelBox, 'middle', { cls: 'gap-label', fontSize, lineHeight, ...(gap.ref ? { owner: gap.ref } : {}) }));
      obstacles.push(gap.box);
      yearTicks.push(yearTick(slot.year, rowTop + height / 2));
      cursor += height;
      continue;
    }
    // Items down the row: one cluster of conflicting annual figures, or each figure on its own line.
    const items: { data: TonnesDatum[]; lines: Segment[][]; owners?: string[] }[] = [];
    if (slot.annual.length > 1) {
      const lines = txt.conflictLines(slot.annual);
      items.push({ data: [...slot.annual].reverse(), lines: lines.map((line) => line.segments), owners: lines.map((line) => line.owner) });
    } else for (const datum of [...slot.partial, ...slot.annual]) items.push({ data: [datum], lines: wrapped(datum) });
    const baseLines = slot.base.map((datum) => {
      const lines = wrapped(datum, firstBase);
      firstBase = false;
      return lines;
    });
    let itemTop = rowTop;
    for (const [index, item] of items.entries()) {
      // Conflicting figures lie a few px apart on the tonnes scale: each gets its own line in the row, 31 units
      // (25 px on a 320 px screen) apart, so each has its own 24 px hit area (frame/hits.ts stops halfway).
      const step = 31;
      const clusterHeight = (item.data.length - 1) * step + 14;
      const labelHeight = item.lines.length * lineHeight;
      const extra = index === 0 ? Math.max(0, ...baseLines.map((lines) => lines.length * lineHeight)) : 0;
      const height = Math.max(minRow, clusterHeight + 8, labelHeight + 6, extra + 6);
      const cy = itemTop + height / 2;
      const placed = item.data.map((datum, i) => toMark(datum, x(datum.tonnes), cy + (i - (item.data.length - 1) / 2) * step, datum.kind === 'partial' ? 4.5 : 5.5, txt));
      marks.push(...placed);
      obstacles.push(...placed.map(markBox));
      let anchor: Box;
      if (item.data.length > 1) {
        const conflict = conflictView(slot, placed);
        conflicts.push({ ...conflict, key: item.data[0]!.conflict ?? String(slot.year) });
        anchor = conflict.box;
        obstacles.push(anchor);
      } else anchor = markBox(placed[0]!);
      requests.push({
        cls: item.data.length > 1 ? 'value-label conflict-values' : 'value-label',
        lines: item.lines,
        anchor,
        prefer: ['right', 'left'],
        owner: item.owners ? item.owners.join(' ') : item.data[0]!.ref,
      });
      if (index === 0) {
        for (const [b, datum] of slot.base.entries()) {
          const mark = toMark(datum, x(datum.tonnes), cy, 5, txt);
          marks.push(mark);
          obstacles.push(markBox(mark));
          requests.push({ owner: datum.ref, cls: 'value-label base-label', lines: baseLines[b]!, anchor: markBox(mark), prefer: ['right', 'left'] });
        }
      }
      itemTop += height;
    }
    yearTicks.push(yearTick(slot.year, (rowTop + itemTop) / 2));
    cursor = itemTop;
  }
  const yearsBottom = cursor + 4;

  // The police figure, under a rule, on the same scale.
  const divider = { x1: 0, y1: yearsBottom + 10, x2: width, y2: yearsBottom + 10 };
  const headerLines = wrapPhrases(txt.POLICE_HEADER, (width - 8) / BOLD, fontSize);
  const headerBox = blockAt(headerLines, 2, divider.y1 + 8, fontSize, lineHeight, BOLD);
  texts.push(...textLines(headerLines, headerBox, 'start', { cls: 'police-header', fontSize, lineHeight }));
  obstacles.push(headerBox);
  const policeTop = headerBox.y + headerBox.height + 6;
  const policeLines = wrapped(model.police);
  const policeHeight = Math.max(minRow, policeLines.length * lineHeight + 6);
  const police = toMark(model.police, x(model.police.tonnes), policeTop + policeHeight / 2, 5.5, txt);
  marks.push(police);
  obstacles.push(markBox(police));
  requests.push({ owner: model.police.ref, cls: 'value-label police-label', lines: policeLines, anchor: markBox(police), prefer: ['right', 'left'] });
  const policeBottom = policeTop + policeHeight;
  const noteLines = wrapPhrases(txt.POLICE_NOTE, width - 8, fontSize);
  const noteBox = blockAt(noteLines, 2, policeBottom + 8, fontSize, lineHeight);
  texts.push(...textLines(noteLines, noteBox, 'start', { cls: 'police-note', fontSize, lineHeight }));
  obstacles.push(noteBox);

  const valueTicks: TickView[] = ticks.map((value, index) => ({
    value,
    label: txt.tickLabel(value, index === ticks.length - 1),
    x: round(x(value)),
    y: top - 8,
    anchor: index === ticks.length - 1 ? 'end' : 'middle',
    line: { x1: round(x(value)), y1: top - 4, x2: round(x(value)), y2: yearsBottom },
  }));
  // The last tick's label ends at its line, so that it stays inside the graphic.
  const last = valueTicks[valueTicks.length - 1];
  if (last) last.x = round(last.x + 12);
  for (const tick of valueTicks) {
    const w = textWidth(tick.label, 12);
    obstacles.push({ x: tick.anchor === 'end' ? tick.x - w : tick.x - w / 2, y: tick.y - 12, width: w, height: 15 });
  }

  const board = newBoard(obstacles);
  const collisions: string[] = [];
  const bounds = { x: plotLeft - 4, y: 0, width: width - plotLeft + 4, height: noteBox.y + noteBox.height };
  for (const request of requests) texts.push(...placeLabel(request, { board, bounds, fontSize, lineHeight, collisions }));

  return nameMarks({
    orientation: 'rows',
    width,
    height: Math.ceil(noteBox.y + noteBox.height + 6),
    valueTicks,
    yearTicks,
    grid: [...valueTicks.map((tick) => tick.line), ...valueTicks.map((tick) => ({ x1: tick.line.x1, y1: policeTop, x2: tick.line.x1, y2: policeBottom }))],
    baseline: [
      { x1: plotLeft, y1: top - 4, x2: plotLeft, y2: yearsBottom },
      { x1: plotLeft, y1: policeTop, x2: plotLeft, y2: policeBottom },
    ],
    marks, gaps, conflicts, divider, texts, collisions,
  });
}
