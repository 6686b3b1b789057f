/**
 * Reads dates and times as articles state them, in English and Spanish: "November 13, 2025",
 * "Wed 12 Nov 2025 18.04 GMT", "13 de noviembre de 2025, 08:45 a. m.", "2025-11-12T18:04Z", a newswire's
 * glued "November 12, 20254:31 PM ESTUpdated 2 hours ago", and numeric "13/11/2025".
 */

export interface StatedDate {
  /** ISO calendar date, YYYY-MM-DD. */
  iso: string;
  /** The words as the article wrote them. */
  text: string;
  /** The time of day, HH:MM on a 24-hour clock, when the article gives one. */
  time?: string;
  /** The UTC offset ("+00:00", "-05:00") when the zone the article names fixes one. */
  utcOffset?: string;
  /** The time zone as written ("GMT", "EST", "ET"). */
  zone?: string;
}

/** How precisely a stated date is known: to the day, or to the minute when a time is given. */
export type DatePrecision = 'day' | 'minute';

export const datePrecision = (date: StatedDate): DatePrecision => (date.time ? 'minute' : 'day');

/** The value for `<time datetime>`: "2025-11-12", "2025-11-12T16:31-05:00" or, zone unknown, "2025-11-12T16:31". */
export const dateTimeIso = (date: StatedDate): string => (date.time ? `${date.iso}T${date.time}${date.utcOffset ?? ''}` : date.iso);

/** How to read an all-numeric date whose day and month could be swapped ("05/11/2025"). */
export type NumericOrder = 'dmy' | 'mdy';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1, ene: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4, abr: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8, ago: 8,
  september: 9, sep: 9, sept: 9, septiembre: 9, setiembre: 9, set: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12, dic: 12,
};

// Longest names first, so "sept" is not read as "sep" followed by a stray "t".
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|º)?';
// Exactly four digits: in a newswire's glued "20254:31" the year is the first four.
const YEAR = '(\\d{4})';

const FORMS: { pattern: string; order: 'mdy' | 'dmy' | 'ymd' | 'numeric' }[] = [
  { pattern: `${MONTH}\\s+${DAY},?\\s+${YEAR}`, order: 'mdy' },
  { pattern: `${DAY}(?:\\s+de)?\\s+${MONTH}(?:\\s+del?)?,?\\s+${YEAR}`, order: 'dmy' },
  { pattern: `${YEAR}-(\\d{2})-(\\d{2})`, order: 'ymd' },
  { pattern: `(\\d{1,2})[/.](\\d{1,2})[/.]${YEAR}`, order: 'numeric' },
];

/** A time of day after the date: "18.04", ", 08:45 a. m.", " at 9:15 a.m.", "T18:04:00", glued "4:31 PM". */
const TIME =
  '(?:(?:,|\\s|T|\\s(?:at|a las|a la|[|·•–—-])\\s)*(\\d{1,2})[:.h](\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?)';

/** Zones with a fixed offset. ET, CT and PT change with daylight saving, so they keep no offset. */
const ZONE_OFFSETS: Record<string, string | undefined> = {
  gmt: '+00:00', utc: '+00:00', z: '+00:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', cot: '-05:00', et: undefined, ct: undefined, pt: undefined,
};
const ZONE = `(?:\\s*(${Object.keys(ZONE_OFFSETS).sort((a, b) => b.length - a.length).join('|')}))?(?:\\s*([+−-]\\d{1,2}(?::?\\d{2})?))?`;

const WEEKDAY =
  '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\\.?,?\\s+';

function toIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayMonthYear(order: (typeof FORMS)[number]['order'], [a, b, c]: string[], numericOrder?: NumericOrder) {
  switch (order) {
    case 'mdy':
      return { year: +c!, month: MONTHS[a!.toLowerCase()]!, day: +b! };
    case 'dmy':
      return { year: +c!, month: MONTHS[b!.toLowerCase()]!, day: +a! };
    case 'ymd':
      return { year: +a!, month: +b!, day: +c! };
    case 'numeric': {
      // A day over 12 settles the order; otherwise the article's language does, or nothing is read.
      const [first, second] = [+a!, +b!];
      const settled: NumericOrder | undefined = first > 12 ? 'dmy' : second > 12 ? 'mdy' : first === second ? 'dmy' : numericOrder;
      if (!settled) return null;
      return settled === 'dmy' ? { year: +c!, month: second, day: first } : { year: +c!, month: first, day: second };
    }
  }
}

function offsetOf(zone: string | undefined, explicit: string | undefined): string | undefined {
  if (explicit) {
    const match = /^([+−-])(\d{1,2}):?(\d{2})?$/u.exec(explicit)!;
    const sign = match[1] === '+' ? '+' : '-';
    return `${sign}${match[2]!.padStart(2, '0')}:${match[3] ?? '00'}`;
  }
  return zone ? ZONE_OFFSETS[zone.toLowerCase()] : undefined;
}

