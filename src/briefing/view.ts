/**
 * Everything the printable briefing draws, in an edition (src/components/pages/Briefing.astro renders it):
 * the standfirst and key facts (facts.ts), the chronology of the core window, the key figures, the quotes
 * and the sources. Every fact is picked from the sourced collections by id, so a missing record, or a record
 * the Spanish edition shows without its translation (records.ts), stops the build with one line naming it.
 */
import type { CitationRecord, SiteData } from '../data/site.ts';
import { inCoreWindow, orderEvents } from '../figures/chronology/model.ts';
import { byDate, dateRange, formatDate, formatNumber, formatPercent, money, precisionOf } from '../i18n/format.ts';
import { HTML_LANG, type Locale } from '../i18n/locales.ts';
import { htmlLang } from '../lib/articles/language.ts';
import type { ResolvedSource } from '../lib/provenance.ts';
import type { Qualifier } from '../schemas/figure.ts';
import { ui } from '../i18n/ui.ts';
import { briefingDek, byId, factValues, keyFacts, suspensionLength, type FactValues } from './facts.ts';
import { EVENT_TITLES_ES, FIGURE_WORDS_ES, KEY_FIGURES, QUOTE_IDS, QUOTE_TRANSLATIONS_ES, SPEAKERS } from './records.ts';

type EventRecord = SiteData['events'][number];
type FigureRecord = SiteData['figures'][number];

export interface BriefingView {
  dek: string;
  /** How long the suspension lasted, in words, for the page's description ("two-day" / "de dos días"). */
  length: string;
  facts: { text: string; sources: ResolvedSource[] }[];
  chronology: { when: string; what: string }[];
  figures: { id: string; value: string; detail: string; saidBy: string }[];
  quotes: { quote: string; lang: string | undefined; translation?: string; speaker: string; source: ResolvedSource }[];
}

function missing(kind: string, id: string): never {
  throw new Error(`briefing (es): no Spanish words for ${kind} "${id}" in src/briefing/records.ts`);
}

/** "13 de noviembre de 2025", "septiembre de 2025", "entre el 11 y el 13 de noviembre de 2025", "hasta el 13 de noviembre de 2025". */
function whenEs({ start, end, precision }: EventRecord['date']): string {
  if (start === undefined) return byDate('es', end!, { withYear: true });
  if (precision !== 'approximate' || end === undefined || end === start) return formatDate('es', start);
  if (precisionOf(start) !== precisionOf(end)) return byDate('es', end, { withYear: true });
  return dateRange('es', start, end);
}

const QUALIFIER_ES: Record<Qualifier, string> = { exact: '', 'more-than': 'más de ', 'at-least': 'al menos ', about: 'alrededor de ', 'up-to': 'hasta ' };

/** A key figure's number in Spanish, from its value, qualifier and unit: "446 toneladas", "85 %", "alrededor de USD 210 millones". */
function valueEs(figure: FigureRecord, noun: string | undefined): string {
  const amount =
    figure.unit === 'percent'
      ? formatPercent('es', figure.value)
      : figure.unit === 'usd'
        ? money('es', figure.value)
        : figure.unit === 'tonnes'
          ? `${formatNumber('es', figure.value)} toneladas`
          : `${formatNumber('es', figure.value)}${noun ? ` ${noun}` : ''}`;
  return `${QUALIFIER_ES[figure.qualifier]}${amount}`;
}

function chronology(events: readonly EventRecord[], locale: Locale, values: FactValues): BriefingView['chronology'] {
  return orderEvents(events)
    .filter(inCoreWindow)
    .map((event) => {
      if (locale === 'en') return { when: event.date.display, what: event.title };
      const title = EVENT_TITLES_ES[event.id] ?? missing('event', event.id);
      return { when: whenEs(event.date), what: typeof title === 'function' ? title(values) : title };
    });
}

function keyFigures(figures: readonly FigureRecord[], locale: Locale): BriefingView['figures'] {
  return KEY_FIGURES.map((id) => {
    const figure = byId(figures, id, 'figure');
    if (locale === 'en') return { id, value: figure.asStated, detail: `${figure.counts}; ${figure.period}.`, saidBy: figure.saidBy };
    const words = FIGURE_WORDS_ES[id] ?? missing('figure', id);
    return { id, value: valueEs(figure, words.noun), detail: `${words.counts}; ${words.period}.`, saidBy: words.saidBy };
  });
}

export function buildBriefingView(data: SiteData, locale: Locale): BriefingView {
  const cite = (id: string): CitationRecord => {
    const found = data.citations.get(id);
    if (!found) throw new Error(`briefing: no record "${id}"`);
    return found;
  };
  const quoteLang = (source: ResolvedSource): string | undefined => {
    const lang = source.kind === 'article' ? htmlLang(data.articlesById.get(source.articleId)?.description.lang ?? 'und') : source.language;
    return lang === HTML_LANG[locale] || lang === '' ? undefined : lang;
  };
  const values = factValues(data);
  return {
    dek: briefingDek(data.events, locale),
    length: suspensionLength(data.events, locale, { adjective: true }),
    facts: keyFacts(data, locale).map((fact) => ({ text: fact.text, sources: fact.sources.map((id) => cite(id).source) })),
    chronology: chronology(data.events, locale, values),
    figures: keyFigures(data.figures, locale),
    quotes: QUOTE_IDS.map((id) => ({
      quote: cite(id).source.quote,
      lang: quoteLang(cite(id).source),
      // Our translation, where the quote is not in the page's language.
      ...(quoteLang(cite(id).source) === undefined ? {} : { translation: QUOTE_TRANSLATIONS_ES[id] ?? missing('quote', id) }),
      speaker: SPEAKERS[locale][id] ?? missing('quote', id),
      source: cite(id).source,
    })),
  };
}

/** The briefing's list of seed articles: outlet, headline (in its language), date in the edition's format, URL. */
export function briefingSources(data: SiteData, locale: Locale) {
  const words = ui(locale);
  return data.articles.map(({ headline, description }) => {
    const lang = htmlLang(description.lang);
    // English as the site has always printed it; other editions format the ISO date (a date known only as
    // "not before" has no <time> value: its article reports an event of that day).
    const date =
      locale === 'en' || !description.dateIso
        ? locale === 'en' ? description.dateDisplay : words.article.dateUnknown
        : description.dateTime ? formatDate(locale, description.dateIso) : words.briefing.orLater(formatDate(locale, description.dateIso));
    return { outlet: description.outlet, headline, headlineLang: lang !== '' && lang !== HTML_LANG[locale] ? lang : undefined, date, url: description.url };
  });
}
