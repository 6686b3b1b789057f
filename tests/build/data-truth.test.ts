/**
 * Editorial truth in the data, the figures and the briefing, checked on real builds:
 * - no research jargon reaches a reader (file names, row and seed numbers, the research notes' shorthand),
 *   in any page's text or reader-facing attributes;
 * - every non-English quote is shown with its language and our translation;
 * - the two cut-off dates shown equal their derivation from the records, and move when a later record is added
 *   (the run's fixture site, built from a copy of content/ through CONTENT_DIR);
 * - corrected figure claims show a dated note linking to their log entry; the briefing its last update.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { classList, elements, readPage, readPages, textOf } from '../support/html.ts';
import { jargonHits, readerTexts } from '../support/jargon.ts';
import { cutoffWords, cutoffs, lastUpdated } from '../../src/lib/cutoffs.ts';
import { isEnglish } from '../../src/schemas/common.ts';

const content = join(projectRoot, 'content');
const readYaml = <T>(name: string, dir = content) => parse(readFileSync(join(dir, name), 'utf8')) as T;

type Dated = Parameters<typeof cutoffs>;
const shownDates = (outDir: string) => ({
  home: textOf(elements(readPage(outDir, '/').tree, (el) => el.properties?.dataCutoffs !== undefined)[0]!),
  briefing: textOf(elements(readPage(outDir, '/briefing/').tree, (el) => String(el.properties?.className ?? '').includes('kicker'))[0]!),
});
const expectedDates = (dir = content) => cutoffWords(cutoffs(readYaml<Dated[0]>('events.yaml', dir), readYaml<Dated[1]>('strikes.yaml', dir)));

describe('the real site', () => {
  const build = { outDir: inject('realDist') };

  it('shows no research jargon to readers, in text or in aria-label, title or alt', () => {
    const hits = readPages(build.outDir).flatMap((page) => [...new Set(jargonHits(readerTexts(page.tree)))].map((hit) => `${page.path} ${hit}`));
    expect(hits).toEqual([]);
  });

  it('shows every non-English quote in its language, followed by our translation', () => {
    const home = readPage(build.outDir, '/');
    const foreign = elements(home.tree, (el) => el.tagName === 'q' && typeof el.properties?.lang === 'string' && !isEnglish(String(el.properties.lang)));
    expect(new Set(foreign.map((q) => q.properties!.lang))).toEqual(new Set(['es', 'ar', 'nl']));
    for (const q of foreign) {
      expect(home.html).toContain(textOf(q));
    }
    const translations = elements(home.tree, (el) => String(el.properties?.className ?? '').includes('source-translation')).map(textOf);
    expect(translations.length).toBeGreaterThanOrEqual(foreign.length);
    expect(translations.every((t) => t.startsWith('(our translation: “'))).toBe(true);
    expect(elements(home.tree, (el) => el.tagName === 'q' && el.properties?.lang === 'ar').every((q) => q.properties?.dir === 'rtl')).toBe(true);
  });

  it('states both cut-offs, derived from the records, on the home page and the briefing; the briefing its last update', () => {
    const words = expectedDates();
    const shown = shownDates(build.outDir);
    expect(shown.home).toBe(`${words.charAt(0).toUpperCase()}${words.slice(1)}.`);
    expect(shown.briefing).toContain(words);
    const updated = lastUpdated(readYaml<{ date: string }[]>('corrections.yaml'))!;
    expect(shown.briefing).toContain(`Last updated ${updated.displayDate}`);
    expect(shown.briefing).not.toMatch(/as of/i);
  });

  it('marks corrected figure claims with a dated note linking to their entry', () => {
    const home = readPage(build.outDir, '/');
    const row = elements(home.tree, (el) => el.properties?.id === 'fig-seizures-cocaine-seized-446t')[0]!;
    const note = elements(row, (el) => el.tagName === 'a' && el.properties?.dataCorrection === 'figures-446-attribution')[0]!;
    expect(textOf(note)).toBe('Corrected 1 December 2026');
    expect(String(note.properties!.href)).toMatch(/#correction-figures-446-attribution$/);
    const event = elements(home.tree, (el) => el.properties?.id === 'event-us-withholds-military-intelligence')[0]!;
    expect(elements(event, (el) => el.properties?.dataCorrection === 'withheld-intelligence-dates')).toHaveLength(1);
    expect(textOf(event)).toContain('How we dated this');
  });

  it('lists a page cited twice for one strike once in its table row', () => {
    const home = readPage(build.outDir, '/');
    const row = elements(home.tree, (el) => el.tagName === 'tr' && el.properties?.id === 'strike-27')[0]!;
    const links = elements(row, (el) => el.tagName === 'a' && classList(el).includes('source')).map((a) => a.properties!.href);
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBe(new Set(links).size);
  });
});

describe('the cut-off dates', () => {
  it('move when a later event and a later strike record are added', () => {
    // The fixture site's content/ has one event (2 March 2026) and one strike (announced 12 April 2026)
    // after the story's last (tests/support/fixtureSite.ts).
    const build = inject('fixtureSite');
    expect(build.ok, build.output).toBe(true);
    expect(expectedDates(build.contentDir)).toBe('the story told to 2 March 2026, strike records to 12 April 2026');
    const shown = shownDates(build.outDir);
    expect(shown.home).toBe('The story told to 2 March 2026, strike records to 12 April 2026.');
    expect(shown.briefing).toContain('the story told to 2 March 2026, strike records to 12 April 2026');
  });
});

