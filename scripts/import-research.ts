/**
 * Imports the sourced research data in ../shared/data into content/ as YAML, keeping every row's URL and
 * quote. Run by hand when the research data changes (`npm run import-research`), then review the diff:
 * the YAML files are the reviewed copies the site is built from.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { parseCsvRecords } from '../src/lib/csv.ts';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, process.env.SHARED_DATA ?? '../shared/data');
const read = (name: string) => parseCsvRecords(readFileSync(resolve(shared, name), 'utf8'));

const header = (what: string) =>
  `# ${what}\n# Imported from ../shared/data by scripts/import-research.ts, then reviewed. Every record keeps\n` +
  `# the URL and verbatim quote it rests on. Edit the research data and re-run rather than editing by hand.\n`;

function write(name: string, what: string, data: unknown) {
  writeFileSync(resolve(root, 'content', name), header(what) + stringify(data, { lineWidth: 0, version: '1.1' }));
  console.log(`wrote content/${name}`);
}

// Seed metadata, keyed by the seed's id (file name without .txt).
const seedRows = read('seed-sources.csv');
const seedIdByUrl = new Map(seedRows.map((row) => [row.url!, row.seed_file!.replace(/\.txt$/, '')]));
write(
  'article-meta.yaml',
  'What the seed texts do not say about themselves: outlet, original URL, publication date, byline.',
  Object.fromEntries(
    seedRows.map((row) => [
      row.seed_file!.replace(/\.txt$/, ''),
      {
        outlet: row.outlet,
        url: row.url,
        published: row.published,
        publishedPrecision: row.published_precision,
        ...(row.byline ? { byline: row.byline } : {}),
        howEstablished: row.how_established,
      },
    ]),
  ),
);

/** A URL that is one of the seeds becomes a reference to that article, so its quote is checked. */
const sourceFor = (url: string, quote: string) => {
  const article = seedIdByUrl.get(url);
  return article ? { article, quote } : { url, quote };
};

const number = (text: string | undefined) => (text && /^\d/.test(text) ? Number.parseFloat(text) : null);

