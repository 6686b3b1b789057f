/**
 * Synthetic articles for the scale builds: deterministic, publisher-style seed files (headline, byline,
 * dateline, subheadings, a list, and the chrome the cleaner must remove), written to a temporary copy of
 * seeds/, never to seeds/ itself.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfSeeds } from '../../tests/support/build.ts';
import { parseSeed } from '../../src/lib/articles/parse.ts';
import { bytesOf } from './util.ts';

/** A small deterministic generator, so every run builds the same synthetic sites. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = {
  actors: [
    'the Colombian navy', 'President Gustavo Petro', 'the U.S. Southern Command', 'officials in Bogotá', 'the Defence Ministry',
    'prosecutors in Cartagena', 'the coast guard', 'analysts at the International Crisis Group', 'a senior police commander',
    'the Dutch government', 'British officials', 'the Venezuelan foreign ministry', 'the State Department', 'Senator Paloma Valencia',
    'a retired admiral', 'regional governors', 'customs inspectors in Buenaventura', 'the attorney general’s office',
  ],
  verbs: [
    'said', 'warned', 'confirmed', 'denied', 'acknowledged', 'argued', 'insisted', 'reported', 'announced', 'suggested', 'told reporters',
  ],
  objects: [
    'the seizure of 14 tonnes of cocaine', 'the suspension of intelligence sharing', 'a new wave of strikes on boats in the Caribbean',
    'the decertification of Colombia’s anti-drug efforts', 'a record harvest of coca leaf', 'the extradition of a cartel financier',
    'joint patrols off the Pacific coast', 'the use of radar data from Key West', 'cooperation with European police forces',
    'the interception of semi-submersibles', 'a shortfall in funding for helicopters', 'the arrest of a logistics chief of the Gulf Clan',
  ],
  clauses: [
    'although the figures could not be independently verified', 'according to a statement released on Tuesday night',
    'in an interview with local radio', 'as tensions between Bogotá and Washington deepened', 'after weeks of public disputes',
    'citing internal reports seen by the newspaper', 'while the investigation continues', 'without giving further details',
    'in remarks broadcast from the presidential palace', 'despite pressure from Congress', 'two days after the announcement',
  ],
  places: ['Cartagena', 'Tumaco', 'Buenaventura', 'Santa Marta', 'the Gulf of Urabá', 'the Eastern Pacific', 'La Guajira', 'Barranquilla', 'Nariño'],
  names: ['Ana Gómez', 'Luis Pérez', 'Camila Rojas', 'Daniel Ortiz', 'Sofía Herrera', 'Mateo Castro', 'Laura Vargas', 'Julián Mora', 'Elena Ruiz', 'Tomás Díaz'],
  outlets: ['Example Daily', 'The Andean Ledger', 'Caribbean Wire Service', 'Pacific Coast Times', 'Regional Observer'],
  orgs: ['EFE', 'AFP', 'CNN', 'AP'],
  headlines: [
    'Colombia weighs {obj} as {actor} pushes back',
    '{actor} defends {obj} amid criticism from Washington',
    'What {obj} means for the fight against cocaine',
    'Questions grow over {obj} in {place}',
    '{actor} and the cost of {obj}',
    'Inside {obj}: a view from {place}',
  ],
  subheadings: ['What comes next', 'A strained partnership', 'The numbers behind the dispute', 'Reaction in Washington', 'On the coast', 'Who benefits'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function syntheticArticle(index: number): string {
  const random = mulberry32(index * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const sentence = (): string => {
    switch (int(0, 5)) {
      case 0:
        return `${cap(pick(W.actors))} ${pick(W.verbs)} that ${pick(W.objects)} would continue, ${pick(W.clauses)}.`;
      case 1:
        return `“We cannot accept ${pick(W.objects)},” ${pick(W.actors)} ${pick(W.verbs)}, ${pick(W.clauses)}.`;
      case 2:
        return `In ${pick(W.places)}, ${int(2, 48)} people were detained and ${int(1, 9)}.${int(0, 9)} tonnes were seized in ${pick(W.months)} ${int(2023, 2025)}.`;
      case 3:
        return `${cap(pick(W.objects))} has become a test for ${pick(W.actors)}, ${pick(W.clauses)}.`;
      case 4:
        return `Since ${pick(W.months)}, ${pick(W.actors)} tracked ${pick(W.objects)}; ${pick(W.actors)} ${pick(W.verbs)} the numbers were rising.`;
      default:
        return `Critics question whether ${pick(W.objects)} will survive ${pick(W.objects)}.`;
    }
  };
  const paragraph = () => Array.from({ length: int(2, 6) }, sentence).join(' ');
  const headline = cap(
    pick(W.headlines)
      .replace('{obj}', pick(W.objects))
      .replace('{actor}', pick(W.actors))
      .replace('{place}', pick(W.places)),
  ).slice(0, 180);
  const outlet = pick(W.outlets);
  const authors = int(1, 2) === 1 ? pick(W.names) : `${pick(W.names)} and ${pick(W.names)}`;
  const lines: string[] = ['Skip to content', 'Menu', 'Search', headline];
  if (random() < 0.6) lines.push(`${paragraph().split('. ')[0]!.replace(/\.$/, '')}.`);
  if (random() < 0.4) lines.push(`A coast guard vessel patrols off ${pick(W.places)}. (Photo: ${pick(W.names)}/${outlet})`);
  lines.push(random() < 0.3 ? `By ${authors}, ${pick(W.orgs)}` : `By ${authors}`);
  const day = `${pick(W.months)} ${int(1, 28)}, 2025`;
  lines.push(`${pick(['BOGOTÁ, COLOMBIA', 'CARTAGENA, Colombia', 'WASHINGTON'])} – ${random() < 0.5 ? `${day} – ` : ''}${paragraph()}`);
  const paragraphs = int(6, 12);
  const listAt = int(2, paragraphs - 2);
  const subheadingAt = int(3, paragraphs - 1);
  for (let p = 1; p < paragraphs; p++) {
    if (p === subheadingAt) lines.push(pick(W.subheadings));
    if (p === Math.floor(paragraphs / 2)) lines.push('Advertisement');
    lines.push(paragraph());
    if (p === listAt) {
      const items = int(3, 5);
      lines.push(`${cap(pick(W.actors))} listed ${items} priorities for the coming months, in this order:`);
      for (let i = items; i > 0; i--) lines.push(`- ${cap(pick(W.objects))} in ${pick(W.places)}`);
    }
    if (p === listAt + 1) lines.push(`Read more: ${cap(pick(W.objects))}`);
  }
  lines.push(
    `Sign up for our newsletter to get the latest news from ${outlet}`,
    'Already a subscriber? Log in',
    'Leave a Reply',
    `© 2025 ${outlet}. All rights reserved.`,
    'Related stories',
    'Share',
  );
  return lines.join('\n\n') + '\n';
}

/** Checks that the seed cleaner reads a generated article as intended (headline, byline, chrome gone). */
export function checkGenerator(): string[] {
  const problems: string[] = [];
  for (const index of [1, 2, 3]) {
    const text = syntheticArticle(index);
    const article = parseSeed(Buffer.from(text), `bench-${index}.txt`);
    const body = article.units.map((u) => u.text).join('\n');
    if (!article.byline) problems.push(`article ${index}: no byline found`);
    if (article.units.length < 6) problems.push(`article ${index}: only ${article.units.length} text units`);
    if (/newsletter|Leave a Reply|All rights reserved|Skip to content|Advertisement/i.test(body)) problems.push(`article ${index}: chrome left in the text`);
    if (!article.blocks.some((b) => b.kind === 'list')) problems.push(`article ${index}: no list`);
  }
  return problems;
}

export function syntheticSeeds(count: number): { dir: string; bytes: number } {
  const dir = copyOfSeeds();
  let bytes = 0;
  const width = String(count).length;
  for (let i = 1; i <= count; i++) {
    const text = syntheticArticle(i);
    bytes += bytesOf(text);
    writeFileSync(join(dir, `bench_${String(i).padStart(width, '0')}.txt`), text);
  }
  return { dir, bytes };
}
