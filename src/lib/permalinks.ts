/**
 * Published permalinks: which ids on which pages readers may link to, and the check that none of them
 * disappears. A committed manifest lists them; an alias keeps an old id working after a rename.
 */

/** Ids readers point at: headings, events, strikes, figures and their data points, article paragraphs. */
export const PERMALINK_ID = /^(?:event|strike|fig|p)-/;

export type Manifest = Record<string, string[]>;

export interface Alias {
  /** The page, as a site path without the base: "/" or "/sources/x/". */
  page: string;
  /** The old id that must keep working. */
  from: string;
  /** The id it now lands on. */
  to: string;
}

/** The permalink ids of a page's HTML: every h2/h3 id, and ids of the permalink kinds above. */
export function permalinkIds(html: string): string[] {
  const ids = new Set<string>();
  for (const match of html.matchAll(/<(h[23]|[a-z][a-z0-9]*)\b[^>]*?\sid="([^"]+)"/gi)) {
    const [, tag, id] = match as unknown as [string, string, string];
    if (/^h[23]$/i.test(tag) || PERMALINK_ID.test(id)) ids.add(id);
  }
  return [...ids].sort();
}

/** All ids present in a page's HTML (aliases included). */
export function allIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/**
 * Inserts, for each alias of this page, an empty element with the old id just before the element with
 * the new id, so `#old` lands where `#new` does, with or without JavaScript.
 */
export function applyAliases(html: string, aliases: readonly Alias[]): string {
  let result = html;
  for (const { from, to } of aliases) {
    if (allIds(result).has(from)) continue;
    const target = new RegExp(`<[a-zA-Z][^>]*\\sid="${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`);
    const match = target.exec(result);
    if (!match) continue;
    result = `${result.slice(0, match.index)}<span id="${from}" class="permalink-alias"></span>${result.slice(match.index)}`;
  }
  return result;
}

/** One line per published permalink that the build no longer has. */
export function missingPermalinks(manifest: Manifest, pages: ReadonlyMap<string, Set<string>>): string[] {
  const missing: string[] = [];
  for (const [page, ids] of Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const present = pages.get(page);
    for (const id of ids) {
      if (!present) missing.push(`${page}#${id} (the page is gone)`);
      else if (!present.has(id)) missing.push(`${page}#${id}`);
    }
  }
  return missing;
}
