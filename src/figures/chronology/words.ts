/**
 * What the figure's two word files (text.ts, text.es.ts) share: which words each text slot of the graphic
 * takes, how a focused mark is named, and the legend's shape. Logic only: each language gives its words.
 */
import type { SymbolName } from '../kit/symbols.ts';
import type { Says } from './layout.ts';
import type { Highlight } from './model.ts';

/** An edition's words for the graphic's text slots. */
export interface SlotWords {
  month: (date: Date, withYear: boolean) => string;
  /** Beside a highlighted day's line (wide), and the day alone in the narrow graphic's tick column. */
  highlight: Record<Highlight, string>;
  highlightDay: Record<Highlight, string>;
  zoom: { compact: string; full: string };
  cadenceCaption: (tallest: number) => string;
}

/** The words of a text slot in the graphic, in an edition's words. A focus day's tick is its number. */
export const slotSayer =
  (words: SlotWords) =>
  (slot: Says): string => {
    switch (slot.kind) {
      case 'tick':
        return slot.unit === 'year' ? String(slot.date.getUTCFullYear()) : slot.unit === 'day' ? String(slot.date.getUTCDate()) : words.month(slot.date, slot.withYear);
      case 'highlight':
        return words.highlight[slot.day];
      case 'highlight-day':
        return words.highlightDay[slot.day];
      case 'break':
        return slot.compact ? words.zoom.compact : words.zoom.full;
      case 'cadence-caption':
        return words.cadenceCaption(slot.tallest);
    }
  };

/** The legend: who acts first by shape, spans by a hollow bar. */
export interface LegendWords {
  symbols: Record<SymbolName, string>;
  span: string;
}

/** The legend's words in the order of its shapes: circle, square, diamond, triangle, then the span's bar. */
export const legendWords = ([circle, square, diamond, triangle]: readonly [string, string, string, string], span: string): LegendWords => ({
  symbols: { circle, square, diamond, triangle },
  span,
});

/** What a mark is called when it is focused, in any edition: its label, its date, its title. */
export const markLabel = (mark: { label: { lines: readonly string[] }; display: string; title: string }): string =>
  `${mark.label.lines.join(' ')}: ${mark.display}. ${mark.title}`;
