/**
 * The Spanish edition (issue #16): every English page (the home page, sources, articles, the briefing,
 * figure pages, embeds and share pages) has its /es/ counterpart with every id a reader can link on the
 * English page, `lang` and hreflang both ways, dates and numbers written by Intl es-CO, its own link-preview
 * card in Spanish. (A section missing from content/explainer-es stops the build: editorial.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { elements, idsOf, readPages, textOf, type Page } from '../support/html.ts';
import type { Element } from 'hast';
import { formatDate } from '../../src/i18n/format.ts';

/** Embeds carry no site chrome: no hreflang links or language switch (they have `lang`). */
const EMBED = /^\/embed\//;
/** English month names, which a Spanish page prints only inside an English quote or headline. */
const ENGLISH_DATE = /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;

/** The content of a page's <meta property|name="…">. */
const meta = (page: Page, key: string) =>
  String(elements(page.tree, (el) => el.tagName === 'meta' && (el.properties.property === key || el.properties.name === key))[0]?.properties.content ?? '');

/** A page's text outside elements marked as another language (quotes and headlines kept in English). */
function spanishText(page: Page): string {
  const main = elements(page.tree, (el) => el.tagName === 'main')[0]!;
  const strip = (node: Element): string =>
    node.properties.lang === 'en' ? '' : node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? strip(child) : '')).join('');
  return strip(main);
}

