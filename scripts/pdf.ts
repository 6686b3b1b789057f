/**
 * `npm run pdf`: prints the built briefing (/briefing/) to dist/briefing.pdf with Chromium, on A4
 * (`-- --letter` for US Letter). Build first (`npm run build`); honours OUT_DIR and BASE_PATH.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printToPdf } from '../src/lib/printBriefing.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/server.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const format = process.argv.includes('--letter') ? 'Letter' : 'A4';

if (!existsSync(resolve(outDir, 'briefing/index.html'))) {
  console.error(`No built briefing in ${outDir}: run npm run build first.`);
  process.exit(1);
}
const server = await serveStatic(outDir, base);
try {
  const pdf = await printToPdf({ chromiumPath: ensureChromium(), chromiumArgs: CHROMIUM_ARGS, url: `${server.origin}${base}briefing/`, format });
  const target = resolve(outDir, 'briefing.pdf');
  writeFileSync(target, pdf);
  console.log(`wrote ${target} (${format}, ${(pdf.length / 1024).toFixed(0)} KB)`);
} finally {
  await server.close();
}
