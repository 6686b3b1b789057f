/**
 * The site built for a sub-path on a real origin (by the build project's set-up, tests/build/setup.ts): every
 * internal link resolves under the sub-path, and
 * every page's link preview has canonical, Open Graph and Twitter tags with absolute URLs under the site,
 * and an OG image in dist/ that is a small 1200×630 PNG.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PREVIEW_BASE, PREVIEW_SITE, type BuiltSite } from './setup.ts';
import { brokenLinks, elements, readPage, readPages, textOf, type Page } from '../support/html.ts';
import { siteNameIn } from '../../src/lib/ogImage.ts';

const SITE = PREVIEW_SITE;
const BASE = PREVIEW_BASE;
const ROOT = `${SITE}${BASE}`;

/** The content of the page's <meta property|name="…">, or undefined. */
function meta(page: Page, key: string): string | undefined {
  const [found] = elements(page.tree, (el) => el.tagName === 'meta' && (el.properties.property === key || el.properties.name === key));
  return found === undefined ? undefined : String(found.properties.content ?? '');
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link previews', () => {
  let build: BuiltSite;
  let pages: Page[];
  let embeds: Page[];
  beforeAll(() => {
    build = inject('previewSite');
    expect(build.ok, build.output).toBe(true);
    // An embed is not shared: it is the figure for another site's <iframe> (noindex, canonical: its figure page).
    const all = readPages(build.outDir);
    embeds = all.filter((page) => /^\/(?:es\/)?embed\//.test(page.path));
    pages = all.filter((page) => !embeds.includes(page));
  });

  it('hosting under a sub-path: every internal link resolves under it', () => {
    expect(brokenLinks(build.outDir, BASE)).toEqual([]);
    const home = readPage(build.outDir, '/');
    expect(home.html).toContain(`href="${BASE}sources/"`);
    expect(home.html).toContain(`<link rel="canonical" href="${ROOT}"`);
  });

  it('gives each embed its figure page as canonical and keeps it out of search', () => {
    expect(embeds.length).toBeGreaterThanOrEqual(3);
    for (const page of embeds) {
      const canonical = elements(page.tree, (el) => el.tagName === 'link' && String(el.properties.rel) === 'canonical')[0];
      expect(canonical?.properties.href, page.path).toBe(`${ROOT}${page.path.slice(1).replace('embed/', 'figures/')}`);
      expect(meta(page, 'robots'), page.path).toBe('noindex');
    }
  });

  it('covers the home page, the sources, every article and the briefing', () => {
    const paths = pages.map((page) => page.path);
    for (const path of ['/', '/sources/', '/briefing/']) expect(paths).toContain(path);
    expect(paths.filter((path) => /^\/sources\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(5);
  });

  it('gives every page a title, description, canonical URL and Open Graph and Twitter tags, all absolute under the site', () => {
    for (const page of pages) {
      const at = `on ${page.path}`;
      const canonical = elements(page.tree, (el) => el.tagName === 'link' && String(el.properties.rel) === 'canonical')[0];
      const pageUrl = `${ROOT}${page.path.slice(1)}`;
      // A section's share page is canonically the section itself, on its edition's home page.
      const share = /^\/((?:es\/)?)s\/([^/]+)\/$/.exec(page.path);
      expect(canonical?.properties.href, at).toBe(share ? `${ROOT}${share[1]}#${share[2]}` : pageUrl);
      expect(textOf(elements(page.tree, (el) => el.tagName === 'title')[0]!).trim(), at).not.toBe('');
      const description = meta(page, 'description');
      expect(description, at).toBeTruthy();

      expect(meta(page, 'og:type'), at).toBe(/^\/(?:es\/)?sources\/[^/]+\/$/.test(page.path) ? 'article' : 'website');
      const spanish = page.path.startsWith('/es/');
      expect(meta(page, 'og:site_name'), at).toBe(siteNameIn(spanish ? 'es' : 'en'));
      expect(meta(page, 'og:title'), at).toBeTruthy();
      expect(meta(page, 'og:description'), at).toBe(description);
      expect(meta(page, 'og:url'), at).toBe(pageUrl);
      expect(meta(page, 'og:image:width'), at).toBe('1200');
      expect(meta(page, 'og:image:height'), at).toBe('630');
      // A figure page's card is the figure: its alt text is the figure's title; a section's share card names the
      // section and its first sentence; every other card carries the key fact.
      if (/^\/(?:es\/)?figures\//.test(page.path)) expect(meta(page, 'og:image:alt'), at).toMatch(spanish ? /^Figura \d+: / : /^Figure \d+: /);
      else if (share) expect(meta(page, 'og:image:alt'), at).toMatch(spanish ? /^Explicativo · sección: “.+”\. .+/ : /^Explainer · section: “.+”\. .+/);
      else expect(meta(page, 'og:image:alt'), at).toContain(spanish ? 'Colombia suspendió el intercambio de inteligencia con Estados Unidos' : 'Colombia suspended intelligence sharing with the U.S.');

      expect(meta(page, 'twitter:card'), at).toBe('summary_large_image');
      expect(meta(page, 'twitter:title'), at).toBe(meta(page, 'og:title'));
      expect(meta(page, 'twitter:description'), at).toBe(description);
      expect(meta(page, 'twitter:image'), at).toBe(meta(page, 'og:image'));
      expect(meta(page, 'twitter:image:alt'), at).toBe(meta(page, 'og:image:alt'));

      for (const key of ['og:url', 'og:image', 'twitter:image']) {
        const url = new URL(meta(page, key)!);
        expect(url.protocol, `${key} ${at}`).toMatch(/^https?:$/);
        expect(url.href.startsWith(ROOT), `${key} ${at}: ${url.href}`).toBe(true);
      }
    }
  });

  it('gives every page its own OG image: a PNG of 1200×630 under 100 KB in dist/', () => {
    const images = new Set<string>();
    for (const page of pages) {
      const image = new URL(meta(page, 'og:image')!);
      const file = join(build.outDir, decodeURIComponent(image.pathname.slice(BASE.length)));
      expect(existsSync(file), `${page.path}: ${image.href} is not in dist/`).toBe(true);
      const bytes = readFileSync(file);
      expect(pngSize(bytes), `${page.path}: ${file}`).toEqual({ width: 1200, height: 630 });
      expect(bytes.length, `${page.path}: ${file} is ${bytes.length} bytes`).toBeLessThan(100_000);
      images.add(image.href);
    }
    expect(images.size, 'one image per page').toBe(pages.length);
  });

  it('names the article in its card alt text', () => {
    const article = pages.find((page) => page.path === '/sources/002_16352e67c55778bc/')!;
    expect(meta(article, 'og:title')).toBe('Colombia backtracks on intelligence sharing suspension with US');
    expect(meta(article, 'og:image')).toBe(`${ROOT}og/sources/002_16352e67c55778bc.png`);
    expect(meta(article, 'og:image:alt')).toContain('“Colombia backtracks on intelligence sharing suspension with US”');
  });
});
