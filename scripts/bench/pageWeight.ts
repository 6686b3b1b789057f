/**
 * Bytes per page: for every HTML page, the HTML (and how much of it is inline <svg>, <style> and <script>),
 * the CSS, JavaScript (with the modules it imports), SVG and images it loads, raw and gzip (-6, each file on
 * its own, as a server sends it), and its Open Graph card; plus the site's totals by file type and the home
 * page's budget figures (JS gzip ≤ 20 KB, HTML+CSS+JS gzip ≤ 110 KB).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { listFiles, sitePath } from '../../tests/support/html.ts';
import { KB, bytesOf, gz, kb, table } from './util.ts';

export interface Size {
  raw: number;
  gzip: number;
}
const zero = (): Size => ({ raw: 0, gzip: 0 });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

export type AssetKind = 'css' | 'js' | 'svg' | 'img' | 'font' | 'other';

export interface PageBytes {
  path: string;
  html: Size;
  /** Bytes of the HTML that are inline <svg>, <style> and <script> elements (raw, and gzip of them alone). */
  inlineSvg: Size & { count: number };
  inlineStyle: Size;
  inlineScript: Size;
  css: Size;
  /** External JS: the page's module scripts and everything they import statically. */
  js: Size;
  /** External JS + inline scripts: the page's total JavaScript. */
  totalJs: Size;
  svg: Size;
  img: Size;
  font: Size;
  /** What a visit downloads (gzip where text): HTML + CSS + JS + SVG + images + fonts. */
  total: Size;
  /** HTML + CSS + JS, the budget figure. */
  htmlCssJs: Size;
  /** The Open Graph card (not loaded by a visit). */
  og: Size;
  assets: { file: string; kind: AssetKind; raw: number; gzip: number }[];
  lazyJs: string[];
  /** Elements in the DOM (not counting <template> contents), against the 4,200 budget. */
  domElements: number;
}

function kindOf(file: string): AssetKind {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'css') return 'css';
  if (ext === 'js' || ext === 'mjs') return 'js';
  if (ext === 'svg') return 'svg';
  if (['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif', 'ico'].includes(ext)) return 'img';
  if (['woff', 'woff2', 'ttf', 'otf'].includes(ext)) return 'font';
  return 'other';
}

/** Text files are served compressed; images and fonts are sent as they are. */
const compressible = (kind: AssetKind) => kind === 'css' || kind === 'js' || kind === 'svg' || kind === 'other';

function makeSizer() {
  const cache = new Map<string, Size>();
  return (file: string): Size => {
    let size = cache.get(file);
    if (!size) {
      const data = readFileSync(file);
      size = { raw: data.length, gzip: compressible(kindOf(file)) ? gz(data) : data.length };
      cache.set(file, size);
    }
    return size;
  };
}

function childElements(node: Nodes, visit: (el: Element) => boolean | void) {
  if ('children' in node)
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      // visit returns true to stop descending (top-level <svg> only, no looking inside <script>).
      if (visit(child) !== true) childElements(child, visit);
    }
}

const attr = (el: Element, name: string): string | undefined => {
  const value = el.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
};

/** Static and dynamic imports of a built JS module, as URLs relative to it. */
function jsImports(source: string): { static: string[]; dynamic: string[] } {
  const staticImports = [...source.matchAll(/\b(?:import|from)\s*["']([^"']+\.m?js)["']/g)].map((m) => m[1]!);
  const dynamicImports = [...source.matchAll(/\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/g)].map((m) => m[1]!);
  return { static: staticImports, dynamic: dynamicImports };
}

function cssUrls(source: string): string[] {
  return [...source.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!).filter((u) => !u.startsWith('data:'));
}

