import { describe, expect, it } from 'vitest';
import type { ResolvedSource } from '../../lib/provenance.ts';
import { CSV_HEADER, chronologyCsvRows } from './csv.ts';

const source: ResolvedSource = { kind: 'url', url: 'https://example.org/a', quote: 'A quote long enough' };
const event = (id: string, start: string, end?: string) => ({
  id,
  date: { start, ...(end && { end }), precision: end ? ('approximate' as const) : ('day' as const), display: start, established: 'as stated' },
  title: `Title ${id}`,
  label: id,
  summary: `Summary ${id}`,
  actors: ['colombia', 'united-states'] as const,
  phase: 'escalation' as const,
  sources: [source],
});

describe('the chronology CSV', () => {
  const rows = chronologyCsvRows([event('later', '2025-11-13'), event('earlier', '2025-09', '2025-10')], 'https://site.example/explainer/');
  it('has a header, then one row per event in time order', () => {
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['event-earlier', 'event-later']);
    expect(rows.every((row) => row.length === CSV_HEADER.length)).toBe(true);
  });
  it('writes each field as the record has it, with absolute source links', () => {
    expect(rows[1]).toEqual(['event-earlier', '2025-09', '2025-09', '2025-10', 'approximate', 'as stated', 'Title earlier', 'Summary earlier', 'colombia; united-states', 'escalation', 'https://example.org/a', 'A quote long enough']);
    expect(rows[2]![3]).toBe('');
  });
});
