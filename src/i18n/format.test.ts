import { describe, expect, it } from 'vitest';
import * as kitDates from '../figures/kit/dates.ts';
import * as kit from '../figures/kit/format.ts';
import {
  axisMonth,
  byDate,
  dateRange,
  dayMonth,
  formatDate,
  formatNumber,
  formatPercent,
  list,
  money,
  monthName,
  onDate,
  partOfMonth,
  percent,
  plural,
  pluralWord,
  precisionOf,
  shortDate,
  tonnes,
  weekdayDate,
} from './format.ts';

const NBSP = '\u00a0';

/** Every day from 1989 to 2026, as ISO dates. */
function days(): string[] {
  const result: string[] = [];
  for (let t = Date.UTC(1989, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) result.push(new Date(t).toISOString().slice(0, 10));
  return result;
}

describe('English: the same output as the kit (src/figures/kit)', () => {
  it('formats every day, month and year as kit/dates.ts does, long and short', () => {
    for (const iso of days()) {
      expect(formatDate('en', iso)).toBe(kitDates.formatIsoDate(iso));
      expect(formatDate('en', iso, 'short')).toBe(kitDates.formatIsoDate(iso, 'short'));
      expect(precisionOf(iso)).toBe(kitDates.precisionOf(iso));
    }
    for (let year = 1989; year <= 2026; year++) {
      expect(formatDate('en', String(year))).toBe(kitDates.formatIsoDate(String(year)));
      for (let month = 1; month <= 12; month++) {
        const iso = `${year}-${String(month).padStart(2, '0')}`;
        expect(formatDate('en', iso)).toBe(kitDates.formatIsoDate(iso));
        expect(formatDate('en', iso, 'short')).toBe(kitDates.formatIsoDate(iso, 'short'));
      }
    }
  });

  it('formats numbers, percentages, lists and plurals as kit/format.ts does', () => {
    for (const value of [0, 1, 7, 19, 75, 446, 700, 848.5, 1000, 2275, 3000, 15_000, 1.2219, 0.5, 1_000_000, 2.46]) {
      expect(formatNumber('en', value)).toBe(kit.formatNumber(value));
    }
    for (const share of [0, 0.004, 0.0049, 0.14, 0.65, 0.853, 0.855, 1]) expect(percent('en', share)).toBe(kit.percent(share));
    for (const items of [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['10 Sep', '2 Oct', '27 Oct', '13 Nov']]) expect(list('en', items)).toBe(kit.listJoin(items));
    // kit.plural writes the count as is: the same for every count below 1,000 (the site's counts are).
    for (const n of [0, 1, 2, 3, 19, 999]) expect(plural('en', n, { one: 'strike', other: 'strikes' })).toBe(kit.plural(n, 'strike'));
    expect(plural('en', 2, { one: 'survivor', other: 'survivors' })).toBe(kit.plural(2, 'survivor'));
  });

  it('prints tonnes, per cent values and money as the figures do', () => {
    expect(tonnes('en', 446)).toBe('446 t');
    expect(tonnes('en', 848.5)).toBe('848.5 t');
    expect(tonnes('en', 2275)).toBe('2,275 t');
    expect(formatPercent('en', 65)).toBe('65%');
    // seizures/text.ts formatFigure: `$${formatNumber(v / 1_000_000)} million`, `$${formatNumber(v)}`.
    expect(money('en', 210_000_000)).toBe('$210 million');
    expect(money('en', 31_000_000)).toBe('$31 million');
    expect(money('en', 1_500_000)).toBe('$1.5 million');
    expect(money('en', 5000)).toBe('$5,000');
  });

  it('prints month ticks as the chronology does (Intl en-GB)', () => {
    const date = new Date(Date.UTC(2025, 8, 1));
    expect(axisMonth('en', date, true)).toBe(date.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }));
    expect(axisMonth('en', date, false)).toBe(date.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' }));
  });
});

