/**
 * Parity of the two editions (issue #16): the Spanish sections (content/explainer-es) must have every section
 * slug, heading id and Cite id the English ones have, and no other; and every English page must have its
 * Spanish counterpart (`missingPages`, checked after the build by src/integrations/shareAssets.ts). Pure: the MDX sources in,
 * the item sets for src/i18n/parity.ts out. English headings are Markdown (`### Text`, id from the text, as
 * src/lib/rehypeHeadingAnchors.ts gives it); Spanish ones are JSX with the English id (`<h3 id="…">…</h3>`).
 */
import type { ItemSet } from '../i18n/parity.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { createSlugger } from './slug.ts';

export interface EditionSection {
  slug: string;
  body: string;
}

const CITE = /<Cite\s+id=["']([a-z0-9-]+)["']\s*\/>/g;
const MARKDOWN_HEADING = /^#{2,3}\s+(.+?)\s*#*\s*$/gm;
const JSX_HEADING = /^\s*<h[23]\b[^>]*\bid=["']([^"']+)["'][^>]*>/gim;

/** The heading ids of one section's MDX source (h2 and h3, Markdown or JSX), in order. */
export function headingIds(body: string): string[] {
  const slug = createSlugger();
  const ids: { at: number; id: string }[] = [];
  for (const match of body.matchAll(MARKDOWN_HEADING)) {
    const text = match[1]!.replace(/\{#([^}]+)\}$/, '').replace(/[*_`]/g, '').trim();
    ids.push({ at: match.index, id: slug(text) });
  }
  for (const match of body.matchAll(JSX_HEADING)) ids.push({ at: match.index, id: match[1]! });
  return ids.sort((a, b) => a.at - b.at).map(({ id }) => id);
}

/** The Cite ids of a section, each once. */
export const citeIds = (body: string): string[] => [...new Set([...body.matchAll(CITE)].map((match) => match[1]!))];

/** The three sets compared between the editions: sections, headings (by section) and citations (by section). */
export function narrativeItemSets(en: readonly EditionSection[], es: readonly EditionSection[]): ItemSet[] {
  const keyed = (sections: readonly EditionSection[], ids: (body: string) => string[]) =>
    sections.flatMap((section) => [...new Set(ids(section.body))].map((id) => `${section.slug}#${id}`));
  return [
    { kind: 'section', en: en.map((section) => section.slug), es: es.map((section) => section.slug) },
    { kind: 'heading id', en: keyed(en, headingIds), es: keyed(es, headingIds) },
    { kind: 'Cite id', en: keyed(en, citeIds), es: keyed(es, citeIds) },
  ];
}

/**
 * The English pages whose edition counterpart is missing, one line each ("es: missing page /es/briefing/
 * (the Spanish edition of /briefing/)"). Pages are site paths of built HTML pages ("/", "/sources/x/");
 * every English page has a counterpart under /<locale>/.
 */
export function missingPages(pages: readonly string[], locale: Exclude<Locale, 'en'> = 'es'): string[] {
  const all = new Set(pages);
  const prefix = `/${locale}/`;
  const english = pages.filter((page) => !LOCALES.some((other) => other !== 'en' && page.startsWith(`/${other}/`)));
  return english.filter((page) => !all.has(`${prefix}${page.slice(1)}`)).map((page) => `${locale}: missing page ${prefix}${page.slice(1)} (the ${LANGUAGE[locale]} edition of ${page})`);
}

const LANGUAGE: Record<Exclude<Locale, 'en'>, string> = { es: 'Spanish' };
