/**
 * The Spanish edition (issue #16): every page that exists in both editions has its /es/ counterpart with
 * every id a reader can link on the English page, `lang` and hreflang both ways, dates and numbers written
 * by Intl es-CO; and a section missing from content/explainer-es stops the build, naming it.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, removeBuild, tempDir, type BuildResult } from '../support/build.ts';
import { elements, idsOf, readPages, textOf, type Page } from '../support/html.ts';
import { formatDate } from '../../src/i18n/format.ts';

/** English pages that have no Spanish edition yet (the briefing, figure, embed and share pages). */
const ENGLISH_ONLY = /^\/(?:briefing|figures|embed|s|og)\//;

describe('the Spanish edition', () => {
  let build: BuildResult;
  let pages: Map<string, Page>;
  beforeAll(async () => {
    build = await buildSite();
    expect(build.ok, build.output).toBe(true);
    pages = new Map(readPages(build.outDir).map((page) => [page.path, page]));
  });
  afterAll(() => removeBuild(build.outDir));

  const english = () => [...pages.keys()].filter((path) => !path.startsWith('/es/') && !ENGLISH_ONLY.test(path) && path.endsWith('/') && !path.includes('.'));

  it('has an /es/ counterpart of every English page of both editions', () => {
    expect(english()).toEqual(expect.arrayContaining(['/', '/sources/']));
    const missing = english().filter((path) => !pages.has(`/es${path}`));
    expect(missing).toEqual([]);
  });

  it('has every id of each English page on its Spanish counterpart', () => {
    const problems = english().flatMap((path) => {
      const spanish = new Set(idsOf(pages.get(`/es${path}`)!));
      return idsOf(pages.get(path)!)
        .filter((id) => !spanish.has(id))
        .map((id) => `/es${path}: no #${id}`);
    });
    expect(problems).toEqual([]);
    // The permalinks a reader shares most: events, strikes, figures, paragraphs and sections.
    const home = new Set(idsOf(pages.get('/es/')!));
    for (const id of ['fig-chronology', 'fig-seizures', 'fig-strikes', 'what-happened', 'how-the-dates-were-pinned']) expect(home.has(id), id).toBe(true);
    expect([...home].some((id) => id.startsWith('event-'))).toBe(true);
    expect([...home].some((id) => id.startsWith('strike-'))).toBe(true);
  });

  it('marks each edition with its language and links the two both ways', () => {
    for (const path of english()) {
      for (const [page, lang] of [[path, 'en'], [`/es${path}`, 'es']] as const) {
        const html = pages.get(page)!.html;
        expect(html, page).toContain(`<html lang="${lang}"`);
        expect(html, page).toContain(`hreflang="en" href="http://localhost:4321${path}"`);
        expect(html, page).toContain(`hreflang="es" href="http://localhost:4321/es${path}"`);
        expect(html, page).toContain(`hreflang="x-default" href="http://localhost:4321${path}"`);
        const switchLink = elements(pages.get(page)!.tree, (el) => el.properties.dataLanguageSwitch !== undefined);
        expect(switchLink.map((el) => el.properties.href), page).toEqual([lang === 'en' ? `/es${path}` : path]);
      }
    }
  });

  it('writes the Spanish narrative and figures in Spanish, and an English article in its own language', () => {
    const home = pages.get('/es/')!;
    expect(textOf(home.tree)).toContain('Qué pasó');
    const figureTitles = elements(home.tree, (el) => el.tagName === 'figure' || (el.properties.id as string | undefined)?.startsWith('fig-') === true).map(textOf).join(' ');
    expect(figureTitles).toMatch(/Figura 1|ataques|lanchas/);
    const article = pages.get('/es/sources/004_6f9271d87370fc5c/')!;
    const body = elements(article.tree, (el) => el.tagName === 'article')[0]!;
    expect(body.properties.lang).toMatch(/^(en|es|und)$/);
    expect(elements(body, (el) => el.properties.lang === 'es').length).toBeGreaterThan(0);
  });

  it('formats dates and numbers by Intl es-CO', () => {
    expect(formatDate('es', '2025-11-13')).toBe('13 de noviembre de 2025');
    const sources = textOf(pages.get('/es/sources/')!.tree);
    expect(sources).toContain('13 de noviembre de 2025');
    expect(sources).not.toMatch(/\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    expect(textOf(pages.get('/es/')!.tree)).toMatch(/\d\.\d{3}|\d+,\d/);
  });
});

describe('a missing translation', () => {
  it('stops the build with one line naming the section', async () => {
    const source = join(projectRoot, 'content/explainer-es');
    const dir = join(tempDir('explainer-es'), 'explainer-es');
    mkdirSync(dir);
    for (const name of readdirSync(source).filter((file) => file.endsWith('.mdx') && file !== '04-the-seizures.mdx')) {
      writeFileSync(join(dir, name), readFileSync(join(source, name), 'utf8').replaceAll("from '../../src/", `from '${projectRoot}/src/`));
    }
    const build = await buildSite({ env: { EXPLAINER_ES_DIR: dir } });
    try {
      expect(build.ok).toBe(false);
      expect(build.output).toContain("es: missing section 'the-seizures'");
    } finally {
      removeBuild(build.outDir);
    }
  });
});
