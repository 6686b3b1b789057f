/**
 * Editorial truth: the editorial checks stop the build, each naming what fails (an uncited paragraph, a
 * changed quote, an unnamed credit, an untranslated section), all in one report; the corrections log renders
 * with dates, and every CorrectedNote links to an entry of it. Sentences that restate the research data are
 * checked against it here too.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, copyOfSeeds, projectRoot, removeBuild, tempDir, type BuildResult } from '../support/build.ts';
import { contentCopy, readCitations, readStrikes } from '../support/content.ts';
import { classList, elements, idsOf, readPage, textOf, type Page } from '../support/html.ts';
import { correctedNoteIds, formatLogDate, sentenceStart, type CorrectionEntry } from '../../src/lib/narrativeCheck.ts';

const explainer = join(projectRoot, 'content/explainer');
const mdx = (name: string) => readFileSync(join(explainer, name), 'utf8');

/**
 * A copy of content/explainer for EXPLAINER_DIR, with `change` applied to one file. MDX imports are relative
 * to the file, so the copy imports the project's components by absolute path.
 */
function explainerCopy(file: string, change: (source: string) => string): string {
  const dir = join(tempDir('explainer'), 'explainer');
  mkdirSync(dir);
  for (const name of readdirSync(explainer)) {
    const source = mdx(name).replaceAll("from '../../src/", `from '${projectRoot}/src/`);
    writeFileSync(join(dir, name), name === file ? change(source) : source);
  }
  return dir;
}

/** A copy of content/explainer-es for EXPLAINER_ES_DIR, without the file `left`. */
function explainerEsWithout(left: string): string {
  const source = join(projectRoot, 'content/explainer-es');
  const dir = join(tempDir('explainer-es'), 'explainer-es');
  mkdirSync(dir);
  for (const name of readdirSync(source).filter((file) => file.endsWith('.mdx') && file !== left)) {
    writeFileSync(join(dir, name), readFileSync(join(source, name), 'utf8').replaceAll("from '../../src/", `from '${projectRoot}/src/`));
  }
  return dir;
}

/**
 * The editorial checks run when the site's data loads (src/data/site.ts). One build with four faults, one for
 * each kind of check, shows that each stops the build, and that an editor sees every problem at once.
 */
describe('the editorial checks', () => {
  // The narrative citation check: a factual paragraph of "The strikes" loses its citations.
  const paragraph = mdx('03-the-strikes.mdx')
    .split('\n\n')
    .find((block) => block.startsWith('Washington says the strikes'))!;
  // The provenance check: one word changes in the first cited passage that its seed file holds byte for byte.
  const { article, quote } = readCitations()
    .map((c) => c.sources[0]!)
    .flatMap((s) => ('article' in s ? [s] : []))
    .find((s) => readFileSync(join(projectRoot, 'seeds', `${s.article}.txt`), 'utf8').includes(s.quote))!;
  const changed = quote.split(' ').find((w) => /^[a-z]{4,}$/.test(w))!;
  let build: BuildResult;

  beforeAll(async () => {
    const seeds = copyOfSeeds();
    const file = join(seeds, `${article}.txt`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(quote, quote.replace(changed, `${changed}x`)));
    // The attribution check: a figure credits a body that no cited passage names.
    const content = contentCopy({
      'figures.yaml': (figures) =>
        figures.map((figure) =>
          figure.id === 'cocaine-seized-446t'
            ? { ...figure, saidBy: 'the National Police anti-narcotics directorate (to CNN)', credited: [{ body: 'National Police anti-narcotics directorate' }] }
            : figure,
        ),
    });
    build = await buildSite({
      seedsDir: seeds,
      env: {
        CONTENT_DIR: content,
        EXPLAINER_DIR: explainerCopy('03-the-strikes.mdx', (source) => source.replace(paragraph, paragraph.replace(/<Cite\s+id="[a-z0-9-]+"\s*\/>/g, ''))),
        // The Spanish edition's parity: a section is not translated.
        EXPLAINER_ES_DIR: explainerEsWithout('04-the-seizures.mdx'),
      },
      figureImages: false,
    });
    removeBuild(build.outDir);
  });

  it('stop the build, reporting every failure at once', () => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain('The editorial checks stopped the build:');
  });

  it('the narrative citation check names the section and the sentence', () => {
    expect(build.output).toContain('Narrative citation check failed: 2 uncited sentence(s) in content/explainer ');
    const lines = build.output.split('\n').filter((line) => line.includes('(paragraph has no citation)'));
    expect(lines.map((line) => line.trim())).toEqual([
      `the-strikes: "${sentenceStart('Washington says the strikes target drug traffickers and deter trafficking.')}" (paragraph has no citation)`,
      `the-strikes: "${sentenceStart('UN officials and human rights experts, among them Volker Türk, have condemned them as violations of international law.')}" (paragraph has no citation)`,
    ]);
  });

  it('the provenance check names the record when one word of a quoted passage changes', () => {
    const line = build.output.split('\n').find((l) => l.includes('Provenance check failed'));
    expect(line).toMatch(new RegExp(`Provenance check failed: \\w+/[a-z0-9-]+: quote not found in ${article}: ".*${changed}.*"`));
  });

  it('the attribution check names collection, record and name when no cited passage names who is credited', () => {
    expect(build.output).toContain('Attribution check failed:');
    expect(build.output).toContain('figures/cocaine-seized-446t: credits "National Police anti-narcotics directorate", whom no cited passage names');
  });

  it('the parity check names a section the Spanish edition lacks', () => {
    expect(build.output).toContain("es: missing section 'the-seizures'");
  });
});

