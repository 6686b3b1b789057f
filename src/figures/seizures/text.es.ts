/**
 * Every word Figure 2 prints, Spanish edition (issue #16): the same exports, with the same types, as
 * text.ts; src/i18n/parity.ts checks it at compile time (below) and text.es.test.ts at run time. Numbers,
 * tonnes, percentages, money and dates come from src/i18n/format.ts (es-CO): "848,5 t", "65 %",
 * "USD 210 millones", "16 sept."; the vocabulary follows content/explainer-es/GLOSSARY.md. Words quoted from
 * a source (“this year”, “last year”) stay in the source's language.
 */
import type * as English from './text.ts';
import { formatNumber, formatPercent, list as listFormat, money, shortDate, tonnes } from '../../i18n/format.ts';
import type { TextParity } from '../../i18n/parity.ts';
import { plain, words, type Phrase, type Segment } from '../kit/phrases.ts';
import type { FigureUnit, Form, Qualifier, Scope } from '../../schemas/index.ts';
import type { FigureFields, PerDayCheck, SeizureFields, SeizureModel, TonnesDatum } from './model.ts';
import type { DetailWords, RecordYearWords } from './text.ts';

export type { DetailWords } from './text.ts';

// --- Números ---------------------------------------------------------------------------------------------

const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: '', 'more-than': 'más de ', 'at-least': 'al menos ', about: 'cerca de ', 'up-to': 'hasta ' };

const n = (value: number) => formatNumber('es', value);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const formatTonnes = (value: number, qualifier: Qualifier = 'exact') => `${QUALIFIER_WORDS[qualifier]}${tonnes('es', value)}`;

type FigureValue = Pick<FigureFields, 'value' | 'qualifier' | 'unit' | 'asStated' | 'wordsOnly'>;

