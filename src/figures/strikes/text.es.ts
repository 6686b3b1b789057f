/**
 * Every word the strike map (Figure 3) prints, Spanish edition (issue #16): the same exports, with the same
 * types, as text.ts; src/i18n/parity.ts checks it at compile time (below) and text.es.test.ts at run time.
 * Dates, numbers and lists come from src/i18n/format.ts (es-CO); the vocabulary follows
 * content/explainer-es/GLOSSARY.md ("ataque", "lancha", "sobreviviente", "según los anuncios"). Words quoted
 * from a source ("international waters in the eastern Pacific") stay in the source's language.
 */
import type * as English from './text.ts';
import { dateRange, formatDate, formatNumber, formatPercent, list, percent, plural, shortDate as short } from '../../i18n/format.ts';
import type { TextParity } from '../../i18n/parity.ts';
import type { Region, SubArea } from '../../schemas/strike.ts';
import type { Totals, StrikeInput } from './model.ts';
import type { DetailRecord, MapWords, NotesInput, TotalsText } from './text.ts';

export type { DetailRecord, MapWords, NotesInput, TotalsText } from './text.ts';

/** "13 de noviembre de 2025". */
export const longDate = (iso: string) => formatDate('es', iso);
/** "10 nov. 2025". */
export const shortDate = (iso: string) => formatDate('es', iso, 'short');

const n = (value: number) => formatNumber('es', value);

export const REGION_NAMES: Record<Region, string> = {
  caribbean: 'Caribe',
  'eastern-pacific': 'Pacífico oriental',
  unspecified: 'Sin indicar',
};

export const SUB_AREA_NAMES: Record<SubArea, string> = {
  'off-venezuela': 'Frente a Venezuela',
  'off-colombia': 'Frente a Colombia',
};

// ---------------------------------------------------------------------------------------------------------
// Los rótulos del mapa

export const MAP_WORDS: MapWords = {
  labels: {
    trinidad: 'Trinidad y Tobago',
    colombia: 'Colombia',
    venezuela: 'Venezuela',
    ecuador: 'Ecuador',
    panama: 'Panamá',
    mexico: 'México',
    cuba: 'Cuba',
    'united-states': 'Florida (EE. UU.)',
    'gulf-of-mexico': 'Golfo de México',
    'caribbean-sea': 'Mar Caribe',
    'pacific-ocean': 'Océano Pacífico',
    'atlantic-ocean': 'Océano Atlántico',
    'area-caribbean': 'Ataques en el Caribe',
    'area-eastern-pacific': 'Ataques en el Pacífico oriental',
  },
  compactLabels: {
    'area-caribbean': 'Ataques, Caribe',
    'area-eastern-pacific': 'Ataques, Pacífico oriental',
  },
  subAreas: SUB_AREA_NAMES,
  places: {
    'key-west': { name: 'Key West', note: 'centro antidrogas de EE. UU.' },
    bogota: { name: 'Bogotá' },
    caracas: { name: 'Caracas' },
  },
  scale: (km) => `${n(km)} km`,
  count: (strikes) => `×${strikes}`,
};

// ---------------------------------------------------------------------------------------------------------
// Ataques

/** "Ataque 7", o "Ataques 11–13" para un registro de varios. */
export function strikeName(strike: Pick<StrikeInput, 'firstNumber' | 'lastNumber'>): string {
  return strike.lastNumber > strike.firstNumber ? `Ataques ${strike.firstNumber}–${strike.lastNumber}` : `Ataque ${strike.firstNumber}`;
}

const killedWords = (killed: number) => `${n(killed)} ${killed === 1 ? 'muerto' : 'muertos'}`;

