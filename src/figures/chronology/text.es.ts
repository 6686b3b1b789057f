/**
 * Every word Figure 1 prints, Spanish edition (issue #16): the same exports, with the same types, as
 * text.ts; src/i18n/parity.ts checks it at compile time (below) and text.es.test.ts at run time. Dates and
 * numbers come from src/i18n/format.ts (es-CO); the vocabulary follows content/explainer-es/GLOSSARY.md.
 */
import type * as English from './text.ts';
import { axisMonth, formatNumber } from '../../i18n/format.ts';
import type { TextParity } from '../../i18n/parity.ts';
import type { Actor, Phase, Precision } from '../../schemas/event.ts';
import type { SymbolName } from '../kit/symbols.ts';
import type { Says } from './layout.ts';
import type { StorySpans } from './text.ts';

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
  `Una línea de tiempo de ${formatNumber('es', eventCount)} hechos. La franja superior va de 1989 a 2026, como contexto; el panel principal amplía el periodo de septiembre de 2025 a enero de 2026, en el que se marcan la suspensión del 11 de noviembre y la marcha atrás del 13 de noviembre. Las figuras rellenas son hechos de fecha conocida al día; las barras huecas, hechos fechados solo por mes, por año o por un periodo aproximado. Una franja bajo el eje principal cuenta los ataques de Estados Unidos contra lanchas por semana. Después del gráfico sigue la lista completa de hechos.`;

/** `outsideWindow`: ataques posteriores al panel; `undatedRecords`: registros de ataques sin fecha del ataque. */
export const notes = ({ outsideWindow, undatedRecords }: { outsideWindow: number; undatedRecords: number }): string[] => [
  'Dos escalas de tiempo distintas: la franja abarca 37 años; el panel principal, cinco meses. Cada una reparte el tiempo de manera uniforme, y el embudo sombreado marca el salto entre ambas.',
  'Las fechas se muestran con la precisión que dan las fuentes. Los periodos que se salen del panel se dibujan hasta su borde, con el extremo abierto; un hecho cuyo inicio no da ninguna fuente (como la descertificación, de la que solo se sabe que ocurrió antes del 13 de noviembre de 2025) se dibuja como una barra corta que termina en su última fecha conocida, con el mismo extremo abierto al inicio.',
  `La franja de ataques cuenta cada ataque por el día en que ocurrió (ataques por semana, de lunes a domingo)${
    outsideWindow > 0 ? `; ${formatNumber('es', outsideWindow)} ${outsideWindow === 1 ? 'ataque posterior queda' : 'ataques posteriores quedan'} fuera del panel` : ''
  }${undatedRecords > 0 ? `, y se omite${undatedRecords === 1 ? ' 1 registro' : `n ${formatNumber('es', undatedRecords)} registros`} sin fecha del ataque` : ''}.`,
];

/** La línea de resumen de los datos (el marco la muestra solo cuando los datos están en un desplegable). */
export const DATA_LABEL = 'Todos los hechos';

export const timelineLabel = (spans: StorySpans): string => `${title(spans)}: línea de tiempo`;

export const FILTER = { legend: 'Mostrar los hechos en que participa', everyone: 'Todos' };

/** La leyenda: las fases por color, quién actúa primero por la forma, los periodos con una barra hueca. */
export const LEGEND: { symbols: Record<SymbolName, string>; span: string } = {
  symbols: {
    circle: 'Día conocido, actúa Colombia',
    square: 'Día conocido, actúa Estados Unidos',
    diamond: 'Día conocido, Venezuela',
    triangle: 'Día conocido, otros',
  },
  span: 'Solo mes, año o periodo aproximado',
};

/** Las palabras fijas de la lista de hechos. */
export const LIST = { sources: 'Fuentes:', copyLink: 'Copiar el enlace a este hecho', dating: 'Cómo fechamos este hecho' };

const PRECISION_WORDS: Record<Exclude<Precision, 'day' | 'approximate'>, string> = { month: 'fechado por mes', year: 'fechado por año' };

/** La etiqueta tras la fecha de un hecho cuando no se conoce el día. */
export const precisionTag = (precision: Precision): string | undefined =>
  precision === 'day' ? undefined : precision === 'approximate' ? 'fecha aproximada' : PRECISION_WORDS[precision];

/** "Quiénes: Colombia, Estados Unidos." (cómo se estableció la fecha va en el desplegable "Cómo fechamos este hecho") */
export const eventMeta = (actors: readonly Actor[]): string => `Quiénes: ${actors.map((actor) => ACTOR_NAMES[actor]).join(', ')}.`;

/** El nombre de una marca cuando recibe el foco: su etiqueta, su fecha, su título. */
export const markLabel = (mark: { label: { lines: readonly string[] }; display: string; title: string }): string =>
  `${mark.label.lines.join(' ')}: ${mark.display}. ${mark.title}`;

const HIGHLIGHTS = { suspension: '11 nov.: suspensión', reversal: '13 nov.: marcha atrás' };

/** Las palabras de un espacio de texto del gráfico. */
export function says(slot: Says): string {
  switch (slot.kind) {
    case 'tick':
      return slot.unit === 'year' ? String(slot.date.getUTCFullYear()) : axisMonth('es', slot.date, slot.withYear);
    case 'highlight':
      return HIGHLIGHTS[slot.day];
    case 'highlight-range':
      return '11–13 nov.';
    case 'break':
      return slot.compact ? 'Zoom: sept. 2025 – ene. 2026' : 'Zoom: septiembre de 2025 – enero de 2026, en otra escala';
    case 'cadence-caption':
      return `Ataques de Estados Unidos contra lanchas por semana (barra más alta: ${formatNumber('es', slot.tallest)})`;
  }
}

/** Bajo el gráfico estrecho, que no tiene espacio para el rótulo. */
export const cadenceKey = (tallest: number): string =>
  `Barras a la izquierda del eje: ataques de Estados Unidos contra lanchas por semana (la más alta: ${formatNumber('es', tallest)}).`;

// Compile-time parity with the English module: a missing, extra or differently typed export fails here.
const parity: TextParity<typeof English, typeof import('./text.es.ts')> = true;
void parity;
