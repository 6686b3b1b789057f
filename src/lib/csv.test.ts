import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, toCsv } from './csv.ts';

describe('CSV', () => {
  it('parses quoted fields with commas, doubled quotes and newlines', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });
  it('reads records by header and rejects ragged rows', () => {
    expect(parseCsvRecords('n,date\n1,2025-09-02\n')).toEqual([{ n: '1', date: '2025-09-02' }]);
    expect(() => parseCsvRecords('n,date\n1\n')).toThrowError('CSV row 2 has 1 fields; the header has 2');
  });
  it('round-trips what it writes, and defuses spreadsheet formulas', () => {
    const rows = [['id', 'text', 'value'], ['a', 'he said "no", then left', 446], ['b', '=HYPERLINK("x")', -3]];
    const written = toCsv(rows);
    expect(parseCsv(written.replace(/\r\n$/, ''))).toEqual([
      ['id', 'text', 'value'],
      ['a', 'he said "no", then left', '446'],
      ['b', "'=HYPERLINK(\"x\")", '-3'],
    ]);
  });
});