function clock(hour: number, minute: number, meridiem: string | undefined): string | null {
  let h = hour;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    const pm = /^p/iu.test(meridiem);
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || minute > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export interface DateOptions {
  /** Whether the date may be followed by a time and zone (default true). */
  withTime?: boolean;
  numericOrder?: NumericOrder;
  /** A pattern the text may carry before the date ("Published"), not part of the date's words. */
  prefix?: string;
  /** Whether a weekday may open the date ("Wed 12 Nov 2025"); it is kept in the date's words. */
  weekday?: boolean;
  /** A pattern the text may carry after the date ("Updated 2 hours ago"). */
  suffix?: string;
}

/**
 * Finds a full date (day, month and year, and a time when one follows) in `text`: at its end, or as the
 * whole of it. Returns null when there is none or the date does not exist (31 November).
 */
export function parseStatedDate(text: string, where: 'end' | 'whole', options: DateOptions = {}): StatedDate | null {
  const trimmed = text.trim();
  const { withTime = true, prefix = '', suffix = '', weekday = false } = options;
  for (const { pattern, order } of FORMS) {
    const tail = withTime ? `(?:${TIME}${ZONE})?` : '';
    const body = `(${weekday ? `(?:${WEEKDAY})?` : ''}${pattern}${tail})`;
    const anchored = new RegExp(where === 'end' ? `(?:^|\\s)${prefix}${body}${suffix}$` : `^${prefix}${body}${suffix}$`, 'iu');
    const match = anchored.exec(trimmed);
    if (!match) continue;
    const [, written, a, b, c, hour, minute, meridiem, zone, explicitOffset] = match;
    const parts = dayMonthYear(order, [a!, b!, c!], options.numericOrder);
    if (!parts) return null;
    const iso = toIso(parts.year, parts.month, parts.day);
    if (!iso) return null;
    const date: StatedDate = { iso, text: written!.trim() };
    if (hour !== undefined && minute !== undefined) {
      const time = clock(+hour, +minute, meridiem);
      if (time) {
        date.time = time;
        const utcOffset = offsetOf(zone, explicitOffset);
        if (utcOffset) date.utcOffset = utcOffset;
        if (zone) date.zone = zone.toUpperCase();
      }
    }
    return date;
  }
  return null;
}

// What may stand before a date on a line of its own: a label ("Published:", "Actualizado el").
const LINE_PREFIX = `(?:(?:first published|published|last updated|updated|posted|publicado|actualizado|fecha(?: de publicación)?|date)(?:\\s+(?:on|el))?:?\\s+)?`;
// What may follow it: an "Updated …" note (glued on by newswires) or a reading time.
const LINE_SUFFIX =
  '(?:\\s*[|·•,–—-]?\\s*(?:updated|actualizado|last updated)\\b.*|\\s*[|·•–—-]\\s*\\d+\\s*min(?:ute)?s?(?:\\s+(?:read|de lectura))?)?';

export interface DateLine {
  date: StatedDate;
  /** The line gives when the article was updated, not when it was published. */
  updated: boolean;
}

/** Reads a line that is only a date ("Nov 13, 2025", "Updated: Wed 12 Nov 2025 18.04 GMT"), or null. */
export function parseDateLine(line: string, numericOrder?: NumericOrder): DateLine | null {
  const date = parseStatedDate(line, 'whole', { prefix: LINE_PREFIX, suffix: LINE_SUFFIX, weekday: true, ...(numericOrder ? { numericOrder } : {}) });
  if (!date) return null;
  return { date, updated: /^(?:last updated|updated|actualizado)\b/iu.test(line.trim()) };
}

/** Reads a date written in a URL's path: "/2025/11/13/", "/2025-11-13/" or "november-10-2025". */
export function dateInUrl(url: string): { iso: string; precision: 'day' | 'month' } | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const numeric = /(?:^|[/_-])(20\d{2}|19\d{2})[/_-](\d{2})(?:[/_-](\d{2}))?(?=[/_.-]|$)/u.exec(path);
  if (numeric) {
    const [year, month, day] = [+numeric[1]!, +numeric[2]!, numeric[3] ? +numeric[3] : undefined];
    if (day !== undefined) {
      const iso = toIso(year, month, day);
      if (iso) return { iso, precision: 'day' };
    }
    if (month >= 1 && month <= 12) return { iso: `${year}-${String(month).padStart(2, '0')}`, precision: 'month' };
  }
  const worded = parseStatedDate(path.replace(/[/_-]+/gu, ' ').replace(/\.\w+$/u, ''), 'end', { withTime: false });
  return worded ? { iso: worded.iso, precision: 'day' } : null;
}