describe('the corrections log', () => {
  const build = { outDir: inject('realDist') };
  let home: Page;
  const log = parse(readFileSync(join(projectRoot, 'content/corrections.yaml'), 'utf8')) as CorrectionEntry[];
  beforeAll(() => {
    home = readPage(build.outDir, '/');
  });

  it('renders every entry with its permalink id, its date and what changed, in "How this explainer was made"', () => {
    const [section] = elements(home.tree, (el) => el.tagName === 'section' && String(el.properties.ariaLabelledBy) === 'how-this-was-made');
    expect(section, 'the "How this explainer was made" section').toBeDefined();
    const items = elements(section!, (el) => el.tagName === 'li' && String(el.properties.id ?? '').startsWith('correction-'));
    expect(items.map((el) => el.properties.id).sort()).toEqual(log.map((entry) => `correction-${entry.id}`).sort());
    for (const entry of log) {
      const item = items.find((el) => el.properties.id === `correction-${entry.id}`)!;
      const [time] = elements(item, (el) => el.tagName === 'time');
      expect(time?.properties.dateTime).toBe(entry.date);
      expect(textOf(time!)).toBe(formatLogDate(entry.date));
      expect(textOf(item).replace(/\s+/g, ' ')).toContain(entry.what.replace(/\s+/g, ' '));
    }
  });

  it('places each CorrectedNote of the MDX, and each links to an entry that exists on the page', () => {
    const all = elements(home.tree, (el) => el.tagName === 'a' && classList(el).includes('corrected-note'));
    const hrefOf = (note: (typeof all)[number]) => String(note.properties.href ?? '');
    // The narrative's notes link within the page; a figure's notes (shown on figure pages too) link to the home page's log.
    const notes = all.filter((note) => hrefOf(note).startsWith('#'));
    const expected = correctedNoteIds(readdirSync(explainer).sort().map(mdx));
    expect(notes.length).toBe(expected.length);
    const ids = new Set(idsOf(home));
    for (const note of all.filter((note) => !hrefOf(note).startsWith('#'))) {
      expect(hrefOf(note)).toMatch(/^\/#correction-[a-z0-9-]+$/);
      expect(ids.has(hrefOf(note).slice(2)), `${hrefOf(note)} has no entry`).toBe(true);
    }
    for (const note of notes) {
      const [link] = elements(note, (el) => el.tagName === 'a');
      const href = String(link?.properties.href ?? '');
      expect(href).toMatch(/^#correction-[a-z0-9-]+$/);
      expect(ids.has(href.slice(1)), `${href} has no entry`).toBe(true);
      const entry = log.find((e) => `#correction-${e.id}` === href)!;
      expect(textOf(note)).toMatch(new RegExp(`^(Corrected|Clarified|Updated) ${formatLogDate(entry.date)}$`));
    }
  });

  it('the narrative no longer carries the corrected wording (the log quotes it, so it is left out)', () => {
    const sections = elements(home.tree, (el) => el.tagName === 'section' && classList(el).includes('story-section'));
    expect(sections.length).toBeGreaterThan(1);
    const text = sections
      .filter((el) => String(el.properties.ariaLabelledBy) !== 'how-this-was-made')
      .map(textOf)
      .join('\n');
    for (const phrase of ['The stakes were high', 'bitter feud', 'low point in relations', 'A former official', 'National Police’s anti-narcotics directorate and covers']) {
      expect(text, phrase).not.toContain(phrase);
    }
  });
});

describe('sentences that restate the research data', () => {
  it('the count of strikes by region after mid-November matches content/strikes.yaml', () => {
    const later = readStrikes().filter((strike) => (strike.date ?? strike.announcedDate ?? '9999') > '2025-11-11');
    const count = (region: string) => later.filter((s) => s.region === region).reduce((n, s) => n + s.strikesInRow, 0);
    const total = later.reduce((n, s) => n + s.strikesInRow, 0);
    const text = mdx('03-the-strikes.mdx');
    expect(text).toContain(
      `of the ${total} strikes our research data records from 15 November 2025 to February 2026, ${count('eastern-pacific')} were in the Eastern Pacific, ${count('caribbean')} in the Caribbean and ${count('unspecified')} where the announcement named no region`,
    );
  });
});
