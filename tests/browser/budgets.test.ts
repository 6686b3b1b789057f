/**
 * Byte budgets on the production build (bytes are deterministic, so these are tests, not benchmarks), after
 * issue #15: the home page and each figure page ≤ 110 KB gzip (HTML with its inline SVG and CSS, plus CSS
 * and JS files), ≤ 4,200 elements and ≤ 20 KB of JavaScript; the Spanish pages the same, but 115 KB for
 * the Spanish home page (its words are longer and it mixes two languages, which compress less well); no
 * image or font over 100 KB.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { elements, listFiles, readPage } from '../support/html.ts';

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const KB = 1024;

describe('byte budgets', () => {
  const dist = inject('distDir');
  const local = (url: string) => join(dist, url.replace(/^\//, ''));

  // Pages and their gzip budgets in KB.
  const BUDGETS: [path: string, kb: number][] = [
    ['/', 110],
    ['/es/', 115],
    ...['chronology', 'seizures', 'strikes'].flatMap((name): [string, number][] => [
      [`/figures/${name}/`, 110],
      [`/es/figures/${name}/`, 110],
    ]),
  ];
  for (const [path, budget] of BUDGETS) {
    const home = readPage(dist, path);
    const scripts = elements(home.tree, (el) => el.tagName === 'script' && typeof el.properties.src === 'string').map((el) => String(el.properties.src));
    const styles = elements(home.tree, (el) => el.tagName === 'link' && String(el.properties.rel).includes('stylesheet')).map((el) => String(el.properties.href));

    it(`ships at most 20 KB of JavaScript (gzip) on ${path}, all figures and copy-link included`, () => {
      const total = scripts.reduce((sum, src) => sum + gzip(readFileSync(local(src))), 0);
      const inline = elements(home.tree, (el) => el.tagName === 'script' && el.properties.src === undefined).length;
      expect(scripts.length).toBeGreaterThan(0);
      expect(inline).toBe(0);
      expect(total).toBeLessThanOrEqual(20 * KB);
    });

    it(`keeps ${path} (HTML with inline SVG and CSS, plus CSS and JS files) within ${budget} KB gzip and 4,200 elements`, () => {
      const total = gzip(home.html) + [...scripts, ...styles].reduce((sum, url) => sum + gzip(readFileSync(local(url))), 0);
      expect(total).toBeLessThanOrEqual(budget * KB);
      // What the browser builds: every element of the document, not those inside a <template>'s content.
      expect(elements(home.tree, () => true).length).toBeLessThanOrEqual(4200);
    });
  }

  it('has no image or font over 100 KB', () => {
    const heavy = listFiles(dist)
      .filter((file) => /\.(png|jpe?g|gif|webp|avif|svg|woff2?|ttf|otf)$/i.test(file))
      .filter((file) => statSync(file).size > 100 * KB)
      .map((file) => `${relative(dist, file)}: ${(statSync(file).size / KB).toFixed(0)} KB`);
    expect(heavy).toEqual([]);
  });

  it('imports no whole d3 bundle into browser code', () => {
    const scripts = listFiles(join(dist, '_astro')).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(readFileSync(src, 'utf8'), src).not.toMatch(/d3-(geo|scale|shape|array|time)|geoPath|scaleLinear/);
  });
});