/** El nombre accesible de una marca: cuándo, dónde, cuántos y cuándo se anunció. */
export function markAriaLabel(strike: StrikeInput, known: string | null): string {
  const when = strike.date ? longDate(strike.date) : `Fecha sin indicar (informado ${known ? `el ${longDate(known)}` : 'en fecha desconocida'})`;
  const where = strike.region === 'unspecified' ? 'región sin indicar' : REGION_NAMES[strike.region];
  const count = strike.strikesInRow > 1 ? `${n(strike.strikesInRow)} ataques, ` : '';
  const announced = strike.announcedDate && strike.announcedDate !== strike.date ? ` (anunciado el ${longDate(strike.announcedDate)})` : '';
  const reliability = strike.reliability === 'low' ? '; baja fiabilidad' : '';
  return `${when}, ${where}: ${count}${killedWords(strike.killed)}${announced}${reliability}`;
}

/** Un ataque sin región indicada, tal como se lista junto al mapa: su aria-label y su línea. */
export function unplacedText(strike: StrikeInput, known: string): { ariaLabel: string; line: string; later: string } {
  return {
    ariaLabel: `${strike.date ? longDate(strike.date) : 'Fecha sin indicar'}, región sin indicar: ${killedWords(strike.killed)} (anunciado el ${longDate(known)})`,
    line: `${strike.date ? shortDate(strike.date) : 'Fecha sin indicar'}: ${killedWords(strike.killed)}; anunciado el ${shortDate(known)}`,
    later: ' (después de la fecha mostrada)',
  };
}

// ---------------------------------------------------------------------------------------------------------
// El panel de totales y el control de fecha

export function totalsText(totals: Totals): TotalsText {
  const { pending, revised, lowReliability } = totals;
  const one = totals.presumedDead === 1;
  return {
    from: totals.date,
    strikes: String(totals.strikes),
    vessels: String(totals.vessels),
    killed: String(totals.killed),
    withPresumed: totals.presumedDead > 0 ? String(totals.killed + totals.presumedDead) : '',
    presumedText:
      totals.presumedDead > 0
        ? `contando ${one ? 'al sobreviviente' : `a los ${n(totals.presumedDead)} sobrevivientes`} del ${list('es', totals.presumedDates.map((d) => short('es', d)))} que nunca ${one ? 'fue encontrado' : 'fueron encontrados'}`
        : '',
    pending:
      pending.length > 0
        ? `Ya ocurridos, pero aún sin anunciar: ${pending
            .map((p) => `${short('es', p.date)} (${p.strikes > 1 ? `${n(p.strikes)} ataques, ` : ''}${killedWords(p.killed)}; anunciado el ${short('es', p.announced)})`)
            .join('; ')}.`
        : '',
    revised: revised
      .map((r) => `El saldo del ${short('es', r.date)} se revisó después de ${n(r.from)} a ${n(r.to)} muertos; los totales conservan la cifra anunciada en su momento.`)
      .join(' '),
    low:
      lowReliability.length > 0
        ? `Incluye ${plural('es', lowReliability.length, { one: 'informe de baja fiabilidad', other: 'informes de baja fiabilidad' })} (${lowReliability
            .map((l) => `publicado el ${short('es', l.published)}, sin fecha del ataque`)
            .join('; ')}).`
        : '',
  };
}

export const TOTALS_WORDS = {
  announcedBy: 'Anunciados al',
  strikes: 'ataques',
  vessels: 'lanchas alcanzadas',
  killed: 'muertos, según los anuncios',
  withPresumed: 'muertos,',
};

/** Las palabras del control de fecha; `valueText` es también lo que escribe el script cuando cambia el día. */
export const CONTROL_WORDS = {
  label: 'Mostrar lo anunciado hasta el',
  reversal: (iso: string) => `${short('es', iso)}: marcha atrás`,
  end: 'Fin de los datos',
};

export const valueText = (date: string, strikes: string | number | undefined, killed: string | number | undefined) => `${date}: ${strikes} ataques, ${killed} muertos`;

// ---------------------------------------------------------------------------------------------------------
// El marco: título, conclusión, descripción, notas, conciliación

export const TITLE = 'Dos mares, ninguna coordenada: dónde se anunciaron los ataques';
export const MAP_LABEL = `${TITLE}: mapa del Caribe y del Pacífico oriental`;

export const dataLabel = (records: number, strikes: number) => `Los ${n(records)} registros de ataques (${n(strikes)} ataques)`;

