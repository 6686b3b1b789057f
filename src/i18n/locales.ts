/**
 * The site's editions (issue #16): English at the root, Spanish under /es/. Paths here are site paths, the
 * form `href()` in src/lib/paths.ts takes ("", "sources/", "briefing/"); a leading slash is kept if given,
 * so "/sources/" works too. The base path (BASE_PATH) is added later by `href()`, never here.
 */

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The BCP 47 tag each edition formats with (Intl): British English, as the English site formats today
 * ("13 November 2025", "3,000"); Colombian Spanish ("13 de noviembre de 2025", "3.000").
 */
export const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', es: 'es-CO' };

/** `<html lang>` and `hreflang`: the language only, as the English site writes `lang="en"` today. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', es: 'es' };

/**
 * The `lang` of the research records' own words (content/*.yaml is written in English) on a page of `locale`:
 * none on an English page, "en" on another edition's.
 */
export const recordsLang = (locale: Locale): string | undefined => (locale === 'en' ? undefined : HTML_LANG.en);

/** `og:locale` (the English site writes en_US today). */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_US', es: 'es_CO' };

/** The Intl tag of an edition. */
export const intlTag = (locale: Locale): string => INTL_TAGS[locale];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The path prefix of an edition: "" for the default, "es/" for Spanish. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `${locale}/`);

/** Splits a site path into its leading slash (if any) and the rest. */
const splitSlash = (path: string): [string, string] => (path.startsWith('/') ? ['/', path.replace(/^\/+/, '')] : ['', path]);

/** The edition a site path belongs to: "es/sources/" → "es", "sources/" → "en". */
export function localeOfPath(path: string): Locale {
  const [, rest] = splitSlash(path);
  const first = rest.split(/[/?#]/, 1)[0];
  return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

/** A site path without its edition prefix: "es/sources/" → "sources/", "/es/" → "/", "es" → "". */
export function unlocalizedPath(path: string): string {
  const [slash, rest] = splitSlash(path);
  const locale = localeOfPath(path);
  if (locale === DEFAULT_LOCALE) return path;
  const tail = rest.slice(locale.length);
  return slash + tail.replace(/^\//, '');
}

/**
 * The site path of a page in an edition: ("es", "sources/") → "es/sources/", ("es", "") → "es/",
 * ("en", "/briefing/") → "/briefing/". A path already in an edition is moved, never prefixed twice.
 */
export function localePath(locale: Locale, path: string): string {
  const [slash, rest] = splitSlash(unlocalizedPath(path));
  return slash + localePrefix(locale) + rest;
}

/** The other edition (with two editions: Spanish for English, English for Spanish). */
export const otherLocale = (locale: Locale): Locale => LOCALES.find((other) => other !== locale)!;

/** The same page in another edition, by default the other one: "es/sources/" → "sources/", "" → "es/". */
export const alternatePath = (path: string, target: Locale = otherLocale(localeOfPath(path))): string => localePath(target, path);

/** The page in every edition, for `<link rel="alternate" hreflang>`: { en: "sources/", es: "es/sources/" }. */
export const alternates = (path: string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, localePath(locale, path)])) as Record<Locale, string>;

/** The edition of `Astro.currentLocale` (from the i18n routing in astro.config.mjs): English when unset or unknown. */
export const localeOf = (value: string | undefined): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);
