/**
 * Every word the strike map (Figure 3) prints, Spanish edition (issue #16): the same exports, with the same
 * types, as text.ts, built by words.ts from the words below; src/i18n/parity.ts checks it at compile time
 * (below) and text.es.test.ts at run time. Dates, numbers and lists come from src/i18n/format.ts (es-CO);
 * the vocabulary follows content/explainer-es/GLOSSARY.md ("ataque", "lancha", "sobreviviente", "según los
 * anuncios"). Words quoted from a source ("international waters in the eastern Pacific") stay in the
 * source's language.
 */
import type * as English from './text.ts';
import { dateRange, formatDate, formatNumber, formatPercent, list, percent, plural, shortDate as short } from '../../i18n/format.ts';
import type { TextParity } from '../../i18n/parity.ts';
import { strikeWords, type StrikeLexicon } from './words.ts';

export type { DetailRecord, MapWords, NotesInput, TotalsText } from './words.ts';

/** "13 de noviembre de 2025". */
export const longDate = (iso: string) => formatDate('es', iso);
/** "10 nov. 2025". */
export const shortDate = (iso: string) => formatDate('es', iso, 'short');

/** Lo que escribe el script del navegador cuando cambia el día (client.ts lo importa solo). */
export const valueText = (date: string, strikes: string | number | undefined, killed: string | number | undefined) =>
  `${date}: ${strikes} ${Number(strikes) === 1 ? 'ataque' : 'ataques'}, ${killed} ${Number(killed) === 1 ? 'muerto' : 'muertos'}`;

const n = (value: number) => formatNumber('es', value);
const brief = (iso: string) => short('es', iso);
const killedWords = (killed: number) => `${n(killed)} ${killed === 1 ? 'muerto' : 'muertos'}`;

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