export function takeaway(date: string, atDate: Totals, later: { strikes: number; pacific: number }): string {
  return (
    `Cuando Colombia dio marcha atrás, el ${longDate(date)}, Estados Unidos había anunciado ${n(atDate.strikes)} ataques que mataron a ${n(atDate.killed)} personas, ` +
    `${n(atDate.byRegion.caribbean.strikes)} en el Caribe y ${n(atDate.byRegion['eastern-pacific'].strikes)} en el Pacífico oriental; ` +
    `${n(later.pacific)} de los ${n(later.strikes)} ataques anunciados después fueron en el Pacífico.`
  );
}

export function description(date: string, atDate: Totals, counts: { inSubAreas: number; unplaced: number }): string {
  const reversal = longDate(date);
  return (
    `Un mapa del Caribe y del Pacífico oriental, desde la línea del ecuador hasta Florida. Las dos regiones que nombran los anuncios de Estados Unidos se dibujan como áreas sombreadas. ` +
    `Cada registro de ataque es un punto dentro del área de su región, y su tamaño indica el número de muertos; los puntos se agrupan por orden de fecha, no donde ocurrieron los ataques, porque no se publicaron coordenadas. ` +
    `${n(counts.inSubAreas)} ataques que, según se dijo, ocurrieron frente a las costas de Venezuela o de Colombia están en áreas más pequeñas junto a esas costas, y ${n(counts.unplaced)} registros sin región indicada se listan junto al mapa. ` +
    `Un control de fecha muestra lo que se había anunciado hasta un día dado. Empieza el ${reversal}: ${n(atDate.strikes)} ataques y ${n(atDate.killed)} muertos según los anuncios, ${n(atDate.killed + atDate.presumedDead)} si se cuenta a un sobreviviente que nunca fue encontrado. ` +
    `Key West, Bogotá y Caracas se marcan como contexto. Todos los registros están en la tabla de abajo.`
  );
}

// The records' dates in words are English ("11 November 2025", "January 2024 – June 2025") until the content
// has Spanish fields: read those forms back to ISO and write them in Spanish; keep any other wording as is.
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
function isoOfEnglish(text: string): string | undefined {
  const match = /^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$/.exec(text.trim());
  const month = match ? ENGLISH_MONTHS.indexOf(match[2]!.toLowerCase()) + 1 : 0;
  if (!match || month === 0) return undefined;
  const mm = String(month).padStart(2, '0');
  return match[1] ? `${match[3]}-${mm}-${match[1].padStart(2, '0')}` : `${match[3]}-${mm}`;
}
/** "11 November 2025" → "11 de noviembre de 2025"; other words unchanged. */
const spanishDate = (text: string) => {
  const iso = isoOfEnglish(text);
  return iso ? longDate(iso) : text;
};
/** "January 2024 – June 2025" → "enero de 2024 – junio de 2025". */
const spanishPeriod = (period: string) => period.split(' – ').map(spanishDate).join(' – ');
/** "January 2024 – June 2025" → "entre enero de 2024 y junio de 2025". */
const between = (period: string) => {
  const [start, end, ...rest] = period.split(' – ').map(isoOfEnglish);
  return start && end && rest.length === 0 && start.length === end.length ? dateRange('es', start, end) : `entre ${spanishPeriod(period).replace(' – ', ' y ')}`;
};

