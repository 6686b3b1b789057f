/** Reads calendar dates as articles state them ("November 13, 2025", "13 de noviembre de 2025"). */

export interface StatedDate {
  /** ISO calendar date, YYYY-MM-DD. */
  iso: string;
  /** The words as the article wrote them. */
  text: string;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8,
  september: 9, sep: 9, sept: 9, septiembre: 9, setiembre: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12,
};

const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const FORMS: { pattern: string; order: 'mdy' | 'dmy' | 'ymd' }[] = [
  { pattern: `${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`, order: 'mdy' },
  { pattern: `(\\d{1,2})(?:\\s+de)?\\s+${MONTH}(?:\\s+de)?,?\\s+(\\d{4})`, order: 'dmy' },
  { pattern: `(\\d{4})-(\\d{2})-(\\d{2})`, order: 'ymd' },
];

function toIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Finds a full date (day, month and year) in `text`: at its end, or as the whole of it.
 * Returns null when there is none or the date does not exist (31 November).
 */
export function parseStatedDate(text: string, where: 'end' | 'whole'): StatedDate | null {
  const trimmed = text.trim();
  for (const { pattern, order } of FORMS) {
    const anchored = new RegExp(where === 'end' ? `(?:^|\\s)${pattern}$` : `^${pattern}$`, 'iu');
    const match = anchored.exec(trimmed);
    if (!match) continue;
    const [a, b, c] = [match[1]!, match[2]!, match[3]!];
    const parts =
      order === 'mdy'
        ? { year: +c, month: MONTHS[a.toLowerCase()]!, day: +b }
        : order === 'dmy'
          ? { year: +c, month: MONTHS[b.toLowerCase()]!, day: +a }
          : { year: +a, month: +b, day: +c };
    const iso = toIso(parts.year, parts.month, parts.day);
    if (!iso) return null;
    return { iso, text: match[0].trim() };
  }
  return null;
}
