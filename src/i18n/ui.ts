/**
 * Every site-level word (the page shell, the figure frame, the source links, the corrections log, the
 * article pages, the briefing's fixed words and the browser scripts' announcements), for both editions.
 * One interface, `UiStrings`, so a key missing from an edition is a type error. The figures' own words are
 * in src/figures/<name>/text.ts and text.es.ts; the narrative is in content/explainer and explainer-es.
 *
 * The English values are what the site prints today (src/layouts, src/components, src/pages,
 * src/figures/frame, src/client, src/lib/articleMeta.ts, src/lib/narrativeCheck.ts, src/lib/ogImage.ts).
 * Dates passed in are already formatted (src/i18n/format.ts).
 */
import { formatNumber } from './format.ts';
import type { Locale } from './locales.ts';

export type CorrectionKind = 'correction' | 'clarification' | 'update';
export type ArticleLanguageKey = 'en' | 'es' | 'und';

export interface UiStrings {
  site: {
    name: string;
    /** The explainer's page title, description, kicker and headline (index.astro). */
    title: string;
    description: string;
    kicker: string;
    headline: string;
  };
  nav: { label: string; explainer: string; sources: string; briefing: string };
  skipLink: string;
  footer: { text: string; allSources: string };
  /** The link to the same page in the other edition: its text (in that edition's language), and its accessible name. */
  languageSwitch: { label: string; title: string };
  /** "Last updated 13 November 2025". */
  lastUpdated: (date: string) => string;
  home: { printBriefing: string; printBriefingNote: string; articlesHeading: string; referencesHeading: string };
  heading: { sectionTitled: (title: string) => string };
  figure: {
    number: (n: number) => string;
    copyLink: string;
    copyEventLink: string;
    details: (title: string) => string;
    closeDetails: string;
    download: string;
    notes: string;
    sources: string;
  };
  /** What the browser scripts announce (src/client/permalinks.ts). */
  announce: { linkCopied: (url: string) => string; copyThisLink: (url: string) => string; linkShared: string };
  source: {
    /** Screen-reader word before a citation number. */
    cite: string;
    source: string;
    paragraph: (n: number | string) => string;
    archivedCopy: string;
    /** Screen-reader tail of "archived copy": " of reuters.com". */
    archivedCopyOf: (publisher: string) => string;
    ourTranslation: string;
    /** "(our translation: “…”)". */
    withTranslation: (translation: string) => string;
  };
  corrections: {
    kinds: Record<CorrectionKind, string>;
    /** The note after a corrected claim: "Corrected", then the date. */
    notes: Record<CorrectionKind, string>;
    note: (kind: CorrectionKind, date: string) => string;
    none: string;
    affects: string;
    linkToEntry: string;
  };
  sourcesPage: { title: string; description: string; kicker: string; headline: string; dek: (articles: number) => string };
  article: {
    kicker: string;
    /** "Source article · Reuters" (the link-preview kicker). */
    kickerWithOutlet: (outlet: string) => string;
    summary: (outlet: string, headline: string) => string;
    by: (byline: string) => string;
    dateline: string;
    language: string;
    credit: string;
    notice: string;
    original: string;
    urlUnknown: string;
    howIdentified: string;
    noBody: string;
    outletUnknown: string;
    dateUnknown: string;
    asStated: string;
    /** "as stated in the article (“Nov 13, 2025”)". */
    asStatedQuoting: (text: string) => string;
    publicationDate: string;
    publicationDateKnownTo: (precision: 'month' | 'year') => string;
    noDateFound: string;
    languageNames: Record<ArticleLanguageKey, string>;
  };
  briefing: {
    title: string;
    description: string;
    /** The link-preview title. */
    ogTitle: string;
    asOf: (date: string) => string;
    headline: string;
    fullExplainer: string;
    print: string;
    back: string;
    keyFacts: string;
    chronology: string;
    when: string;
    what: string;
    keyFigures: string;
    source: string;
    strikeMap: string;
    quotes: string;
    sources: string;
    originalUnknown: string;
    records: (strikes: number, seizures: number, siteUrl: string) => string;
  };
  og: { sectionKicker: string };
}