export function notes(input: NotesInput): string[] {
  const { topKilled, deadliest, lowReliability: low, revised, keyWest, fordDate, parallels, variation, cutoffs } = input;
  const one = low.length === 1;
  return [
    ...(cutoffs ? [`Nuestros registros de ataques llegan hasta el ${spanishDate(cutoffs.strikes)}; la historia que cuenta el explicativo, hasta el ${spanishDate(cutoffs.story)}.`] : []),
    `La ubicación de los puntos es esquemática. Ninguna fuente da coordenadas de ningún ataque: los anuncios nombran, como mucho, un mar ("international waters in the eastern Pacific"). Cada región se dibuja como un área de mar abierto, y sus puntos se agrupan dentro de ella por orden de fecha, de izquierda a derecha y de arriba abajo. Cuando una fuente dice "off the coast of Venezuela" u "off Colombia", el punto queda en un área más pequeña junto a esa costa. Los ataques del 27 de octubre se quedan en el área amplia porque las ubicaciones informadas se contradicen: una zona de búsqueda muy lejos de México y "off the coast of Colombia".`,
    `El área de cada punto es proporcional al número de muertos según los anuncios (el mayor, ${n(topKilled)}, corresponde ${deadliest
      .map((s) => `${s.lastNumber > s.firstNumber ? 'a los' : 'al'} ${strikeName(s).toLowerCase()} del ${short('es', s.date ?? '')}`)
      .join(' y ')}). Un registro que abarca varios ataques es un solo punto, marcado con su número (×3), y cuenta como esa cantidad de ataques en los totales.`,
    `El control de fecha cuenta cada ataque desde el día en que se anunció, así que muestra lo que se sabía ese día. Un punto hueco es un ataque que ya había ocurrido, pero aún no se había anunciado.${
      low.length > 0
        ? ` ${one ? 'Un registro no da' : `${n(low.length)} registros no dan`} la fecha del ataque y ${one ? 'se basa' : 'se basan'} en una página agregadora muy breve; ${one ? 'se cuenta' : 'se cuentan'} desde la fecha de publicación (${low.map(longDate).join(', ')}) y ${one ? 'se dibuja' : 'se dibujan'} atenuados, con el contorno punteado.`
        : ''
    }`,
    `Los totales son sumas de los registros: ataques, lanchas alcanzadas y muertos según los anuncios de su momento. No se suman los sobrevivientes que nunca fueron encontrados; la segunda cifra de muertos añade a quienes los registros dan por muertos, como hacen muchos de quienes llevan la cuenta.${
      revised.length > 0 ? ` ${revised.map((r) => `El saldo del ${longDate(r.date)} se revisó después de ${n(r.from)} a ${n(r.to)}`).join('; ')}; los totales conservan la cifra anunciada.` : ''
    }`,
    ...(keyWest
      ? [
          `Key West: el ${formatPercent('es', keyWest.value)} de la inteligencia reunida en la base naval y aérea de Key West ${between(keyWest.period)} provino de Colombia, según una cifra del representante Gregory Meeks. En Key West se coordina la cooperación antidrogas entre Estados Unidos y América Latina.`,
        ]
      : []),
    ...(fordDate ? [`El portaaviones USS Gerald R. Ford llegó al Caribe el ${spanishDate(fordDate)}. Su posición no se publicó, por lo que no se dibuja.`] : []),
    `Proyección: cónica conforme de Lambert, con paralelos estándar en ${n(parallels[0])}° N y ${n(parallels[1])}° N. Una proyección conforme conserva la forma de las costas y de las islas; con los dos paralelos estándar dentro del mapa, la escala varía solo un ${percent('es', variation.projection)} de una parte del mapa a otra (con Mercator variaría un ${percent('es', variation.mercator)}), así que los tamaños y las distancias también son casi exactos.`,
    `Mapa base: contornos de países de Natural Earth a escala 1:50m (dominio público), a través de world-atlas; recortados, simplificados y redondeados al generar el sitio. En pantallas pequeñas, el mapa se recorta un poco por el este y por el oeste.`,
  ];
}

/**
 * La conciliación junto a los totales: las cifras informadas ese día frente a las sumas de los registros, y
 * lo que ninguna incluye. Sin `reported` cuando faltan los registros de cifras. Cuando la diferencia es un
 * sobreviviente nunca encontrado, el texto termina en la inferencia, sin punto final, para la fuente del registro.
 */
