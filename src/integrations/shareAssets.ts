/**
 * After the build: each figure page's standalone SVG and its 2× PNG (for print), the figure's 1200×630 share
 * card (og/figures/<name>.png, which the page's og:image names), all in each edition's words (the Spanish
 * ones under es/, from the Spanish figure pages), and dist/_headers with the framing rules.
 * The figures are read from the built figure pages, so the files show exactly what the pages draw; see
 * src/lib/shareSvg.ts and src/lib/shareCascade.ts for how the styles are carried into the SVG.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { FIGURE_GRAPHICS, FIGURE_NAMES, figurePagePath, figurePngPath, figureSvgPath, headersFile } from '../lib/share.ts';
import { localeKey, ogImagePath, siteNameIn } from '../lib/ogImage.ts';
import { LOCALES, localePath, type Locale } from '../i18n/locales.ts';
import { figureCardSvg, standaloneFigureSvg, type FigureText } from '../lib/shareSvg.ts';
import { parseHtml, selectAll, textOf } from '../lib/shareCascade.ts';
import { missingPages } from '../lib/editionParity.ts';

/**
 * Palette PNGs: flat figure colours survive a palette. The first rendering within the 100 KB image budget
 * wins: 64 colours, then 16, then 8 (the seizure chart, dense with text), then a smaller scale.
 */
async function png(svg: string, density?: number): Promise<Buffer> {
  const render = (colours: number, scale = 1) =>
    sharp(Buffer.from(svg), density ? { density: density * scale } : {}).png({ palette: true, colours, dither: 0, compressionLevel: 9, effort: 10 }).toBuffer();
  const attempts: [number, number][] = density ? [[64, 1], [16, 1], [8, 1], [8, 0.75], [8, 0.5]] : [[64, 1], [16, 1]];
  let image: Buffer = Buffer.alloc(0);
  for (const [colours, scale] of attempts) {
    image = await render(colours, scale);
    if (image.length <= 100 * 1024) break;
  }
  return image;
}
/** The print PNG is up to twice the figure's width (librsvg renders an SVG at 72 dpi: 144 is 2×). */
export const PRINT_DENSITY = 144;

/** The figure's words, as its page prints them. */
function figureText(html: string, name: string, siteName: string): FigureText {
  const doc = parseHtml(html);
  const one = (selector: string, skip?: string) => {
    const [found] = selectAll(selector, doc);
    if (!found) throw new Error(`figure page ${name}: no ${selector}`);
    return textOf(found, skip);
  };
  const canonical = selectAll('link[rel="canonical"]', doc)[0]?.attrs.find((a) => a.name === 'href')?.value ?? '';
  return {
    number: selectAll(`#fig-${name} .figure-number`, doc)[0] ? one(`#fig-${name} .figure-number`) : 'Figure',
    title: one(`#fig-${name}-title`, '.anchor-link'),
    takeaway: one(`#fig-${name} .figure-takeaway`),
    sourceLine: one('[data-source-line]'),
    credit: `${siteName} · ${canonical}`,
  };
}

/** The site paths of the built HTML pages: "/", "/sources/x/". */
function htmlPages(dir: string, path = '/'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' ? [] : htmlPages(full, `${path}${name}/`);
    return name === 'index.html' ? [path] : [];
  });
}

function write(file: string, data: string | Buffer) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

export function shareAssets(): AstroIntegration {
  let base = '/';
  return {
    name: 'share-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Every English page has its Spanish counterpart: a missing one stops the build, one line per page.
        const missing = missingPages(htmlPages(outDir));
        if (missing.length > 0) throw new Error(`Edition parity check failed (${missing.length}):\n${missing.join('\n')}`);
        // FIGURE_IMAGES=off leaves the images out (a third of a build's time): for test builds that never look
        // at them. The _headers file is written all the same.
        const images = process.env.FIGURE_IMAGES?.trim() !== 'off';
        const figures = images ? LOCALES.flatMap((locale: Locale) => FIGURE_NAMES.map((name) => ({ locale, name }))) : [];
        for (const { locale, name } of figures) {
          const page = join(outDir, localePath(locale, figurePagePath(name)), 'index.html');
          if (!existsSync(page)) continue;
          const html = readFileSync(page, 'utf8');
          const siteName = siteNameIn(locale);
          const text = figureText(html, name, siteName);
          const figure = standaloneFigureSvg(html, FIGURE_GRAPHICS[name], text);
          write(join(outDir, localePath(locale, figureSvgPath(name))), figure.svg);
          write(join(outDir, localePath(locale, figurePngPath(name))), await png(figure.svg, PRINT_DENSITY));
          const card = figureCardSvg(html, FIGURE_GRAPHICS[name], { ...text, credit: siteName });
          write(join(outDir, ogImagePath(localeKey(locale, `figures/${name}`))), await png(card));
        }
        const entries = readdirSync(outDir).filter((entry) => !entry.startsWith('_') || entry === '_astro');
        const dirs = entries.filter((entry) => statSync(join(outDir, entry)).isDirectory());
        const files = entries.filter((entry) => !dirs.includes(entry));
        write(join(outDir, '_headers'), headersFile(base, { dirs, files }));
        logger.info(images ? 'figure SVG, PNG and share cards written; _headers with framing rules' : 'figure images skipped (FIGURE_IMAGES=off); _headers with framing rules');
      },
    },
  };
}
