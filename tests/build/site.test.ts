/**
 * Builds the real site (and variants of it) with `astro build` and checks the output: pages per seed,
 * headline/outlet/date, heading and paragraph ids, links under a sub-path base, and bad seeds. (A changed
 * quote, with the other editorial checks: editorial.test.ts.)
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { permalinkGuard } from '../../src/integrations/permalinks.ts';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, copyOfSeeds, projectRoot, tempDir } from '../support/build.ts';
import { readArticleMeta } from '../support/content.ts';
import { brokenLinks, classList, elements, idsOf, listFiles, readPages, textOf } from '../support/html.ts';

const seedMeta = readArticleMeta();

const HEADLINES: Record<string, string> = {
  '000_031959f257e13136': 'Colombian President Petro to Share Drug Trafficking Intelligence Directly with U.S. Vice President Vance',
  '001_ea394f297e7bb120': 'Colombia to Continue Intelligence Collaboration',
  '002_16352e67c55778bc': 'Colombia backtracks on intelligence sharing suspension with US',
  '003_9116afea9143b3e0': 'Despite Trump-Petro feud, US-Colombia anti-drug partnership remains strong',
  '004_6f9271d87370fc5c': 'Drug traffickers profit from end of intelligence cooperation between Colombia and the US',
};

describe('the real site', () => {
  const build = { outDir: inject('realDist') };

  it('has one page per seed with its headline, outlet and date', () => {
    const pages = readPages(build.outDir).filter((page) => /^\/sources\/[^/]+\/$/.test(page.path));
    expect(pages.map((page) => page.path.split('/')[2]).sort()).toEqual(Object.keys(seedMeta).sort());
    for (const page of pages) {
      const id = page.path.split('/')[2]!;
      const [h1] = elements(page.tree, (el) => el.tagName === 'h1');
      expect(textOf(h1!)).toBe(HEADLINES[id]);
      expect(textOf(page.tree)).toContain(seedMeta[id]!.outlet);
      const time = elements(page.tree, (el) => el.tagName === 'time')[0];
      // Only the date of an event it reports is known: shown as "… or later", with no <time> for a day it was not published on.
      if (seedMeta[id]!.publishedPrecision === 'not-before') expect(textOf(page.tree)).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4} or later/);
      else expect(time?.properties.dateTime).toBe(seedMeta[id]!.published);
      expect(page.html).toContain('reproduced from the source for reference');
    }
  });

  it('gives every h2/h3 a unique id and an anchor link, and every article paragraph its p-<n> id', () => {
    for (const page of readPages(build.outDir)) {
      const ids = idsOf(page);
      expect(new Set(ids).size, `duplicate ids on ${page.path}`).toBe(ids.length);
      // An article's own subheadings are labelled in the article's language (the body carries its `lang`);
      // the page's headings in the page's.
      const inArticle = new Set(elements(page.tree, (el) => el.tagName === 'article' && el.properties.lang === 'en').flatMap((body) => elements(body, (el) => el.tagName === 'h2' || el.tagName === 'h3')));
      for (const heading of elements(page.tree, (el) => el.tagName === 'h2' || el.tagName === 'h3')) {
        const id = String(heading.properties.id ?? '');
        expect(id, `${page.path}: "${textOf(heading)}" has no id`).not.toBe('');
        // An embed shows its figure inside another site's page: its title links to the figure page instead of
        // carrying a same-page anchor (a fragment link inside an iframe would only move the frame).
        if (/^\/(?:[a-z]{2}\/)?embed\//.test(page.path)) continue;
        const anchor = elements(heading, (el) => el.tagName === 'a' && classList(el).includes('anchor-link'))[0];
        expect(anchor?.properties.href, `${page.path}: #${id} has no anchor link`).toBe(`#${id}`);
        expect(String(anchor!.properties.ariaLabel), page.path).toContain(page.path.startsWith('/es/') && !inArticle.has(heading) ? 'Sección titulada' : 'Section titled');
      }
      if (page.path.startsWith('/sources/') && page.path !== '/sources/') {
        const units = elements(page.tree, (el) => classList(el).includes('unit'));
        expect(units.length).toBeGreaterThan(0);
        expect(units.map((el) => el.properties.id)).toEqual(units.map((_, i) => `p-${i + 1}`));
      }
    }
  });

  it('has no broken internal link or fragment', () => {
    expect(brokenLinks(build.outDir)).toEqual([]);
  });

  it('leaves no publisher chrome on any article page', () => {
    for (const page of readPages(build.outDir).filter((p) => p.path.startsWith('/sources/'))) {
      const article = elements(page.tree, (el) => el.tagName === 'article')[0];
      if (!article) continue;
      const text = textOf(article);
      for (const chrome of ['Skip to content', 'Leave a Reply', 'Dismiss', 'suscripción', 'newsletter', 'Most viewed', 'Archived In', 'The-CNN-Wire', '©']) {
        expect(text, `${page.path} still shows "${chrome}"`).not.toContain(chrome);
      }
    }
  });
});

describe('seeds are data', () => {
  it('bad seeds stop the build with one line each, naming the file and the reason', async () => {
    const reasons = {
      'empty.txt': 'the file is empty',
      'not-utf8.txt': 'the file is not valid UTF-8',
      'only-chrome.txt': 'no headline: the file has no text once page chrome is removed',
      'first-line-too-long.txt': 'no headline: the first line is 449 characters long (a headline is at most 200)',
    };
    const seeds = copyOfSeeds();
    for (const fixture of Object.keys(reasons)) copyFileSync(join(projectRoot, 'tests/fixtures/bad-seeds', fixture), join(seeds, `bad-${fixture}`));
    const build = await buildSite({ seedsDir: seeds, figureImages: false });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${Object.keys(reasons).length} seeds cannot be used:`);
    for (const [fixture, reason] of Object.entries(reasons)) {
      const lines = build.output.split('\n').filter((l) => l.includes(`bad-${fixture}`));
      expect(lines, fixture).toEqual([`${seeds}/bad-${fixture}: ${reason}`]);
    }
  });
});

/**
 * The permalink guard as every build runs it (its astro:build:done hook), on a copy of the real site's
 * pages: a full build would add nothing but minutes.
 */
