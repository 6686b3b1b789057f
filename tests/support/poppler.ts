/**
 * Poppler's pdftoppm, to rasterise printed pages and measure how much of each is blank. Installed with
 * apt-get (Debian's poppler-utils) when missing and we are root, as chromium.ts does for Chromium; otherwise
 * it stops with one line saying how to install it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PDFTOPPM = '/usr/bin/pdftoppm';

export function ensurePdftoppm(): string {
  if (existsSync(PDFTOPPM)) return PDFTOPPM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'poppler-utils'], { stdio: 'inherit', env });
    if (existsSync(PDFTOPPM)) return PDFTOPPM;
  }
  throw new Error('pdftoppm not found: install it with `sudo apt-get install poppler-utils`, then run npm test again.');
}

export interface PageFill {
  page: number;
  /** Share of the page's content area (inside the @page margins) with ink on or near it, 0–1. */
  filled: number;
}

/**
 * How full each page of a PDF is: pages rasterised at 30 dpi in grey, rows with a dark pixel counted inside
 * the content area (the running footer in the bottom margin aside), each widened by a line's gap so the
 * white between lines of one block counts as used.
 */
export function pageFill(pdf: Buffer, margins = { topMm: 16, bottomMm: 18, pageMm: 297 }): PageFill[] {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    execFileSync(ensurePdftoppm(), ['-r', '30', '-gray', file, join(dir, 'p')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort()
      .map((name, index) => ({ page: index + 1, filled: fill(readFileSync(join(dir, name)), margins) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fill(pgm: Buffer, { topMm, bottomMm, pageMm }: { topMm: number; bottomMm: number; pageMm: number }): number {
  // Binary PGM as pdftoppm writes it: "P5\n<width> <height>\n255\n", then one byte per pixel.
  const header = pgm.toString('latin1', 0, 64).split('\n').slice(0, 3);
  const [width, height] = header[1]!.split(' ').map(Number) as [number, number];
  const offset = header.join('\n').length + 1;
  const top = Math.floor((height * topMm) / pageMm);
  const bottom = Math.ceil((height * (pageMm - bottomMm)) / pageMm);
  const inked: boolean[] = [];
  for (let y = top; y < bottom; y++) {
    let ink = false;
    for (let x = 0; x < width && !ink; x++) ink = pgm[offset + y * width + x]! < 200;
    inked.push(ink);
  }
  const gap = 5; // rows (about 4 mm at 30 dpi): the space between lines and paragraphs of one block
  const used = inked.filter((_, i) => inked.slice(Math.max(0, i - gap), i + gap + 1).some(Boolean)).length;
  return used / inked.length;
}
