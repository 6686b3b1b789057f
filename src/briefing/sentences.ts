/**
 * The briefing's key facts and standfirst in each edition's words, written around the values facts.ts derives
 * from the records. The Spanish is a translation of the English, no more and no less; quoted words from an
 * English source are our translation, marked "traducción propia" (content/explainer-es/GLOSSARY.md).
 */
import { formatIsoDate } from '../figures/kit/dates.ts';
import { dateRange, dayMonth, formatDate, formatNumber, formatPercent, list, weekdayDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { FactValues } from './facts.ts';

export interface BriefingSentences {
  /** One sentence (or two) per key fact, in the order of facts.ts. */
  keyFacts: (values: FactValues) => string[];
  /** The standfirst: the day of the order and how long the suspension lasted, in words. */
  dek: (ordered: string, length: string) => string;
}

/** "2025-11-13" → "13 November"; the year is said once, where the story starts. */
const englishDayMonth = (iso: string) => formatIsoDate(iso).replace(/ \d{4}$/, '');

const en: BriefingSentences = {
  keyFacts: (v) => {
    const presumed = v.presumedDates.map(englishDayMonth).join(' and ');
    const difference = v.reportedKilled - v.killedAsAnnounced;
    return [
      `On the night of Tuesday ${formatIsoDate(v.ordered)}, President Gustavo Petro ordered Colombia’s intelligence services to stop sending information to U.S. agencies for as long as U.S. missile strikes on boats in the Caribbean continued.`,
      `On ${englishDayMonth(v.reversed)} his government reversed course: Interior Minister Armando Benedetti called the suspension a misinterpretation, and Defense Minister Pedro Sánchez promised a continuous flow of information.`,
      `By then, ${v.reportedStrikes} U.S. strikes on alleged drug boats since early September had killed ${v.reportedKilled} people, according to Pentagon announcements. ` +
        `Our strike records give ${v.killedAsAnnounced} killed as announced` +
        (difference > 0 && presumed !== '' ? `; the difference is probably the survivor of the ${presumed} strikes, never found (our research data’s inference).` : '.'),
      `Colombia matters to U.S. interdiction: by one congressional figure, ${v.keyWest.value}% of the intelligence gathered at the Key West base from ${v.keyWest.period.replace(' – ', ' to ')} came from Colombia.`,
      `In January 2026, Colombian Brig. Gen. Ricardo Sánchez-Silvestre told CNN “we have seized ${v.seized.value} tons of cocaine hydrochloride” “this year” (CNN does not say what the tally covers), and called the cooperation with U.S. agencies “essential”.`,
    ];
  },
  dek: (ordered, length) =>
    `Colombia suspended intelligence sharing with the United States on ${formatIsoDate(ordered)} over U.S. strikes on alleged drug boats, and reversed course ${length} later.`,
};

const es: BriefingSentences = {
  keyFacts: (v) => {
    const presumed = list('es', v.presumedDates.map((iso) => dayMonth('es', iso, 'long')));
    const difference = v.reportedKilled - v.killedAsAnnounced;
    const n = (value: number) => formatNumber('es', value);
    return [
      `En la noche del ${weekdayDate('es', v.ordered)}, el presidente Gustavo Petro ordenó a los servicios de inteligencia de Colombia dejar de enviar información a las agencias de Estados Unidos mientras continuaran los ataques estadounidenses con misiles contra lanchas en el Caribe.`,
      `El ${dayMonth('es', v.reversed, 'long')} su Gobierno dio marcha atrás: el ministro del Interior, Armando Benedetti, dijo que la suspensión había sido una mala interpretación, y el ministro de Defensa, Pedro Sánchez, prometió un flujo continuo de información.`,
      `Para entonces, ${n(v.reportedStrikes)} ataques de Estados Unidos contra presuntas lanchas del narcotráfico desde principios de septiembre habían causado la muerte de ${n(v.reportedKilled)} personas, según anuncios del Pentágono. ` +
        `Nuestros registros de ataques suman ${n(v.killedAsAnnounced)} muertos, tal como se anunciaron` +
        (difference > 0 && presumed !== ''
          ? `; la diferencia es probablemente el sobreviviente de los ataques del ${presumed}, que nunca fue encontrado (una inferencia de nuestros datos de investigación).`
          : '.'),
      `Colombia es clave para la interdicción de Estados Unidos: según una cifra citada en el Congreso estadounidense, el ${formatPercent('es', v.keyWest.value)} de la inteligencia reunida en la base de Key West ${dateRange('es', v.keyWestFrom, v.keyWestTo)} provino de Colombia.`,
      `En ${formatDate('es', v.interviewMonth)}, el brigadier general colombiano Ricardo Sánchez-Silvestre dijo a CNN: "hemos incautado ${n(v.seized.value)} toneladas de clorhidrato de cocaína" "este año" (traducción propia; CNN no dice qué abarca el conteo), y calificó de "esencial" la cooperación con las agencias de Estados Unidos.`,
    ];
  },
  dek: (ordered, length) =>
    `Colombia suspendió el intercambio de inteligencia con Estados Unidos el ${formatDate('es', ordered)} por los ataques estadounidenses contra presuntas lanchas del narcotráfico, y dio marcha atrás ${length} después.`,
};

export const SENTENCES: Record<Locale, BriefingSentences> = { en, es };
