/**
 * Every word Figure 1 prints, Spanish edition (issue #16): the same exports, with the same types, as
 * text.ts; src/i18n/parity.ts checks it at compile time (below) and text.es.test.ts at run time. Dates and
 * numbers come from src/i18n/format.ts (es-CO); the vocabulary follows content/explainer-es/GLOSSARY.md.
 */
import type * as English from './text.ts';
import { axisMonth, formatNumber } from '../../i18n/format.ts';
import type { TextParity } from '../../i18n/parity.ts';
import type { Actor, Phase, Precision } from '../../schemas/event.ts';
import type { StorySpans } from './text.ts';
import { legendWords, slotSayer, type LegendWords } from './words.ts';

export { markLabel } from './words.ts';

export type { StorySpans } from './text.ts';

export const ACTOR_NAMES: Record<Actor, string> = {
  colombia: 'Colombia',
  'united-states': 'Estados Unidos',
  venezuela: 'Venezuela',
  'united-kingdom': 'Reino Unido',
  netherlands: 'Países Bajos',
  others: 'Otros',
};

export const PHASE_NAMES: Record<Phase, string> = {
  context: 'Contexto',
  escalation: 'Escalada',
  suspension: 'Suspensión',
  reversal: 'Marcha atrás',
  aftermath: 'Después',
};