function runPermalinkGuard(manifest: string, aliases: string): { outDir: string; error?: string } {
  const realDist = inject('realDist');
  const outDir = tempDir('pages');
  for (const file of listFiles(realDist).filter((f) => f.endsWith('.html'))) {
    const copy = join(outDir, relative(realDist, file));
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(file, copy);
  }
  const hooks = permalinkGuard({ manifest, aliases }).hooks;
  type ConfigDone = Parameters<NonNullable<typeof hooks['astro:config:done']>>[0];
  type BuildDone = Parameters<NonNullable<typeof hooks['astro:build:done']>>[0];
  const logger = { info: () => {}, warn: () => {} };
  hooks['astro:config:done']!({ config: { root: pathToFileURL(`${projectRoot}/`) } } as unknown as ConfigDone);
  try {
    hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), logger } as unknown as BuildDone);
    return { outDir };
  } catch (error) {
    return { outDir, error: (error as Error).message };
  }
}

describe('published permalinks', () => {
  it('the check after every build fails, naming it, when a published permalink disappears without an alias; an alias keeps it working', () => {
    const dir = tempDir('manifest');
    const manifest = join(dir, 'permalinks.json');
    const aliases = join(dir, 'aliases.json');
    // A fixture manifest: a real published id, and one that the site no longer has.
    writeFileSync(manifest, JSON.stringify({ '/': ['what-happened', 'event-petro-suspends-sharing'] }));
    writeFileSync(aliases, '[]');
    const broken = runPermalinkGuard(manifest, aliases);
    expect(broken.error).toContain('Permalink check failed');
    expect(broken.error).toContain('/#event-petro-suspends-sharing');
    expect(broken.error).not.toContain('what-happened');

    writeFileSync(aliases, JSON.stringify([{ page: '/', from: 'event-petro-suspends-sharing', to: 'event-suspension-order' }]));
    const aliased = runPermalinkGuard(manifest, aliases);
    expect(aliased.error).toBeUndefined();
    const home = readFileSync(join(aliased.outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/<span id="event-petro-suspends-sharing" class="permalink-alias"><\/span><li id="event-suspension-order"/);
  });

  it('the real site passes the check against the committed manifest', () => {
    const manifest = join(projectRoot, 'content/permalinks.json');
    expect(runPermalinkGuard(manifest, join(projectRoot, 'content/permalink-aliases.json')).error).toBeUndefined();
  });

  it('the committed manifest lists the permalinks of the real site', () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'content/permalinks.json'), 'utf8')) as Record<string, string[]>;
    expect(manifest['/']).toEqual(expect.arrayContaining(['what-happened', 'event-suspension-order', 'fig-chronology', 'fig-seizures', 'fig-strikes', 'strike-1']));
    expect(manifest['/sources/004_6f9271d87370fc5c/']).toEqual(expect.arrayContaining(['p-1', 'p-3']));
  });
});
