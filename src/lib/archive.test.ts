import { describe, expect, it } from 'vitest';
import { archiveDate, archivedLink, latestDate, originalLinkAttributes, versionDate, waybackUrl } from './archive.ts';

describe('archived copies', () => {
  it('links to the Wayback Machine at the given day, keeping the URL as it is', () => {
    expect(waybackUrl('https://example.org/a?b=1&c=2', '2025-11-13')).toBe('https://web.archive.org/web/20251113/https://example.org/a?b=1&c=2');
    expect(waybackUrl('https://example.org/', '2025-11-13T16:31-05:00')).toBe('https://web.archive.org/web/20251113/https://example.org/');
  });
  it('reads a partial date as the first day of its month or year', () => {
    expect(versionDate('2025-11')).toBe('2025-11-01');
    expect(versionDate('2025')).toBe('2025-01-01');
    expect(() => versionDate('soon')).toThrowError('archive: not a date: "soon"');
  });
  it('archives at the source’s own date, else a date in its URL, else the latest date the site knows', () => {
    expect(archiveDate('https://en.mercopress.com/2025/10/23/x', '2025-10-24', '2026-01-08')).toBe('2025-10-24');
    expect(archiveDate('https://en.mercopress.com/2025/10/23/x', undefined, '2026-01-08')).toBe('2025-10-23');
    expect(archiveDate('https://noticias.example/2025/10/marina', undefined, '2026-01-08')).toBe('2025-10-01');
    expect(archiveDate('https://airwars.org/civilian-casualties/usmar251110a-november-10-2025', undefined, '2026-01-08')).toBe('2025-11-10');
    expect(archiveDate('https://elpais.com.co/judicial/incautacion-0141.html', undefined, '2026-01-08')).toBe('2026-01-08');
    expect(archiveDate('https://elpais.com.co/judicial/incautacion-0141.html', undefined, undefined)).toBeUndefined();
  });
  it('takes the latest of dates at any precision', () => {
    expect(latestDate(['2025-11-04', undefined, '2026-01-08', '2025-11'])).toBe('2026-01-08');
    expect(latestDate([])).toBeUndefined();
  });
  it('gives the Robust Links attributes for the original link', () => {
    const link = archivedLink('https://example.org/x', '2025-11-13', undefined)!;
    expect(originalLinkAttributes(link)).toEqual({
      'data-versionurl': 'https://web.archive.org/web/20251113/https://example.org/x',
      'data-versiondate': '2025-11-13',
    });
  });
});
