/**
 * Editorial truth in the narrative: the build fails, naming the sentence, when a factual paragraph has no
 * citation; the corrections log renders with dates, and every CorrectedNote links to an entry of it.
 * Sentences that restate the research data are checked against it here too.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, projectRoot, removeBuild, tempDir } from '../support/build.ts';
import { readStrikes } from '../support/content.ts';
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

describe('the narrative citation check', () => {
  it('fails the build, naming the section and the sentence, when a factual paragraph loses its citations', async () => {
    const paragraph = mdx('03-the-strikes.mdx')
      .split('\n\n')
      .find((block) => block.startsWith('Washington says the strikes'))!;
    const bare = paragraph.replace(/<Cite\s+id="[a-z0-9-]+"\s*\/>/g, '');
    const dir = explainerCopy('03-the-strikes.mdx', (source) => source.replace(paragraph, bare));
    const build = await buildSite({ env: { EXPLAINER_DIR: dir }, figureImages: false });
    try {
      expect(build.ok).toBe(false);
      expect(build.output).toContain('Narrative citation check failed: 2 uncited sentence(s)');
      const lines = build.output.split('\n').filter((line) => line.includes('(paragraph has no citation)'));
      expect(lines.map((line) => line.trim())).toEqual([
        `the-strikes: "${sentenceStart('Washington says the strikes target drug traffickers and deter trafficking.')}" (paragraph has no citation)`,
        `the-strikes: "${sentenceStart('UN officials and human rights experts, among them Volker Türk, have condemned them as violations of international law.')}" (paragraph has no citation)`,
      ]);
    } finally {
      removeBuild(build.outDir);
    }
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
