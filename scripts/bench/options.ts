/** The benchmark's flags (`npm run bench -- --help`). */
import { join, resolve } from 'node:path';
import { projectRoot } from '../../tests/support/build.ts';

export interface Options {
  lighthouse: boolean;
  desktop: boolean;
  scale: boolean;
  bytes: boolean;
  gzip: boolean;
  sizes: number[];
  out: string;
  keep: boolean;
}

export const HELP = `npm run bench [-- flags]
  --no-lighthouse   skip the Lighthouse runs
  --no-desktop      Lighthouse with the mobile config only
  --no-scale        skip the synthetic 10/100/1,000-article builds
  --sizes 10,100    synthetic site sizes (default 10,100,1000)
  --no-bytes        skip the byte report
  --no-gzip         Lighthouse against the plain test server (no compression)
  --out <file>      where to write the JSON (default bench-results/bench.json)
  --keep            keep the temporary build folders`;

export function parseOptions(argv: string[]): Options {
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