function pageBytes(outDir: string, file: string, origin: string, sizeOf: (file: string) => Size): PageBytes {
  const path = sitePath(outDir, file);
  const pageUrl = new URL(path, origin);
  const html = readFileSync(file, 'utf8');
  const tree: Root = fromHtml(html);

  /** Maps a URL on this site to a file in the output folder (null for other origins or missing files). */
  const toFile = (href: string, from: URL): string | null => {
    // Fragments and pages are not subresources.
    if (href === '' || href.startsWith('#')) return null;
    let url: URL;
    try {
      url = new URL(href, from);
    } catch {
      return null;
    }
    if (url.origin !== pageUrl.origin && url.origin !== new URL(origin).origin && url.hostname !== 'localhost') return null;
    let target = join(outDir, decodeURIComponent(url.pathname));
    if (url.pathname.endsWith('/')) target = join(target, 'index.html');
    if (target.endsWith('.html')) return null;
    return existsSync(target) && statSync(target).isFile() ? target : null;
  };
  const fileUrl = (target: string) => new URL('/' + relative(outDir, target).split(sep).join('/'), origin);

  const slice = (el: Element) => {
    const start = el.position?.start.offset;
    const end = el.position?.end.offset;
    return start !== undefined && end !== undefined ? html.slice(start, end) : '';
  };
  const svgParts: string[] = [];
  const styleParts: string[] = [];
  const scriptParts: string[] = [];
  const loaded = new Set<string>();
  const lazyJs = new Set<string>();
  let ogFile: string | null = null;

  const addJs = (target: string, seen = loaded) => {
    if (seen.has(target)) return;
    seen.add(target);
    const { static: imports, dynamic } = jsImports(readFileSync(target, 'utf8'));
    for (const href of imports) {
      const child = toFile(href, fileUrl(target));
      if (child) addJs(child, seen);
    }
    for (const href of dynamic) {
      const child = toFile(href, fileUrl(target));
      if (child) lazyJs.add(relative(outDir, child));
    }
  };
  const addCss = (target: string) => {
    if (loaded.has(target)) return;
    loaded.add(target);
    for (const href of cssUrls(readFileSync(target, 'utf8'))) {
      const child = toFile(href, fileUrl(target));
      if (child) loaded.add(child);
    }
  };

  childElements(tree, (el) => {
    switch (el.tagName) {
      case 'svg':
        svgParts.push(slice(el));
        return true;
      case 'style': {
        styleParts.push(slice(el));
        for (const href of cssUrls(slice(el))) {
          const target = toFile(href, pageUrl);
          if (target) loaded.add(target);
        }
        return true;
      }
      case 'script': {
        const src = attr(el, 'src');
        const type = attr(el, 'type');
        if (src) {
          const target = toFile(src, pageUrl);
          if (target) addJs(target);
        } else if (!type || /module|javascript/.test(type)) {
          scriptParts.push(slice(el));
        }
        return true;
      }
      case 'link': {
        const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
        const href = attr(el, 'href');
        const target = href ? toFile(href, pageUrl) : null;
        if (!target) return;
        if (rels.includes('stylesheet')) addCss(target);
        else if (rels.includes('modulepreload') || (rels.includes('preload') && attr(el, 'as') === 'script')) addJs(target);
        else if (rels.includes('icon') || rels.includes('preload')) loaded.add(target);
        return;
      }
      case 'img':
      case 'source':
      case 'image': {
        for (const name of ['src', 'href', 'xLinkHref']) {
          const href = attr(el, name);
          const target = href ? toFile(href, pageUrl) : null;
          if (target) loaded.add(target);
        }
        const srcset = attr(el, 'srcSet');
        if (srcset) {
          // Count the first candidate only: a browser downloads one.
          const first = srcset.split(',')[0]?.trim().split(/\s+/)[0];
          const target = first ? toFile(first, pageUrl) : null;
          if (target) loaded.add(target);
        }
        return;
      }
      case 'meta': {
        if (attr(el, 'property') === 'og:image') {
          const content = attr(el, 'content');
          ogFile = content ? toFile(content, pageUrl) : null;
        }
        return;
      }
      default:
        return;
    }
  });

  let domElements = 0;
  const countElements = (node: Nodes) => {
    if ('children' in node) for (const child of node.children) if (child.type === 'element') { domElements++; countElements(child); }
  };
  countElements(tree);
  const htmlSize: Size = { raw: bytesOf(html), gzip: gz(html) };
  const partSize = (parts: string[]): Size => ({ raw: parts.reduce((n, p) => n + bytesOf(p), 0), gzip: parts.length ? gz(parts.join('')) : 0 });
  const inlineScript = partSize(scriptParts);
  const sums: Record<AssetKind, Size> = { css: zero(), js: zero(), svg: zero(), img: zero(), font: zero(), other: zero() };
  const assets: PageBytes['assets'] = [];
  for (const target of [...loaded].sort()) {
    const kind = kindOf(target);
    const size = sizeOf(target);
    sums[kind] = add(sums[kind], size);
    assets.push({ file: relative(outDir, target).split(sep).join('/'), kind, ...size });
  }
  const htmlCssJs = add(add(htmlSize, sums.css), sums.js);
  const total = add(add(add(add(htmlCssJs, sums.svg), sums.img), sums.font), sums.other);
  return {
    path,
    html: htmlSize,
    inlineSvg: { ...partSize(svgParts), count: svgParts.length },
    inlineStyle: partSize(styleParts),
    inlineScript,
    css: sums.css,
    js: sums.js,
    totalJs: add(sums.js, inlineScript),
    svg: sums.svg,
    img: add(sums.img, sums.other),
    font: sums.font,
    total,
    htmlCssJs,
    og: ogFile ? sizeOf(ogFile) : zero(),
    assets,
    lazyJs: [...lazyJs].sort(),
    domElements,
  };
}

export interface ByteReport {
  pages: PageBytes[];
  /** Every file in the output by type: count, raw, gzip (gzip counted for text types only). */
  byType: Record<string, Size & { files: number }>;
  total: Size & { files: number };
  budgets: { homeJsGzip: number; homeJsGzipBudget: number; homeHtmlCssJsGzip: number; homeTotalGzipBudget: number; withinBudget: boolean };
}

