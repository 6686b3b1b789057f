/**
 * Locale-aware formatting for both editions, through Intl (ICU) where its output is the house style, and
 * with the house style written out where CLDR differs or changes between ICU versions. Pure functions of
 * (locale, value); the English output is exactly what src/figures/kit/format.ts and dates.ts print today
 * (format.test.ts checks it), so the English edition can switch to this module with no output change.
 *
 * House style, where it is not plain Intl:
 * - Short months are a fixed list: English "Sep" (CLDR now says "Sept"), Spanish "sept." with its full stop,
 *   so "13 Nov" / "13 nov." and "Sep 2025" / "sept. 2025" do not change with the Node version.
 * - Spanish percent is "85 %" with a no-break space (Intl es-CO gives "85%"; the glossary of the Spanish
 *   narrative and Intl "es" write the space).
 * - Spanish numbers: Intl es-CO groups from four digits with a point, "3.000", "15.000", decimals with a
 *   comma, "848,5", as the Colombian press and the glossary do (Intl "es", for Spain, would give "3000").
 * - Money: "$210 million" (English, as the seizures figure prints it) / "USD 210 millones" (never "billion":
 *   Spanish "billón" is a million million; 1.2 billion is "USD 1.200 millones").
 * Years are never passed through `formatNumber` ("2.025"): write them with String(year).
 */
import { intlTag, type Locale } from './locales.ts';

export type Precision = 'day' | 'month' | 'year';

// --- Intl objects, one per locale --------------------------------------------------------------------------

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

const numberFormat = (locale: Locale) =>
  cached(`number:${locale}`, () => new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 3 }));
const dateFormat = (locale: Locale, kind: 'day' | 'month' | 'dayMonth' | 'monthName' | 'weekday') =>
  cached(`date:${locale}:${kind}`, () => {
    const options: Record<typeof kind, Intl.DateTimeFormatOptions> = {
      day: { day: 'numeric', month: 'long', year: 'numeric' },
      month: { month: 'long', year: 'numeric' },
      dayMonth: { day: 'numeric', month: 'long' },
      monthName: { month: 'long' },
      weekday: { weekday: 'long' },
    };
    return new Intl.DateTimeFormat(intlTag(locale), { ...options[kind], timeZone: 'UTC' });
  });
const listFormat = (locale: Locale, type: 'conjunction' | 'disjunction') =>
  cached(`list:${locale}:${type}`, () => new Intl.ListFormat(intlTag(locale), { type, style: 'long' }));
const pluralRules = (locale: Locale) => cached(`plural:${locale}`, () => new Intl.PluralRules(intlTag(locale)));

// --- Numbers -----------------------------------------------------------------------------------------------

/** 446 → "446"; 3000 → "3,000" / "3.000"; 848.5 → "848.5" / "848,5"; 1.2219 → "1.222" / "1,222". */
export const formatNumber = (locale: Locale, value: number): string => numberFormat(locale).format(value);

const PERCENT_SIGN: Record<Locale, string> = { en: '%', es: '\u00a0%' };

/** A value already in per cent: 65 → "65%" / "65 %" (the value as given, not rounded). */
export const formatPercent = (locale: Locale, value: number): string => `${formatNumber(locale, value)}${PERCENT_SIGN[locale]}`;

/** A share of one, rounded to a whole per cent: 0.853 → "85%" / "85 %". */
export const percent = (locale: Locale, share: number): string => `${Math.round(share * 100)}${PERCENT_SIGN[locale]}`;

/** Tonnes, the same symbol in both editions: 446 → "446 t"; 848.5 → "848.5 t" / "848,5 t". */
export const tonnes = (locale: Locale, value: number): string => `${formatNumber(locale, value)} t`;

/** U.S. dollars: 210e6 → "$210 million" / "USD 210 millones"; 1e6 → "USD 1 millón"; 5000 → "$5,000" / "USD 5.000". */
export function money(locale: Locale, usd: number): string {
  if (usd >= 1_000_000) {
    const millions = usd / 1_000_000;
    return locale === 'en' ? `$${formatNumber(locale, millions)} million` : `USD ${formatNumber(locale, millions)} ${millions === 1 ? 'millón' : 'millones'}`;
  }
  return locale === 'en' ? `$${formatNumber(locale, usd)}` : `USD ${formatNumber(locale, usd)}`;
}

// --- Lists and plurals -------------------------------------------------------------------------------------

