/**
 * Figure 2's small multiples: the other figures, each in its own unit and on its own scale (the per-day
 * check, the claimed share of global seizures, the two framings of the intelligence share, facilities
 * destroyed, U.S. assistance). Geometry only: the words come from text.ts.
 */
import { round } from '../kit/format.ts';
import { blockWidth, nameWithLabel, textLines, wrapPhrases, type Phrase, type TextView } from '../kit/phrases.ts';
import { textWidth } from '../kit/text.ts';
import { refFor, type FigureFields, type SeizureModel } from './model.ts';
import { BOLD, type Line } from './layout.ts';
import * as en from './text.ts';
/** The figure's words: text.ts, or an edition's module with the same exports (text.es.ts). */
type SeizuresText = typeof en;

export interface PanelShape {
  cls: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PanelMark {
  ref: string;
  id: string;
  ariaLabel: string;
  shape: PanelShape;
}

export interface PanelLayout {
  key: string;
  width: number;
  height: number;
  /** Shapes that are not data (the whole a share is part of, the claimed threshold). */
  frames: PanelShape[];
  rules: (Line & { cls: string })[];
  marks: PanelMark[];
  texts: TextView[];
}

/**
 * Text in viewBox units: a panel is 320 units wide and shows at 288 px on a 320 px screen (about 315 px on
 * a wide one), so 14 units stay at 12 px or more everywhere.
 */
export const PANEL = { width: 320, fontSize: 14, lineHeight: 18, titleSize: 15, pad: 4 };

interface TextOptions {
  fontSize?: number;
  owner?: string;
  derived?: string;
  gapAfter?: number;
  maxWidth?: number;
  bold?: boolean;
}

/** Stacks blocks of text and shapes down a panel. */
class PanelBuilder {
  y = 0;
  readonly texts: TextView[] = [];
  readonly frames: PanelShape[] = [];
  readonly rules: PanelLayout['rules'] = [];
  readonly marks: PanelMark[] = [];
  constructor(
    readonly key: string,
    readonly width = PANEL.width,
  ) {}

  text(phrases: Phrase[], cls: string, options: TextOptions = {}) {
    const fontSize = options.fontSize ?? PANEL.fontSize;
    const lineHeight = Math.round(fontSize * 1.3);
    // Bold text runs about a tenth wider than the estimate for regular text.
    const maxWidth = (options.maxWidth ?? this.width - 2 * PANEL.pad) / (options.bold ? BOLD : 1);
    const lines = wrapPhrases(phrases, maxWidth, fontSize);
    const box = { x: PANEL.pad, y: this.y, width: blockWidth(lines, fontSize), height: lines.length * lineHeight };
    this.texts.push(...textLines(lines, box, 'start', { cls, fontSize, lineHeight, ...(options.owner ? { owner: options.owner } : {}), ...(options.derived ? { derived: options.derived } : {}) }));
    this.y += box.height + (options.gapAfter ?? 4);
  }

  title(phrases: Phrase[]) {
    this.text(phrases, 'panel-title', { fontSize: PANEL.titleSize, gapAfter: 8, bold: true });
  }