export function byteReport(outDir: string, origin: string): ByteReport {
  const sizeOf = makeSizer();
  const files = listFiles(outDir).sort();
  const pages = files.filter((f) => f.endsWith('.html')).map((f) => pageBytes(outDir, f, origin, sizeOf));
  pages.sort((a, b) => (a.path === '/' ? -1 : b.path === '/' ? 1 : a.path.localeCompare(b.path)));
  const byType: ByteReport['byType'] = {};
  const total = { ...zero(), files: 0 };
  for (const file of files) {
    const ext = file.includes('.') ? file.slice(file.lastIndexOf('.') + 1).toLowerCase() : '(none)';
    const size = ext === 'html' ? (() => { const d = readFileSync(file); return { raw: d.length, gzip: gz(d) }; })() : sizeOf(file);
    const entry = (byType[ext] ??= { ...zero(), files: 0 });
    entry.raw += size.raw;
    entry.gzip += size.gzip;
    entry.files++;
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.files++;
  }
  const home = pages.find((p) => p.path === '/');
  const homeJsGzip = home?.totalJs.gzip ?? 0;
  const homeHtmlCssJsGzip = home?.htmlCssJs.gzip ?? 0;
  const budgets = {
    homeJsGzip,
    homeJsGzipBudget: 20 * KB,
    homeHtmlCssJsGzip,
    homeTotalGzipBudget: 110 * KB,
    withinBudget: homeJsGzip <= 20 * KB && homeHtmlCssJsGzip <= 110 * KB,
  };
  return { pages, byType, total, budgets };
}

export function printBytes(report: ByteReport) {
  console.log('\nBYTES per page, KiB raw / gzip (gzip -6, each file alone; images as is).');
  console.log('inline = part of the HTML that is inline <svg> / <style> / <script>. JS = external modules + their static imports + inline scripts.');
  const pair = (s: Size) => `${kb(s.raw)} / ${kb(s.gzip)}`;
  const rows = report.pages.map((p) => [
    p.path,
    pair(p.html),
    `${kb(p.inlineSvg.raw)} (${p.inlineSvg.count})`,
    kb(p.inlineStyle.raw),
    kb(p.inlineScript.raw),
    pair(p.css),
    pair(p.totalJs),
    pair(p.svg),
    kb(p.img.raw),
    kb(p.htmlCssJs.gzip),
    kb(p.total.gzip),
    kb(p.og.raw),
    String(p.domElements),
  ]);
  console.log(
    table(
      ['page', 'HTML', 'in-SVG (n)', 'in-style', 'in-script', 'CSS files', 'JS total', 'SVG files', 'images', 'H+C+J gz', 'visit gz', 'og PNG', 'DOM'],
      rows,
    ),
  );
  console.log('\nSITE FILES by type (KiB; gzip for text types):');
  const typeRows = Object.entries(report.byType)
    .sort((a, b) => b[1].raw - a[1].raw)
    .map(([ext, s]) => [ext, String(s.files), kb(s.raw), kb(s.gzip)]);
  typeRows.push(['total', String(report.total.files), kb(report.total.raw), kb(report.total.gzip)]);
  console.log(table(['type', 'files', 'raw', 'gzip'], typeRows));
  const b = report.budgets;
  const verdict = (value: number, budget: number) => (value <= budget ? 'within budget' : 'OVER BUDGET');
  // Issue #15's budgets (tests/browser/budgets.test.ts holds the same): 110 KiB, but 115 for the Spanish home page.
  for (const p of report.pages.filter((page) => /^\/(?:es\/)?(?:figures\/.*|embed\/.*)?$/.test(page.path))) {
    const budget = p.path === '/es/' ? 115 : 110;
    const within = p.htmlCssJs.gzip <= budget * KB && p.domElements <= 4200 && p.totalJs.gzip <= 20 * KB;
    console.log(`BUDGET ${p.path}: ${kb(p.htmlCssJs.gzip)} KiB gzip (≤ ${budget}), ${p.domElements} elements (≤ 4,200), JS ${kb(p.totalJs.gzip)} KiB (≤ 20): ${within ? 'within budget' : 'OVER BUDGET'}`);
  }
  console.log(
    `\nBUDGET home page: JS ${kb(b.homeJsGzip)} KiB gzip (≤ ${kb(b.homeJsGzipBudget)}: ${verdict(b.homeJsGzip, b.homeJsGzipBudget)}); ` +
      `HTML+CSS+JS ${kb(b.homeHtmlCssJsGzip)} KiB gzip (≤ ${kb(b.homeTotalGzipBudget)}: ${verdict(b.homeHtmlCssJsGzip, b.homeTotalGzipBudget)})`,
  );
}