/** ["a", "b", "c"] → "a, b and c" / "a, b y c" ("e" before an i- sound: "Colombia e Italia"); `or` → "o"/"u". */
export const list = (locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string =>
  listFormat(locale, type).format(items);

/** The forms of a counted word: `one` and `other`, and `many` where the language has it (Spanish "millón"). */
export interface PluralForms {
  one: string;
  other: string;
  many?: string;
}

/** The word for a count: (3, { one: 'strike', other: 'strikes' }) → "strikes". */
export function pluralWord(locale: Locale, n: number, forms: PluralForms): string {
  const category = pluralRules(locale).select(n);
  return category === 'one' ? forms.one : category === 'many' ? (forms.many ?? forms.other) : forms.other;
}

/** A count and its word: "1 strike", "3 strikes" / "1 ataque", "3 ataques", "3.000 ataques". */
export const plural = (locale: Locale, n: number, forms: PluralForms): string => `${formatNumber(locale, n)} ${pluralWord(locale, n, forms)}`;

const NUMBER_WORDS: Record<Locale, readonly string[]> = {
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  es: ['ningún', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
};

/**
 * A number of days in words, as the story writes a short span: 2 → "two days" / "dos días", 1 → "one day" /
 * "un día"; `adjective` gives the English compound, "two-day" (Spanish has none: "de dos días"). Digits above ten.
 */
export function dayCount(locale: Locale, days: number, options: { adjective?: boolean } = {}): string {
  const count = NUMBER_WORDS[locale][days] ?? formatNumber(locale, days);
  if (locale === 'en') return options.adjective ? `${count}-day` : `${count} ${days === 1 ? 'day' : 'days'}`;
  return `${options.adjective ? 'de ' : ''}${count} ${days === 1 ? 'día' : 'días'}`;
}

// --- Dates -------------------------------------------------------------------------------------------------

const SHORT_MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
};

interface Parts {
  year: number;
  month?: number;
  day?: number;
}

function parseIso(iso: string): Parts {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new Error(`not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "${iso}"`);
  const [year, month, day] = [Number(match[1]), match[2] === undefined ? undefined : Number(match[2]), match[3] === undefined ? undefined : Number(match[3])];
  if (month !== undefined && (month < 1 || month > 12)) throw new Error(`not a month: ${iso}`);
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

const utc = ({ year, month = 1, day = 1 }: Parts) => new Date(Date.UTC(year, month - 1, day));

/** The precision an ISO partial date is written at: "2025" year, "2025-11" month, "2025-11-13" day. */
export const precisionOf = (iso: string): Precision => (iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day');

/** A month's name: (11) → "November" / "noviembre". */
export const monthName = (locale: Locale, month: number): string => dateFormat(locale, 'monthName').format(utc({ year: 2000, month }));

/**
 * A date at its precision. Long: "13 November 2025" / "13 de noviembre de 2025"; "November 2025" /
 * "noviembre de 2025"; "2025". Short: "13 Nov 2025" / "13 nov. 2025"; "Nov 2025" / "nov. 2025".
 */
export function formatDate(locale: Locale, iso: string, style: 'long' | 'short' = 'long'): string {
  const parts = parseIso(iso);
  if (parts.month === undefined) return String(parts.year);
  if (style === 'short') {
    const month = SHORT_MONTHS[locale][parts.month - 1]!;
    return parts.day === undefined ? `${month} ${parts.year}` : `${parts.day} ${month} ${parts.year}`;
  }
  return dateFormat(locale, parts.day === undefined ? 'month' : 'day').format(utc(parts));
}

/** A day without its year, where the year is clear from the context: "13 Nov" / "13 nov."; long: "13 November" / "13 de noviembre". */
export function dayMonth(locale: Locale, iso: string, style: 'long' | 'short' = 'short'): string {
  const parts = parseIso(iso);
  if (parts.month === undefined || parts.day === undefined) throw new Error(`not a day: ${iso}`);
  return style === 'short' ? `${parts.day} ${SHORT_MONTHS[locale][parts.month - 1]}` : dateFormat(locale, 'dayMonth').format(utc(parts));
}

/** A short date with or without its year: "13 Nov" / "13 nov.", or "13 Nov 2025" / "13 nov. 2025". */
export const shortDate = (locale: Locale, iso: string, options: { withYear?: boolean } = {}): string =>
  options.withYear ? formatDate(locale, iso, 'short') : precisionOf(iso) === 'day' ? dayMonth(locale, iso) : formatDate(locale, iso, 'short');

/** An axis tick for a month (chronology): English exactly as Intl en-GB prints it today ("Sept 2025"); Spanish "sept. 2025". */
export function axisMonth(locale: Locale, date: Date, withYear: boolean): string {
  if (locale === 'en') {
    return date.toLocaleDateString(intlTag(locale), withYear ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' });
  }
  const month = SHORT_MONTHS[locale][date.getUTCMonth()]!;
  return withYear ? `${month} ${date.getUTCFullYear()}` : month;
}

/** A day with its weekday: "Tuesday 11 November 2025" / "martes 11 de noviembre de 2025" (no comma, as the press writes it). */
export function weekdayDate(locale: Locale, iso: string): string {
  const parts = parseIso(iso);
  if (parts.day === undefined) throw new Error(`not a day: ${iso}`);
  return `${dateFormat(locale, 'weekday').format(utc(parts))} ${formatDate(locale, iso)}`;
}

/** "on 13 November 2025" / "el 13 de noviembre de 2025"; "in November 2025" / "en noviembre de 2025"; "in 2025" / "en 2025". */
export function onDate(locale: Locale, iso: string): string {
  const day = precisionOf(iso) === 'day';
  return locale === 'en' ? `${day ? 'on' : 'in'} ${formatDate(locale, iso)}` : `${day ? 'el' : 'en'} ${formatDate(locale, iso)}`;
}

export type MonthPart = 'early' | 'mid' | 'late';

const MONTH_PARTS: Record<Locale, Record<MonthPart, string>> = {
  en: { early: 'early', mid: 'mid-', late: 'late' },
  es: { early: 'principios de', mid: 'mediados de', late: 'finales de' },
};

/** A rough part of a month: ("2025-09", "early") → "early September 2025" / "principios de septiembre de 2025"; "mid-September 2025". */
export function partOfMonth(locale: Locale, isoMonth: string, part: MonthPart): string {
  if (precisionOf(isoMonth) !== 'month') throw new Error(`not a month (YYYY-MM): ${isoMonth}`);
  const words = MONTH_PARTS[locale][part];
  const month = formatDate(locale, isoMonth);
  return words.endsWith('-') ? `${words}${month}` : `${words} ${month}`;
}

/**
 * Between two dates of the same precision, sharing what they share:
 * "between 11 and 13 November 2025" / "entre el 11 y el 13 de noviembre de 2025";
 * "between 31 December 2025 and 8 January 2026" / "entre el 31 de diciembre de 2025 y el 8 de enero de 2026";
 * "between January 2024 and June 2025" / "entre enero de 2024 y junio de 2025".
 */
export function dateRange(locale: Locale, startIso: string, endIso: string): string {
  const start = parseIso(startIso);
  const end = parseIso(endIso);
  const precision = precisionOf(startIso);
  if (precision !== precisionOf(endIso)) throw new Error(`a range needs two dates of the same precision: ${startIso}, ${endIso}`);
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month === end.month;
  if (locale === 'en') {
    if (precision === 'day') {
      const first = sameMonth ? String(start.day) : sameYear ? dayMonth(locale, startIso, 'long') : formatDate(locale, startIso);
      return `between ${first} and ${formatDate(locale, endIso)}`;
    }
    if (precision === 'month') return `between ${sameYear ? monthName(locale, start.month!) : formatDate(locale, startIso)} and ${formatDate(locale, endIso)}`;
    return `between ${start.year} and ${end.year}`;
  }
  if (precision === 'day') {
    const first = sameMonth ? String(start.day) : sameYear ? dayMonth(locale, startIso, 'long') : formatDate(locale, startIso);
    return `entre el ${first} y el ${formatDate(locale, endIso)}`;
  }
  if (precision === 'month') return `entre ${sameYear ? monthName(locale, start.month!) : formatDate(locale, startIso)} y ${formatDate(locale, endIso)}`;
  return `entre ${start.year} y ${end.year}`;
}

/**
 * By a day, the end of a count ("700 t by 16 Sep"): "by 13 November" / "hasta el 13 de noviembre";
 * with `withYear`, "by 13 November 2025" / "hasta el 13 de noviembre de 2025"; short, "by 16 Sep" / "hasta el 16 sept.".
 */
export function byDate(locale: Locale, iso: string, options: { withYear?: boolean; style?: 'long' | 'short'; approximate?: boolean } = {}): string {
  const { withYear = false, style = 'long', approximate = false } = options;
  const when = precisionOf(iso) !== 'day' || withYear ? formatDate(locale, iso, style) : dayMonth(locale, iso, style);
  if (locale === 'en') return `by ${approximate ? 'about ' : ''}${when}`;
  return precisionOf(iso) === 'day' ? `hasta ${approximate ? 'alrededor del' : 'el'} ${when}` : `hasta ${approximate ? 'alrededor de ' : ''}${when}`;
}
