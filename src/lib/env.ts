/**
 * The build's environment variables, read in one place:
 * - SITE_URL: the absolute origin the site is published at (canonical and share URLs);
 * - BASE_PATH: the sub-path it is served from, e.g. "/explainer/";
 * - SEEDS_DIR: the folder of seed articles (default "seeds"), for test and benchmark builds;
 * - CONTENT_DIR: the folder of the research-data YAML (default "content"), for build tests.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export function seedsDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.SEEDS_DIR?.trim() || 'seeds';
}

export function contentDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR?.trim() || 'content';
}
