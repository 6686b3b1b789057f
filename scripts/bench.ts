/**
 * The benchmark: `npm run bench` (vite-node). It reports; it never fails on time or size. It exits non-zero
 * only when a build fails, since then there is nothing to measure.
 *
 * 1. Builds the real site (twice when the scale phase runs; the faster is the baseline) and reports its wall
 *    time, CPU time (steadier than wall time when other work shares the machine), peak memory, and Astro's
 *    per-page timings summed by route (where page generation goes).
 * 2. Bytes: for every HTML page, the HTML (and how much of it is inline <svg>, <style> and <script>), the CSS,
 *    JavaScript (with the modules it imports), SVG and images it loads, raw and gzip (-6, each file on its
 *    own, as a server sends it), and its Open Graph card; plus the site's totals by file type. The home
 *    page's JS gzip (budget ≤ 20 KB) and HTML+CSS+JS gzip (budget ≤ 150 KB) are the budget numbers.
 * 3. Scale: builds synthetic sites with the real seeds plus 10, 100 and 1,000 generated articles (in a
 *    temporary folder, never in seeds/) and reports the time per article, (N-article build − real build) / N
 *    in wall and CPU time (target ≤ 30 ms on a 2-core machine), total / N, and peak memory. Build output goes
 *    to bench-results/tmp/ (removed afterwards; see buildDir() for why not os.tmpdir()).
 * 4. Lighthouse 12 (Debian Chromium) on /, one article page and /briefing/, mobile and desktop: the four
 *    category scores and every audit that costs points.
 *
 * Peak memory is the build process's maximum resident set size (ru_maxrss, as `/usr/bin/time -v` reports it),
 * recorded by a tiny `--require` preload passed through NODE_OPTIONS, so the shared buildSite() helper runs
 * the build unchanged. esbuild's own helper process is not included.
 *
 * Lighthouse runs against the test server behind a gzip proxy (as a real host compresses; --no-gzip to not).
 *
 * Flags: --no-lighthouse, --no-desktop, --no-scale, --sizes 10,100, --no-bytes, --no-gzip, --out <file>, --keep,
 * --help. A quick run: `npm run bench -- --no-lighthouse --sizes 10`.
 * Writes bench-results/bench.json (gitignored).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { buildSite, copyOfSeeds, projectRoot, tempDir, type BuildResult } from '../tests/helpers/build.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../tests/helpers/server.ts';
import { parseSeed } from '../src/lib/articles/parse.ts';

// ---------------------------------------------------------------------------------------------------------
// Options

interface Options {
  lighthouse: boolean;
  desktop: boolean;
  scale: boolean;
  bytes: boolean;
  gzip: boolean;
  sizes: number[];
  out: string;
  keep: boolean;
}

const HELP = `npm run bench [-- flags]
  --no-lighthouse   skip the Lighthouse runs
  --no-desktop      Lighthouse with the mobile config only
  --no-scale        skip the synthetic 10/100/1,000-article builds
  --sizes 10,100    synthetic site sizes (default 10,100,1000)
  --no-bytes        skip the byte report
  --no-gzip         Lighthouse against the plain test server (no compression)
  --out <file>      where to write the JSON (default bench-results/bench.json)
  --keep            keep the temporary build folders`;

function parseOptions(argv: string[]): Options {
  const options: Options = {
    lighthouse: true,
    desktop: true,
    scale: true,
    bytes: true,
    gzip: true,
    sizes: [10, 100, 1000],
    out: join(projectRoot, 'bench-results/bench.json'),
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s) as [string, string | undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--no-lighthouse':
        options.lighthouse = false;
        break;
      case '--no-desktop':
        options.desktop = false;
        break;
      case '--no-scale':
        options.scale = false;
        break;
      case '--no-bytes':
        options.bytes = false;
        break;
      case '--no-gzip':
        options.gzip = false;
        break;
      case '--sizes': {
        const sizes = value()
          .split(',')
          .filter((s) => s.trim() !== '')
          .map((s) => Number(s.replace(/_/g, '')));
        if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes positive integers, e.g. 10,100');
        options.sizes = sizes;
        if (sizes.length === 0) options.scale = false;
        break;
      }
      case '--out':
        options.out = resolve(value());
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--help':
      case '-h':
        console.log(HELP);
        return process.exit(0);
      default:
        throw new Error(`unknown flag ${flag}\n${HELP}`);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

const KB = 1024;
const kb = (bytes: number) => (bytes / KB).toFixed(1);
const seconds = (ms: number) => (ms / 1000).toFixed(1) + ' s';
const gz = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;
const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Pads cells into an aligned text table; numbers (and "—") are right-aligned. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (cell: string) => /^[-+]?[\d.,]+( ?[a-zA-Z%]+)?$|^—$|^[\d.]+ \/ [\d.]+$/.test(cell);
  const line = (cells: string[]) =>
    cells.map((cell, i) => (numeric(cell) && i > 0 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function gitState(): { commit: string; dirtyFiles: number } | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: projectRoot, encoding: 'utf8' });
    return { commit, dirtyFiles: status.split('\n').filter(Boolean).length };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Builds, timed, with peak memory

interface BuildRun {
  label: string;
  ok: boolean;
  milliseconds: number;
  /** Maximum resident set size of the build process, MiB (null if it could not be read). */
  peakRssMB: number | null;
  /** CPU time (user + system) of the build process, ms: steadier than wall time on a busy machine. */
  cpuMs: number | null;
  /** The 1-minute load average when the build started (other work on the machine slows the build). */
  loadAtStart: number;
  /** HTML pages in the output. */
  pages: number;
  /** Astro's own "N page(s) built in X" figure, ms. */
  astroPagesMs: number | null;
  /** Time per route file, summed from Astro's per-page log lines ("└─ /x/index.html (+12ms)"). */
  routes: RouteTime[];
  outDir: string;
  error?: string;
}