describe('dates', () => {
  it('writes a date at its precision', () => {
    expect(formatDate('en', '2025-11-13')).toBe('13 November 2025');
    expect(formatDate('es', '2025-11-13')).toBe('13 de noviembre de 2025');
    expect(formatDate('es', '2026-01-01')).toBe('1 de enero de 2026');
    expect(formatDate('en', '2025-11')).toBe('November 2025');
    expect(formatDate('es', '2025-11')).toBe('noviembre de 2025');
    expect(formatDate('es', '2025')).toBe('2025');
    expect(formatDate('es', '2025-09-16', 'short')).toBe('16 sept. 2025');
    expect(formatDate('es', '2025-09', 'short')).toBe('sept. 2025');
    expect(() => formatDate('es', '2025-13')).toThrow(/not a month/);
    expect(() => formatDate('es', '13/11/2025')).toThrow(/not an ISO date/);
  });

  it('writes short dates and days without their year', () => {
    expect(shortDate('en', '2025-11-13')).toBe('13 Nov');
    expect(shortDate('es', '2025-11-13')).toBe('13 nov.');
    expect(shortDate('es', '2025-11-13', { withYear: true })).toBe('13 nov. 2025');
    expect(shortDate('en', '2025-11-10', { withYear: true })).toBe('10 Nov 2025');
    expect(dayMonth('en', '2025-11-13', 'long')).toBe('13 November');
    expect(dayMonth('es', '2025-11-13', 'long')).toBe('13 de noviembre');
    const spanish = ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'];
    expect(spanish.map((_, i) => shortDate('es', `2025-${String(i + 1).padStart(2, '0')}-02`))).toEqual(spanish.map((m) => `2 ${m}`));
    expect(monthName('es', 9)).toBe('septiembre');
    expect(axisMonth('es', new Date(Date.UTC(2025, 8, 1)), true)).toBe('sept. 2025');
    expect(axisMonth('es', new Date(Date.UTC(2026, 0, 1)), false)).toBe('ene.');
  });

  it('writes the phrases of imprecise dates', () => {
    expect(partOfMonth('en', '2025-09', 'early')).toBe('early September 2025');
    expect(partOfMonth('es', '2025-09', 'early')).toBe('principios de septiembre de 2025');
    expect(partOfMonth('en', '2025-09', 'mid')).toBe('mid-September 2025');
    expect(partOfMonth('es', '2025-09', 'mid')).toBe('mediados de septiembre de 2025');
    expect(partOfMonth('es', '2025-09', 'late')).toBe('finales de septiembre de 2025');
    expect(() => partOfMonth('es', '2025-09-01', 'early')).toThrow();

    expect(dateRange('en', '2025-11-11', '2025-11-13')).toBe('between 11 and 13 November 2025');
    expect(dateRange('es', '2025-11-11', '2025-11-13')).toBe('entre el 11 y el 13 de noviembre de 2025');
    expect(dateRange('en', '2025-10-28', '2025-11-02')).toBe('between 28 October and 2 November 2025');
    expect(dateRange('es', '2025-10-28', '2025-11-02')).toBe('entre el 28 de octubre y el 2 de noviembre de 2025');
    expect(dateRange('en', '2025-12-31', '2026-01-08')).toBe('between 31 December 2025 and 8 January 2026');
    expect(dateRange('es', '2025-12-31', '2026-01-08')).toBe('entre el 31 de diciembre de 2025 y el 8 de enero de 2026');
    expect(dateRange('en', '2024-01', '2025-06')).toBe('between January 2024 and June 2025');
    expect(dateRange('es', '2024-01', '2025-06')).toBe('entre enero de 2024 y junio de 2025');
    expect(dateRange('es', '2025-01', '2025-06')).toBe('entre enero y junio de 2025');
    expect(dateRange('es', '1990', '1999')).toBe('entre 1990 y 1999');
    expect(() => dateRange('es', '2025-01', '2025-06-01')).toThrow(/same precision/);

    expect(byDate('en', '2025-11-13')).toBe('by 13 November');
    expect(byDate('es', '2025-11-13')).toBe('hasta el 13 de noviembre');
    expect(byDate('en', '2025-11-13', { withYear: true })).toBe('by 13 November 2025');
    expect(byDate('es', '2025-11-13', { withYear: true })).toBe('hasta el 13 de noviembre de 2025');
    expect(byDate('en', '2025-09-16', { style: 'short', approximate: true })).toBe('by about 16 Sep');
    expect(byDate('es', '2025-09-16', { approximate: true })).toBe('hasta alrededor del 16 de septiembre');
    expect(byDate('es', '2025-09')).toBe('hasta septiembre de 2025');

    expect(onDate('en', '2025-11-13')).toBe('on 13 November 2025');
    expect(onDate('es', '2025-11-13')).toBe('el 13 de noviembre de 2025');
    expect(onDate('en', '2025-11')).toBe('in November 2025');
    expect(onDate('es', '2025')).toBe('en 2025');
    expect(weekdayDate('en', '2025-11-11')).toBe('Tuesday 11 November 2025');
    expect(weekdayDate('es', '2025-11-11')).toBe('martes 11 de noviembre de 2025');
  });
});

describe('numbers, lists and plurals in Spanish (es-CO)', () => {
  it('groups thousands with a point from four digits, and writes decimals with a comma', () => {
    expect(['446', '3.000', '15.000', '2.275', '848,5', '739,5', '1,222', '1.000.000']).toEqual(
      [446, 3000, 15_000, 2275, 848.5, 739.5, 1.2219, 1_000_000].map((n) => formatNumber('es', n)),
    );
  });

  it('writes percentages with a no-break space, tonnes and money', () => {
    expect(percent('es', 0.853)).toBe(`85${NBSP}%`);
    expect(formatPercent('es', 65)).toBe(`65${NBSP}%`);
    expect(formatPercent('es', 14)).toBe(`14${NBSP}%`);
    expect(tonnes('es', 446)).toBe('446 t');
    expect(tonnes('es', 848.5)).toBe('848,5 t');
    expect(money('es', 210_000_000)).toBe('USD 210 millones');
    expect(money('es', 1_000_000)).toBe('USD 1 millón');
    expect(money('es', 1_500_000)).toBe('USD 1,5 millones');
    expect(money('es', 1_200_000_000)).toBe('USD 1.200 millones');
    expect(money('es', 5000)).toBe('USD 5.000');
  });

  it('joins lists with "y" (or "e", "o", "u") and picks plural forms', () => {
    expect(list('es', [])).toBe('');
    expect(list('es', ['a'])).toBe('a');
    expect(list('es', ['a', 'b', 'c'])).toBe('a, b y c');
    expect(list('es', ['Colombia', 'Italia'])).toBe('Colombia e Italia');
    expect(list('es', ['2018', '2019'], 'disjunction')).toBe('2018 o 2019');
    expect(list('en', ['a', 'b'], 'disjunction')).toBe('a or b');
    const ataque = { one: 'ataque', other: 'ataques' };
    expect(plural('es', 1, ataque)).toBe('1 ataque');
    expect(plural('es', 0, ataque)).toBe('0 ataques');
    expect(plural('es', 3000, ataque)).toBe('3.000 ataques');
    expect(pluralWord('es', 1_000_000, { one: 'millón', other: 'millones', many: 'de millones' })).toBe('de millones');
    expect(pluralWord('es', 2, { one: 'millón', other: 'millones' })).toBe('millones');
  });
});
