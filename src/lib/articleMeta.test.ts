import { describe, expect, it } from 'vitest';
import { describeArticle } from './articleMeta.ts';
import { formatIsoDate } from '../figures/kit/dates.ts';

describe('describeArticle', () => {
  const meta = {
    outlet: 'EL PAÍS USA Edition',
    url: 'https://english.elpais.com/x.html',
    published: '2025-11-13',
    publishedPrecision: 'day' as const,
    howEstablished: 'date in the URL',
  };
  it('uses the reviewed metadata when there is an entry', () => {
    expect(describeArticle({}, meta)).toMatchObject({ outlet: 'EL PAÍS USA Edition', dateDisplay: '13 November 2025', url: meta.url });
  });
  it('says "outlet unknown" and "date unknown" rather than guessing', () => {
    expect(describeArticle({}, undefined)).toMatchObject({ outlet: 'outlet unknown', outletKnown: false, dateDisplay: 'date unknown' });
  });
  it('falls back to a date the article itself states, saying so', () => {
    const description = describeArticle({ statedDate: { iso: '2025-11-13', text: 'November 13, 2025' } }, undefined);
    expect(description.dateDisplay).toBe('13 November 2025');
    expect(description.dateBasis).toContain('as stated in the article');
  });
});

describe('formatIsoDate', () => {
  it('shows exactly the precision given', () => {
    expect(formatIsoDate('2025-09')).toBe('September 2025');
    expect(formatIsoDate('1989')).toBe('1989');
    expect(formatIsoDate('2025-11-11', 'short')).toBe('11 Nov 2025');
  });
});
