/**
 * Figure pages, embeds, share pages and the framing rules, on a real build: each figure page has the SVG
 * figure, its full data, CSV/SVG/PNG downloads (the PNG at 2× the figure's width), a citation and an embed
 * snippet, and its own share card; each embed has no site chrome and posts its height; each section's share
 * page has its own card and redirects to the section; dist/_headers denies framing except for /embed/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { REAL_SITE_URL } from '../support/realSite.ts';
import { elements, readPages, textOf, type Page } from '../support/html.ts';
import { headersFor } from '../../src/lib/share.ts';

const SITE = REAL_SITE_URL;
const NAMES = ['chronology', 'seizures', 'strikes'];
const meta = (page: Page, key: string) =>
  String(elements(page.tree, (el) => el.tagName === 'meta' && (el.properties.property === key || el.properties.name === key))[0]?.properties.content ?? '');
const local = (dist: string, url: string) => join(dist, new URL(url).pathname);

describe('figure pages, embeds and share pages', () => {
  const build = { outDir: inject('realDist') };
  let pages: Map<string, Page>;
  const readPage = (_dist: string, path: string) => {
    const page = pages.get(path);
    if (!page) throw new Error(`no page ${path}`);
    return page;
  };
  beforeAll(() => {
    pages = new Map(readPages(build.outDir).map((page) => [page.path, page]));
  });

  it.each(NAMES)('/figures/%s/ has the figure, every record, downloads, a citation and an embed snippet', async (name) => {
    const page = readPage(build.outDir, `/figures/${name}/`);
    const figure = elements(page.tree, (el) => el.properties.id === `fig-${name}`)[0]!;
    expect(elements(figure, (el) => el.tagName === 'svg').length).toBeGreaterThan(0);
    expect(elements(page.tree, (el) => el.tagName === 'table' && String(el.properties.className).includes('figure-page-records'))).toHaveLength(1);
    const links = [...new Set(elements(page.tree, (el) => el.tagName === 'a' && el.properties.download !== undefined).map((el) => String(el.properties.href)))];
    expect(links).toEqual([`/data/${name}.csv`, `/figures/${name}/${name}.svg`, `/figures/${name}/${name}.png`]);
    for (const link of links) expect(existsSync(join(build.outDir, link))).toBe(true);
    const svg = readFileSync(join(build.outDir, links[1]!), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<style>');
    expect(svg).not.toContain('var(--');
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const png = await sharp(readFileSync(join(build.outDir, links[2]!))).metadata();
    expect(png.format).toBe('png');
    expect(png.width).toBeGreaterThanOrEqual(2 * width);
    expect(textOf(elements(page.tree, (el) => el.properties.dataCitation !== undefined)[0]!)).toContain(`${SITE}/figures/${name}/`);
    expect(page.html).toContain('@misc{');
    expect(textOf(elements(page.tree, (el) => el.properties.dataEmbedSnippet !== undefined)[0]!)).toContain(`<iframe src="${SITE}/embed/${name}/"`);
    // Its own card, the figure drawn at 1200×630.
    const image = meta(page, 'og:image');
    expect(image).toBe(`${SITE}/og/figures/${name}.png`);
    const card = await sharp(readFileSync(local(build.outDir, image))).metadata();
    expect([card.width, card.height]).toEqual([1200, 630]);
    // Within the home page's budgets.
    expect(gzipSync(page.html).length).toBeLessThanOrEqual(110 * 1024);
  });

  it.each(NAMES)('/embed/%s/ is the figure alone, with a source line, a link to its page and the height script', (name) => {
    const page = readPage(build.outDir, `/embed/${name}/`);
    expect(elements(page.tree, (el) => ['header', 'nav', 'footer'].includes(el.tagName) || el.properties.className?.toString().includes('site-header') === true)).toEqual([]);
    expect(elements(page.tree, (el) => el.properties.id === `fig-${name}`)).toHaveLength(1);
    expect(elements(page.tree, (el) => String(el.properties.className ?? '').includes('figure-data'))).toEqual([]);
    // The figure's title and the credit line both link to the figure page (absolute: the embed lives on another site).
    const toFigurePage = elements(page.tree, (el) => el.tagName === 'a' && el.properties.href === `${SITE}/figures/${name}/`);
    expect(toFigurePage).toHaveLength(2);
    const [title] = elements(page.tree, (el) => el.tagName === 'h3');
    expect(elements(title!, (el) => el === toFigurePage[0])).toHaveLength(1);
    const scripts = elements(page.tree, (el) => el.tagName === 'script').map((el) => (el.properties.src ? readFileSync(join(build.outDir, String(el.properties.src)), 'utf8') : textOf(el)));
    expect(scripts.join('\n')).toContain('explainer:height');
  });

  it('gives every section a share page with its own card, a canonical link to the section and a redirect', async () => {
    const home = readPage(build.outDir, '/');
    const sections = elements(home.tree, (el) => el.tagName === 'section' && String(el.properties.className).includes('story-section'));
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) {
      const id = String(section.properties.ariaLabelledBy);
      const page = readPage(build.outDir, `/s/${id}/`);
      const heading = elements(home.tree, (el) => el.properties.id === id)[0]!;
      expect(meta(page, 'og:title')).toBe(textOf(heading).trim());
      expect(meta(page, 'og:image')).toBe(`${SITE}/og/s/${id}.png`);
      const card = await sharp(readFileSync(local(build.outDir, meta(page, 'og:image')))).metadata();
      expect([card.width, card.height]).toEqual([1200, 630]);
      expect(elements(page.tree, (el) => el.tagName === 'link' && String(el.properties.rel) === 'canonical')[0]!.properties.href).toBe(`${SITE}/#${id}`);
      expect(page.html).toContain(`<meta http-equiv="refresh" content="0; url=../../#${id}">`);
      // The home page's copy-link hands out this page.
      expect(elements(heading, (el) => el.properties.dataSharePath === `s/${id}/`)).toHaveLength(1);
    }
  });

  it('writes _headers: no framing anywhere but /embed/', () => {
    const file = readFileSync(join(build.outDir, '_headers'), 'utf8');
    for (const path of ['/', '/figures/strikes/', '/s/what-happened/', '/sources/']) {
      expect(headersFor(file, path)).toMatchObject({ 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' });
    }
    expect(headersFor(file, '/embed/strikes/')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor(file, '/embed/strikes/')['X-Frame-Options']).toBeUndefined();
  });
});