describe('the Spanish edition', () => {
  const build = { outDir: inject('realDist') };
  let pages: Map<string, Page>;
  beforeAll(() => {
    pages = new Map(readPages(build.outDir).map((page) => [page.path, page]));
  });

  // Every English page, as listed in the built site.
  const english = () => [...pages.keys()].filter((path) => !path.startsWith('/es/') && path.endsWith('/'));

  it('has an /es/ counterpart of every English page', () => {
    expect(english()).toEqual(
      expect.arrayContaining(['/', '/sources/', '/briefing/', '/figures/strikes/', '/embed/chronology/', '/s/what-happened/', '/sources/004_6f9271d87370fc5c/']),
    );
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
    for (const path of english().filter((path) => EMBED.test(path))) {
      expect(pages.get(path)!.html, path).toContain('<html lang="en"');
      expect(pages.get(`/es${path}`)!.html, path).toContain('<html lang="es"');
    }
    for (const path of english().filter((path) => !EMBED.test(path))) {
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

  it('prints the briefing in Spanish, with the suspension’s length and every date from the records', () => {
    const briefing = pages.get('/es/briefing/')!;
    expect(briefing.html).toContain('<html lang="es"');
    const text = textOf(briefing.tree);
    for (const words of ['Datos clave', 'Cronología', 'Cifras clave', 'En sus palabras', 'Fuentes', 'dos días después', '13 de noviembre de 2025', 'martes 11 de noviembre de 2025', '446 toneladas', '85\u00a0%', 'traducción propia']) {
      expect(text, words).toContain(words);
    }
    expect(spanishText(briefing)).not.toMatch(ENGLISH_DATE);
    // An English quote is kept in English, marked, and followed by our translation.
    const quotes = elements(briefing.tree, (el) => el.tagName === 'blockquote');
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    for (const quote of quotes) {
      expect(elements(quote, (el) => el.properties.lang === 'en').length).toBeGreaterThan(0);
      expect(textOf(quote)).toContain('(traducción propia: “');
    }
    expect(meta(briefing, 'description')).toContain('de dos días');
  });

  it('links the Spanish briefing from every Spanish page, never the English one', () => {
    for (const [path, page] of pages) {
      if (!path.startsWith('/es/') || path.startsWith('/es/embed/')) continue;
      // The language switch of /es/briefing/ is the one link to the English briefing.
      const links = elements(page.tree, (el) => el.tagName === 'a' && el.properties.href === '/briefing/' && el.properties.dataLanguageSwitch === undefined);
      expect(links.length, path).toBe(0);
      expect(elements(page.tree, (el) => el.tagName === 'a' && el.properties.href === '/es/briefing/').length, path).toBeGreaterThan(0);
    }
    // The home page's link to it no longer says the briefing is in English.
    const tools = elements(pages.get('/es/')!.tree, (el) => String(el.properties.className ?? '').includes('page-tools')).map(textOf).join(' ');
    expect(tools).toContain('Imprimir el resumen');
    expect(tools).not.toContain('inglés');
  });

  it('gives the Spanish figure pages, embeds and share pages Spanish words', () => {
    for (const name of ['chronology', 'seizures', 'strikes']) {
      const page = pages.get(`/es/figures/${name}/`)!;
      const text = textOf(page.tree);
      for (const words of ['Descargar', 'Cómo citar esta figura', 'Insertar esta figura', 'Cada registro y sus fuentes', 'Fuentes:']) expect(text, `${name}: ${words}`).toContain(words);
      const buttons = elements(page.tree, (el) => el.tagName === 'button' && el.properties.dataJsOnly !== undefined).map(textOf);
      expect(buttons, name).toEqual(['Copiar BibTeX', 'Copiar el código para insertar']);
      expect(textOf(elements(page.tree, (el) => el.properties.dataCitation !== undefined)[0]!)).toMatch(/^“Figura \d: .*consultado el /);
      const embed = pages.get(`/es/embed/${name}/`)!;
      expect(textOf(embed.tree), name).toContain('Cada registro tiene su fuente en la página de la figura');
      expect(embed.html).toContain(`href="http://localhost:4321/es/figures/${name}/"`);
    }
    const share = pages.get('/es/s/what-happened/')!;
    expect(share.html).toContain('<html lang="es"');
    expect(share.html).toContain('url=../../#what-happened');
    expect(textOf(share.tree)).toContain('Qué pasó');
  });

  it('gives every page its own link-preview card, at least 1200×630, the Spanish ones in Spanish', async () => {
    const images = new Map<string, string>();
    for (const [path, page] of pages) {
      if (EMBED.test(path) || path.startsWith('/es/embed/')) continue;
      const image = meta(page, 'og:image');
      expect(image, path).not.toBe('');
      expect(images.get(image), `${path} shares ${image}`).toBeUndefined();
      images.set(image, path);
      const file = join(build.outDir, decodeURIComponent(new URL(image).pathname));
      expect(existsSync(file), `${path}: ${file}`).toBe(true);
      const { width = 0, height = 0 } = await sharp(file).metadata();
      expect(width >= 1200 && height >= 630, `${path}: ${width}×${height}`).toBe(true);
      if (path.startsWith('/es/')) expect(image, path).toMatch(/\/og\/es(?:\/|\.png$)/);
    }
    expect(meta(pages.get('/es/figures/strikes/')!, 'og:image')).toBe('http://localhost:4321/og/es/figures/strikes.png');
    expect(meta(pages.get('/es/s/the-strikes/')!, 'og:image')).toBe('http://localhost:4321/og/es/s/the-strikes.png');
    expect(meta(pages.get('/es/s/the-strikes/')!, 'og:image:alt')).toMatch(/^Explicativo · sección: “/);
  });

  it('carries the copy-link announcements in the page’s words', () => {
    const body = (path: string) => elements(pages.get(path)!.tree, (el) => el.tagName === 'body')[0]!.properties;
    expect(body('/es/').dataAnnounceCopied).toBe('Enlace copiado: {url}');
    expect(body('/es/briefing/').dataAnnounceShared).toBe('Enlace compartido');
    expect(body('/').dataAnnounceCopied).toBe('Link copied: {url}');
  });

  it('marks the research records’ own English words as English on the Spanish pages, and only there', () => {
    // Event titles, summaries, dates as written and datings; what a seizure figure counts; where a strike was.
    const recordText = (page: Page) => [
      ...elements(page.tree, (el) => String(el.properties.className ?? '').includes('event-title')),
      ...elements(page.tree, (el) => el.tagName === 'td' && String(el.properties.className ?? '').includes('location')),
      ...elements(page.tree, (el) => el.tagName === 'details' && String(el.properties.className ?? '').includes('event-dating')).map((el) => elements(el, (p) => p.tagName === 'p')[0]!),
    ];
    const spanish = recordText(pages.get('/es/')!);
    expect(spanish.length).toBeGreaterThan(60);
    expect(spanish.filter((el) => el.properties.lang !== 'en').map(textOf)).toEqual([]);
    expect(recordText(pages.get('/')!).filter((el) => el.properties.lang !== undefined).map(textOf)).toEqual([]);
  });

  it('formats dates and numbers by Intl es-CO', () => {
    expect(formatDate('es', '2025-11-13')).toBe('13 de noviembre de 2025');
    const sources = textOf(pages.get('/es/sources/')!.tree);
    expect(sources).toContain('13 de noviembre de 2025');
    expect(sources).not.toMatch(ENGLISH_DATE);
    expect(textOf(pages.get('/es/')!.tree)).toMatch(/\d\.\d{3}|\d+,\d/);
  });
});