const NUMBER_WORDS = ['', '', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'];
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "nueve semanas", "una semana", "ninguna semana"; "dos días", "un día", "ningún día"; digits above twenty. */
function unit(n: number, word: 'semana' | 'día'): string {
  const feminine = word === 'semana';
  if (n === 0) return `${feminine ? 'ninguna' : 'ningún'} ${word}`;
  if (n === 1) return `${feminine ? 'una' : 'un'} ${word}`;
  return `${NUMBER_WORDS[n] || formatNumber('es', n)} ${word}s`;
}

export const title = ({ weeks, days }: StorySpans): string => `${capitalised(unit(weeks, 'semana'))} de escalada, ${unit(days, 'día')} de suspensión`;

export const takeaway = ({ weeks, days, laterStrikes }: StorySpans): string =>
  `La suspensión de Colombia (11 de noviembre de 2025) y su marcha atrás, ${unit(days, 'día')} después, llegaron tras ${unit(weeks, 'semana')} de ataques de Estados Unidos contra lanchas, sanciones y enfrentamientos públicos${
    laterStrikes > 0
      ? `; Colombia dijo que seguiría compartiendo inteligencia, y los ataques continuaron (nuestros registros fechan ${formatNumber('es', laterStrikes)} más después de esa fecha)`
      : ''
  }.`;

export const description = (eventCount: number): string =>
  `Una línea de tiempo de ${formatNumber('es', eventCount)} hechos. La franja superior va de 1989 a 2026, como contexto; el panel principal amplía el periodo de septiembre de 2025 a enero de 2026 y, en su centro, ensancha del 10 al 14 de noviembre, donde se marcan la suspensión del 11 de noviembre y la marcha atrás del 13 de noviembre. Las figuras rellenas son hechos de fecha conocida al día; las barras huecas, hechos fechados solo por mes, por año o por un periodo aproximado, más claras y delgadas cuando duran más de una semana o no tienen un inicio conocido. Una franja bajo el eje principal cuenta los ataques de Estados Unidos contra lanchas por semana. Después del gráfico sigue la lista completa de hechos.`;

/** `outsideWindow`: ataques posteriores al panel; `undatedRecords`: registros de ataques sin fecha del ataque. */
export const notes = ({ outsideWindow, undatedRecords }: { outsideWindow: number; undatedRecords: number }): string[] => [
  'Tres escalas de tiempo: la franja abarca 37 años; el panel principal, cinco meses, y los días sombreados de su centro, del 10 al 14 de noviembre de 2025, se dibujan aún más anchos, para que se distingan los dos días que van de la suspensión a la marcha atrás. Dentro de cada parte el tiempo se reparte de manera uniforme; el embudo marca el salto entre la franja y el panel.',
  'Las fechas se muestran con la precisión que dan las fuentes. Los periodos que se salen del panel se dibujan hasta su borde, con el extremo abierto; un hecho cuyo inicio no da ninguna fuente (como la descertificación, de la que solo se sabe que ocurrió antes del 13 de noviembre de 2025) se dibuja como una barra corta que termina en su última fecha conocida, con el mismo extremo abierto al inicio. Los periodos de más de una semana, y los de inicio desconocido, se dibujan más claros y delgados.',
  `La franja de ataques cuenta cada ataque por el día en que ocurrió (ataques por semana, de lunes a domingo)${
    outsideWindow > 0 ? `; ${formatNumber('es', outsideWindow)} ${outsideWindow === 1 ? 'ataque posterior queda' : 'ataques posteriores quedan'} fuera del panel` : ''
  }${undatedRecords > 0 ? `, y se omite${undatedRecords === 1 ? ' 1 registro' : `n ${formatNumber('es', undatedRecords)} registros`} sin fecha del ataque` : ''}.`,
];

/** La línea de resumen de los datos (el marco la muestra solo cuando los datos están en un desplegable). */
export const DATA_LABEL = 'Todos los hechos';

export const timelineLabel = (spans: StorySpans): string => `${title(spans)}: línea de tiempo`;

export const FILTER = { legend: 'Mostrar los hechos en que participa', everyone: 'Todos' };

/** La leyenda: las fases por color, quién actúa primero por la forma (círculo, cuadrado, rombo, triángulo), los periodos con una barra hueca. */
export const LEGEND: LegendWords = legendWords(['Día conocido, actúa Colombia', 'Día conocido, actúa Estados Unidos', 'Día conocido, Venezuela', 'Día conocido, otros'], 'Solo mes, año o periodo aproximado');

/** Las palabras fijas de la lista de hechos. */
export const LIST = { sources: 'Fuentes:', copyLink: 'Copiar el enlace a este hecho', dating: 'Cómo fechamos este hecho' };

const PRECISION_WORDS: Record<Exclude<Precision, 'day' | 'approximate'>, string> = { month: 'fechado por mes', year: 'fechado por año' };

/** La etiqueta tras la fecha de un hecho cuando no se conoce el día; un inicio abierto lo dice, sea cual sea la precisión. */
export const precisionTag = (precision: Precision, openStart = false): string | undefined =>
  openStart ? 'inicio desconocido' : precision === 'day' ? undefined : precision === 'approximate' ? 'fecha aproximada' : PRECISION_WORDS[precision];

/** "Quiénes: Colombia, Estados Unidos." (cómo se estableció la fecha va en el desplegable "Cómo fechamos este hecho") */
export const eventMeta = (actors: readonly Actor[]): string => `Quiénes: ${actors.map((actor) => ACTOR_NAMES[actor]).join(', ')}.`;

/** Las palabras de un espacio de texto del gráfico (marcas del eje, días destacados, el zoom, el rótulo de las barras). */
export const says = slotSayer({
  month: (date, withYear) => axisMonth('es', date, withYear),
  highlight: { suspension: '11 nov.: suspensión', reversal: '13 nov.: marcha atrás' },
  highlightDay: { suspension: '11 nov.', reversal: '13 nov.' },
  zoom: { compact: 'Zoom: sept. 2025 – ene. 2026', full: 'Zoom: septiembre de 2025 – enero de 2026, en otra escala' },
  cadenceCaption: (tallest) => `Ataques de Estados Unidos contra lanchas por semana (barra más alta: ${formatNumber('es', tallest)})`,
});

/** Bajo el gráfico estrecho, que no tiene espacio para el rótulo. */
export const cadenceKey = (tallest: number): string =>
  `Barras a la izquierda del eje: ataques de Estados Unidos contra lanchas por semana (la más alta: ${formatNumber('es', tallest)}).`;

// Compile-time parity with the English module: a missing, extra or differently typed export fails here.
const parity: TextParity<typeof English, typeof import('./text.es.ts')> = true;
void parity;
