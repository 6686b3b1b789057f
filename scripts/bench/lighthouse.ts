/**
 * Lighthouse 12 (Debian Chromium) on the given pages, mobile and desktop: the four category scores, the
 * metrics and every audit that costs points. It runs against the test server behind a gzip proxy, as a real
 * host compresses (--no-gzip to not).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, ensureChromium } from '../../tests/support/chromium.ts';
import { serveStatic, type StaticServer } from '../../tests/support/server.ts';
import { log, table } from './util.ts';

/**
 * serveStatic() behind a proxy that gzips text responses, as any real host does: without it Lighthouse's
 * simulated slow-4G network downloads the uncompressed HTML, and the performance score measures the test
 * server rather than the site.
 */
export async function serveGzipped(root: string): Promise<StaticServer> {
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

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
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

export async function runLighthouse(origin: string, pages: { label: string; path: string }[], desktop: boolean): Promise<LighthouseRun[]> {
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

export function printLighthouse(runs: LighthouseRun[]) {
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

/** The pages Lighthouse measures: home, the longest source article (the most text to lay out), the briefing. */
export function lighthousePages(outDir: string): { label: string; path: string }[] {
  const articles = existsSync(join(outDir, 'sources'))
    ? readdirSync(join(outDir, 'sources'))
        .map((name) => join(outDir, 'sources', name, 'index.html'))
        .filter((file) => existsSync(file))
        .sort((a, b) => statSync(b).size - statSync(a).size)
    : [];
  const pages = [{ label: 'home', path: '/' }];
  if (articles[0]) pages.push({ label: 'article', path: '/' + relative(outDir, dirname(articles[0])).split(sep).join('/') + '/' });
  pages.push({ label: 'briefing', path: '/briefing/' });
  return pages;
}
