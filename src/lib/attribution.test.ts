import { describe, expect, it } from 'vitest';
import { AttributionError, attributionProblems, nameForms, normaliseName, type AttributionInput } from './attribution.ts';

const record = (over: Partial<AttributionInput>): AttributionInput => ({
  collection: 'figures',
  id: 'cocaine-seized-446t',
  prose: 'Colombian Brig. Gen. Ricardo Sánchez-Silvestre, to CNN',
  credited: [{ person: 'Ricardo Sánchez-Silvestre' }],
  passages: ['Colombian Brig. Gen. Ricardo Sánchez-Silvestre told CNN in an interview this week'],
  outlets: ['CNN'],
  ...over,
});

describe('the attribution check', () => {
  it('passes a name a cited passage gives', () => {
    expect(attributionProblems(record({}))).toEqual([]);
  });

  it('is forgiving of case, accents, full stops and a person’s surname alone', () => {
    expect(normaliseName('U.S. Department of State')).toBe(normaliseName('us department of state'));
    expect(attributionProblems(record({ passages: ['“...,” SANCHEZ-SILVESTRE said.'] }))).toEqual([]);
    expect(attributionProblems(record({ prose: 'Hegseth (X)', credited: [{ person: 'Pete Hegseth' }], passages: ['Defense Secretary Pete Hegseth said Friday'] }))).toEqual([]);
    expect(attributionProblems(record({ prose: 'President Trump', credited: [{ person: 'Donald Trump' }], passages: ['Trump in a social media posting said'] }))).toEqual([]);
  });

  it('keeps a hyphenated surname whole: another Sánchez is not the general', () => {
    expect(nameForms({ person: 'Ricardo Sánchez-Silvestre' })).toEqual(['Ricardo Sánchez-Silvestre', 'Sánchez-Silvestre']);
    expect(attributionProblems(record({ passages: ['“Likewise, we have destroyed more than 3,000 facilities,” Sánchez said.'] }))).toEqual([
      'figures/cocaine-seized-446t: credits "Ricardo Sánchez-Silvestre", whom no cited passage names',
    ]);
  });

  it('matches a body only as written or as one of its aka forms, as whole words', () => {
    const body = { prose: 'Colombia’s Defence Ministry', credited: [{ body: 'Defence Ministry', aka: ['Defense Ministry'] }] };
    expect(attributionProblems(record({ ...body, passages: ['450 tons of which were confiscated abroad, according to the Defense Ministry.'] }))).toEqual([]);
    expect(attributionProblems(record({ ...body, passages: ['the ministry said'] }))).toHaveLength(1);
    expect(attributionProblems(record({ prose: 'CNN', credited: [{ body: 'CNN' }], passages: ['CNNs'], outlets: [] }))).toHaveLength(1);
  });

  it('accepts the outlet that published a cited passage', () => {
    expect(attributionProblems(record({ prose: 'bne IntelliNews', credited: [{ body: 'bne IntelliNews' }], passages: ['whilst Colombia accounted for 65%'], outlets: ['bne IntelliNews'] }))).toEqual([]);
    expect(attributionProblems(record({ prose: 'news.jointearn.com', credited: [{ body: 'news.jointearn.com' }], passages: ['x'], outlets: ['news.jointearn.com (aggregator)'] }))).toEqual([]);
  });

  it('stops on a record that credits someone no passage names, in one line naming collection, record and name', () => {
    const bad = record({ collection: 'seizures', id: '2024-colombia-848-5', prose: 'Colombia’s Defence Ministry', credited: [{ body: 'Defence Ministry' }], passages: ['se incautaron 848.515 kilogramos'], outlets: ['cwmas.com.co'] });
    expect(attributionProblems(bad)).toEqual(['seizures/2024-colombia-848-5: credits "Defence Ministry", whom no cited passage names']);
    expect(new AttributionError([record({}), bad].flatMap(attributionProblems)).message).toMatch(/Attribution check failed:\nseizures\/2024-colombia-848-5: credits "Defence Ministry"/);
  });

  it('requires the credited names and the words shown to agree', () => {
    expect(attributionProblems(record({ credited: undefined }))).toEqual([
      'figures/cocaine-seized-446t: credits "Colombian Brig. Gen. Ricardo Sánchez-Silvestre, to CNN" but names no one in `credited`',
    ]);
    expect(attributionProblems(record({ prose: 'The Independent', credited: [{ body: 'Reuters' }], passages: ['Reuters said'] }))).toEqual([
      'figures/cocaine-seized-446t: credits "Reuters", which its attribution text does not name',
    ]);
    expect(attributionProblems(record({ prose: undefined }))).toHaveLength(1);
    expect(attributionProblems(record({ prose: undefined, credited: undefined }))).toEqual([]);
  });
});
