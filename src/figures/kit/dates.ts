/** Formats dates for readers at exactly the precision the source gives. */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type Precision = 'day' | 'month' | 'year';

/** "2025-11-13" → "13 November 2025"; "2025-11" → "November 2025"; "2025" → "2025". */
export function formatIsoDate(iso: string, style: 'long' | 'short' = 'long'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  const names = style === 'long' ? MONTH_NAMES : SHORT_MONTHS;
  if (month === undefined) return String(year);
  const monthName = names[month - 1];
  if (monthName === undefined) throw new Error(`not a month: ${iso}`);
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** The precision an ISO partial date is written at. */
export function precisionOf(iso: string): Precision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}