const LEXICON: StrikeLexicon = {
  longDate,
  shortDate,
  briefDate: brief,
  number: n,
  regionNames: {
    caribbean: 'Caribe',
    'eastern-pacific': 'Pacífico oriental',
    unspecified: 'Sin indicar',
  },
  subAreaNames: {
    'off-venezuela': 'Frente a Venezuela',
    'off-colombia': 'Frente a Colombia',
  },
  map: {
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
    places: {
      'key-west': {
        name: 'Key West',
        note: 'centro antidrogas de EE. UU.',
      },
      bogota: {
        name: 'Bogotá',
      },
      caracas: {
        name: 'Caracas',
      },
    },
    scale: (km) => `${n(km)} km`,
    count: (strikes) => `×${strikes}`,
  },
  strikeName: { one: 'Ataque', many: 'Ataques' },
  regionNotStated: 'región sin indicar',
  dateNotStated: 'Fecha sin indicar',
  undated: (known) => `Fecha sin indicar (informado ${known ? `el ${longDate(known)}` : 'en fecha desconocida'})`,
  strikes: (count) => `${count} ${Number(count) === 1 ? 'ataque' : 'ataques'}`,
  killed: killedWords,
  announced: (date) => `anunciado el ${date}`,
  lowReliability: '; baja fiabilidad',
  later: ' (después de la fecha mostrada)',
  totals: {
    presumed: (count, dates) =>
      `contando ${count === 1 ? 'al sobreviviente' : `a los ${n(count)} sobrevivientes`} del ${list('es', dates)} que nunca ${count === 1 ? 'fue encontrado' : 'fueron encontrados'}`,
    pendingLead: 'Ya ocurridos, pero aún sin anunciar',
    revised: (date, from, to) => `El saldo del ${date} se revisó después de ${n(from)} a ${n(to)} muertos; los totales conservan la cifra anunciada en su momento.`,
    low: (count) => `Incluye ${plural('es', count, { one: 'informe de baja fiabilidad', other: 'informes de baja fiabilidad' })}`,
    lowItem: (published) => `publicado el ${published}, sin fecha del ataque`,
  },
  totalsWords: {
    announcedBy: 'Anunciados al',
    strikes: 'ataques',
    vessels: 'lanchas alcanzadas',
    killed: 'muertos, según los anuncios',
    withPresumed: 'muertos,',
  },
  control: { label: 'Mostrar lo anunciado hasta el', reversal: 'marcha atrás', end: 'Fin de los datos' },
  title: 'Dos mares, ninguna coordenada: dónde se anunciaron los ataques',
  mapLabel: 'mapa del Caribe y del Pacífico oriental',
  dataLabel: (records, strikes) => `Los ${n(records)} registros de ataques (${n(strikes)} ataques)`,
  takeaway: (date, atDate, later) =>
    `Cuando Colombia dio marcha atrás, el ${longDate(date)}, Estados Unidos había anunciado ${n(atDate.strikes)} ataques que mataron a ${n(atDate.killed)} personas, ` +
    `${n(atDate.byRegion.caribbean.strikes)} en el Caribe y ${n(atDate.byRegion['eastern-pacific'].strikes)} en el Pacífico oriental; ` +
    `${n(later.pacific)} de los ${n(later.strikes)} ataques anunciados después fueron en el Pacífico.`,
  description: (date, atDate, counts) =>
    `Un mapa del Caribe y del Pacífico oriental, desde la línea del ecuador hasta Florida. Las dos regiones que nombran los anuncios de Estados Unidos se dibujan como áreas sombreadas. ` +
    `Cada registro de ataque es un punto dentro del área de su región, y su tamaño indica el número de muertos; los puntos se agrupan por orden de fecha, no donde ocurrieron los ataques, porque no se publicaron coordenadas. ` +
    `${n(counts.inSubAreas)} ataques que, según se dijo, ocurrieron frente a las costas de Venezuela o de Colombia están en áreas más pequeñas junto a esas costas, y ${n(counts.unplaced)} registros sin región indicada se listan junto al mapa. ` +
    `Un control de fecha muestra lo que se había anunciado hasta un día dado. Empieza el ${longDate(date)}: ${n(atDate.strikes)} ataques y ${n(atDate.killed)} muertos según los anuncios, ${n(atDate.killed + atDate.presumedDead)} si se cuenta a un sobreviviente que nunca fue encontrado. ` +
    `Key West, Bogotá y Caracas se marcan como contexto. Todos los registros están en la tabla de abajo.`,
  notes: {
    cutoffs: (cutoffs) => `Nuestros registros de ataques llegan hasta el ${spanishDate(cutoffs.strikes)}; la historia que cuenta el explicativo, hasta el ${spanishDate(cutoffs.story)}.`,
    placement: `La ubicación de los puntos es esquemática. Ninguna fuente da coordenadas de ningún ataque: los anuncios nombran, como mucho, un mar ("international waters in the eastern Pacific"). Cada región se dibuja como un área de mar abierto, y sus puntos se agrupan dentro de ella por orden de fecha, de izquierda a derecha y de arriba abajo. Cuando una fuente dice "off the coast of Venezuela" u "off Colombia", el punto queda en un área más pequeña junto a esa costa. Los ataques del 27 de octubre se quedan en el área amplia porque las ubicaciones informadas se contradicen: una zona de búsqueda muy lejos de México y "off the coast of Colombia".`,
    sizes: (topKilled, deadliest) =>
      `El área de cada punto es proporcional al número de muertos según los anuncios (el mayor, ${n(topKilled)}, corresponde ${deadliest
        .map((s) => `${s.several ? 'a los' : 'al'} ${s.name} del ${s.date}`)
        .join(' y ')}). Un registro que abarca varios ataques es un solo punto, marcado con su número (×3), y cuenta como esa cantidad de ataques en los totales.`,
    control: (low) => {
      const one = low.length === 1;
      return `El control de fecha cuenta cada ataque desde el día en que se anunció, así que muestra lo que se sabía ese día. Un punto hueco es un ataque que ya había ocurrido, pero aún no se había anunciado.${
        low.length > 0
          ? ` ${one ? 'Un registro no da' : `${n(low.length)} registros no dan`} la fecha del ataque y ${one ? 'se basa' : 'se basan'} en una página agregadora muy breve; ${one ? 'se cuenta' : 'se cuentan'} desde la fecha de publicación (${low.map(longDate).join(', ')}) y ${one ? 'se dibuja' : 'se dibujan'} atenuados, con el contorno punteado.`
          : ''
      }`;
    },
    totals: (revised) =>
      `Los totales son sumas de los registros: ataques, lanchas alcanzadas y muertos según los anuncios de su momento. No se suman los sobrevivientes que nunca fueron encontrados; la segunda cifra de muertos añade a quienes los registros dan por muertos, como hacen muchos de quienes llevan la cuenta.${
        revised.length > 0 ? ` ${revised.map((r) => `El saldo del ${longDate(r.date)} se revisó después de ${n(r.from)} a ${n(r.to)}`).join('; ')}; los totales conservan la cifra anunciada.` : ''
      }`,
    keyWest: (keyWest) =>
      `Key West: el ${formatPercent('es', keyWest.value)} de la inteligencia reunida en la base naval y aérea de Key West ${between(keyWest.period)} provino de Colombia, según una cifra del representante Gregory Meeks. En Key West se coordina la cooperación antidrogas entre Estados Unidos y América Latina.`,
    ford: (fordDate) => `El portaaviones USS Gerald R. Ford llegó al Caribe el ${spanishDate(fordDate)}. Su posición no se publicó, por lo que no se dibuja.`,
    projection: (parallels, variation) =>
      `Proyección: cónica conforme de Lambert, con paralelos estándar en ${n(parallels[0])}° N y ${n(parallels[1])}° N. Una proyección conforme conserva la forma de las costas y de las islas; con los dos paralelos estándar dentro del mapa, la escala varía solo un ${percent('es', variation.projection)} de una parte del mapa a otra (con Mercator variaría un ${percent('es', variation.mercator)}), así que los tamaños y las distancias también son casi exactos.`,
    basemap: `Mapa base: contornos de países de Natural Earth a escala 1:50m (dominio público), a través de world-atlas; recortados, simplificados y redondeados al generar el sitio. En pantallas pequeñas, el mapa se recorta un poco por el este y por el oeste.`,
  },
  reconciliation: {
    survivors: (days) => `el sobreviviente ${days.length > 1 ? 'de los ataques' : 'del ataque'} del ${days.join(' y ')}, que nunca fue encontrado`,
    // Que el total informado cuente a este sobreviviente es una inferencia de los datos de investigación, no lo dice una fuente.
    inference: (days) =>
      `Muchos de quienes llevan la cuenta dan por muerto a ese sobreviviente; que el total informado también lo haga es una inferencia de nuestros datos de investigación, basada en la fuente del registro del ${days.join(' y ')}, que informa de un sobreviviente`,
    reported: (reversal, reported, atDate, difference) =>
      `Por qué dos cifras: el ${reversal}, el día en que Colombia dio marcha atrás, bne IntelliNews informó de ${n(reported.strikes)} ataques y ${n(reported.killed)} muertos, con base en anuncios del Pentágono. Los registros suman ${n(atDate.strikes)} ataques y ${n(atDate.killed)} muertos según los anuncios${
        difference ? `; la diferencia probablemente es ${difference}.` : '.'
      }`,
    recorded: (reversal, atDate, withPresumed, survivors) =>
      `Por qué dos cifras: hasta el ${reversal}, los registros suman ${n(atDate.killed)} muertos según los anuncios${survivors ? `, ${n(withPresumed)} si se cuenta ${survivors}` : ''}.`,
    pending: (p) => ` El ataque del ${longDate(p.date)} (${killedWords(p.killed)}) no está en ninguna de las dos cifras: se anunció el ${longDate(p.announced)}.`,
  },
  staticCaption: (date, atDate) => ({
    before: `Ataques anunciados hasta el ${longDate(date)}: ${n(atDate.strikes)} ataques, ${n(atDate.killed)} muertos según los anuncios (${n(atDate.killed + atDate.presumedDead)} si se cuenta al sobreviviente del 27 de octubre, que nunca fue encontrado). Cada punto es un registro de ataque, y su área indica el número de muertos.`,
    strong: 'La ubicación dentro de cada región es esquemática:',
    after: 'ninguna fuente publicó coordenadas, así que los puntos se agrupan por orden de fecha dentro del mar que nombró el anuncio.',
  }),
  aside: {
    unplacedLabel: 'Región sin indicar',
    unplacedText: 'No aparecen en el mapa: los anuncios no dijeron dónde ocurrieron estos ataques.',
    offMapLabel: 'Fuera del mapa',
    ford: (fordDate) => `${spanishDate(fordDate)}: el portaaviones USS Gerald R. Ford llega al Caribe. Su posición no se publicó.`,
    keyWest: (value, period) =>
      `Key West: el ${formatPercent('es', value)} de la inteligencia reunida en su base naval y aérea (${spanishPeriod(period)}) provino de Colombia, según una cifra del representante Gregory Meeks.`,
  },
  legend: {
    schematicStrong: 'La ubicación dentro de cada región es esquemática.',
    schematic:
      'Ninguna fuente publicó coordenadas de ningún ataque. Un punto muestra la región que nombró el anuncio, no el lugar del ataque; dentro de cada área sombreada, los puntos se agrupan por orden de fecha.',
    sizes: (sizes) => `Muertos, según los anuncios: ${sizes.map(n).join(', ')} (área del punto)`,
    pending: 'Ocurrido, aún sin anunciar',
    low: 'Baja fiabilidad, sin fecha del ataque',
    countSwatch: '×3',
    count: 'Un registro de tres ataques',
    subArea: 'Según se dijo, frente a Venezuela o frente a Colombia',
    place: 'Ciudad (como contexto)',
  },
  table: {
    caption: (start, end, records, strikes) =>
      `Ataques de Estados Unidos contra presuntas lanchas del narcotráfico, del ${shortDate(start)} al ${shortDate(end)}: una fila por registro, por orden de fecha (${n(records)} registros, ${n(strikes)} ataques). No se publicaron coordenadas; la ubicación es la que se indicó.`,
    printOnly: 'Las fuentes de cada fila están enlazadas en la versión en línea y figuran en el CSV.',
    headers: ['Ataque', 'Fecha', 'Anunciado', 'Región', 'Ubicación, tal como se indicó', 'Lanchas', 'Ataques', 'Muertos', 'Sobrevivientes', 'Anunciado por', 'Fuentes'],
    lowTag: ' (baja fiabilidad)',
    notStated: 'Sin indicar',
    publishedOnly: (published) => `Sin indicar (publicado el ${shortDate(published)})`,
    revised: (to) => ` (luego ${n(to)})`,
    sum: 'Suma de todos los registros',
  },
  placement: {
    unplaced: 'Fuera del mapa: no se indicó ninguna región. Figura en la lista junto a él.',
    subArea: (name) => `En el área más pequeña “${name}”, porque así lo dice la ubicación indicada; su lugar dentro de ella es esquemático.`,
    region: (name) => `En algún punto del área del ${name}; su lugar dentro de ella es esquemático, no donde ocurrió el ataque.`,
  },
  notNamed: 'No se nombra en los informes citados',
  detail: {
    notStated: 'Sin indicar',
    published: (date) => ` (el informe se publicó el ${date})`,
    countedFrom: (date) => `Sin indicar; se cuenta desde el ${date}, cuando se publicó el informe`,
    revisedTo: (killed) => `, según los anuncios; luego revisado a ${n(killed)}`,
    low: (notes) => `Baja: ${notes}`,
    terms: {
      date: 'Fecha',
      announced: 'Anunciado',
      location: 'Ubicación indicada',
      onMap: 'En el mapa',
      boats: 'Lanchas alcanzadas',
      inRecord: 'Ataques en este registro',
      killed: 'Muertos',
      survivors: 'Sobrevivientes',
      announcedBy: 'Anunciado por',
      reliability: 'Fiabilidad',
    },
    copyLink: 'Copiar el enlace a este ataque',
  },
};

/* Las exportaciones que leen los demás módulos: las mismas que text.ts, hechas con estas palabras. */
export const { REGION_NAMES, SUB_AREA_NAMES, MAP_WORDS, strikeName, markAriaLabel, unplacedText, totalsText, TOTALS_WORDS, CONTROL_WORDS, TITLE, MAP_LABEL, dataLabel, takeaway, description, notes, reconciliation, staticCaption, ASIDE_WORDS, LEGEND_WORDS, TABLE_WORDS, placementText, announcedByText, detailText } = /* @__PURE__ */ strikeWords(LEXICON);

// Compile-time parity with the English module: a missing, extra or differently typed export fails here.
const parity: TextParity<typeof English, typeof import('./text.es.ts')> = true;
void parity;