  build(): PanelLayout {
    const marks = this.marks.map((mark) => ({ ...mark, ariaLabel: nameWithLabel(mark.ariaLabel, this.texts.filter((text) => text.owner === mark.ref)) }));
    return { key: this.key, width: this.width, height: Math.ceil(this.y + 2), frames: this.frames, rules: this.rules, marks, texts: this.texts };
  }
}

const barWidth = PANEL.width - 2 * PANEL.pad;

/** Checks the police's "more than one ton every day" against the 446 t over the days of a year. */
export function layoutPerDay(model: SeizureModel, txt: SeizuresText = en): PanelLayout {
  const { perDay } = model;
  const panel = new PanelBuilder('per-day');
  panel.title(txt.PER_DAY.title);
  const ref = refFor(perDay.claim.id);
  // The bar runs to the computed rate; the dashed rule marks the claimed rate. Its own scale.
  // The bar and its label must fit the panel: the label's width comes off the bar's room.
  const rateLabel = txt.PER_DAY.rateLabel(perDay);
  const room = barWidth - textWidth(rateLabel, PANEL.fontSize) - 8;
  const domainMax = Math.max(perDay.rate, perDay.claim.value);
  const scale = (value: number) => round(PANEL.pad + (value / domainMax) * room);
  const barTop = panel.y + 22;
  panel.rules.push({ cls: 'claim-rule', x1: scale(perDay.claim.value), y1: panel.y + 2, x2: scale(perDay.claim.value), y2: barTop + 22 });
  panel.texts.push({ cls: 'rule-label', x: scale(perDay.claim.value) - 4, y: panel.y + 12, anchor: 'end', segments: [{ text: txt.PER_DAY.ruleLabel }], fontSize: PANEL.fontSize });
  const shape = { cls: 'mark-shape per-day-bar', x: PANEL.pad, y: barTop, width: round(scale(perDay.rate) - PANEL.pad), height: 18 };
  panel.marks.push({ ref, id: perDay.claim.id, ariaLabel: txt.PER_DAY.aria(perDay), shape });
  panel.texts.push({
    owner: ref,
    cls: 'value-label derived',
    derived: perDay.expression,
    x: round(scale(perDay.rate) + 5),
    y: barTop + 14,
    anchor: 'start',
    segments: [{ text: rateLabel }],
    fontSize: PANEL.fontSize,
  });
  panel.y = barTop + 18 + 10;
  panel.text(txt.PER_DAY.arithmetic(perDay), 'arithmetic', { derived: perDay.expression, owner: ref });
  panel.text(txt.PER_DAY.verdict(perDay), 'panel-note', { owner: ref, gapAfter: 2 });
  return panel.build();
}

/** A part-to-whole bar: the whole as an outlined frame, the part filled. */
function shareBar(panel: PanelBuilder, figure: FigureFields, cls: string, whole: string, txt: SeizuresText) {
  const top = panel.y;
  panel.frames.push({ cls: 'share-whole', x: PANEL.pad, y: top, width: barWidth, height: 16 });
  const part = round((figure.value / 100) * barWidth);
  panel.marks.push({ ref: refFor(figure.id), id: figure.id, ariaLabel: txt.shareAria(figure, whole), shape: { cls: `mark-shape ${cls}`, x: PANEL.pad, y: top, width: part, height: 16 } });
  panel.y += 16 + 4;
}

/** The 65% claim: a share of global seizures, flagged as a claim whose basis the article does not give. */
export function layoutGlobalShare(model: SeizureModel, txt: SeizuresText = en): PanelLayout {
  const figure = model.globalShare;
  const ref = refFor(figure.id);
  const panel = new PanelBuilder('global-share');
  panel.title(txt.GLOBAL_SHARE.title);
  panel.text(txt.GLOBAL_SHARE.value(figure), 'value-label', { owner: ref });
  shareBar(panel, figure, 'share-part claim', txt.GLOBAL_SHARE.whole, txt);
  panel.text(txt.GLOBAL_SHARE.note, 'panel-note', { owner: ref, gapAfter: 6 });
  panel.text(txt.GLOBAL_SHARE.flag, 'claim-flag', { owner: ref, gapAfter: 2, bold: true });
  return panel.build();
}

/** The 85% of intelligence, in both seeds' framings, side by side. */
export function layoutIntelligence(model: SeizureModel, txt: SeizuresText = en): PanelLayout {
  const panel = new PanelBuilder('intelligence');
  panel.title(txt.INTELLIGENCE.title);
  for (const figure of model.intelligence) {
    const ref = refFor(figure.id);
    const framing = txt.INTELLIGENCE.framing(figure);
    panel.text(framing.value, 'value-label', { owner: ref, gapAfter: 3 });
    shareBar(panel, figure, 'share-part', framing.whole, txt);
    panel.text(framing.note, 'panel-note', { owner: ref, gapAfter: 10 });
  }
  return panel.build();
}

/** A count on its own: facilities destroyed. No scale to share, so a tile. */
export function layoutFacilities(model: SeizureModel, txt: SeizuresText = en): PanelLayout {
  const figure = model.facilities;
  const ref = refFor(figure.id);
  const panel = new PanelBuilder('facilities');
  panel.title(txt.FACILITIES.title);
  const top = panel.y;
  panel.y += 8;
  panel.text(txt.FACILITIES.value(figure), 'big-number', { owner: ref, fontSize: 26, gapAfter: 2, maxWidth: PANEL.width - 24, bold: true });
  panel.text(txt.FACILITIES.note, 'panel-note', { owner: ref, gapAfter: 8, maxWidth: PANEL.width - 24 });
  panel.marks.push({ ref, id: figure.id, ariaLabel: txt.FACILITIES.aria(figure), shape: { cls: 'mark-shape count-tile', x: 0.5, y: top, width: PANEL.width - 1, height: round(panel.y - top) } });
  panel.y += 2;
  // Texts inside the tile are indented from its edge.
  for (const text of panel.texts) if (text.y > top) text.x += 8;
  return panel.build();
}

/** U.S. assistance: the whole and its agricultural part. */
export function layoutAid(model: SeizureModel, txt: SeizuresText = en): PanelLayout {
  const { aid, aidPart } = model;
  const panel = new PanelBuilder('aid');
  panel.title(txt.AID.title);
  panel.text(txt.AID.whole(aid), 'value-label', { owner: refFor(aid.id), gapAfter: 3 });
  const top = panel.y;
  panel.marks.push({ ref: refFor(aid.id), id: aid.id, ariaLabel: txt.AID.wholeAria(aid), shape: { cls: 'mark-shape aid-whole', x: PANEL.pad, y: top, width: barWidth, height: 18 } });
  const part = round((aidPart.value / aid.value) * barWidth);
  panel.marks.push({ ref: refFor(aidPart.id), id: aidPart.id, ariaLabel: txt.AID.partAria(aidPart), shape: { cls: 'mark-shape aid-part', x: PANEL.pad, y: top, width: part, height: 18 } });
  panel.y = top + 18 + 5;
  panel.text(txt.AID.part(aidPart), 'value-label', { owner: refFor(aidPart.id), gapAfter: 3 });
  panel.text(txt.AID.note, 'panel-note', { gapAfter: 2 });
  return panel.build();
}

export const panels = (model: SeizureModel, txt: SeizuresText = en): PanelLayout[] => [layoutPerDay(model, txt), layoutGlobalShare(model, txt), layoutIntelligence(model, txt), layoutFacilities(model, txt), layoutAid(model, txt)];
