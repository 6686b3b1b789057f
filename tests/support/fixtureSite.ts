/**
 * The fixture site: one build per test run of the inputs the real site does not have, for the tests that read
 * them: the real seeds plus every acceptable hostile seed (tests/fixtures/hostile; build and browser
 * hostile.test.ts) and the unseen-outlet corpus (tests/fixtures/outlets, plus one seed with no metadata
 * entry; outlets.test.ts), and content/ plus one event and one strike record dated after the story's last
 * (the cut-off dates must move; data-truth.test.ts). One build instead of three: each suite reads only its own
 * pages, and none of these inputs touches another's.
 *
 * Like the real site (realSite.ts), it is built once in the process that runs the global set-ups and shared
 * on `globalThis`; its folders go when the last user releases it. Tests must treat them as read-only.
 */
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite, projectRoot, removeBuild, tempDir } from './build.ts';
import { contentCopy } from './content.ts';
import { hostileSeedsDir } from '../fixtures/hostile/corpus.ts';

export interface FixtureSite {
  ok: boolean;
  outDir: string;
  /** The end of the build's output (a failed build says why there). */
  output: string;
  /** The content/ copy it was built from. */
  contentDir: string;
}

export const OUTLETS_DIR = join(projectRoot, 'tests/fixtures/outlets');
/** The outlet fixtures (file names without .txt), each with its .expected.json. */
export const OUTLET_FIXTURES = readdirSync(OUTLETS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/, ''))
  .sort();
/** The seed with no entry in content/article-meta.yaml (its page must say what is missing). */
export const NEW_SEED = 'zz-new-article';

/** The records added after the story's last, and the cut-off dates they must move the site to. */
export const LATER_RECORDS = {
  event: {
    id: 'fixture-later-event',
    date: { start: '2026-03-02', precision: 'day', display: '2 March 2026', established: 'A fixture.' },
    title: 'A later event (fixture)',
    label: 'Later event',
    summary: 'A fixture event after the story’s last one.',
    actors: ['colombia'],
    phase: 'aftermath',
    sources: [{ article: '003_9116afea9143b3e0', quote: 'Trump said he spoke with Petro by phone Wednesday' }],
  },
  /** A copy of strike-39, as strike 44, struck on 11 April and announced on 12 April 2026. */
  strike: { copyOf: 'strike-39', id: 'strike-44', firstNumber: 44, lastNumber: 44, date: '2026-04-11', announcedDate: '2026-04-12' },
} as const;

async function build(): Promise<FixtureSite> {
  const seeds = hostileSeedsDir();
  for (const name of OUTLET_FIXTURES) copyFileSync(join(OUTLETS_DIR, `${name}.txt`), join(seeds, `${name}.txt`));
  copyFileSync(join(projectRoot, 'tests/fixtures/other-outlets/french-paywall.txt'), join(seeds, `${NEW_SEED}.txt`));
  const { copyOf, ...strike } = LATER_RECORDS.strike;
  const contentDir = contentCopy({
    'events.yaml': (events) => [...events, { ...LATER_RECORDS.event }],
    'strikes.yaml': (strikes) => [...strikes, { ...strikes.find((record) => record.id === copyOf)!, ...strike }],
  });
  try {
    const result = await buildSite({ outDir: tempDir('fixture-site'), seedsDir: seeds, env: { CONTENT_DIR: contentDir }, figureImages: false });
    return { ok: result.ok, outDir: result.outDir, output: result.output.slice(-4000), contentDir };
  } finally {
    rmSync(seeds, { recursive: true, force: true });
  }
}

interface Shared {
  ready: Promise<FixtureSite>;
  users: number;
}

const KEY = Symbol.for('explainer-tests.fixture-site');
const store = globalThis as typeof globalThis & { [KEY]?: Shared };

/** The fixture site, built by the first caller of the run; `release()` once when done (a global teardown). */
export async function acquireFixtureSite(): Promise<FixtureSite & { release(): void }> {
  store[KEY] ??= { ready: build(), users: 0 };
  const shared = store[KEY];
  shared.users++;
  const site = await shared.ready;
  let released = false;
  return {
    ...site,
    release() {
      if (released) return;
      released = true;
      if (--shared.users > 0) return;
      delete store[KEY];
      removeBuild(site.outDir);
      rmSync(dirname(site.contentDir), { recursive: true, force: true });
    },
  };
}
