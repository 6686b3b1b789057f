/**
 * Everything Figure 2's component draws, from the records: the frame's words, both main layouts, the small
 * panels, the legend swatches, the tables and the detail templates.
 */
import { symbolPath } from '../kit/symbols.ts';
import { layoutColumns } from './layout-columns.ts';
import { layoutRows } from './layout-rows.ts';
import { seizureModel, type FigureFields, type SeizureFields, type YearSlot } from './model.ts';
import { panels } from './panels.ts';
import { details, figureRow, seizureRow, seizureTableGroups } from './tables.ts';
import { recordsLang, type Locale } from '../../i18n/locales.ts';
import * as en from './text.ts';
import * as es from './text.es.ts';
import type { RecordYearWords } from './text.ts';

/** The figure's words in each edition (text.ts, text.es.ts: the same exports). */
type Text = typeof en;
// text.es.ts proves at compile time that it has the same exports with the same (widened) types (TextParity);
// only the literal types of its constants differ, hence the cast.
const TEXTS: Record<Locale, Text> = { en, es: es as unknown as Text };

type Sourced = { sources: readonly unknown[] };

export interface SeizuresData<S extends SeizureFields & Sourced, F extends FigureFields & Sourced> {
  seizures: readonly S[];
  figures: readonly F[];
}

/** The legend's swatches: one mark each, drawn as on the chart. */
function legend({ LEGEND }: Text) {
  const swatch = (style: string, d: string, text: string) => ({ style, d, text });
  return {
    swatches: [
      swatch('final', symbolPath('circle', 8, 8, 5.5), LEGEND.unspecified),
      swatch('final', symbolPath('square', 8, 8, 5.5), LEGEND.hydrochloride),
      swatch('provisional', symbolPath('circle', 8, 8, 5.5), LEGEND.provisional),
      swatch('partial', symbolPath('circle', 8, 8, 4.5), LEGEND.partial),
      swatch('base', symbolPath('triangle', 8, 9, 5), LEGEND.base),
    ],
    conflict: { marks: [symbolPath('circle', 10, 11, 4), symbolPath('circle', 20, 7, 4)], text: LEGEND.conflict },
    gap: { text: LEGEND.gap },
    police: swatch('police', symbolPath('square', 8, 8, 5.5), LEGEND.police),
  };
}

/**
 * The latest run of record years: a year is a record when every annual figure for it (conflicting figures
 * included, the lowest of them counting) is above every annual figure of every earlier year. Returned in
 * year order, each with its highest figure; empty when the latest year is not a record.
 */
export function recordRun(slots: readonly Pick<YearSlot, 'year' | 'annual'>[]): RecordYearWords[] {
  const isRecord = slots.map((slot, index) => {
    if (slot.annual.length === 0 || index === 0) return false;
    const earlier = slots.slice(0, index).flatMap((other) => other.annual.map((datum) => datum.tonnes));
    return earlier.length > 0 && Math.min(...slot.annual.map((datum) => datum.tonnes)) > Math.max(...earlier);
  });
  const run: RecordYearWords[] = [];
  for (let index = slots.length - 1; index >= 0 && isRecord[index]; index--) {
    const annual = slots[index]!.annual;
    const top = annual.reduce((a, b) => (b.tonnes > a.tonnes ? b : a));
    run.unshift({ year: slots[index]!.year, tonnes: top.tonnes, provisional: top.provisional });
  }
  return run;
}

/** Figure 2, from the records, in an edition's words (English by default). */
export function buildSeizuresView<S extends SeizureFields & Sourced, F extends FigureFields & Sourced>(data: SeizuresData<S, F>, locale: Locale = 'en') {
  const text = TEXTS[locale];
  const { DATA_LABEL, MAIN_LABEL, MULTIPLES_HEAD, PANEL_LABELS, TABLE, TITLE, description, notes, takeaway } = text;
  const { seizures } = data;
  const model = seizureModel(seizures, data.figures);
  return {
    frame: { title: TITLE, takeaway: takeaway(model, recordRun(model.slots)), description: description(model), notes: notes(model), dataLabel: DATA_LABEL },
    mainLabel: MAIN_LABEL,
    wide: layoutColumns(model, undefined, text),
    narrow: layoutRows(model, undefined, text),
    multiplesHead: MULTIPLES_HEAD,
    panels: panels(model, text).map((layout) => ({ layout, label: PANEL_LABELS[layout.key] ?? layout.key })),
    legend: legend(text),
    // The records' own words (title, summary, what is counted, where…) are English: marked so elsewhere.
    recordLang: recordsLang(locale),
    seizureTable: {
      caption: TABLE.seizureCaption,
      headers: TABLE.seizureHeaders,
      groups: seizureTableGroups(seizures, text).map((group) => ({ key: group.key, title: group.title, rows: group.records.map((record) => seizureRow(record, seizures, text)) })),
    },
    figureTable: { caption: TABLE.figureCaption, headers: TABLE.figureHeaders, rows: [...model.figuresShown, ...model.wordsOnly].map((record) => figureRow(record, text)) },
    details: details(model, seizures, text),
    copyLink: TABLE.copyLink,
  };
}

export type SeizuresView = ReturnType<typeof buildSeizuresView>;
