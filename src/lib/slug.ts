/** Stable, readable ids for headings and pages, derived from text and never from position. */

/** Lower-case words joined by hyphens; letters of any script are kept. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug === '' ? 'section' : slug;
}

/** Hands out unique slugs within one page: a repeat gets "-2", "-3". */
export function createSlugger(taken: Iterable<string> = []): (text: string) => string {
  const seen = new Set(taken);
  return (text) => {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; seen.has(slug); n++) slug = `${base}-${n}`;
    seen.add(slug);
    return slug;
  };
}

/** The page slug of a seed file: its name without ".txt", in URL-safe characters. */
export function seedSlug(fileName: string): string {
  const stem = fileName.replace(/\.txt$/i, '');
  const slug = stem.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'article' : slug;
}
