/**
 * The site-level words of both editions, side by side: each entry holds the English and the Spanish for one
 * place on the page, so a translator reads them together and a key cannot exist in one edition only (the
 * type, `Bilingual<UiStrings>`, requires both). src/i18n/ui.ts serves one edition's words from this table.
 */
import { formatNumber, list } from './format.ts';
import type { Bilingual, CorrectionKind, UiStrings } from './ui.ts';

/** The note after a corrected claim, by kind: "Corrected" / "Corregido el", before the date. */
const NOTES: Record<'en' | 'es', Record<CorrectionKind, string>> = {
  en: { correction: 'Corrected', clarification: 'Clarified', update: 'Updated' },
  es: { correction: 'Corregido el', clarification: 'Aclarado el', update: 'Actualizado el' },
};

export const WORDS: Bilingual<UiStrings> = {
  site: {
    name: { en: 'Colombia, the U.S. and the boat strikes', es: 'Colombia, Estados Unidos y los ataques contra lanchas' },
    title: { en: 'Colombia, the U.S. and the boat strikes', es: 'Colombia, Estados Unidos y los ataques contra lanchas' },
    description: {
      en: (length) => `How Colombia suspended intelligence sharing with the U.S. over the boat strikes in November 2025, and reversed course ${length} later.`,
      es: (length) => `Cómo Colombia suspendió el intercambio de inteligencia con Estados Unidos por los ataques contra lanchas en noviembre de 2025, y dio marcha atrás ${length} después.`,
    },
    kicker: { en: 'Explainer', es: 'Explicativo' },
    headline: {
      en: (length) => `Why Colombia cut off U.S. intelligence, and took it back ${length} later`,
      es: (length) => `Por qué Colombia cortó la inteligencia a Estados Unidos, y la restableció ${length} después`,
    },
  },
  nav: {
    label: { en: 'Site', es: 'Sitio' },
    explainer: { en: 'Explainer', es: 'Explicativo' },
    sources: { en: 'Sources', es: 'Fuentes' },
    briefing: { en: 'Briefing', es: 'Resumen' },
  },
  skipLink: { en: 'Skip to content', es: 'Saltar al contenido' },
  footer: {
    text: {
      en: 'An independent explainer built from five news articles and sourced research data. Every fact links to the passage it rests on.',
      es: 'Un explicativo independiente elaborado con cinco artículos de prensa y datos de investigación con fuentes. Cada dato enlaza con el pasaje en que se basa.',
    },
    allSources: { en: 'See all sources', es: 'Ver todas las fuentes' },
  },
  languageSwitch: {
    label: { en: 'Español', es: 'English' },
    title: { en: 'Leer esta página en español', es: 'Read this page in English' },
  },
  lastUpdated: { en: (date) => `Last updated ${date}`, es: (date) => `Última actualización: ${date}` },
  cutoffs: {
    en: (story, strikes) => `the story told to ${story}, strike records to ${strikes}`,
    es: (story, strikes) => `la historia contada hasta el ${story}, los registros de ataques hasta el ${strikes}`,
  },
  home: {
    printBriefing: { en: 'Print the briefing', es: 'Imprimir el resumen' },
    printBriefingNote: { en: '(two pages, with every source)', es: '(dos páginas, con todas las fuentes)' },
    articlesHeading: { en: 'The articles', es: 'Los artículos' },
    referencesHeading: { en: 'References', es: 'Referencias' },
  },
  heading: {
    sectionTitled: { en: (title) => `Section titled “${title}”`, es: (title) => `Sección titulada “${title}”` },
  },
  figure: {
    number: { en: (n) => `Figure ${n}`, es: (n) => `Figura ${n}` },
    copyLink: { en: 'Copy link to this figure', es: 'Copiar el enlace a esta figura' },
    copyEventLink: { en: 'Copy link to this event', es: 'Copiar el enlace a este hecho' },
    details: { en: (title) => `Details: ${title}`, es: (title) => `Detalles: ${title}` },
    closeDetails: { en: 'Close details', es: 'Cerrar los detalles' },
    download: { en: 'Download the data (CSV)', es: 'Descargar los datos (CSV)' },
    notes: { en: 'Notes', es: 'Notas' },
    sources: { en: 'Sources', es: 'Fuentes' },
    pageLink: {
      en: 'Figure page: full data, downloads, citation and embed code',
      es: 'Página de la figura: todos los datos, descargas, cita y código para insertarla',
    },
  },
  announce: {
    linkCopied: { en: (url) => `Link copied: ${url}`, es: (url) => `Enlace copiado: ${url}` },
    copyThisLink: { en: (url) => `Copy this link: ${url}`, es: (url) => `Copie este enlace: ${url}` },
    linkShared: { en: 'Link shared', es: 'Enlace compartido' },
    copied: { en: 'Copied', es: 'Copiado' },
    selectAndCopy: { en: 'Select the code and copy it', es: 'Seleccione el código y cópielo' },
  },
  figurePage: {
    recordsHeading: { en: 'Every record and its sources', es: 'Cada registro y sus fuentes' },
    recordsCaption: {
      en: (records) => `${records} records, each with the passages it rests on, quoted (with our translation where the source is not in English)`,
      es: (records) => `${formatNumber('es', records)} registros, cada uno con los pasajes en que se basa, citados en su idioma original (con traducción propia cuando la fuente no está en español)`,
    },
    record: { en: 'Record', es: 'Registro' },
    noSource: { en: 'No source passage: see the note in the table above.', es: 'Sin pasaje de la fuente: vea la nota en la tabla de arriba.' },
    downloadHeading: { en: 'Download', es: 'Descargar' },
    csv: { en: 'The data (CSV)', es: 'Los datos (CSV)' },
    svg: { en: 'The figure as SVG', es: 'La figura en SVG' },
    svgNote: { en: '(vector, for print and editing)', es: '(vectorial, para imprimir y editar)' },
    png: { en: 'The figure as PNG', es: 'La figura en PNG' },
    pngNote: { en: "(twice the figure's width, for print)", es: '(al doble del ancho de la figura, para imprimir)' },
    citeHeading: { en: 'Cite this figure', es: 'Cómo citar esta figura' },
    accessed: { en: (date) => `accessed ${date}`, es: (date) => `consultado el ${date}` },
    copyBibtex: { en: 'Copy BibTeX', es: 'Copiar BibTeX' },
    bibtexCopied: { en: 'BibTeX copied', es: 'BibTeX copiado' },
    embedHeading: { en: 'Embed this figure', es: 'Insertar esta figura' },
    embedText: {
      en: 'Paste this into your page. The figure keeps its height in step with its content when your page carries the few lines of script in our README; without them it shows at a fixed aspect ratio.',
      es: 'Pegue este código en su página. La figura ajusta su altura a su contenido si su página incluye las pocas líneas de script de nuestro README; sin ellas, se muestra con una proporción fija.',
    },
    previewEmbed: { en: 'Preview the embed', es: 'Ver cómo se ve insertada' },
    embedCode: { en: 'Embed code', es: 'Código para insertar' },
    copyEmbed: { en: 'Copy embed code', es: 'Copiar el código para insertar' },
    embedCopied: { en: 'Embed code copied', es: 'Código para insertar copiado' },
    embedFrom: { en: 'From', es: 'De' },
    embedLink: {
      en: (siteName) => `${siteName}: the figure, its data and every source`,
      es: (siteName) => `${siteName}: la figura, sus datos y cada fuente`,
    },
    sourceLine: {
      en: (outlets, more) => `Sources: ${more > 0 ? `${outlets.join(', ')} and ${more} more` : outlets.length > 1 ? `${outlets.slice(0, -1).join(', ')} and ${outlets.at(-1)}` : outlets.join('')}. Every record is sourced on the figure's page.`,
      es: (outlets, more) => `Fuentes: ${more > 0 ? `${outlets.join(', ')} y ${formatNumber('es', more)} más` : list('es', outlets)}. Cada registro tiene su fuente en la página de la figura.`,
    },
    sourceArticle: { en: 'source article', es: 'artículo fuente' },
  },
  source: {
    cite: { en: 'Source', es: 'Fuente' },
    source: { en: 'Source', es: 'Fuente' },
    paragraph: { en: (n) => `paragraph ${n}`, es: (n) => `párrafo ${n}` },
    archivedCopy: { en: 'archived copy', es: 'copia archivada' },
    archivedCopyOf: { en: (publisher) => ` of ${publisher}`, es: (publisher) => ` de ${publisher}` },
    ourTranslation: { en: 'our translation', es: 'traducción propia' },
    withTranslation: { en: (translation) => `(our translation: “${translation}”)`, es: (translation) => `(traducción propia: “${translation}”)` },
  },
  corrections: {
    kinds: {
      correction: { en: 'Correction', es: 'Corrección' },
      clarification: { en: 'Clarification', es: 'Aclaración' },
      update: { en: 'Update', es: 'Actualización' },
    },
    notes: {
      correction: { en: 'Corrected', es: 'Corregido el' },
      clarification: { en: 'Clarified', es: 'Aclarado el' },
      update: { en: 'Updated', es: 'Actualizado el' },
    },
    note: { en: (kind, date) => `${NOTES.en[kind]} ${date}`, es: (kind, date) => `${NOTES.es[kind]} ${date}` },
    none: { en: 'No corrections so far.', es: 'Por ahora no hay correcciones.' },
    affects: { en: 'Affects:', es: 'Afecta a:' },
    linkToEntry: { en: 'Link to this entry', es: 'Enlace a esta entrada' },
  },
  sourcesPage: {
    title: { en: 'Sources', es: 'Fuentes' },
    description: {
      en: 'The news articles this explainer is built from, each reproduced for reference with paragraph permalinks.',
      es: 'Los artículos de prensa con los que se elaboró este explicativo, reproducidos como referencia con enlaces permanentes a cada párrafo.',
    },
    kicker: { en: 'Sources', es: 'Fuentes' },
    headline: { en: 'The articles behind this explainer', es: 'Los artículos detrás de este explicativo' },
    dek: {
      en: (articles) => `Every claim on this site links to a passage in one of these ${articles} articles, or to a sourced research record. Each article is reproduced for reference, cleaned of page furniture, with a permalink on every paragraph.`,
      es: (articles) => `Cada afirmación de este sitio enlaza con un pasaje de uno de estos ${formatNumber('es', articles)} artículos o con un registro de investigación con su fuente. Cada artículo se reproduce como referencia, sin los elementos de la página original, con un enlace permanente en cada párrafo.`,
    },
  },
  article: {
    kicker: { en: 'Source article', es: 'Artículo fuente' },
    kickerWithOutlet: { en: (outlet) => `Source article · ${outlet}`, es: (outlet) => `Artículo fuente · ${outlet}` },
    summary: {
      en: (outlet, headline) => `${outlet}: “${headline}”, reproduced for reference in the explainer on Colombia, the U.S. and the boat strikes.`,
      es: (outlet, headline) => `${outlet}: “${headline}”, reproducido como referencia en el explicativo sobre Colombia, Estados Unidos y los ataques contra lanchas.`,
    },
    by: { en: (byline) => `By ${byline}`, es: (byline) => `Por ${byline}` },
    dateline: { en: 'Dateline:', es: 'Lugar y fecha:' },
    language: { en: 'Language:', es: 'Idioma:' },
    credit: { en: 'Credit: ', es: 'Crédito: ' },
    notice: {
      en: 'This text is reproduced from the source for reference, with page furniture (navigation, subscription prompts, recommendations) removed.',
      es: 'Este texto se reproduce de la fuente como referencia, sin los elementos de la página original (navegación, invitaciones a suscribirse, recomendaciones).',
    },
    original: { en: 'Original', es: 'Original' },
    urlUnknown: { en: 'The original URL is unknown.', es: 'No se conoce la URL original.' },
    howIdentified: { en: 'How we identified it:', es: 'Cómo lo identificamos:' },
    noBody: { en: 'This article has no body text beyond its headline.', es: 'Este artículo no tiene más texto que su titular.' },
    outletUnknown: { en: 'outlet unknown', es: 'medio desconocido' },
    dateUnknown: { en: 'date unknown', es: 'fecha desconocida' },
    asStated: { en: 'as stated in the article', es: 'según el propio artículo' },
    asStatedQuoting: { en: (text) => `as stated in the article (“${text}”)`, es: (text) => `según el propio artículo (“${text}”)` },
    publicationDate: { en: 'publication date', es: 'fecha de publicación' },
    publicationDateKnownTo: {
      en: (precision) => `publication date, known to the ${precision}`,
      es: (precision) => `fecha de publicación, conocida solo ${precision === 'month' ? 'al mes' : 'al año'}`,
    },
    noDateFound: { en: 'no date found in the article’s text', es: 'no se encontró ninguna fecha en el texto del artículo' },
    languageNames: {
      en: { en: 'English', es: 'inglés' },
      es: { en: 'Spanish', es: 'español' },
      und: { en: 'language undetermined', es: 'idioma no determinado' },
    },
  },
  briefing: {
    title: { en: 'Briefing', es: 'Resumen' },
    description: {
      en: (length) => `The story of Colombia's ${length} suspension of intelligence sharing with the U.S., on two printable pages.`,
      es: (length) => `La historia de la suspensión ${length} del intercambio de inteligencia de Colombia con Estados Unidos, en dos páginas para imprimir.`,
    },
    ogTitle: {
      en: (length) => `The ${length} suspension, on two printable pages`,
      es: (length) => `La suspensión ${length}, en dos páginas para imprimir`,
    },
    asOf: { en: (cutoffs) => `Briefing: ${cutoffs}`, es: (cutoffs) => `Resumen: ${cutoffs}` },
    headline: { en: 'Colombia, the U.S. and the boat strikes', es: 'Colombia, Estados Unidos y los ataques contra lanchas' },
    fullExplainer: { en: 'Full explainer, with every source passage:', es: 'El explicativo completo, con cada pasaje de las fuentes:' },
    print: { en: 'Print this briefing', es: 'Imprimir este resumen' },
    back: { en: 'Back to the explainer', es: 'Volver al explicativo' },
    keyFacts: { en: 'Key facts', es: 'Datos clave' },
    chronology: { en: 'Chronology, September 2025 – January 2026', es: 'Cronología, septiembre de 2025 – enero de 2026' },
    when: { en: 'When', es: 'Cuándo' },
    what: { en: 'What', es: 'Qué' },
    keyFigures: { en: 'Key figures', es: 'Cifras clave' },
    source: { en: 'Source:', es: 'Fuente:' },
    strikeMap: { en: 'Where the strikes were', es: 'Dónde fueron los ataques' },
    quotes: { en: 'In their words', es: 'En sus palabras' },
    sources: { en: 'Sources', es: 'Fuentes' },
    originalUnknown: { en: 'Original URL unknown.', es: 'URL original desconocida.' },
    orLater: { en: (date) => `${date} or later`, es: (date) => `${date} o después` },
    records: {
      en: (strikes, seizures, siteUrl) => `Strike and seizure records: ${strikes} strike records and ${seizures} seizure records from public reporting, each linked to its source at ${siteUrl}.`,
      es: (strikes, seizures, siteUrl) => `Registros de ataques e incautaciones: ${formatNumber('es', strikes)} registros de ataques y ${formatNumber('es', seizures)} registros de incautaciones tomados de informaciones públicas, cada uno enlazado con su fuente en ${siteUrl}.`,
    },
  },
  og: {
    sectionKicker: { en: 'Explainer · section', es: 'Explicativo · sección' },
  },
  share: {
    read: { en: (title) => `Read “${title}” in the explainer`, es: (title) => `Lea “${title}” en el explicativo` },
  },
};
