/**
 * Figure 2's wide layout: years across, tonnes up, one column per year. Conflicting figures sit side by
 * side in their year's column inside a box; the gap year is an empty hatched column; the police figure has
 * a column of its own, on the same scale, right of a rule. Geometry only: the words come from text.ts.
 */
import { round } from '../kit/format.ts';
import { textBox, textLines, wrapPhrases, words, type TextView } from '../kit/phrases.ts';
import type { Box } from '../kit/text.ts';
import type { SeizureModel } from './model.ts';
import { BOLD, blockAt, conflictView, gapView, markBox, nameMarks, newBoard, placeLabel, toMark, tonnesAxis } from './layout.ts';
import type { ConflictView, GapView, LabelRequest, MainLayout, MarkView, Side, TickView } from './layout.ts';
import * as en from './text.ts';
/** The figure's words: text.ts, or an edition's module with the same exports (text.es.ts). */
type SeizuresText = typeof en;

export interface ColumnsOptions {
  width: number;
  fontSize: number;
  lineHeight: number;
  plotLeft: number;
  band: number;
  top: number;
  plotHeight: number;
  /** Where the labels of the last year end and the police column begins. */
  policeLeft: number;
}

/** Text in viewBox units: 14 units print at 7 pt when the 1000-unit chart is 680 px wide (A4). */
export const COLUMNS: ColumnsOptions = { width: 1000, fontSize: 14, lineHeight: 17, plotLeft: 58, band: 56, top: 34, plotHeight: 420, policeLeft: 812 };