export function reconciliation(date: string, atDate: Totals, reported: { strikes: number; killed: number } | undefined): string {
  const reversal = longDate(date);
  const withPresumed = atDate.killed + atDate.presumedDead;
  const days = atDate.presumedDates.map(longDate).join(' y ');
  const survivors = `el sobreviviente ${atDate.presumedDates.length > 1 ? 'de los ataques' : 'del ataque'} del ${days}, que nunca fue encontrado`;
  // Que el total informado cuente a este sobreviviente es una inferencia de los datos de investigación, no lo dice una fuente.
  const inference = `Muchos de quienes llevan la cuenta dan por muerto a ese sobreviviente; que el total informado también lo haga es una inferencia de nuestros datos de investigación, basada en la fuente del registro del ${days}, que informa de un sobreviviente`;
  const inferred = reported !== undefined && atDate.presumedDead > 0 && reported.killed === withPresumed;
  return [
    reported
      ? `Por qué dos cifras: el ${reversal}, el día en que Colombia dio marcha atrás, bne IntelliNews informó de ${n(reported.strikes)} ataques y ${n(reported.killed)} muertos, con base en anuncios del Pentágono. Los registros suman ${n(atDate.strikes)} ataques y ${n(atDate.killed)} muertos según los anuncios${
          inferred ? `; la diferencia probablemente es ${survivors}.` : '.'
        }`
      : `Por qué dos cifras: hasta el ${reversal}, los registros suman ${n(atDate.killed)} muertos según los anuncios${atDate.presumedDead > 0 ? `, ${n(withPresumed)} si se cuenta ${survivors}` : ''}.`,
    ...atDate.pending.map((p) => ` El ataque del ${longDate(p.date)} (${killedWords(p.killed)}) no está en ninguna de las dos cifras: se anunció el ${longDate(p.announced)}.`),
    // Termina sin punto final: el componente añade la fuente del registro y el punto.
    inferred ? ` ${inference}` : '',
  ].join('');
}