const en: UiStrings = {
  site: {
    name: 'Colombia, the U.S. and the boat strikes',
    title: 'Colombia, the U.S. and the boat strikes',
    description: 'How Colombia suspended intelligence sharing with the U.S. over the boat strikes in November 2025, and reversed course two days later.',
    kicker: 'Explainer',
    headline: 'Why Colombia cut off U.S. intelligence, and took it back two days later',
  },
  nav: { label: 'Site', explainer: 'Explainer', sources: 'Sources', briefing: 'Briefing' },
  skipLink: 'Skip to content',
  footer: {
    text: 'An independent explainer built from five news articles and sourced research data. Every fact links to the passage it rests on.',
    allSources: 'See all sources',
  },
  languageSwitch: { label: 'Español', title: 'Leer esta página en español' },
  lastUpdated: (date) => `Last updated ${date}`,
  home: { printBriefing: 'Print the briefing', printBriefingNote: '(two pages, with every source)', articlesHeading: 'The articles', referencesHeading: 'References' },
  heading: { sectionTitled: (title) => `Section titled “${title}”` },
  figure: {
    number: (n) => `Figure ${n}`,
    copyLink: 'Copy link to this figure',
    copyEventLink: 'Copy link to this event',
    details: (title) => `Details: ${title}`,
    closeDetails: 'Close details',
    download: 'Download the data (CSV)',
    notes: 'Notes',
    sources: 'Sources',
  },
  announce: { linkCopied: (url) => `Link copied: ${url}`, copyThisLink: (url) => `Copy this link: ${url}`, linkShared: 'Link shared' },
  source: {
    cite: 'Source',
    source: 'Source',
    paragraph: (n) => `paragraph ${n}`,
    archivedCopy: 'archived copy',
    archivedCopyOf: (publisher) => ` of ${publisher}`,
    ourTranslation: 'our translation',
    withTranslation: (translation) => `(our translation: “${translation}”)`,
  },
  corrections: {
    kinds: { correction: 'Correction', clarification: 'Clarification', update: 'Update' },
    notes: { correction: 'Corrected', clarification: 'Clarified', update: 'Updated' },
    note: (kind, date) => `${en.corrections.notes[kind]} ${date}`,
    none: 'No corrections so far.',
    affects: 'Affects:',
    linkToEntry: 'Link to this entry',
  },
  sourcesPage: {
    title: 'Sources',
    description: 'The news articles this explainer is built from, each reproduced for reference with paragraph permalinks.',
    kicker: 'Sources',
    headline: 'The articles behind this explainer',
    dek: (articles) =>
      `Every claim on this site links to a passage in one of these ${articles} articles, or to a sourced research record. Each article is reproduced for reference, cleaned of page furniture, with a permalink on every paragraph.`,
  },
  article: {
    kicker: 'Source article',
    kickerWithOutlet: (outlet) => `Source article · ${outlet}`,
    summary: (outlet, headline) => `${outlet}: “${headline}”, reproduced for reference in the explainer on Colombia, the U.S. and the boat strikes.`,
    by: (byline) => `By ${byline}`,
    dateline: 'Dateline:',
    language: 'Language:',
    credit: 'Credit: ',
    notice: 'This text is reproduced from the source for reference, with page furniture (navigation, subscription prompts, recommendations) removed.',
    original: 'Original',
    urlUnknown: 'The original URL is unknown.',
    howIdentified: 'How we identified it:',
    noBody: 'This article has no body text beyond its headline.',
    outletUnknown: 'outlet unknown',
    dateUnknown: 'date unknown',
    asStated: 'as stated in the article',
    asStatedQuoting: (text) => `as stated in the article (“${text}”)`,
    publicationDate: 'publication date',
    publicationDateKnownTo: (precision) => `publication date, known to the ${precision}`,
    noDateFound: 'no date found in the article’s text',
    languageNames: { en: 'English', es: 'Spanish', und: 'language undetermined' },
  },
  briefing: {
    title: 'Briefing',
    description: "The story of Colombia's two-day suspension of intelligence sharing with the U.S., on two printable pages.",
    ogTitle: 'The two-day suspension, on two printable pages',
    asOf: (date) => `Briefing · as of ${date}`,
    headline: 'Colombia, the U.S. and the boat strikes',
    fullExplainer: 'Full explainer, with every source passage:',
    print: 'Print this briefing',
    back: 'Back to the explainer',
    keyFacts: 'Key facts',
    chronology: 'Chronology, September 2025 – January 2026',
    when: 'When',
    what: 'What',
    keyFigures: 'Key figures',
    source: 'Source:',
    strikeMap: 'Where the strikes were',
    quotes: 'In their words',
    sources: 'Sources',
    originalUnknown: 'Original URL unknown.',
    records: (strikes, seizures, siteUrl) =>
      `Strike and seizure records: ${strikes} strike records and ${seizures} seizure records from public reporting, each linked to its source at ${siteUrl}.`,
  },
  og: { sectionKicker: 'Explainer · section' },
};