/** Una cifra tal como la ve el lector: "446 t", "65 %", "más de 3.000", "cerca de USD 210 millones", o las palabras de la fuente. */
export function formatFigure(figure: FigureValue): string {
  if (figure.wordsOnly) return figure.asStated.replace(/[“”"]/g, '');
  const q = QUALIFIER_WORDS[figure.qualifier];
  const v = figure.value;
  switch (figure.unit) {
    case 'tonnes':
      return formatTonnes(v, figure.qualifier);
    case 'tonnes-per-day':
      return `${q}${n(v)} t al día`;
    case 'percent':
      return `${q}${formatPercent('es', v)}`;
    case 'usd':
      return `${q}${money('es', v)}`;
    case 'count':
      return `${q}${n(v)}`;
    case 'people':
      return `${q}${n(v)} personas`;
    case 'years':
      return `${q}${n(v)} años`;
  }
}

/** La última marca del eje de valores lleva la unidad. */
export const tickLabel = (value: number, last: boolean) => (last ? tonnes('es', value) : n(value));

export const UNIT_NAMES: Record<FigureUnit, string> = {
  tonnes: 'toneladas (t)',
  'tonnes-per-day': 'toneladas al día',
  percent: 'porcentaje de un total',
  count: 'un conteo',
  usd: 'dólares estadounidenses',
  people: 'personas',
  years: 'años',
};

export const FORM_NAMES: Record<Form, string> = {
  hydrochloride: 'solo clorhidrato de cocaína',
  'base-paste': 'solo base y pasta de coca (otro producto)',
  unspecified: 'cocaína sin especificar la forma (puede incluir todas las formas)',
};

export const SCOPE_NAMES: Record<Scope, string> = {
  colombia: 'Colombia, total anual',
  'colombia-partial': 'Colombia, en lo que va del año',
  'colombia-base': 'Colombia, base y pasta de coca',
  global: 'Total mundial (UNODC)',
  'share-claim': 'Participación declarada en las incautaciones mundiales',
  gap: 'No se encontró ninguna cifra',
};

/** A quién se atribuye una cifra de incautaciones, hasta donde lo dice el registro. */
export const attribution = (record: Pick<SeizureFields, 'countedBy' | 'scope'>): string =>
  record.scope === 'gap' ? 'nadie: no se encontró ninguna cifra' : (record.countedBy ?? 'no se nombra en el pasaje citado; vea el informe enlazado');

/** "2025-09-16" → "16 sept.": el año es el de la columna. */
const dayMonth = (iso: string) => shortDate('es', iso);
const asOfWords = (asOf: NonNullable<TonnesDatum['asOf']>) => `${asOf.approximate ? 'alrededor del ' : 'el '}${dayMonth(asOf.date)}`;

// --- El panel principal ---------------------------------------------------------------------------------------

/** Lo que representa una marca, para lectores de pantalla, cuando el script la convierte en botón. */
export function markAria(datum: TonnesDatum): string {
  const value = formatTonnes(datum.tonnes, datum.qualifier);
  if (datum.kind === 'police') return `${capitalised(GENERAL)} le dijo a CNN en enero de 2026, para “this year”: ${value} de ${datum.form === 'hydrochloride' ? 'clorhidrato de cocaína' : 'cocaína'}`;
  const what =
    datum.kind === 'base' ? 'de base y pasta de coca (contadas aparte de la cocaína)' : datum.form === 'hydrochloride' ? 'de clorhidrato de cocaína' : 'de cocaína, sin especificar la forma';
  const when = datum.kind === 'partial' ? `${datum.year}, en lo que iba del año${datum.asOf ? ` (hasta ${asOfWords(datum.asOf)})` : ''}` : String(datum.year);
  const parts = [
    `${when}: ${value} ${what}`,
    datum.provisional && datum.kind === 'annual' ? 'provisional' : '',
    datum.conflictsWith.length > 0 ? `cifras oficiales contradictorias para el año: ${datum.conflictsWith.map((other) => formatTonnes(other)).join(', ')}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

/** La etiqueta de un dato: primero su valor ("700 t hasta alrededor del 16 sept."), luego qué es ("clorhidrato, en lo que va del año"). */
export function datumPhrases(datum: TonnesDatum, options: { firstBase?: boolean }): { value: Phrase[]; rest: Phrase[] } {
  const value = [plain(formatTonnes(datum.tonnes, datum.qualifier))];
  switch (datum.kind) {
    case 'partial': {
      const by: Phrase = datum.asOf ? [{ text: `hasta ${datum.asOf.approximate ? 'alrededor del ' : 'el '}` }, { text: dayMonth(datum.asOf.date), cls: 'date' }] : [];
      return {
        value: by.length > 0 ? [...value, by] : value,
        rest: [...(datum.form === 'hydrochloride' ? [plain('clorhidrato,')] : []), plain('en lo que va'), plain('del año')],
      };
    }
    case 'base':
      return { value, rest: options.firstBase ? [plain('base y pasta'), plain('de coca')] : [] };
    case 'police':
      return { value, rest: [plain(datum.form === 'hydrochloride' ? 'clorhidrato,' : 'cocaína,'), plain('dicho a CNN')] };
    case 'annual':
      return { value, rest: [...(datum.form === 'hydrochloride' ? [plain('clorhidrato')] : []), ...(datum.provisional ? [plain('provisional')] : [])] };
  }
}

/** Las líneas que rotulan un grupo de cifras contradictorias: la más alta primero, las otras como alternativas ("o 317 t"). */
export function conflictLines(cluster: readonly TonnesDatum[]): { owner: string; segments: Segment[] }[] {
  return [...cluster].reverse().map((datum, index) => ({
    owner: datum.ref,
    segments: [{ text: `${index === 0 ? '' : 'o '}${formatTonnes(datum.tonnes, datum.qualifier)}` }],
  }));
}

/** Lo que mide el eje de valores. */
export const AXIS_TITLE = 'Cocaína incautada por Colombia, toneladas por año';
export const GAP_LABEL = 'sin cifra';
export const gapAria = (year: number) => `${year}: no se encontró ninguna cifra anual (un vacío, no un cero)`;

/** Quien dio las 446 t, nombrado como lo nombra CNN (que no da su cargo ni dice de quién es el conteo). */
export const GENERAL = 'el brigadier general Ricardo Sánchez-Silvestre';

export const POLICE_HEADER: Phrase[] = [
  ...words('La cifra de un general, dada a CNN en'),
  [{ text: 'enero de 2026', cls: 'date' }],
  ...words('para “this year”'),
];
export const POLICE_NOTE = words(
  'Solo clorhidrato. CNN no dice de quién es el conteo ni qué abarca; los totales anuales del gráfico son mayores, y algunos incluyen incautaciones en el exterior con participación colombiana.',
);

// --- Los paneles pequeños ---------------------------------------------------------------------------------------

/** El nombre accesible de cada panel. */
export const PANEL_LABELS: Record<string, string> = {
  'per-day': 'La cifra diaria, comprobada',
  'global-share': 'La participación de Colombia en las incautaciones mundiales de cocaína, una afirmación',
  intelligence: 'La participación de Colombia en la inteligencia antidrogas de Estados Unidos, dos encuadres',
  facilities: 'Instalaciones de producción de drogas destruidas',
  aid: 'Asistencia de Estados Unidos a Colombia',
};

/** "1.22" (toFixed en el modelo) → "1,22". */
const rate = (check: PerDayCheck) => check.display.replace('.', ',');

export const PER_DAY = {
  title: words('“More than one ton every day”: la cifra, comprobada'),
  ruleLabel: 'una tonelada al día',
  rateLabel: (check: PerDayCheck) => `≈ ${rate(check)} t al día`,
  aria: (check: PerDayCheck) =>
    `${formatTonnes(check.total.value)} en ${n(check.days)} días son unas ${rate(check)} t al día: la afirmación de más de una tonelada cada día ${check.holds ? 'se sostiene' : 'no se sostiene'}`,
  arithmetic: (check: PerDayCheck): Phrase[] => [plain(tonnes('es', check.total.value)), plain('÷'), plain(`${n(check.days)} días`), plain('≈'), plain(`${rate(check)} t al día`)],
  verdict: (check: PerDayCheck) =>
    words(check.holds ? 'Más de una tonelada al día: la afirmación se sostiene, si “this year” es un año completo.' : 'Menos de una tonelada al día: la afirmación no se sostiene.'),
};

export const GLOBAL_SHARE = {
  title: words('La participación de Colombia en la cocaína incautada en el mundo'),
  value: (figure: FigureValue): Phrase[] => [plain(formatFigure(figure)), ...words('“last year”, según bne IntelliNews')],
  whole: 'las incautaciones mundiales de cocaína',
  note: words('de toda la cocaína incautada en el mundo (la barra completa)'),
  flag: words('Afirmación sin verificar: el artículo no da ninguna base, y no se encontró ninguna cifra de la ONU sobre esa participación.'),
};

/** El nombre accesible de una barra de participación: "85 % de la inteligencia reunida en Key West". */
export const shareAria = (figure: FigureValue, whole: string) => `${formatFigure(figure)} de ${whole}`;

/** Los dos encuadres del 85 %, por id de registro: de qué es la participación, el total y quién lo dice. */
const FRAMINGS: Record<string, { what: string; whole: string; who: string }> = {
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
};

export const INTELLIGENCE = {
  title: words('La participación de Colombia en la inteligencia antidrogas de Estados Unidos: una cifra, dos encuadres'),
  framing(figure: FigureFields) {
    const framing = FRAMINGS[figure.id];
    if (!framing) throw new Error(`Figure 2 (seizures): no words in text.es.ts for the intelligence figure "${figure.id}"`);
    return {
      value: [plain(formatFigure(figure)), ...words(framing.what)],
      whole: framing.whole,
      note: [...(figure.periodStated ? [[{ text: figure.period, cls: 'date' as const }]] : words('sin periodo indicado')), ...words(`· ${framing.who}`)],
    };
  },
};

export const FACILITIES = {
  title: words('Instalaciones de producción de drogas destruidas'),
  value: (figure: FigureValue): Phrase[] => [plain(formatFigure(figure))],
  note: words('instalaciones usadas para producir drogas, según el brigadier general Sánchez-Silvestre a CNN; no se indica el periodo'),
  aria: (figure: FigureValue) => `${formatFigure(figure)} instalaciones usadas para producir drogas, destruidas`,
};

export const AID = {
  title: words('Asistencia de Estados Unidos a Colombia, “this fiscal year”'),
  whole: (aid: FigureValue): Phrase[] => [plain(formatFigure(aid)), ...words('en total')],
  wholeAria: (aid: FigureValue) => `${formatFigure(aid)} de asistencia de Estados Unidos a Colombia`,
  partAria: (part: FigureValue) => `de los cuales ${formatFigure(part)} de apoyo agrícola`,
  part: (part: FigureValue): Phrase[] => [...words('de los cuales'), plain(formatFigure(part)), ...words('de apoyo agrícola')],
  note: words('datos del Departamento de Estado de Estados Unidos, según CNN; no se dice de qué año fiscal se trata'),
};

// --- La figura -------------------------------------------------------------------------------------------

export const TITLE = 'Incautaciones récord, contadas de maneras distintas';
export const DATA_LABEL = 'Todos los registros de incautaciones y las cifras mostradas, con sus fuentes';
export const MAIN_LABEL = `${TITLE}: cocaína incautada por año`;
export const MULTIPLES_HEAD = 'Las demás cifras de los artículos, cada una en su propia unidad y su propia escala';

const list = (items: readonly (string | number)[]) => listFormat('es', items.map(String));

export type { RecordYearWords } from './text.ts';

/** "2023, 2024 y, provisionalmente, 2025": los años récord, marcados los provisionales. */
function recordYearList(records: readonly RecordYearWords[]): string {
  if (records.length === 1) return `${records[0]!.year}${records[0]!.provisional ? ' (de forma provisional)' : ''}`;
  return list(records.map((record) => (record.provisional ? `provisionalmente, ${record.year}` : String(record.year)))).replace(/ y provisionalmente,/, ' y, provisionalmente,');
}


export function takeaway(model: SeizureModel, records: readonly RecordYearWords[]): string {
  const latest = records[records.length - 1];
  const recordsClause = latest
    ? `Las incautaciones de cocaína informadas por Colombia marcaron un nuevo máximo en ${recordYearList(records)}, con las cifras de cada año por encima de las de todos los años anteriores, hasta llegar a ${formatTonnes(latest.tonnes)}${latest.provisional ? ' según un conteo provisional' : ''}`
    : 'Las incautaciones de cocaína informadas por Colombia subieron y bajaron, con cifras oficiales contradictorias';
  return `${recordsClause}. Las ${formatTonnes(model.police.tonnes)} de clorhidrato de cocaína que ${GENERAL} le dio a CNN para “this year” son menos; CNN no dice qué abarcan.`;
}

export function description(model: SeizureModel): string {
  const { police, years } = model;
  const latest = model.slots[model.slots.length - 1]!;
  const latestAnnual = latest.annual[latest.annual.length - 1];
  const gapYears = model.slots.filter((slot) => slot.gap).map((slot) => slot.year);
  const conflictYears = model.slots.filter((slot) => slot.annual.length > 1).map((slot) => slot.year);
  const several = gapYears.length > 1;
  return `Las incautaciones anuales de cocaína de Colombia, en toneladas, de ${years[0]} a ${years[1]}, con una marca por cada cifra oficial. Las cifras oficiales contradictorias (${list(
    conflictYears,
  )}) se muestran lado a lado en un recuadro; ${list(gapYears)} no ${several ? 'tienen' : 'tiene'} cifra y ${several ? 'quedan' : 'queda'} en blanco, sin dibujarse como cero${
    latestAnnual?.provisional ? `; la cifra de ${latest.year} es provisional, con dos cifras parciales marcadas dentro del año` : ''
  }. Los cuadrados cuentan solo clorhidrato de cocaína; los círculos, cocaína sin especificar la forma, y los triángulos, base y pasta de coca, otro producto. En la misma escala, las ${formatTonnes(
    police.tonnes,
  )} de clorhidrato que ${GENERAL} le dio a CNN en enero de 2026 para “this year”. Debajo, cada una en su unidad: la comprobación de la cifra diaria, la participación declarada del ${formatFigure(
    model.globalShare,
  )} en las incautaciones mundiales, la participación del ${formatFigure(
    model.intelligence[0]!,
  )} en la inteligencia antidrogas de Estados Unidos en dos encuadres, las instalaciones destruidas y la asistencia de Estados Unidos. Las tablas recogen cada cifra con su fuente.`;
}

export function notes(model: SeizureModel): string[] {
  const globalText = list(model.globals.map((record) => `${formatTonnes(record.tonnes!)} en ${record.year}`));
  return [
    'Cada marca es una cifra oficial tal como se informó. Los totales oficiales se revisan después de anunciarse y cambian de un informe a otro; cuando no coinciden para el mismo año, se muestran todas las cifras y no se prefiere ninguna.',
    'Los totales más antiguos no dicen qué formas de cocaína incluyen; los informes recientes del Ministerio de Defensa cuentan el clorhidrato de cocaína aparte de la base y la pasta de coca. La base y la pasta tienen sus propias marcas y nunca se suman a los totales de cocaína.',
    `Las ${formatTonnes(model.police.tonnes)} que ${GENERAL} le dio a CNN cuentan clorhidrato de cocaína; CNN no da su cargo, ni dice de quién es el conteo ni qué abarca. Los totales anuales del gráfico son mayores, y algunos incluyen incautaciones hechas en el exterior con participación colombiana (en 2023, el Ministerio de Defensa sumó a su total incautaciones “in international territories”). CNN no dice a qué año se refiere “this year”; como se dijo en enero de 2026, lo más probable es que se trate de 2025.`,
    `La comprobación de la cifra diaria divide el total del general entre los ${n(model.perDay.days)} días de un año; solo se sostiene si “this year” es un año completo.`,
    `La UNODC contabilizó ${globalText} incautadas en el mundo, sin ajustar por pureza. Están en otra escala, por lo que figuran en la tabla y no en el gráfico; como los totales del ministerio incluyen incautaciones en el exterior, calcular la participación de uno en el otro no compararía cifras equivalentes.`,
    ...model.wordsOnly.map((figure) => `${figure.saidBy} habló de “${figure.asStated.replace(/[“”"]/g, '')}” de drogas incautadas con destino a Europa; esas palabras no dan una cifra, así que el gráfico las deja fuera.`),
  ];
}

/** La leyenda, en el orden en que se dibuja. */
export const LEGEND = {
  unspecified: 'Cocaína, sin especificar la forma',
  hydrochloride: 'Solo clorhidrato de cocaína',
  provisional: 'Provisional (punteada, hueca)',
  partial: 'En lo que va del año (pequeña, hueca)',
  base: 'Base y pasta de coca, contadas aparte',
  conflict: 'Cifras oficiales contradictorias, todas a la vista',
  gap: 'No se encontró cifra (un vacío, no un cero)',
  police: 'Cifra dicha a CNN, enero de 2026',
};

// --- Las tablas y el panel de detalle ------------------------------------------------------------------------

export const TABLE = {
  seizureCaption:
    'Las incautaciones de cocaína de Colombia tal como se informaron: totales anuales, lo que iba de 2025, base y pasta de coca, totales mundiales y la participación declarada',
  seizureHeaders: ['Año', 'Valor', 'Qué se cuenta, quién lo dice, fuentes'],
  figureCaption: 'Las demás cifras del gráfico, cada una en su unidad, tal como las dan los artículos',
  figureHeaders: ['Cifra', 'Valor', 'Qué se cuenta, quién lo dice, fuentes'],
  noSourceRow: 'Sin fuente: la investigación no encontró ninguna cifra.',
  noSourceDetail: 'Sin fuente: la investigación no encontró ningún total anual para este año.',
  copyLink: 'Copiar el enlace a esta cifra',
  wordsOnlyFlag: 'No se da una cifra: se muestran las palabras, no un valor, y el gráfico la deja fuera',
  csvWordsOnlyFlag: 'No se da una cifra: solo palabras',
};

/** Los títulos de los grupos de la tabla de incautaciones, por clave de grupo (tables.ts). */
export const SEIZURE_GROUP_TITLES = {
  annual: 'Colombia, totales anuales de cocaína (las cifras oficiales contradictorias, juntas)',
  partial: 'Colombia, en lo que iba de 2025',
  base: 'Colombia, base y pasta de coca (otro producto, contado aparte)',
  global: 'Total mundial (UNODC): otra escala, no dibujada',
  share: 'Una participación declarada en las incautaciones mundiales',
} as const;

/** El valor de un registro de incautaciones en la tabla: toneladas, el porcentaje declarado o las palabras de un vacío. */
export function seizureValue(record: SeizureFields): string {
  if (record.tonnes !== null) return formatTonnes(record.tonnes, record.qualifier);
  if (record.percent !== undefined) return formatPercent('es', record.percent);
  return GAP_LABEL;
}

/** Lo que el lector debe saber de un registro antes de compararlo: las advertencias que dibuja el gráfico. */
export function seizureFlags(record: SeizureFields, seizures: readonly SeizureFields[]): string[] {
  const flags: string[] = [];
  const others = record.conflict ? seizures.filter((other) => other.conflict === record.conflict && other.id !== record.id) : [];
  if (others.length > 0) flags.push(`Cifras oficiales contradictorias: también ${list(others.map(seizureValue))}`);
  if (record.scope === 'colombia' && record.provisional) flags.push('Provisional');
  if (record.scope === 'colombia-partial') flags.push('En lo que iba del año');
  if (record.scope === 'colombia-base') flags.push('No es cocaína: nunca se suma a los totales de cocaína');
  if (record.scope === 'global') flags.push('Total mundial: no se dibuja en la escala del gráfico');
  if (record.scope === 'share-claim') flags.push('Afirmación sin verificar');
  if (record.scope === 'gap') flags.push('Un vacío, no un cero');
  return flags;
}

/** La línea bajo un registro de incautaciones en la tabla. */
export const seizureMeta = (record: SeizureFields): string =>
  record.scope === 'gap'
    ? `La investigación no encontró ningún total anual para ${record.year}; el gráfico deja el año en blanco.`
    : `Forma: ${FORM_NAMES[record.form]}. Periodo: ${record.period}. Quién lo dice: ${attribution(record)}.`;

const asStatedWords = (figure: FigureFields) => figure.asStated.replace(/[“”]/g, '');
/** La línea bajo un registro de cifras en la tabla. */
export const figureMeta = (figure: FigureFields): string =>
  `Tal como se dijo: “${asStatedWords(figure)}”. Unidad: ${UNIT_NAMES[figure.unit]}. Periodo: ${figure.period}. Quién lo dice: ${figure.saidBy}.`;

/** El detalle de una marca de incautaciones. */
export function seizureDetail(record: SeizureFields, seizures: readonly SeizureFields[]): DetailWords {
  const gap = record.scope === 'gap';
  return {
    value: gap ? `${record.year}: no se encontró cifra` : seizureValue(record),
    ...(gap ? {} : { scope: `${SCOPE_NAMES[record.scope]}, ${record.year}` }),
    flags: seizureFlags(record, seizures),
    terms: [
      { term: 'Unidad', description: record.tonnes === null ? '—' : UNIT_NAMES.tonnes },
      { term: 'Qué se cuenta', description: record.counts },
      ...(gap ? [] : [{ term: 'Forma', description: FORM_NAMES[record.form] }]),
      { term: 'Periodo', description: record.period },
      { term: 'Quién lo dice', description: attribution(record) },
      ...(record.notes ? [{ term: 'Nota de la investigación', description: record.notes }] : []),
    ],
  };
}

/** El detalle de una marca de cifras; la cifra diaria muestra su comprobación, y la participación declarada, su advertencia. */
export function figureDetail(figure: FigureFields, model: SeizureModel): DetailWords {
  const { perDay } = model;
  const checked = `${tonnes('es', perDay.total.value)} ÷ ${n(perDay.days)} días ≈ ${rate(perDay)} t al día: ${
    perDay.holds ? 'más de una tonelada al día, la afirmación se sostiene' : 'menos de una tonelada al día, la afirmación no se sostiene'
  } (si “this year” es un año completo).`;
  return {
    value: formatFigure(figure),
    scope: `tal como se dijo: “${asStatedWords(figure)}”`,
    flags: figure.id === model.globalShare.id ? ['Afirmación sin verificar: el artículo no da ninguna base'] : [],
    terms: [
      { term: 'Unidad', description: UNIT_NAMES[figure.unit] },
      { term: 'Qué se cuenta', description: figure.counts },
      { term: 'Periodo', description: figure.period },
      { term: 'Quién lo dice', description: figure.saidBy },
      ...(figure.id === perDay.claim.id ? [{ term: 'Comprobación', description: checked }] : []),
      ...(figure.note ? [{ term: 'Nota', description: figure.note }] : []),
    ],
  };
}

// Compile-time parity with the English module: a missing, extra or differently typed export fails here.
const parity: TextParity<typeof English, typeof import('./text.es.ts')> = true;
void parity;
