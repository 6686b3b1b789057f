/**
 * The words the briefing prints about its records beyond the records' own (English) fields: who each quote
 * is by, in both editions, and the Spanish edition's translation of every record field it shows (the
 * chronology's event titles, the key figures' counts, periods and attributions, each English quote). The
 * English edition prints the records' fields as they are. Translations only: no fact here that the record
 * does not hold. A record the Spanish briefing shows without its words here stops the build (view.ts).
 */
import { formatDate, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { FactValues } from './facts.ts';

/** The quotes of "In their words", in order (content/citations.yaml ids). */
export const QUOTE_IDS = ['petro-condition-caribbean', 'benedetti-misinterpretation', 'dickinson-blow', 'hegseth-vow'] as const;

/** Who said each quote, in each edition's words. */
export const SPEAKERS: Record<Locale, Readonly<Record<string, string>>> = {
  en: {
    'petro-condition-caribbean': 'Gustavo Petro, President of Colombia, on X',
    'benedetti-misinterpretation': 'Armando Benedetti, Interior Minister, as reported by AFP',
    'dickinson-blow': 'Elizabeth Dickinson, International Crisis Group',
    'hegseth-vow': 'Pete Hegseth, U.S. Defense Secretary',
  },
  es: {
    'petro-condition-caribbean': 'Gustavo Petro, presidente de Colombia, en X',
    'benedetti-misinterpretation': 'Armando Benedetti, ministro del Interior, según AFP',
    'dickinson-blow': 'Elizabeth Dickinson, International Crisis Group',
    'hegseth-vow': 'Pete Hegseth, secretario de Defensa de Estados Unidos',
  },
};

/** Our Spanish translation of each English quote, shown on the Spanish page after the quote, marked as ours. */
export const QUOTE_TRANSLATIONS_ES: Readonly<Record<string, string>> = {
  'petro-condition-caribbean': 'Esta medida seguirá vigente mientras continúen los ataques con misiles contra lanchas en el Caribe',
  'benedetti-misinterpretation': 'una mala interpretación de la prensa colombiana y de algunos altos funcionarios del Gobierno',
  'dickinson-blow': 'sería un golpe muy fuerte contra Estados Unidos, porque Washington depende mucho de Colombia en la guerra contra las drogas',
  'hegseth-vow': 'encontrar y eliminar toda embarcación que tenga la intención de traficar drogas hacia Estados Unidos',
};

/** The key figures, in order (content/figures.yaml ids). */
export const KEY_FIGURES = [
  'cocaine-seized-446t',
  'intelligence-share-key-west-85pct',
  'strikes-19-by-13-nov',
  'strike-deaths-76',
  'us-aid-210m',
  'drug-facilities-destroyed',
] as const;

/** A key figure's Spanish words: the noun after a count (none for tonnes, per cent and dollars), what is counted, the period, who says so. */
export interface FigureWordsEs {
  noun?: string;
  counts: string;
  period: string;
  saidBy: string;
}

const cnnDate = formatDate('es', '2026-01-08');
const toTheArticle = `de principios de septiembre de 2025 al artículo del ${formatDate('es', '2025-11-13')}`;
const pentagon = 'anuncios del Pentágono, según bne IntelliNews';
const general = 'el brigadier general colombiano Ricardo Sánchez-Silvestre, a CNN (CNN no indica su cargo)';

export const FIGURE_WORDS_ES: Readonly<Record<string, FigureWordsEs>> = {
  'cocaine-seized-446t': {
    counts: 'clorhidrato de cocaína incautado ("hemos incautado", traducción propia); CNN no dice por cuáles fuerzas o agencias, ni qué más abarca el conteo',
    period: `"este año" (traducción propia), según se dijo en una entrevista "esta semana" en un reportaje de CNN del ${cnnDate}; el artículo no dice a qué año se refiere`,
    saidBy: general,
  },
  'intelligence-share-key-west-85pct': {
    counts: 'proporción de la inteligencia reunida en la base naval y aérea de Key West que provino de Colombia',
    period: `${formatDate('es', '2024-01')} – ${formatDate('es', '2025-06')}`,
    saidBy:
      'el representante Gregory Meeks, en una cifra presentada ante un comité de la Cámara de Representantes de Estados Unidos, citada por Elizabeth Dickinson (International Crisis Group) a El País',
  },
  'strikes-19-by-13-nov': {
    noun: 'ataques militares de Estados Unidos',
    counts: 'ataques militares de Estados Unidos contra presuntas embarcaciones del narcotráfico',
    period: toTheArticle,
    saidBy: pentagon,
  },
  'strike-deaths-76': {
    noun: 'personas',
    counts: 'personas muertas en ataques de Estados Unidos contra presuntas embarcaciones del narcotráfico',
    period: toTheArticle,
    saidBy: pentagon,
  },
  'us-aid-210m': {
    counts: 'asistencia de Estados Unidos a Colombia',
    period: `"este año fiscal" (traducción propia; no se dice cuál), en un reportaje de CNN del ${cnnDate}`,
    saidBy: 'datos del Departamento de Estado de Estados Unidos, según CNN',
  },
  'drug-facilities-destroyed': {
    noun: 'instalaciones',
    counts: 'instalaciones usadas para producir drogas destruidas en Colombia',
    period: `no se indica; se dio junto con la cifra de toneladas incautadas ("asimismo", traducción propia), en la entrevista publicada por CNN el ${cnnDate}`,
    saidBy: general,
  },
};

/** The Spanish titles of the chronology's events (September 2025 – January 2026), by event id. */
export const EVENT_TITLES_ES: Readonly<Record<string, string | ((values: FactValues) => string)>> = {
  'strikes-begin': 'Las Fuerzas Armadas de Estados Unidos empiezan los ataques letales contra presuntas lanchas del narcotráfico',
  'trump-october-post': 'Trump llama a los pagos de Estados Unidos a Colombia una "estafa de largo plazo a Estados Unidos" (traducción propia)',
  'ofac-sanctions-petro': 'El Departamento del Tesoro de Estados Unidos sanciona a Petro, a su esposa, a su hijo y a Benedetti',
  'uk-netherlands-limit-intelligence': 'Reino Unido y Países Bajos limitan la inteligencia que entregan a Washington',
  'petro-vance-information': 'Petro dice que enviará información sobre narcotráfico a la oficina del vicepresidente Vance',
  'gerald-ford-arrives': 'El portaaviones USS Gerald R. Ford llega al Caribe',
  'suspension-order': 'Petro ordena a los servicios de inteligencia dejar de compartir información con las agencias de Estados Unidos',
  'petro-seizures-coordination': 'Petro dice que la coordinación de inteligencia seguirá para las incautaciones de drogas',
  'benedetti-misinterpretation': 'Benedetti califica la suspensión de "mala interpretación" (traducción propia); las agencias de Estados Unidos siguen trabajando',
  'sanchez-continuous-flow': 'El ministro de Defensa, Sánchez, promete un "flujo continuo de información" (traducción propia)',
  'us-decertifies-colombia': 'El gobierno de Trump descertifica la lucha antidrogas de Colombia',
  'us-withholds-military-intelligence': 'Estados Unidos habría dejado de compartir inteligencia militar con Colombia y con aliados europeos',
  'maduro-raid': 'Una incursión militar de Estados Unidos captura al venezolano Nicolás Maduro',
  'trump-warns-petro': 'Trump advierte a Petro que podría correr la misma suerte que Maduro',
  'police-seizures-interview': (v) => `Un general colombiano habla a CNN de unas "históricas" (traducción propia) ${formatNumber('es', v.seized.value)} toneladas de cocaína incautadas`,
  'trump-petro-call': 'Trump y Petro hablan por teléfono; Trump sugiere una invitación a la Casa Blanca',
};
