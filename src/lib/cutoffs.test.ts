import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cutoffWords, cutoffs, lastUpdated } from './cutoffs.ts';

const root = join(import.meta.dirname, '../..');
const read = (name: string) => parse(readFileSync(join(root, 'content', name), 'utf8'));

describe('the two cut-off dates', () => {
  it('takes the latest event end and the latest day a strike record reaches', () => {
    const c = cutoffs(
      [{ date: { start: '2025-11-11' } }, { date: { start: '2026-01-04', end: '2026-01-08' } }, { date: { start: '2025-09', end: '2025-10' } }],
      [
        { date: '2026-02-16', announcedDate: '2026-02-17' },
        { date: null, announcedDate: null, publishedDate: '2026-02-23' },
      ],
    );
    expect(c).toEqual({ story: { iso: '2026-01-08', display: '8 January 2026' }, strikes: { iso: '2026-02-23', display: '23 February 2026' } });
    expect(cutoffWords(c)).toBe('the story told to 8 January 2026, strike records to 23 February 2026');
  });

  it('keeps a date at its precision, and an open start counts by its end', () => {
    const c = cutoffs([{ date: { start: '2026-01-07' } }, { date: { start: '2026-01' } }, { date: { end: '2025-11-13' } }], [{ date: '2025-09-02', announcedDate: null }]);
    // "January 2026" may run to the 31st, so it is later than 7 January; it is shown as a month, not a day.
    expect(c.story).toEqual({ iso: '2026-01', display: 'January 2026' });
  });

  it('moves when a later record is added', () => {
    const events = [{ date: { start: '2026-01-07' } }];
    const strikes = [{ date: '2026-02-16', announcedDate: '2026-02-16' }];
    const before = cutoffs(events, strikes);
    const after = cutoffs([...events, { date: { start: '2026-03-02' } }], [...strikes, { date: '2026-04-11', announcedDate: '2026-04-12' }]);
    expect([before.story.iso, before.strikes.iso]).toEqual(['2026-01-07', '2026-02-16']);
    expect([after.story.iso, after.strikes.iso]).toEqual(['2026-03-02', '2026-04-12']);
  });

  it('on the real data: the story to January 2026, the strike records to 23 February 2026', () => {
    const c = cutoffs(read('events.yaml'), read('strikes.yaml'));
    expect(c.story.iso.startsWith('2026-01')).toBe(true);
    expect(c.strikes.iso).toBe('2026-02-23');
  });
});

describe('last updated', () => {
  it('is the latest entry of the corrections log, or nothing for an empty log', () => {
    expect(lastUpdated([{ date: '2026-12-01' }, { date: '2027-01-15' }, { date: '2026-11-30' }])).toEqual({ date: '2027-01-15', displayDate: '15 January 2027' });
    expect(lastUpdated([])).toBeUndefined();
  });
});