export function layoutColumns(model: SeizureModel, options: ColumnsOptions = COLUMNS, txt: SeizuresText = en): MainLayout {
  const { width, fontSize, lineHeight, plotLeft, band, top, plotHeight, policeLeft } = options;
  const baselineY = top + plotHeight;
  const { scale: y, ticks } = tonnesAxis(model.maxTonnes, [baselineY, top], 5);
  const cx = (year: number) => plotLeft + (year - model.years[0] + 0.5) * band;
  const yearsRight = plotLeft + (model.years[1] - model.years[0] + 1) * band;

  const marks: MarkView[] = [];
  const gaps: GapView[] = [];
  const conflicts: ConflictView[] = [];
  const requests: LabelRequest[] = [];
  const obstacles: Box[] = [];
  let firstBase = true;

  for (const slot of model.slots) {
    const x = cx(slot.year);
    if (slot.gap) gaps.push(gapView(slot, { x: round(x - band / 2 + 4), y: top - 6, width: band - 8, height: round(baselineY - top + 6) }, txt));
    // Annual figures and year-to-date marks share the column, side by side: year to date first (in time order).
    const row = [...slot.partial, ...slot.annual];
    // Conflicting figures lie a few px apart on the tonnes scale, so they stand 25 units apart across the
    // column (25 px at 1280 px), each with its own 24 px hit area (frame/hits.ts stops halfway).
    const step = slot.annual.length > 1 ? 25 : 12;
    const placed = row.map((datum, index) => toMark(datum, x + (index - (row.length - 1) / 2) * step, y(datum.tonnes), datum.kind === 'partial' ? 4.5 : 5.5, txt));
    marks.push(...placed);
    obstacles.push(...placed.map(markBox));
    if (slot.annual.length > 1) {
      const conflict = conflictView(
        slot,
        placed.filter((mark) => mark.kind === 'annual'),
      );
      conflicts.push(conflict);
      obstacles.push(conflict.box);
      const lines = txt.conflictLines(slot.annual);
      // One block, each line inside its own mark's group.
      requests.push({ cls: 'value-label conflict-values', lines: lines.map((line) => line.segments), anchor: conflict.box, prefer: ['below', 'above', 'right', 'left'], owner: lines.map((l) => l.owner).join(' ') });
    } else {
      for (const [index, datum] of row.entries()) {
        const { value, rest } = txt.datumPhrases(datum, {});
        const lines = [...wrapPhrases(value, 200, fontSize), ...wrapPhrases(rest, 200, fontSize)];
        const prefer: Side[] = row.length > 1 ? ['right', 'above', 'left'] : ['above', 'right', 'left', 'below'];
        requests.push({ owner: datum.ref, cls: 'value-label', lines, anchor: markBox(placed[index]!), prefer });
      }
    }
    for (const datum of slot.base) {
      const mark = toMark(datum, x, y(datum.tonnes), 5, txt);
      marks.push(mark);
      obstacles.push(markBox(mark));
      const { value, rest } = txt.datumPhrases(datum, { firstBase });
      const lines = firstBase ? [...wrapPhrases(rest, 90, fontSize), ...wrapPhrases(value, 90, fontSize)] : wrapPhrases(value, 90, fontSize);
      requests.push({ owner: datum.ref, cls: 'value-label base-label', lines, anchor: markBox(mark), prefer: firstBase ? ['left', 'above'] : ['above', 'right', 'left'] });
      firstBase = false;
    }
  }

  // The police column: a rule, a header, the mark on the same scale, its label and why it differs.
  const police = toMark(model.police, policeLeft + 12, y(model.police.tonnes), 5.5, txt);
  marks.push(police);
  obstacles.push(markBox(police));
  const columnWidth = width - policeLeft;
  const divider = { x1: policeLeft - 14, y1: top - 8, x2: policeLeft - 14, y2: baselineY };
  obstacles.push({ x: divider.x1 - 1, y: divider.y1, width: 2, height: divider.y2 - divider.y1 });
  const texts: TextView[] = [{ cls: 'axis-title', x: 2, y: 13, anchor: 'start', segments: [{ text: txt.AXIS_TITLE }], fontSize }];
  obstacles.push(textBox(texts[0]!));
  const headerLines = wrapPhrases(txt.POLICE_HEADER, (columnWidth - 8) / BOLD, fontSize);
  const headerBox = blockAt(headerLines, policeLeft, top - 6, fontSize, lineHeight, BOLD);
  texts.push(...textLines(headerLines, headerBox, 'start', { cls: 'police-header', fontSize, lineHeight }));
  obstacles.push(headerBox);

  // Gap labels sit at the top of their hatched column.
  for (const gap of gaps) {
    const lines = wrapPhrases(words(txt.GAP_LABEL), gap.box.width - 6, fontSize);
    const box = { x: gap.box.x + 3, y: gap.box.y + 12, width: gap.box.width - 6, height: lines.length * lineHeight };
    texts.push(...textLines(lines, box, 'middle', { cls: 'gap-label', fontSize, lineHeight, ...(gap.ref ? { owner: gap.ref } : {}) }));
    // The rest of the hatched column is off limits to other labels.
    obstacles.push({ ...gap.box });
  }

  const valueTicks: TickView[] = ticks.map((value, index) => ({
    value,
    label: txt.tickLabel(value, index === ticks.length - 1),
    x: plotLeft - 8,
    y: round(y(value) + 4),
    anchor: 'end',
    line: { x1: plotLeft - 4, y1: round(y(value)), x2: width, y2: round(y(value)) },
  }));
  const yearTicks: TickView[] = model.slots.map((slot) => ({
    value: slot.year,
    label: String(slot.year),
    x: round(cx(slot.year)),
    y: baselineY + 18,
    anchor: 'middle',
    line: { x1: round(cx(slot.year)), y1: baselineY, x2: round(cx(slot.year)), y2: baselineY + 4 },
  }));

  const board = newBoard(obstacles);
  const collisions: string[] = [];
  // Labels right of the years may not cross the police rule.
  const yearsBounds = { x: plotLeft, y: 0, width: policeLeft - 18 - plotLeft, height: baselineY - 2 };
  // Single figures first, beside their own mark; blocks for conflicting figures then go where there is room.
  // (Blocks go right to left: each then has its year's column and the space to its left to choose from.)
  const isConflict = (request: LabelRequest) => request.cls.includes('conflict');
  const ordered = [...requests.filter((request) => !isConflict(request)), ...requests.filter(isConflict).reverse()];
  for (const request of ordered) texts.push(...placeLabel(request, { board, bounds: yearsBounds, fontSize, lineHeight, collisions }));
  const policeBounds = { x: policeLeft, y: 0, width: columnWidth, height: baselineY - 2 };
  const { value, rest } = txt.datumPhrases(model.police, {});
  const policeLabel = placeLabel(
    { owner: model.police.ref, cls: 'value-label police-label', lines: [...wrapPhrases(value, 150, fontSize), ...wrapPhrases(rest, 150, fontSize)], anchor: markBox(police), prefer: ['right'] },
    { board, bounds: policeBounds, fontSize, lineHeight, collisions },
  );
  texts.push(...policeLabel);
  const labelBottom = Math.max(...policeLabel.map((text) => text.y)) + lineHeight * 0.22;
  const noteLines = wrapPhrases(txt.POLICE_NOTE, columnWidth - 8, fontSize);
  const noteBox = blockAt(noteLines, policeLeft, round(labelBottom + 10), fontSize, lineHeight);
  if (noteBox.y + noteBox.height > baselineY - 2 || !board.isClear(noteBox)) collisions.push('police note');
  texts.push(...textLines(noteLines, noteBox, 'start', { cls: 'police-note', fontSize, lineHeight }));

  return nameMarks({
    orientation: 'columns',
    width,
    height: baselineY + 30,
    valueTicks,
    yearTicks,
    grid: valueTicks.map((tick) => tick.line),
    baseline: [
      { x1: plotLeft - 4, y1: baselineY, x2: yearsRight, y2: baselineY },
      { x1: policeLeft - 4, y1: baselineY, x2: width, y2: baselineY },
    ],
    marks, gaps, conflicts, divider, texts, collisions,
  });
}
