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

describe('describeArticle, from what the text states', () => {
  it('uses a URL the text states, labelled as such, when there is no reviewed entry', () => {
    const description = describeArticle({ url: 'https://news.example/a' }, undefined);
    expect(description).toMatchObject({ url: 'https://news.example/a', urlBasis: 'as stated in the article' });
  });
  it('lets the reviewed URL win over the stated one', () => {
    const description = describeArticle({ url: 'https://mirror.example/a' }, { outlet: 'X', url: 'https://x.example/a', published: '2025-11', publishedPrecision: 'month', howEstablished: 'h' });
    expect(description.url).toBe('https://x.example/a');
    expect(description.urlBasis).toBeUndefined();
    expect(description.dateBasis).toBe('publication date, known to the month');
  });
  it('shows a stated time and zone, and gives <time> the offset', () => {
    const description = describeArticle(
      { statedDate: { iso: '2025-11-12', text: 'November 12, 20254:31 PM EST', time: '16:31', utcOffset: '-05:00', zone: 'EST' } },
      undefined,
    );
    expect(description).toMatchObject({ dateDisplay: '12 November 2025, 16:31 EST', dateTime: '2025-11-12T16:31-05:00', dateIso: '2025-11-12' });
  });
  it('names the agency of a wire dateline as the outlet, and the language', () => {
    const description = describeArticle({ agencyDateline: { place: 'BOGOTA', agency: 'Reuters' }, lang: 'es' }, undefined);
    expect(description).toMatchObject({ outlet: 'Reuters', outletKnown: true, lang: 'es', languageName: 'Spanish' });
  });
  it('says only that no date was found, never that the article states none', () => {
    expect(describeArticle({}, undefined).dateBasis).toBe('no date found in the article’s text');
  });
  it('shows only what is known when just the date of a reported event is: "or later", no <time> day', () => {
    const d = describeArticle({}, { outlet: 'World Today News', url: 'https://x.example/a', published: '2025-11-04', publishedPrecision: 'not-before', howEstablished: 'h' });
    expect(d.dateDisplay).toBe('4 November 2025 or later');
    expect(d.dateTime).toBeUndefined();
    expect(d.dateIso).toBe('2025-11-04');
    expect(d.dateBasis).toBe('publication date not known; the article reports an event of that date');
  });
});