interface RouteTime {
  route: string;
  pages: number;
  ms: number;
}

/** Sums Astro's per-page timings by route file: where the page-generation time goes. */
function routeTimes(output: string): RouteTime[] {
  const routes = new Map<string, RouteTime>();
  let current: RouteTime | undefined;
  for (const line of output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const header = /^\S*\s*[▶λ]\s+(\S+)/u.exec(line);
    if (header) {
      const route = header[1]!;
      current = routes.get(route) ?? { route, pages: 0, ms: 0 };
      routes.set(route, current);
      continue;
    }
    const page = /[├└]─\s+\S+.*\(\+([\d.]+)(ms|s)\)/u.exec(line);
    if (page && current) {
      current.pages++;
      current.ms += Number(page[1]) * (page[2] === 's' ? 1000 : 1);
    }
  }
  return [...routes.values()].map((r) => ({ ...r, ms: Math.round(r.ms) })).sort((a, b) => b.ms - a.ms);
}

const PRELOAD = `process.on('exit', () => {
  try {
    const usage = process.resourceUsage();
    const line = [process.pid, usage.maxRSS, usage.userCPUTime, usage.systemCPUTime].join(' ');
    require('node:fs').appendFileSync(process.env.BENCH_RSS_FILE, line + '\\n');
  } catch {}
});
`;

