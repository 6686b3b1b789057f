import { describe, expect, it } from 'vitest';
import type { StrikeRecord } from '../../data/site.ts';
import { strikesCsvRows } from './csv.ts';

const strike = (id: string, date: string | null, extra: Partial<StrikeRecord> = {}): StrikeRecord => ({
  id,
  firstNumber: Number(id.split('-')[1]),
  lastNumber: Number(id.split('-')[1]),
  date,
  announcedDate: date,
  region: 'caribbean',
  locationText: 'international waters',
  vessels: 1,
  strikesInRow: 1,
  killed: 3,
  killedLaterRevised: null,
  survivors: '0',
  presumedDead: 0,
  announcedBy: 'SOUTHCOM',
  reportedCumulative: '3',
  reliability: 'normal',
  notes: '',
  sources: [{ kind: 'url', url: 'https://example.org/a', quote: 'a quote' }],
  ...extra,
});

describe('the strikes CSV', () => {
  it('has one row per record in date order, as wide as its header, with the named fields', () => {
    const rows = strikesCsvRows(
      [
        strike('strike-2', '2025-09-15', { subArea: 'off-venezuela' }),
        strike('strike-43', null, { announcedDate: null, publishedDate: '2026-02-23', dateNote: '2026-02-23 (publication date; strike date not stated)' }),
        strike('strike-1', '2025-09-02'),
      ],
      'https://site.example/',
    );
    const [header, ...body] = rows;
    expect(body.map((row) => row[0])).toEqual(['strike-1', 'strike-2', 'strike-43']);
    for (const row of body) expect(row).toHaveLength(header!.length);
    const column = (name: string) => header!.indexOf(name);
    expect(body[1]![column('map_sub_area')]).toBe('off-venezuela');
    expect(body[2]![column('counted_from')]).toBe('2026-02-23');
    expect(body[2]![column('sources')]).toBe('https://example.org/a');
  });
});
