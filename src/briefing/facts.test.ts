import { describe, expect, it } from 'vitest';
import { keyFacts } from './facts.ts';
import { readEvents, readFigures, readStrikes } from '../../tests/support/content.ts';

const data = () => ({ events: readEvents(), figures: readFigures(), strikes: readStrikes() }) as unknown as Parameters<typeof keyFacts>[0];

describe('the briefing key facts', () => {
  it('take their numbers and dates from the records', () => {
    const facts = keyFacts(data()).map((fact) => fact.text);
    expect(facts[0]).toContain('Tuesday 11 November 2025');
    expect(facts[1]).toMatch(/^On 13 November/);
    expect(facts[2]).toContain('19 U.S. strikes');
    expect(facts[2]).toContain('killed 76 people');
    expect(facts[2]).toContain('give 75 killed as announced');
    expect(facts[2]).toContain('survivor of the 27 October strikes');
    expect(facts[3]).toContain('85%');
    expect(facts[4]).toContain('446 tons');
  });

  it('follow a change in the records', () => {
    const changed = data();
    const figures = changed.figures.map((figure) => (figure.id === 'strike-deaths-76' ? { ...figure, value: 80 } : figure));
    expect(keyFacts({ ...changed, figures })[2]!.text).toContain('killed 80 people');
  });

  it('stop with one line when a record is missing', () => {
    const changed = data();
    expect(() => keyFacts({ ...changed, figures: changed.figures.filter((figure) => figure.id !== 'cocaine-seized-446t') })).toThrow(
      'briefing: no figure record "cocaine-seized-446t"',
    );
  });
});

describe('the briefing standfirst', () => {
  it('says when the suspension was ordered and how long it lasted, from the events', async () => {
    const { briefingDek, suspensionLength } = await import('./facts.ts');
    const { events } = data();
    expect(suspensionLength(events)).toBe('two days');
    expect(briefingDek(events)).toContain('on 11 November 2025');
    const later = events.map((event) => (event.id === 'benedetti-misinterpretation' ? { ...event, date: { ...event.date, start: '2025-11-14' } } : event));
    expect(suspensionLength(later)).toBe('three days');
  });
});

describe('the Spanish briefing', () => {
  it('writes the same facts in Spanish, dates and numbers through Intl es-CO, from the same records', () => {
    const facts = keyFacts(data(), 'es');
    expect(facts.map((fact) => fact.sources)).toEqual(keyFacts(data()).map((fact) => fact.sources));
    expect(facts[0]!.text).toContain('martes 11 de noviembre de 2025');
    expect(facts[1]!.text).toMatch(/^El 13 de noviembre/);
    expect(facts[2]!.text).toContain('19 ataques');
    expect(facts[2]!.text).toContain('76 personas');
    expect(facts[2]!.text).toContain('27 de octubre');
    expect(facts[3]!.text).toContain('85\u00a0%');
    expect(facts[3]!.text).toContain('entre enero de 2024 y junio de 2025');
    expect(facts[4]!.text).toContain('446 toneladas');
    expect(facts[4]!.text).toContain('traducción propia');
  });

  it('takes the suspension’s length from the events, in Spanish words', async () => {
    const { briefingDek, suspensionLength } = await import('./facts.ts');
    const { events } = data();
    expect(suspensionLength(events, 'es')).toBe('dos días');
    expect(suspensionLength(events, 'es', { adjective: true })).toBe('de dos días');
    expect(briefingDek(events, 'es')).toContain('el 11 de noviembre de 2025');
    const later = events.map((event) => (event.id === 'benedetti-misinterpretation' ? { ...event, date: { ...event.date, start: '2025-11-14' } } : event));
    expect(suspensionLength(later, 'es')).toBe('tres días');
    expect(briefingDek(later, 'es')).toContain('tres días después');
  });
});