const es: UiStrings = {
  site: {
    name: 'Colombia, Estados Unidos y los ataques contra lanchas',
    title: 'Colombia, Estados Unidos y los ataques contra lanchas',
    description:
      'Cómo Colombia suspendió el intercambio de inteligencia con Estados Unidos por los ataques contra lanchas en noviembre de 2025, y dio marcha atrás dos días después.',
    kicker: 'Explicativo',
    headline: 'Por qué Colombia cortó la inteligencia a Estados Unidos, y la restableció dos días después',
  },
  nav: { label: 'Sitio', explainer: 'Explicativo', sources: 'Fuentes', briefing: 'Resumen (en inglés)' },
  skipLink: 'Saltar al contenido',
  footer: {
    text: 'Un explicativo independiente elaborado con cinco artículos de prensa y datos de investigación con fuentes. Cada dato enlaza con el pasaje en que se basa.',
    allSources: 'Ver todas las fuentes',
  },
  languageSwitch: { label: 'English', title: 'Read this page in English' },
  lastUpdated: (date) => `Última actualización: ${date}`,
  home: { printBriefing: 'Imprimir el resumen', printBriefingNote: '(dos páginas en inglés, con todas las fuentes)', articlesHeading: 'Los artículos', referencesHeading: 'Referencias' },
  heading: { sectionTitled: (title) => `Sección titulada “${title}”` },
  figure: {
    number: (n) => `Figura ${n}`,
    copyLink: 'Copiar el enlace a esta figura',
    copyEventLink: 'Copiar el enlace a este hecho',
    details: (title) => `Detalles: ${title}`,
    closeDetails: 'Cerrar los detalles',
    download: 'Descargar los datos (CSV)',
    notes: 'Notas',
    sources: 'Fuentes',
  },
  announce: { linkCopied: (url) => `Enlace copiado: ${url}`, copyThisLink: (url) => `Copie este enlace: ${url}`, linkShared: 'Enlace compartido' },
  source: {
    cite: 'Fuente',
    source: 'Fuente',
    paragraph: (n) => `párrafo ${n}`,
    archivedCopy: 'copia archivada',
    archivedCopyOf: (publisher) => ` de ${publisher}`,
    ourTranslation: 'traducción propia',
    withTranslation: (translation) => `(traducción propia: “${translation}”)`,
  },
  corrections: {
    kinds: { correction: 'Corrección', clarification: 'Aclaración', update: 'Actualización' },
    notes: { correction: 'Corregido el', clarification: 'Aclarado el', update: 'Actualizado el' },
    note: (kind, date) => `${es.corrections.notes[kind]} ${date}`,
    none: 'Por ahora no hay correcciones.',
    affects: 'Afecta a:',
    linkToEntry: 'Enlace a esta entrada',
  },
  sourcesPage: {
    title: 'Fuentes',
    description: 'Los artículos de prensa con los que se elaboró este explicativo, reproducidos como referencia con enlaces permanentes a cada párrafo.',
    kicker: 'Fuentes',
    headline: 'Los artículos detrás de este explicativo',
    dek: (articles) =>
      `Cada afirmación de este sitio enlaza con un pasaje de uno de estos ${formatNumber('es', articles)} artículos o con un registro de investigación con su fuente. Cada artículo se reproduce como referencia, sin los elementos de la página original, con un enlace permanente en cada párrafo.`,
  },
  article: {
    kicker: 'Artículo fuente',
    kickerWithOutlet: (outlet) => `Artículo fuente · ${outlet}`,
    summary: (outlet, headline) => `${outlet}: “${headline}”, reproducido como referencia en el explicativo sobre Colombia, Estados Unidos y los ataques contra lanchas.`,
    by: (byline) => `Por ${byline}`,
    dateline: 'Lugar y fecha:',
    language: 'Idioma:',
    credit: 'Crédito: ',
    notice:
      'Este texto se reproduce de la fuente como referencia, sin los elementos de la página original (navegación, invitaciones a suscribirse, recomendaciones).',
    original: 'Original',
    urlUnknown: 'No se conoce la URL original.',
    howIdentified: 'Cómo lo identificamos:',
    noBody: 'Este artículo no tiene más texto que su titular.',
    outletUnknown: 'medio desconocido',
    dateUnknown: 'fecha desconocida',
    asStated: 'según el propio artículo',
    asStatedQuoting: (text) => `según el propio artículo (“${text}”)`,
    publicationDate: 'fecha de publicación',
    publicationDateKnownTo: (precision) => `fecha de publicación, conocida solo ${precision === 'month' ? 'al mes' : 'al año'}`,
    noDateFound: 'no se encontró ninguna fecha en el texto del artículo',
    languageNames: { en: 'inglés', es: 'español', und: 'idioma no determinado' },
  },
  briefing: {
    title: 'Resumen',
    description: 'La historia de la suspensión de dos días del intercambio de inteligencia de Colombia con Estados Unidos, en dos páginas para imprimir.',
    ogTitle: 'La suspensión de dos días, en dos páginas para imprimir',
    asOf: (date) => `Resumen · datos al ${date}`,
    headline: 'Colombia, Estados Unidos y los ataques contra lanchas',
    fullExplainer: 'El explicativo completo, con cada pasaje de las fuentes:',
    print: 'Imprimir este resumen',
    back: 'Volver al explicativo',
    keyFacts: 'Datos clave',
    chronology: 'Cronología, septiembre de 2025 – enero de 2026',
    when: 'Cuándo',
    what: 'Qué',
    keyFigures: 'Cifras clave',
    source: 'Fuente:',
    strikeMap: 'Dónde fueron los ataques',
    quotes: 'En sus palabras',
    sources: 'Fuentes',
    originalUnknown: 'URL original desconocida.',
    records: (strikes, seizures, siteUrl) =>
      `Registros de ataques e incautaciones: ${formatNumber('es', strikes)} registros de ataques y ${formatNumber('es', seizures)} registros de incautaciones tomados de informaciones públicas, cada uno enlazado con su fuente en ${siteUrl}.`,
  },
  og: { sectionKicker: 'Explicativo · sección' },
};

export const UI: Record<Locale, UiStrings> = { en, es };

/** The words of an edition. */
export const ui = (locale: Locale): UiStrings => UI[locale];