// Seizures: one record per row; rows of one year and scope that disagree are marked as a conflict.
// The research rows say in words what the site needs as fields (the qualifier, who counted, the day a
// period runs to); they are read here, once, so the site never reads prose.
/** Who counted, as the row's "what is counted" credits it: no further than the source. */
const COUNTED_BY: [RegExp, string][] = [
  [/UNODC/i, 'UNODC (the UN Office on Drugs and Crime)'],
  [/MinDefensa|Defen[cs]e Ministry|Defen[cs]e Minister/i, 'Colombia’s Defence Ministry'],
  [/President Santos/i, 'President Juan Manuel Santos'],
  [/security forces/i, 'Colombia’s security forces (agency not named)'],
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The day a period ends on, when it ends with one ("1 Jan - c. 16 Sep 2025" → 2025-09-16, approximate). */
function periodEnd(period: string): { date: string; approximate: boolean } | undefined {
  const match = /(c\.\s*)?(\d{1,2}) ([A-Z][a-z]{2,8})\s+(\d{4})\s*$/u.exec(period);
  const month = match ? MONTHS.indexOf(match[3]!.slice(0, 3)) + 1 : 0;
  if (!match || month === 0) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${match[4]}-${pad(month)}-${pad(Number(match[2]))}`, approximate: match[1] !== undefined };
}
const seizureRows = read('seizures.csv');
const perYearScope = new Map<string, number>();
for (const row of seizureRows) perYearScope.set(`${row.year}/${row.scope}`, (perYearScope.get(`${row.year}/${row.scope}`) ?? 0) + 1);
write(
  'seizures.yaml',
  "Colombia's annual cocaine seizures (tonnes), with conflicting official figures kept side by side.",
  seizureRows.map((row) => {
    const isShare = row.scope === 'share-claim';
    const share = isShare ? number(/(\d+)%/.exec(row.what_is_counted ?? '')?.[1]) : null;
    const counted = row.what_is_counted ?? '';
    const period = row.period_covered || 'not stated';
    const end = periodEnd(period);
    const countedBy = row.scope === 'gap' ? undefined : COUNTED_BY.find(([pattern]) => pattern.test(counted))?.[1];
    return {
      id: `${row.year}-${row.scope}${row.tons ? `-${row.tons.replace('.', '-')}` : ''}`,
      year: Number(row.year),
      tonnes: isShare ? null : number(row.tons),
      qualifier: /\bmore than\b/i.test(counted) ? 'more-than' : 'exact',
      ...(share !== null ? { percent: share } : {}),
      counts: counted,
      scope: row.scope,
      period,
      ...(end ? { periodEnd: end } : {}),
      form: row.scope === 'colombia-base' ? 'base-paste' : /hydrochloride/i.test(counted) ? 'hydrochloride' : 'unspecified',
      provisional: /PROVISIONAL/.test(row.notes ?? '') || row.scope === 'colombia-partial',
      ...((perYearScope.get(`${row.year}/${row.scope}`) ?? 0) > 1 && row.scope === 'colombia'
        ? { conflict: `${row.year}-${row.scope}` }
        : {}),
      ...(countedBy ? { countedBy } : {}),
      ...(row.notes ? { notes: row.notes } : {}),
      sources: row.source_url ? [sourceFor(row.source_url, row.quote ?? '')] : [],
    };
  }),
);

// Strikes: one record per row, never with coordinates (the sources give none).
write(
  'strikes.yaml',
  'U.S. strikes on alleged drug vessels, one record per row of the research data. No coordinates: none were published.',
  read('strikes.csv').map((row) => {
    const [first, last] = row.n!.split('-').map(Number) as [number, number | undefined];
    const dayOnly = /^\d{4}-\d{2}-\d{2}$/;
    const dateIsDay = dayOnly.test(row.date!);
    const announcedIsDay = dayOnly.test(row.announced_date!);
    const notes = row.notes ?? '';
    const dateNote = !dateIsDay
      ? row.date
      : /date is the announcement date/i.test(notes)
        ? 'the announcement date; the strike date itself was not given'
        : undefined;
    // What the research data says in words, as named fields: the publication date given instead of a
    // strike date, the coast a location names (not when it is marked CONFLICT), survivors presumed dead.
    const publishedDate = /^(\d{4}-\d{2}-\d{2})\s*\(publication date/.exec(row.date!)?.[1];
    const location = row.location_text ?? '';
    const subArea = /CONFLICT/.test(location)
      ? undefined
      : row.region === 'caribbean' && /\boff (?:the coast of )?Venezuela\b/i.test(location)
        ? 'off-venezuela'
        : row.region === 'eastern-pacific' && /\boff (?:the coast of )?Colombia\b/i.test(location)
          ? 'off-colombia'
          : undefined;
    const survivors = row.survivors ?? '';
    const presumedDead = /never found/i.test(survivors) && /presumed dead/i.test(survivors) ? Number(/^(\d+)\b/.exec(survivors)?.[1] ?? 0) : 0;
    return {
      id: `strike-${row.n}`,
      firstNumber: first,
      lastNumber: last ?? first,
      date: dateIsDay ? row.date : null,
      ...(dateNote ? { dateNote } : {}),
      ...(publishedDate ? { publishedDate } : {}),
      announcedDate: announcedIsDay ? row.announced_date : null,
      region: row.region,
      locationText: row.location_text,
      ...(subArea ? { subArea } : {}),
      vessels: Number(row.vessels),
      strikesInRow: Number(row.strikes_in_row),
      killed: Number(row.killed),
      killedLaterRevised: number(row.killed_later_revised),
      survivors: row.survivors,
      presumedDead,
      announcedBy: row.announced_by,
      reportedCumulative: row.reported_cumulative,
      reliability: /LOW RELIABILITY/.test(notes) ? 'low' : 'normal',
      notes,
      sources: [
        sourceFor(row.source_url!, row.quote!),
        ...(row.alt_source_url && row.alt_quote ? [sourceFor(row.alt_source_url, row.alt_quote)] : []),
      ],
    };
  }),
);
