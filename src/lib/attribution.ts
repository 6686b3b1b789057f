/**
 * The attribution check: a record that says who said, counted, announced or reported something carries the
 * names it credits as data (`credited`), and every credited name must be found in one of the record's cited
 * passages, or in its dedicated `attributionSource`, or be the outlet that published a cited passage (an
 * outlet is named by the passage it published). A name no passage supports stops the build with one line
 * naming the collection, the record and the name.
 *
 * The matching rule, forgiving of case and of how a person is named again:
 * - text is compared lower-cased, with accents and full stops removed ("U.S." is "US"), curly quotes and
 *   dashes made plain, and runs of spaces and other punctuation (but hyphens and apostrophes) made one space;
 * - a name matches where it occurs as whole words ("CNN" does not match "CNNs");
 * - a person (`{ person: "Ricardo Sánchez-Silvestre" }`) also matches by surname alone: the last word of the
 *   name, a hyphenated surname kept whole ("Sánchez-Silvestre", never "Sánchez");
 * - a body (`{ body: "Defense Ministry" }`) matches only as written, or as one of its `aka` forms: the
 *   words a passage in another language uses for it ("veiligheidstroepen" for "security forces");
 * - an outlet matches when its name occurs in the outlet of a cited passage ("news.jointearn.com" in
 *   "news.jointearn.com (aggregator)").
 * Every credited name must also occur in the record's prose attribution (the `saidBy`, `countedBy`,
 * `announcedBy` or `attribution` text readers see), so the words shown and the names checked cannot drift.
 */

/** A person or a body credited by a record. */
export type Credit = { person: string } | { body: string; aka?: readonly string[] };

export interface AttributionInput {
  collection: string;
  id: string;
  /** The attribution as readers see it; absent when the record credits no one. */
  prose: string | undefined;
  credited: readonly Credit[] | undefined;
  /** The words of every cited passage, including the attribution source's. */
  passages: readonly string[];
  /** The outlets that published the cited passages (article outlets, URL publishers). */
  outlets: readonly string[];
}

export class AttributionError extends Error {
  constructor(lines: readonly string[]) {
    super(`Attribution check failed:\n${lines.join('\n')}`);
    this.name = 'AttributionError';
  }
}

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/gu;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;

/** Text as the check compares it: lower case, no accents, plain apostrophes and hyphens, single spaces. */
export function normaliseName(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .trim()} `;
}

const occurs = (needle: string, haystack: string) => {
  const n = normaliseName(needle);
  return n.trim() !== '' && haystack.includes(n);
};

export const creditName = (credit: Credit): string => ('person' in credit ? credit.person : credit.body);

/** The forms a credit may take in a passage: a person's full name or surname; a body's name or its aka. */
export function nameForms(credit: Credit): string[] {
  if ('person' in credit) {
    const words = credit.person.trim().split(/\s+/u);
    return words.length > 1 ? [credit.person, words[words.length - 1]!] : [credit.person];
  }
  return [credit.body, ...(credit.aka ?? [])];
}

/** One line per problem with a record's attribution; empty when every credited name is supported. */
export function attributionProblems(input: AttributionInput): string[] {
  const where = `${input.collection}/${input.id}`;
  const credited = input.credited ?? [];
  if (input.prose !== undefined && input.prose.trim() !== '' && credited.length === 0) {
    return [`${where}: credits "${input.prose}" but names no one in \`credited\``];
  }
  if (credited.length > 0 && (input.prose === undefined || input.prose.trim() === '')) {
    return [`${where}: \`credited\` names ${credited.map(creditName).join(', ')} but the record shows no attribution`];
  }
  const prose = normaliseName(input.prose ?? '');
  const passages = input.passages.map(normaliseName);
  const outlets = input.outlets.map(normaliseName);
  const problems: string[] = [];
  for (const credit of credited) {
    const name = creditName(credit);
    if (!occurs(name, prose) && !('person' in credit && nameForms(credit).some((form) => occurs(form, prose)))) {
      problems.push(`${where}: credits "${name}", which its attribution text does not name`);
      continue;
    }
    const inPassage = nameForms(credit).some((form) => passages.some((passage) => occurs(form, passage)));
    const isOutlet = nameForms(credit).some((form) => outlets.some((outlet) => occurs(form, outlet)));
    if (!inPassage && !isOutlet) problems.push(`${where}: credits "${name}", whom no cited passage names`);
  }
  return problems;
}