/** El pie del mapa estático del resumen: antes, dentro y después de su frase en negrita. */
export function staticCaption(date: string, atDate: Totals): { before: string; strong: string; after: string } {
  return {
    before: `Ataques anunciados hasta el ${longDate(date)}: ${n(atDate.strikes)} ataques, ${n(atDate.killed)} muertos según los anuncios (${n(atDate.killed + atDate.presumedDead)} si se cuenta al sobreviviente del 27 de octubre, que nunca fue encontrado). Cada punto es un registro de ataque, y su área indica el número de muertos.`,
    strong: 'La ubicación dentro de cada región es esquemática:',
    after: 'ninguna fuente publicó coordenadas, así que los puntos se agrupan por orden de fecha dentro del mar que nombró el anuncio.',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Junto al mapa, y la leyenda

export const ASIDE_WORDS = {
  unplacedLabel: 'Región sin indicar',
  unplacedText: 'No aparecen en el mapa: los anuncios no dijeron dónde ocurrieron estos ataques.',
  offMapLabel: 'Fuera del mapa',
  ford: (fordDate: string) => `${spanishDate(fordDate)}: el portaaviones USS Gerald R. Ford llega al Caribe. Su posición no se publicó.`,
  keyWest: (value: number, period: string) =>
    `Key West: el ${formatPercent('es', value)} de la inteligencia reunida en su base naval y aérea (${spanishPeriod(period)}) provino de Colombia, según una cifra del representante Gregory Meeks.`,
};

export const LEGEND_WORDS = {
  schematicStrong: 'La ubicación dentro de cada región es esquemática.',
  schematic:
    'Ninguna fuente publicó coordenadas de ningún ataque. Un punto muestra la región que nombró el anuncio, no el lugar del ataque; dentro de cada área sombreada, los puntos se agrupan por orden de fecha.',
  sizes: (sizes: readonly number[]) => `Muertos, según los anuncios: ${sizes.map(n).join(', ')} (área del punto)`,
  caribbean: REGION_NAMES.caribbean,
  pacific: REGION_NAMES['eastern-pacific'],
  pending: 'Ocurrido, aún sin anunciar',
  low: 'Baja fiabilidad, sin fecha del ataque',
  countSwatch: '×3',
  count: 'Un registro de tres ataques',
  subArea: 'Según se dijo, frente a Venezuela o frente a Colombia',
  place: 'Ciudad (como contexto)',
};

// ---------------------------------------------------------------------------------------------------------
// La tabla de datos

export const TABLE_WORDS = {
  caption: (start: string, end: string, records: number, strikes: number) =>
    `Ataques de Estados Unidos contra presuntas lanchas del narcotráfico, del ${shortDate(start)} al ${shortDate(end)}: una fila por registro, por orden de fecha (${n(records)} registros, ${n(strikes)} ataques). No se publicaron coordenadas; la ubicación es la que se indicó.`,
  printOnly: 'Las fuentes de cada fila están enlazadas en la versión en línea y figuran en el CSV.',
  headers: ['Ataque', 'Fecha', 'Anunciado', 'Región', 'Ubicación, tal como se indicó', 'Lanchas', 'Ataques', 'Muertos', 'Sobrevivientes', 'Anunciado por', 'Fuentes'],
  lowTag: ' (baja fiabilidad)',
  notStated: 'Sin indicar',
  publishedOnly: (published: string) => `Sin indicar (publicado el ${shortDate(published)})`,
  revised: (to: number) => ` (luego ${n(to)})`,
  sum: 'Suma de todos los registros',
};

// ---------------------------------------------------------------------------------------------------------
// El panel de detalle

/** Dónde pone el mapa un ataque, y por qué. */
export function placementText(strike: Pick<StrikeInput, 'region' | 'subArea'>): string {
  if (strike.region === 'unspecified') return 'Fuera del mapa: no se indicó ninguna región. Figura en la lista junto a él.';
  if (strike.subArea) return `En el área más pequeña “${SUB_AREA_NAMES[strike.subArea].toLowerCase()}”, porque así lo dice la ubicación indicada; su lugar dentro de ella es esquemático.`;
  return `En algún punto del área del ${REGION_NAMES[strike.region]}; su lugar dentro de ella es esquemático, no donde ocurrió el ataque.`;
}

/** Quién anunció un ataque, según lo nombran los informes citados. */
export const announcedByText = (strike: { announcedBy?: string | undefined }): string => strike.announcedBy ?? 'No se nombra en los informes citados';

/** Las filas del panel de detalle de un ataque, en orden; `quote` marca la ubicación, citada tal como se indicó. */
export function detailText(strike: DetailRecord, known: string | null): { title: string; region: string; rows: { term: string; text: string; quote?: boolean }[]; copyLink: string } {
  const published = strike.date === null ? (strike.publishedDate ?? null) : null;
  const dateText = `${strike.date ? longDate(strike.date) : 'Sin indicar'}${published ? ` (el informe se publicó el ${longDate(published)})` : strike.dateNote ? ` (${strike.dateNote})` : ''}`;
  const announced = strike.announcedDate ? longDate(strike.announcedDate) : known ? `Sin indicar; se cuenta desde el ${longDate(known)}, cuando se publicó el informe` : 'Sin indicar';
  const revised =
    strike.killedLaterRevised !== null && strike.killedLaterRevised !== strike.killed ? `, según los anuncios; luego revisado a ${n(strike.killedLaterRevised)}` : '';
  return {
    title: strikeName(strike),
    region: strike.region === 'unspecified' ? 'región sin indicar' : REGION_NAMES[strike.region],
    rows: [
      { term: 'Fecha', text: dateText },
      { term: 'Anunciado', text: announced },
      { term: 'Ubicación indicada', text: strike.locationText, quote: true },
      { term: 'En el mapa', text: placementText(strike) },
      { term: 'Lanchas alcanzadas', text: String(strike.vessels) },
      { term: 'Ataques en este registro', text: String(strike.strikesInRow) },
      { term: 'Muertos', text: `${strike.killed}${revised}` },
      { term: 'Sobrevivientes', text: strike.survivors },
      { term: 'Anunciado por', text: announcedByText(strike) },
      ...(strike.reliability === 'low' ? [{ term: 'Fiabilidad', text: `Baja: ${strike.notes}` }] : []),
    ],
    copyLink: 'Copiar el enlace a este ataque',
  };
}

// Compile-time parity with the English module: a missing, extra or differently typed export fails here.
const parity: TextParity<typeof English, typeof import('./text.es.ts')> = true;
void parity;
