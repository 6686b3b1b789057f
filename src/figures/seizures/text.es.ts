/**
 * Every word Figure 2 prints, Spanish edition (issue #16): the same exports, with the same types, as
 * text.ts, built by words.ts from the words below; src/i18n/parity.ts checks it at compile time (below) and
 * text.es.test.ts at run time. Numbers, tonnes, percentages, money and dates come from src/i18n/format.ts
 * (es-CO): "848,5 t", "65 %", "USD 210 millones", "16 sept."; the vocabulary follows
 * content/explainer-es/GLOSSARY.md. Words quoted from a source (“this year”, “last year”) stay in the
 * source's language.
 */
import type * as English from './text.ts';
import { formatNumber, formatPercent, list, money, shortDate, tonnes } from '../../i18n/format.ts';
import type { TextParity } from '../../i18n/parity.ts';
import { seizureWords, type SeizureLexicon } from './words.ts';

export type { DetailWords, RecordYearWords } from './words.ts';

/** Quien dio las 446 t, nombrado como lo nombra CNN (que no da su cargo ni dice de quién es el conteo). */
const general = 'el brigadier general Ricardo Sánchez-Silvestre';

const n = (value: number) => formatNumber('es', value);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const es = (items: readonly string[]) => list('es', items);

const LEXICON: SeizureLexicon = {
  title: 'Incautaciones récord, contadas de maneras distintas',
  mainLabel: 'cocaína incautada por año',
  dataLabel: 'Todos los registros de incautaciones y las cifras mostradas, con sus fuentes',
  multiplesHead: 'Las demás cifras de los artículos, cada una en su propia unidad y su propia escala',
  axisTitle: 'Cocaína incautada por Colombia, toneladas por año',
  gapAria: (year) => `${year}: no se encontró ninguna cifra anual (un vacío, no un cero)`,
  general,
  policeHeader: { before: 'La cifra de un general, dada a CNN en', date: 'enero de 2026', after: 'para “this year”' },
  policeNote: 'Solo clorhidrato. CNN no dice de quién es el conteo ni qué abarca; los totales anuales del gráfico son mayores, y algunos incluyen incautaciones en el exterior con participación colombiana.',
  panelLabels: {
    'per-day': 'La cifra diaria, comprobada',
    'global-share': 'La participación de Colombia en las incautaciones mundiales de cocaína, una afirmación',
    intelligence: 'La participación de Colombia en la inteligencia antidrogas de Estados Unidos, dos encuadres',
    facilities: 'Instalaciones de producción de drogas destruidas',
    aid: 'Asistencia de Estados Unidos a Colombia',
  },
  legend: {
    unspecified: 'Cocaína, sin especificar la forma',
    hydrochloride: 'Solo clorhidrato de cocaína',
    provisional: 'Provisional (punteada, hueca)',
    partial: 'En lo que va del año (pequeña, hueca)',
    base: 'Base y pasta de coca, contadas aparte',
    conflict: 'Cifras oficiales contradictorias, todas a la vista',
    gap: 'No se encontró cifra (un vacío, no un cero)',
    police: 'Cifra dicha a CNN, enero de 2026',
  },
  table: {
    seizureCaption:
      'Las incautaciones de cocaína de Colombia tal como se informaron: totales anuales, lo que iba de 2025, base y pasta de coca, totales mundiales y la participación declarada',
    figureCaption: 'Las demás cifras del gráfico, cada una en su unidad, tal como las dan los artículos',
    noSourceRow: 'Sin fuente: la investigación no encontró ninguna cifra.',
    noSourceDetail: 'Sin fuente: la investigación no encontró ningún total anual para este año.',
    copyLink: 'Copiar el enlace a esta cifra',
    wordsOnlyFlag: 'No se da una cifra: se muestran las palabras, no un valor, y el gráfico la deja fuera',
    csvWordsOnlyFlag: 'No se da una cifra: solo palabras',
  },
  heads: {
    year: 'Año',
    figure: 'Cifra',
    value: 'Valor',
    what: 'Qué se cuenta, quién lo dice, fuentes',
  },
  seizureGroupTitles: {
    annual: 'Colombia, totales anuales de cocaína (las cifras oficiales contradictorias, juntas)',
    partial: 'Colombia, en lo que iba de 2025',
    base: 'Colombia, base y pasta de coca (otro producto, contado aparte)',
    global: 'Total mundial (UNODC): otra escala, no dibujada',
    share: 'Una participación declarada en las incautaciones mundiales',
  },
  file: 'text.es.ts',
  number: n,
  tonnes: (value) => tonnes('es', value),
  list: es,
  qualifiers: { exact: '', 'more-than': 'más de ', 'at-least': 'al menos ', about: 'cerca de ', 'up-to': 'hasta ' },
  units: {
    'tonnes-per-day': (v) => `${n(v)} t al día`,
    percent: (v) => formatPercent('es', v),
    usd: (v) => money('es', v),
    count: n,
    people: (v) => `${n(v)} personas`,
    years: (v) => `${n(v)} años`,
  },
  unitNames: {
    tonnes: 'toneladas (t)',
    'tonnes-per-day': 'toneladas al día',
    percent: 'porcentaje de un total',
    count: 'un conteo',
    usd: 'dólares estadounidenses',
    people: 'personas',
    years: 'años',
  },
  formNames: {
    hydrochloride: 'solo clorhidrato de cocaína',
    'base-paste': 'solo base y pasta de coca (otro producto)',
    unspecified: 'cocaína sin especificar la forma (puede incluir todas las formas)',
  },
  scopeNames: {
    colombia: 'Colombia, total anual',
    'colombia-partial': 'Colombia, en lo que va del año',
    'colombia-base': 'Colombia, base y pasta de coca',
    global: 'Total mundial (UNODC)',
    'share-claim': 'Participación declarada en las incautaciones mundiales',
    gap: 'No se encontró ninguna cifra',
  },
  attribution: { gap: 'nadie: no se encontró ninguna cifra', unnamed: 'no se nombra en el pasaje citado; vea el informe enlazado' },
  // "2025-09-16" → "16 sept.": el año es el de la columna.
  dayMonth: (iso) => shortDate('es', iso),
  asOf: (approximate) => (approximate ? 'alrededor del ' : 'el '),
  mark: {
    police: (value, hydrochloride) => `${capitalised(general)} le dijo a CNN en enero de 2026, para “this year”: ${value} de ${hydrochloride ? 'clorhidrato de cocaína' : 'cocaína'}`,
    what: { base: 'de base y pasta de coca (contadas aparte de la cocaína)', hydrochloride: 'de clorhidrato de cocaína', unspecified: 'de cocaína, sin especificar la forma' },
    partial: (year, asOf) => `${year}, en lo que iba del año${asOf ? ` (hasta ${asOf})` : ''}`,
    provisional: 'provisional',
    conflicting: (values) => `cifras oficiales contradictorias para el año: ${values}`,
  },
  datum: {
    by: 'hasta ',
    hydrochloride: 'clorhidrato',
    hydrochlorideComma: 'clorhidrato,',
    cocaineComma: 'cocaína,',
    told: 'dicho a CNN',
    provisional: 'provisional',
    yearToDate: ['en lo que va', 'del año'],
    base: ['base y pasta', 'de coca'],
  },
  or: 'o ',
  perDay: {
    title: '“More than one ton every day”: la cifra, comprobada',
    ruleLabel: 'una tonelada al día',
    // "1.22" (toFixed en el modelo) → "1,22".
    rate: (display) => display.replace('.', ','),
    days: (days) => `${days} días`,
    perDay: (rate) => `${rate} t al día`,
    aria: (total, days, rate, holds) => `${total} en ${days} días son unas ${rate} t al día: la afirmación de más de una tonelada cada día ${holds ? 'se sostiene' : 'no se sostiene'}`,
    verdict: {
      holds: 'Más de una tonelada al día: la afirmación se sostiene, si “this year” es un año completo.',
      fails: 'Menos de una tonelada al día: la afirmación no se sostiene.',
    },
    checked: (arithmetic, holds) =>
      `${arithmetic}: ${holds ? 'más de una tonelada al día, la afirmación se sostiene' : 'menos de una tonelada al día, la afirmación no se sostiene'} (si “this year” es un año completo).`,
  },
  of: 'de',
  globalShare: {
    title: 'La participación de Colombia en la cocaína incautada en el mundo',
    source: '“last year”, según bne IntelliNews',
    whole: 'las incautaciones mundiales de cocaína',
    note: 'de toda la cocaína incautada en el mundo (la barra completa)',
    flag: 'Afirmación sin verificar: el artículo no da ninguna base, y no se encontró ninguna cifra de la ONU sobre esa participación.',
    detailFlag: 'Afirmación sin verificar: el artículo no da ninguna base',
  },
  intelligence: {
    title: 'La participación de Colombia en la inteligencia antidrogas de Estados Unidos: una cifra, dos encuadres',
    noPeriod: 'sin periodo indicado',
    // Los dos encuadres del 85 %, por id de registro: de qué es la participación, el total y quién lo dice.
    framings: {
      'intelligence-share-key-west-85pct': {
        what: 'de la inteligencia reunida en la base de Key West',
        whole: 'la inteligencia reunida en Key West',
        who: 'el representante Gregory Meeks, citado por El País',
      },
      'intelligence-share-task-forces-85pct': {
        what: 'de la inteligencia que usan las fuerzas de tarea de interdicción de Estados Unidos',
        whole: 'la inteligencia que usan las fuerzas de tarea de interdicción de Estados Unidos',
        who: 'funcionarios colombianos, según bne IntelliNews',
      },
    },
  },
  facilities: {
    title: 'Instalaciones de producción de drogas destruidas',
    note: 'instalaciones usadas para producir drogas, según el brigadier general Sánchez-Silvestre a CNN; no se indica el periodo',
    aria: 'instalaciones usadas para producir drogas, destruidas',
  },
  aid: {
    title: 'Asistencia de Estados Unidos a Colombia, “this fiscal year”',
    inAll: 'en total',
    wholeAria: 'de asistencia de Estados Unidos a Colombia',
    ofWhich: 'de los cuales',
    agricultural: 'de apoyo agrícola',
    note: 'datos del Departamento de Estado de Estados Unidos, según CNN; no se dice de qué año fiscal se trata',
  },
  recordYears: {
    alone: ' (de forma provisional)',
    provisionally: 'provisionalmente',
    and: 'y',
  },
  takeaway: {
    records: (years, tonnes, provisional) =>
      `Las incautaciones de cocaína informadas por Colombia marcaron un nuevo máximo en ${years}, con las cifras de cada año por encima de las de todos los años anteriores, hasta llegar a ${tonnes}${provisional ? ' según un conteo provisional' : ''}`,
    fallback: 'Las incautaciones de cocaína informadas por Colombia subieron y bajaron, con cifras oficiales contradictorias',
    police: (tonnes) => `Las ${tonnes} de clorhidrato de cocaína que ${general} le dio a CNN para “this year” son menos; CNN no dice qué abarcan.`,
  },
  description: (f) => {
    const several = f.gapCount > 1;
    return `Las incautaciones anuales de cocaína de Colombia, en toneladas, de ${f.years[0]} a ${f.years[1]}, con una marca por cada cifra oficial. Las cifras oficiales contradictorias (${f.conflictYears}) se muestran lado a lado en un recuadro; ${f.gapYears} no ${several ? 'tienen' : 'tiene'} cifra y ${several ? 'quedan' : 'queda'} en blanco, sin dibujarse como cero${
      f.provisionalYear !== undefined ? `; la cifra de ${f.provisionalYear} es provisional, con dos cifras parciales marcadas dentro del año` : ''
    }. Los cuadrados cuentan solo clorhidrato de cocaína; los círculos, cocaína sin especificar la forma, y los triángulos, base y pasta de coca, otro producto. En la misma escala, las ${f.police} de clorhidrato que ${general} le dio a CNN en enero de 2026 para “this year”. Debajo, cada una en su unidad: la comprobación de la cifra diaria, la participación declarada del ${f.globalShare} en las incautaciones mundiales, la participación del ${f.intelligence} en la inteligencia antidrogas de Estados Unidos en dos encuadres, las instalaciones destruidas y la asistencia de Estados Unidos. Las tablas recogen cada cifra con su fuente.`;
  },
  notes: ({ police, days, globals }) => [
    'Cada marca es una cifra oficial tal como se informó. Los totales oficiales se revisan después de anunciarse y cambian de un informe a otro; cuando no coinciden para el mismo año, se muestran todas las cifras y no se prefiere ninguna.',
    'Los totales más antiguos no dicen qué formas de cocaína incluyen; los informes recientes del Ministerio de Defensa cuentan el clorhidrato de cocaína aparte de la base y la pasta de coca. La base y la pasta tienen sus propias marcas y nunca se suman a los totales de cocaína.',
    `Las ${police} que ${general} le dio a CNN cuentan clorhidrato de cocaína; CNN no da su cargo, ni dice de quién es el conteo ni qué abarca. Los totales anuales del gráfico son mayores, y algunos incluyen incautaciones hechas en el exterior con participación colombiana (en 2023, el Ministerio de Defensa sumó a su total incautaciones “in international territories”). CNN no dice a qué año se refiere “this year”; como se dijo en enero de 2026, lo más probable es que se trate de 2025.`,
    `La comprobación de la cifra diaria divide el total del general entre los ${days} días de un año; solo se sostiene si “this year” es un año completo.`,
    `La UNODC contabilizó ${globals} incautadas en el mundo, sin ajustar por pureza. Están en otra escala, por lo que figuran en la tabla y no en el gráfico; como los totales del ministerio incluyen incautaciones en el exterior, calcular la participación de uno en el otro no compararía cifras equivalentes.`,
  ],
  inYear: (tonnes, year) => `${tonnes} en ${year}`,
  wordsOnlyNote: (figure) =>
    `${figure.saidBy} habló de “${figure.asStated.replace(/[“”"]/g, '')}” de drogas incautadas con destino a Europa; esas palabras no dan una cifra, así que el gráfico las deja fuera.`,
  gapLabel: 'sin cifra',
  flags: {
    conflicting: (values) => `Cifras oficiales contradictorias: también ${es(values)}`,
    provisional: 'Provisional',
    partial: 'En lo que iba del año',
    base: 'No es cocaína: nunca se suma a los totales de cocaína',
    global: 'Total mundial: no se dibuja en la escala del gráfico',
    share: 'Afirmación sin verificar',
    gap: 'Un vacío, no un cero',
  },
  gapMeta: (year) => `La investigación no encontró ningún total anual para ${year}; el gráfico deja el año en blanco.`,
  noFigure: (year) => `${year}: no se encontró cifra`,
  terms: {
    unit: 'Unidad',
    counted: 'Qué se cuenta',
    form: 'Forma',
    period: 'Periodo',
    who: 'Quién lo dice',
    asStated: 'Tal como se dijo',
    researchNote: 'Nota de la investigación',
    checked: 'Comprobación',
    note: 'Nota',
  },
};

export const { UNIT_NAMES, FORM_NAMES, SCOPE_NAMES, AXIS_TITLE, GAP_LABEL, gapAria, GENERAL, POLICE_HEADER, POLICE_NOTE, PANEL_LABELS, TITLE, DATA_LABEL, MAIN_LABEL, MULTIPLES_HEAD, LEGEND, TABLE, SEIZURE_GROUP_TITLES, formatTonnes, formatFigure, tickLabel, attribution, markAria, datumPhrases, conflictLines, PER_DAY, GLOBAL_SHARE, shareAria, INTELLIGENCE, FACILITIES, AID, takeaway, description, notes, seizureValue, seizureFlags, seizureMeta, figureMeta, seizureDetail, figureDetail } = seizureWords(LEXICON);

// Compile-time parity with the English module: a missing, extra or differently typed export fails here.
const parity: TextParity<typeof English, typeof import('./text.es.ts')> = true;
void parity;