/** Runs buildSite() with a preload that records the process's peak RSS on exit. */
async function timedBuild(label: string, options: Parameters<typeof buildSite>[0] = {}): Promise<BuildRun> {
  const work = tempDir('bench-rss');
  const preload = join(work, 'peak-rss.cjs');
  const rssFile = join(work, 'rss.txt');
  writeFileSync(preload, PRELOAD);
  const nodeOptions = [process.env.NODE_OPTIONS, `--require ${preload}`].filter(Boolean).join(' ');
  const loadAtStart = Math.round(loadavg()[0]! * 100) / 100;
  const result: BuildResult = await buildSite({
    ...options,
    env: { ...options.env, NODE_OPTIONS: nodeOptions, BENCH_RSS_FILE: rssFile },
  });
  let peakRssMB: number | null = null;
  let cpuMs: number | null = null;
  if (existsSync(rssFile)) {
    const records = readFileSync(rssFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ').map(Number));
    if (records.length > 0) {
      peakRssMB = Math.round(Math.max(...records.map((r) => r[1] ?? 0)) / 1024);
      cpuMs = Math.round(records.reduce((sum, r) => sum + (r[2] ?? 0) + (r[3] ?? 0), 0) / 1000);
    }
  }
  rmSync(work, { recursive: true, force: true });
  const astro = /(\d+) page\(s\) built in ([\d.]+)(ms|s)\b/.exec(result.output);
  const pages = existsSync(result.outDir) ? walk(result.outDir).filter((f) => f.endsWith('.html')).length : 0;
  const run: BuildRun = {
    label,
    ok: result.ok,
    milliseconds: Math.round(result.milliseconds),
    peakRssMB,
    cpuMs,
    loadAtStart,
    pages,
    astroPagesMs: astro ? Math.round(Number(astro[2]) * (astro[3] === 's' ? 1000 : 1)) : null,
    routes: routeTimes(result.output),
    outDir: result.outDir,
  };
  if (!result.ok) {
    const lines = result.output.trim().split('\n');
    run.error = lines.filter((l) => /error|failed|Error/.test(l)).slice(-5).join('\n') || lines.slice(-10).join('\n');
    log(`build "${label}" FAILED after ${seconds(result.milliseconds)}:\n${run.error}`);
  } else {
    log(`build "${label}": ${seconds(run.milliseconds)} (CPU ${cpuMs === null ? '?' : seconds(cpuMs)}), ${pages} pages, peak RSS ${peakRssMB ?? '?'} MiB, load ${loadAtStart}`);
  }
  return run;
}

/**
 * A build folder inside the project (bench-results/tmp/, gitignored). Astro writes a static build's prerender
 * bundle next to the output only when the output folder is inside the working directory; for a folder
 * elsewhere (os.tmpdir()) it uses <project>/.astro/ instead, which concurrent builds share, and copies that
 * folder's contents into the output. Inside the project, the benchmark builds exactly as `npm run build` does.
 */
function buildDir(prefix: string): string {
  const parent = join(projectRoot, 'bench-results', 'tmp');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${prefix}-`));
}

function removeBuild(outDir: string) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------------
// Byte report

interface Size {
  raw: number;
  gzip: number;
}
const zero = (): Size => ({ raw: 0, gzip: 0 });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

type AssetKind = 'css' | 'js' | 'svg' | 'img' | 'font' | 'other';

interface PageBytes {
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
  const rel = relative(outDir, file).split(sep).join('/');
  const path = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '/');
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
  };
}

interface ByteReport {
  pages: PageBytes[];
  /** Every file in the output by type: count, raw, gzip (gzip counted for text types only). */
  byType: Record<string, Size & { files: number }>;
  total: Size & { files: number };
  budgets: { homeJsGzip: number; homeJsGzipBudget: number; homeHtmlCssJsGzip: number; homeTotalGzipBudget: number; withinBudget: boolean };
}

function byteReport(outDir: string, origin: string): ByteReport {
  const sizeOf = makeSizer();
  const files = walk(outDir).sort();
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
    homeTotalGzipBudget: 150 * KB,
    withinBudget: homeJsGzip <= 20 * KB && homeHtmlCssJsGzip <= 150 * KB,
  };
  return { pages, byType, total, budgets };
}

function printBytes(report: ByteReport) {
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
  ]);
  console.log(
    table(
      ['page', 'HTML', 'in-SVG (n)', 'in-style', 'in-script', 'CSS files', 'JS total', 'SVG files', 'images', 'H+C+J gz', 'visit gz', 'og PNG'],
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
  console.log(
    `\nBUDGET home page: JS ${kb(b.homeJsGzip)} KiB gzip (≤ ${kb(b.homeJsGzipBudget)}: ${verdict(b.homeJsGzip, b.homeJsGzipBudget)}); ` +
      `HTML+CSS+JS ${kb(b.homeHtmlCssJsGzip)} KiB gzip (≤ ${kb(b.homeTotalGzipBudget)}: ${verdict(b.homeHtmlCssJsGzip, b.homeTotalGzipBudget)})`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Synthetic articles

/** A small deterministic generator, so every run builds the same synthetic sites. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = {
  actors: [
    'the Colombian navy', 'President Gustavo Petro', 'the U.S. Southern Command', 'officials in Bogotá', 'the Defence Ministry',
    'prosecutors in Cartagena', 'the coast guard', 'analysts at the International Crisis Group', 'a senior police commander',
    'the Dutch government', 'British officials', 'the Venezuelan foreign ministry', 'the State Department', 'Senator Paloma Valencia',
    'a retired admiral', 'regional governors', 'customs inspectors in Buenaventura', 'the attorney general’s office',
  ],
  verbs: [
    'said', 'warned', 'confirmed', 'denied', 'acknowledged', 'argued', 'insisted', 'reported', 'announced', 'suggested', 'told reporters',
  ],
  objects: [
    'the seizure of 14 tonnes of cocaine', 'the suspension of intelligence sharing', 'a new wave of strikes on boats in the Caribbean',
    'the decertification of Colombia’s anti-drug efforts', 'a record harvest of coca leaf', 'the extradition of a cartel financier',
    'joint patrols off the Pacific coast', 'the use of radar data from Key West', 'cooperation with European police forces',
    'the interception of semi-submersibles', 'a shortfall in funding for helicopters', 'the arrest of a logistics chief of the Gulf Clan',
  ],
  clauses: [
    'although the figures could not be independently verified', 'according to a statement released on Tuesday night',
    'in an interview with local radio', 'as tensions between Bogotá and Washington deepened', 'after weeks of public disputes',
    'citing internal reports seen by the newspaper', 'while the investigation continues', 'without giving further details',
    'in remarks broadcast from the presidential palace', 'despite pressure from Congress', 'two days after the announcement',
  ],
  places: ['Cartagena', 'Tumaco', 'Buenaventura', 'Santa Marta', 'the Gulf of Urabá', 'the Eastern Pacific', 'La Guajira', 'Barranquilla', 'Nariño'],
  names: ['Ana Gómez', 'Luis Pérez', 'Camila Rojas', 'Daniel Ortiz', 'Sofía Herrera', 'Mateo Castro', 'Laura Vargas', 'Julián Mora', 'Elena Ruiz', 'Tomás Díaz'],
  outlets: ['Example Daily', 'The Andean Ledger', 'Caribbean Wire Service', 'Pacific Coast Times', 'Regional Observer'],
  orgs: ['EFE', 'AFP', 'CNN', 'AP'],
  headlines: [
    'Colombia weighs {obj} as {actor} pushes back',
    '{actor} defends {obj} amid criticism from Washington',
    'What {obj} means for the fight against cocaine',
    'Questions grow over {obj} in {place}',
    '{actor} and the cost of {obj}',
    'Inside {obj}: a view from {place}',
  ],
  subheadings: ['What comes next', 'A strained partnership', 'The numbers behind the dispute', 'Reaction in Washington', 'On the coast', 'Who benefits'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function syntheticArticle(index: number): string {
  const random = mulberry32(index * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const sentence = (): string => {
    switch (int(0, 5)) {
      case 0:
        return `${cap(pick(W.actors))} ${pick(W.verbs)} that ${pick(W.objects)} would continue, ${pick(W.clauses)}.`;
      case 1:
        return `“We cannot accept ${pick(W.objects)},” ${pick(W.actors)} ${pick(W.verbs)}, ${pick(W.clauses)}.`;
      case 2:
        return `In ${pick(W.places)}, ${int(2, 48)} people were detained and ${int(1, 9)}.${int(0, 9)} tonnes were seized in ${pick(W.months)} ${int(2023, 2025)}.`;
      case 3:
        return `${cap(pick(W.objects))} has become a test for ${pick(W.actors)}, ${pick(W.clauses)}.`;
      case 4:
        return `Since ${pick(W.months)}, ${pick(W.actors)} tracked ${pick(W.objects)}; ${pick(W.actors)} ${pick(W.verbs)} the numbers were rising.`;
      default:
        return `Critics question whether ${pick(W.objects)} will survive ${pick(W.objects)}.`;
    }
  };
  const paragraph = () => Array.from({ length: int(2, 6) }, sentence).join(' ');
  const headline = cap(
    pick(W.headlines)
      .replace('{obj}', pick(W.objects))
      .replace('{actor}', pick(W.actors))
      .replace('{place}', pick(W.places)),
  ).slice(0, 180);
  const outlet = pick(W.outlets);
  const authors = int(1, 2) === 1 ? pick(W.names) : `${pick(W.names)} and ${pick(W.names)}`;
  const lines: string[] = ['Skip to content', 'Menu', 'Search', headline];
  if (random() < 0.6) lines.push(`${paragraph().split('. ')[0]!.replace(/\.$/, '')}.`);
  if (random() < 0.4) lines.push(`A coast guard vessel patrols off ${pick(W.places)}. (Photo: ${pick(W.names)}/${outlet})`);
  lines.push(random() < 0.3 ? `By ${authors}, ${pick(W.orgs)}` : `By ${authors}`);
  const day = `${pick(W.months)} ${int(1, 28)}, 2025`;
  lines.push(`${pick(['BOGOTÁ, COLOMBIA', 'CARTAGENA, Colombia', 'WASHINGTON'])} – ${random() < 0.5 ? `${day} – ` : ''}${paragraph()}`);
  const paragraphs = int(6, 12);
  const listAt = int(2, paragraphs - 2);
  const subheadingAt = int(3, paragraphs - 1);
  for (let p = 1; p < paragraphs; p++) {
    if (p === subheadingAt) lines.push(pick(W.subheadings));
    if (p === Math.floor(paragraphs / 2)) lines.push('Advertisement');
    lines.push(paragraph());
    if (p === listAt) {
      const items = int(3, 5);
      lines.push(`${cap(pick(W.actors))} listed ${items} priorities for the coming months, in this order:`);
      for (let i = items; i > 0; i--) lines.push(`- ${cap(pick(W.objects))} in ${pick(W.places)}`);
    }
    if (p === listAt + 1) lines.push(`Read more: ${cap(pick(W.objects))}`);
  }
  lines.push(
    `Sign up for our newsletter to get the latest news from ${outlet}`,
    'Already a subscriber? Log in',
    'Leave a Reply',
    `© 2025 ${outlet}. All rights reserved.`,
    'Related stories',
    'Share',
  );
  return lines.join('\n\n') + '\n';
}

/** Checks that the seed cleaner reads a generated article as intended (headline, byline, chrome gone). */
function checkGenerator(): string[] {
  const problems: string[] = [];
  for (const index of [1, 2, 3]) {
    const text = syntheticArticle(index);
    const article = parseSeed(Buffer.from(text), `bench-${index}.txt`);
    const body = article.units.map((u) => u.text).join('\n');
    if (!article.byline) problems.push(`article ${index}: no byline found`);
    if (article.units.length < 6) problems.push(`article ${index}: only ${article.units.length} text units`);
    if (/newsletter|Leave a Reply|All rights reserved|Skip to content|Advertisement/i.test(body)) problems.push(`article ${index}: chrome left in the text`);
    if (!article.blocks.some((b) => b.kind === 'list')) problems.push(`article ${index}: no list`);
  }
  return problems;
}

function syntheticSeeds(count: number): { dir: string; bytes: number } {
  const dir = copyOfSeeds();
  let bytes = 0;
  const width = String(count).length;
  for (let i = 1; i <= count; i++) {
    const text = syntheticArticle(i);
    bytes += bytesOf(text);
    writeFileSync(join(dir, `bench_${String(i).padStart(width, '0')}.txt`), text);
  }
  return { dir, bytes };
}

// ---------------------------------------------------------------------------------------------------------
// Lighthouse

/**
 * serveStatic() behind a proxy that gzips text responses, as any real host does: without it Lighthouse's
 * simulated slow-4G network downloads the uncompressed HTML, and the performance score measures the test
 * server rather than the site.
 */
async function serveGzipped(root: string): Promise<StaticServer> {
  const inner = await serveStatic(root, '/');
  const server = createServer(async (request, response) => {
    try {
      const upstream = await fetch(inner.origin + (request.url ?? '/'), { method: request.method });
      const body = Buffer.from(await upstream.arrayBuffer());
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
      const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const text = /^text\/|javascript|json|svg|xml/.test(type);
      const headers: Record<string, string> = { 'content-type': type, vary: 'accept-encoding' };
      if (accepts && text && body.length > 0) {
        response.writeHead(upstream.status, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(body, { level: 6 }));
      } else {
        response.writeHead(upstream.status, headers).end(body);
      }
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await inner.close();
    },
  };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface LighthouseRun {
  page: string;
  url: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<(typeof CATEGORIES)[number], number | null> | null;
  metrics: Record<string, string>;
  failing: { category: string; id: string; title: string; score: number; weight: number; displayValue?: string }[];
  warnings: string[];
  /** Lighthouse's CPU benchmark of the machine during the run (lower = slower or busier machine). */
  benchmarkIndex: number | null;
  error?: string;
}

async function runLighthouse(origin: string, pages: { label: string; path: string }[], desktop: boolean): Promise<LighthouseRun[]> {
  const chromePath = ensureChromium();
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const runs: LighthouseRun[] = [];
  const formFactors: ('mobile' | 'desktop')[] = desktop ? ['mobile', 'desktop'] : ['mobile'];
  for (const formFactor of formFactors) {
    for (const page of pages) {
      const url = new URL(page.path, origin).href;
      const run: LighthouseRun = { page: page.label, url, formFactor, scores: null, metrics: {}, failing: [], warnings: [], benchmarkIndex: null };
      // A fresh browser per run, so no run inherits another's cache or state.
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
        logLevel: 'silent',
      });
      try {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error('Lighthouse returned no result');
        const lhr = result.lhr;
        run.warnings = lhr.runWarnings;
        run.benchmarkIndex = Math.round(lhr.environment.benchmarkIndex);
        if (lhr.runtimeError) run.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
        run.scores = Object.fromEntries(
          CATEGORIES.map((id) => {
            const score = lhr.categories[id]?.score;
            return [id, score === null || score === undefined ? null : Math.round(score * 100)];
          }),
        ) as LighthouseRun['scores'];
        for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
          const audit = lhr.audits[id];
          if (audit?.displayValue) run.metrics[id] = audit.displayValue;
        }
        for (const category of CATEGORIES) {
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (!audit || audit.score === null || audit.score >= 1) continue;
            if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
            run.failing.push({
              category,
              id: ref.id,
              title: audit.title,
              score: audit.score,
              weight: ref.weight,
              ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
            });
          }
        }
        // Heaviest first: what the audit costs its category (weight × missing score); zero-weight diagnostics last.
        run.failing.sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score) || a.score - b.score);
      } catch (error) {
        run.error = error instanceof Error ? error.message : String(error);
      } finally {
        chrome.kill();
      }
      const s = run.scores;
      log(`lighthouse ${formFactor} ${page.path}: ${s ? CATEGORIES.map((c) => `${c} ${s[c] ?? '—'}`).join(', ') : `error: ${run.error}`}`);
      runs.push(run);
    }
  }
  return runs;
}

function printLighthouse(runs: LighthouseRun[]) {
  console.log(
    '\nLIGHTHOUSE 12 (Debian Chromium, headless=new; default mobile config, simulated throttling; desktop config; served gzipped):',
  );
  console.log(
    table(
      ['page', 'form', 'perf', 'a11y', 'best-pr', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', 'CPU index', 'failing'],
      runs.map((r) => [
        `${r.page} ${new URL(r.url).pathname}`,
        r.formFactor,
        ...CATEGORIES.map((c) => String(r.scores?.[c] ?? '—')),
        r.metrics['first-contentful-paint'] ?? '—',
        r.metrics['largest-contentful-paint'] ?? '—',
        r.metrics['total-blocking-time'] ?? '—',
        r.metrics['cumulative-layout-shift'] ?? '—',
        r.benchmarkIndex !== null ? String(r.benchmarkIndex) : '—',
        r.error ? `error: ${r.error}` : String(r.failing.length),
      ]),
    ),
  );
  const withFailures = runs.filter((r) => r.failing.length > 0 || r.warnings.length > 0);
  if (withFailures.length === 0) return;
  console.log('\nLIGHTHOUSE audits with score < 1. Weighted ones cost points (heaviest first, [category weight]); weight-0 ones are diagnostics.');
  for (const run of withFailures) {
    console.log(`  ${run.formFactor} ${new URL(run.url).pathname}`);
    for (const f of run.failing.filter((f) => f.weight > 0)) {
      console.log(`    [${f.category} w${f.weight}] ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''} (score ${f.score.toFixed(2)}; ${f.id})`);
    }
    const diagnostics = run.failing.filter((f) => f.weight === 0);
    if (diagnostics.length) {
      console.log(`    diagnostics: ${diagnostics.map((f) => `${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}`).join('; ')}`);
    }
    for (const warning of run.warnings) console.log(`    warning: ${warning}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Main

interface ScaleRun extends BuildRun {
  articles: number;
  seedBytes: number;
  sourcePages: number;
  /** (build time − real-site build time) / articles. */
  perArticleMs: number | null;
  /** (build CPU time − real-site build CPU time) / articles. */
  cpuPerArticleMs: number | null;
  /** build time / articles. */
  totalPerArticleMs: number;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const cpuList = cpus();
  const machine = {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
  log(`${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`);
  const failures: string[] = [];
  const cleanup: string[] = [];

  // The server starts first, on the output folder the real build is about to fill, so that the site is built
  // for its own origin: canonical and og:image URLs then point where Lighthouse loads them from.
  const realOut = buildDir('real');
  rmSync(realOut, { recursive: true, force: true });
  const server: StaticServer = options.gzip ? await serveGzipped(realOut) : await serveStatic(realOut, '/');
  cleanup.push(realOut);

  const results: {
    startedAt: string;
    finishedAt?: string;
    durationSeconds?: number;
    machine: typeof machine;
    git: ReturnType<typeof gitState>;
    options: Options;
    realBuilds: BuildRun[];
    realBuildMs: number | null;
    realBuildCpuMs: number | null;
    bytes: ByteReport | null;
    scale: ScaleRun[];
    generatorProblems: string[];
    lighthouse: LighthouseRun[];
    failures: string[];
  } = {
    startedAt,
    machine,
    git: gitState(),
    options,
    realBuilds: [],
    realBuildMs: null,
    realBuildCpuMs: null,
    bytes: null,
    scale: [],
    generatorProblems: [],
    lighthouse: [],
    failures,
  };

  const write = () => {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
  };

  try {
    // 1. The real site: built twice when its time is the baseline of the scale phase.
    const realRuns = options.scale ? 2 : 1;
    for (let i = 1; i <= realRuns; i++) {
      const outDir = i === realRuns ? realOut : buildDir('real-warmup');
      const run = await timedBuild(`real site #${i}`, { outDir, siteUrl: server.origin });
      results.realBuilds.push(run);
      if (!run.ok) failures.push(`real site build #${i}: ${run.error}`);
      if (outDir !== realOut && !options.keep) removeBuild(outDir);
    }
    const okReal = results.realBuilds.filter((r) => r.ok);
    results.realBuildMs = okReal.length ? Math.min(...okReal.map((r) => r.milliseconds)) : null;
    const realCpu = okReal.flatMap((r) => (r.cpuMs === null ? [] : [r.cpuMs]));
    results.realBuildCpuMs = realCpu.length ? Math.min(...realCpu) : null;
    const realOk = results.realBuilds.at(-1)?.ok === true;

    // 2. Bytes.
    if (options.bytes && realOk) {
      results.bytes = byteReport(realOut, server.origin);
      write();
    }

    // 3. Scale.
    if (options.scale) {
      results.generatorProblems = checkGenerator();
      for (const problem of results.generatorProblems) log(`generator: ${problem}`);
      for (const count of options.sizes) {
        const seeds = syntheticSeeds(count);
        const outDir = buildDir(`synthetic-${count}`);
        const run = await timedBuild(`${count} generated articles`, { outDir, seedsDir: seeds.dir });
        const sourcePages = existsSync(join(outDir, 'sources'))
          ? readdirSync(join(outDir, 'sources')).filter((name) => existsSync(join(outDir, 'sources', name, 'index.html'))).length
          : 0;
        const scaleRun: ScaleRun = {
          ...run,
          articles: count,
          seedBytes: seeds.bytes,
          sourcePages,
          perArticleMs: run.ok && results.realBuildMs !== null ? (run.milliseconds - results.realBuildMs) / count : null,
          cpuPerArticleMs:
            run.ok && run.cpuMs !== null && results.realBuildCpuMs !== null ? (run.cpuMs - results.realBuildCpuMs) / count : null,
          totalPerArticleMs: run.milliseconds / count,
        };
        results.scale.push(scaleRun);
        if (!run.ok) failures.push(`${count}-article build: ${run.error}`);
        if (options.keep) log(`kept ${outDir} and ${seeds.dir}`);
        else {
          removeBuild(outDir);
          rmSync(seeds.dir, { recursive: true, force: true });
        }
        write();
      }
    }

    // 4. Lighthouse.
    if (options.lighthouse && realOk) {
      // The article page: the longest source article (the most text to lay out).
      const articles = existsSync(join(realOut, 'sources'))
        ? readdirSync(join(realOut, 'sources'))
            .map((name) => join(realOut, 'sources', name, 'index.html'))
            .filter((file) => existsSync(file))
            .sort((a, b) => statSync(b).size - statSync(a).size)
        : [];
      const pages = [{ label: 'home', path: '/' }];
      if (articles[0]) pages.push({ label: 'article', path: '/' + relative(realOut, dirname(articles[0])).split(sep).join('/') + '/' });
      pages.push({ label: 'briefing', path: '/briefing/' });
      try {
        results.lighthouse = await runLighthouse(server.origin, pages, options.desktop);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`lighthouse could not run: ${message}`);
        failures.push(`lighthouse: ${message}`);
      }
    }
  } finally {
    await server.close();
    results.finishedAt = new Date().toISOString();
    results.durationSeconds = Math.round((performance.now() - started) / 100) / 10;
    write();
    if (!options.keep) {
      for (const dir of cleanup) removeBuild(dir);
      const parent = join(projectRoot, 'bench-results', 'tmp');
      if (existsSync(parent) && readdirSync(parent).length === 0) rmSync(parent, { recursive: true });
    }
  }

  // The report.
  console.log('\n' + '═'.repeat(100));
  console.log(
    `BENCHMARK ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC · ${machine.cpus} × ${machine.cpuModel} · Node ${machine.node} · ` +
      `git ${results.git ? `${results.git.commit}${results.git.dirtyFiles ? ` (+${results.git.dirtyFiles} uncommitted files)` : ''}` : '?'} · load at start ${machine.loadAverageAtStart.join(' ')}`,
  );
  console.log('\nBUILDS (cold Astro cache each time; peak RSS = max resident set size of the build process):');
  const cpu = (r: BuildRun) => (r.cpuMs !== null ? seconds(r.cpuMs) : '—');
  const rss = (r: BuildRun) => (r.peakRssMB !== null ? `${r.peakRssMB} MiB` : '—');
  const buildRows = results.realBuilds.map((r) => [
    r.label,
    r.ok ? 'ok' : 'FAILED',
    String(r.pages),
    seconds(r.milliseconds),
    cpu(r),
    r.astroPagesMs !== null ? seconds(r.astroPagesMs) : '—',
    rss(r),
    r.loadAtStart.toFixed(1),
    '—',
    '—',
    '—',
  ]);
  for (const r of results.scale) {
    buildRows.push([
      `real seeds + ${r.articles.toLocaleString('en')} generated (${kb(r.seedBytes)} KiB text)`,
      r.ok ? (r.sourcePages >= r.articles ? 'ok' : `ok, only ${r.sourcePages} source pages`) : 'FAILED',
      String(r.pages),
      seconds(r.milliseconds),
      cpu(r),
      r.astroPagesMs !== null ? seconds(r.astroPagesMs) : '—',
      rss(r),
      r.loadAtStart.toFixed(1),
      r.perArticleMs !== null ? `${r.perArticleMs.toFixed(1)} ms` : '—',
      r.cpuPerArticleMs !== null ? `${r.cpuPerArticleMs.toFixed(1)} ms` : '—',
      `${r.totalPerArticleMs.toFixed(1)} ms`,
    ]);
  }
  console.log(
    table(['build', 'result', 'pages', 'wall', 'CPU', 'astro pages', 'peak RSS', 'load', 'wall Δ/article', 'CPU Δ/article', 'wall/N'], buildRows),
  );
  const largest = results.scale.filter((r) => r.ok).at(-1);
  if (largest?.perArticleMs !== null && largest !== undefined && largest.perArticleMs !== null) {
    console.log(
      `Δ/article = (build − fastest real-site build: ${seconds(results.realBuildMs ?? 0)} wall, ${seconds(results.realBuildCpuMs ?? 0)} CPU) / N; ` +
        `load = 1-min load average at the build's start (${machine.cpus} cores; above ${machine.cpus} the build shares them).\n` +
        `At ${largest.articles.toLocaleString('en')} articles: ${largest.perArticleMs.toFixed(1)} ms wall per article ` +
        `(target ≤ 30 ms on 2 cores: ${largest.perArticleMs <= 30 ? 'met' : 'NOT met'})` +
        (largest.cpuPerArticleMs !== null ? `, ${largest.cpuPerArticleMs.toFixed(1)} ms CPU per article.` : '.'),
    );
  }
  const breakdown = [results.realBuilds.filter((r) => r.ok).at(-1), largest].filter((r): r is BuildRun => r !== undefined);
  if (breakdown.length) {
    console.log('\nWHERE PAGE GENERATION GOES (Astro per-page timings summed by route; the rest of a build is content sync and bundling):');
    const header = ['route', ...breakdown.flatMap((r) => [`${r.label}: pages`, 'total', 'per page'])];
    const routes = [...new Set(breakdown.flatMap((r) => r.routes.map((x) => x.route)))];
    const rows = routes.map((route) => [
      route,
      ...breakdown.flatMap((r) => {
        const t = r.routes.find((x) => x.route === route);
        return t ? [String(t.pages), seconds(t.ms), `${(t.ms / t.pages).toFixed(0)} ms`] : ['—', '—', '—'];
      }),
    ]);
    rows.push([
      'rest of the build',
      ...breakdown.flatMap((r) => ['', seconds(r.milliseconds - r.routes.reduce((n, x) => n + x.ms, 0)), '']),
    ]);
    console.log(table(header, rows));
  }
  if (results.bytes) printBytes(results.bytes);
  if (results.lighthouse.length) printLighthouse(results.lighthouse);
  console.log(`\nWrote ${relative(projectRoot, options.out) || options.out} · total ${results.durationSeconds} s`);
  if (failures.length) {
    console.log(`\n${failures.length} problem(s):\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
