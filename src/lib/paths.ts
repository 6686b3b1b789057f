/** Builds internal URLs that respect the configured base path, and links to quoted passages. */
import { textFragment, type ResolvedSource } from './provenance.ts';

/** Joins the base path ("/" or "/explainer/") and a site path ("sources/x/"), keeping one slash between. */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** A site-internal URL for the current build's base. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The article page path for an article id. */
export const articlePath = (articleId: string) => `sources/${articleId}/`;

/** Where a source link goes: the quoted paragraph with its words highlighted, or the external URL. */
export function sourceHref(source: ResolvedSource, base: string): string {
  if (source.kind === 'url') return source.url;
  return `${joinBase(base, articlePath(source.articleId))}#p-${source.paragraph}${textFragment(source.matchedText)}`;
}
