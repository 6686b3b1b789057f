/**
 * Patterns for publisher "furniture": the navigation, share rails, related-article lists, tag lists,
 * comment forms, paywall and cookie prompts, standards, wire, credit and copyright lines that a copied web
 * page carries around the article, in English and Spanish. They describe kinds of furniture, not the
 * lines of any one outlet, so that articles from other outlets come out clean too.
 */
import { parseDateLine } from './dates.ts';

export type ChromeKind =
  | 'rule'
  | 'navigation'
  | 'share'
  | 'related'
  | 'tags'
  | 'comments'
  | 'subscription'
  | 'cookies'
  | 'standards'
  | 'timestamp'
  | 'wire'
  | 'credit'
  | 'copyright';

export interface ChromeRule {
  kind: ChromeKind;
  /** Whether a whole line is this kind of furniture. */
  matches: (line: string) => boolean;
  /** For furniture that opens a block (a list under a label, a banner): whether a later line still belongs to it. */
  continues?: (line: string) => boolean;
  /** Furniture after which no article text follows (a comment section): the rest of the page goes with it. */
  endsArticle?: boolean;
}

export function wordCount(line: string): number {
  return line.split(/\s+/u).filter(Boolean).length;
}

/** Ends like a sentence (or a quotation that closes one). */
const SENTENCE_END = /[.!…"”»]$/u;

/** A whole line that is one of the given labels, case-insensitive, with an optional closing ":", "." or "!". */
const label = (...alternatives: string[]) => new RegExp(`^(?:${alternatives.join('|')})\\s*[.:!]?$`, 'iu');
/** A label followed by a colon and text on the same line ("Read more: How cocaine moves…"). */
const inlineLabel = (...alternatives: string[]) => new RegExp(`^(?:${alternatives.join('|')})\\s*:\\s*\\S.*$`, 'iu');
const test = (pattern: RegExp, maxLength = Infinity) => (line: string) => line.length <= maxLength && pattern.test(line);
const any = (...tests: ((line: string) => boolean)[]) => (line: string) => tests.some((t) => t(line));

/** A short line with no sentence punctuation: an item of a tag list, a button. */
const shortItem = (maxWords: number) => (line: string) => wordCount(line) <= maxWords && !SENTENCE_END.test(line);

// Rules and separators: "_", "-----", "* * *".
const RULE = /^[\s_\-–—=*·•~.|/\\]+$/u;

// Navigation and page furniture: skip links, menus, search, section and "latest news" labels, audio players.
const NAVIGATION = label(
  'skip to (?:main )?content',
  'saltar al contenido(?: principal)?',
  'ir al contenido(?: principal)?',
  'dismiss',
  'close',
  'cerrar',
  'menu',
  'menú(?: principal)?',
  'search',
  'buscar',
  'home',
  'inicio',
  'back to top',
  '(?:volver|ir) arriba',
  'more information',
  'more info',
  'más información',
  '(?:latest|breaking|top) (?:news|stories)',
  'últimas noticias',
  'news',
  'noticias',
  'advertisement',
  'publicidad',
  'anuncio',
  'sponsored(?: content)?',
  'contenido patrocinado',
  'print',
  'imprimir',
  'listen(?: to (?:this|the) (?:article|story))?',
  'escuchar(?: (?:este )?(?:artículo|noticia))?',
  'flecha',
  'arrow',
  'reuse this content',
  'republish(?: this (?:article|story))?',
  'reprints?(?: (?:&|and) permissions)?',
  '(?:like )?loading(?:\\.\\.\\.|…)',
);

// Share rails: "Share this:", one network per line, "Click to share on X (Opens in new window)", "Síguenos en".
const NETWORK = '(?:facebook|x|twitter|e-?mail|correo(?: electrónico)?|whatsapp|linkedin|telegram|reddit|pinterest|threads|bluesky|messenger|flipboard|print|imprimir)';
const SHARE = any(
  test(
    label(
      'share(?: (?:this|the|full))?(?: article| story| page)?(?: (?:on|via) [\\w ]{1,20})?',
      'like(?: this)?',
      'compartir(?: en \\w+)?',
      'comparte(?: esta (?:noticia|nota))?',
      'tweet',
      'copy(?: the)? link',
      'copiar (?:el )?enlace',
      'link copied',
      'enlace copiado',
      '(?:follow us|síguenos)(?: (?:on|en) .*)?',
      NETWORK,
    ),
  ),
  test(new RegExp(`^(?:${NETWORK}\\s*[|·•,/]?\\s*){2,}$`, 'iu')),
  test(/^(?:click to |haz clic para )?(?:share|compartir) (?:on|en) .{1,30}\((?:opens in new window|se abre en una ventana nueva)\)$/iu),
);
const continuesShare = test(/^(?:more|más|like this:?|me gusta(?: esto)?:?|\(?opens in new window\)?)$/iu);

// Related and recommended lists: the label, then the teaser headlines (and their dates) under it.
const RELATED_LABELS = [
  'related(?: (?:articles?|stories|story|content|coverage|news|posts|reading))?',
  'recommended(?: (?:for you|stories|articles|reading))?',
  'recomendad[oa]s?(?: para (?:ti|usted))?',
  'recomendaciones(?: [^.!?]{1,40})?',
  'you (?:may|might) also (?:like|be interested in)',
  'read (?:more|next|also)',
  'read (?:more|the (?:full|original) (?:story|article))(?: (?:at|on) .{1,40})?',
  'also read',
  'see also',
  'further reading',
  'more (?:from|stories|on this story|on this topic|news|coverage)(?: [^.!?]{1,40})?',
  'most (?:viewed|read|popular|shared)',
  'trending(?: now)?',
  "editor'?’?s picks",
  'lo más (?:visto|leído)',
  'más (?:leídas?|vistas?|noticias)',
  '(?:lea|lee) también',
  'también (?:le|te) puede interesar',
  '(?:le|te) puede interesar',
  '(?:noticias|artículos|contenidos?|notas) relacionad[oa]s',
  'otras noticias',
];
const RELATED = test(label(...RELATED_LABELS));
const RELATED_INLINE = test(inlineLabel(...RELATED_LABELS, 'leer más', 'relacionad[oa]'), 300);
/** A teaser headline: short, not a sentence (a question may be), or the date or reading time under one. */
const continuesRelated = (line: string) =>
  (wordCount(line) <= 20 && (!SENTENCE_END.test(line) || (line.endsWith('?') && wordCount(line) <= 15))) || parseDateLine(line) !== null;

// Topic-tag lists: "Tags:", "Explore more on these topics", "Temas relacionados", then one short tag per line.
const TAG_LABELS = [
  'tags?',
  '(?:suggested |related )?topics?',
  'temas?(?: relacionados)?',
  'etiquetas?',
  'palabras clave',
  'keywords',
  'explore more on these topics',
  'more on these topics',
  'filed under',
  'posted in',
  'categor(?:y|ies|ías?)',
  'archived in',
  'archivado en',
];
const TAGS = test(label(...TAG_LABELS));
const TAGS_INLINE = test(inlineLabel(...TAG_LABELS), 300);

// Comment sections: the heading that opens one (everything after it is readers' comments and the form).
const COMMENTS = test(
  label(
    'leave a (?:reply|comment)',
    '(?:deja|dejar) (?:un|tu|su) comentario',
    '\\d* ?comments?(?: \\(\\d+\\))?',
    '\\d* ?comentarios?(?: \\(\\d+\\))?',
    'join the (?:conversation|discussion)',
    '(?:add|post|write) a comment',
    '(?:show|view|see|load|read) (?:all )?(?:\\d+ )?comments',
    'ver (?:los )?(?:\\d+ )?comentarios',
    'comenta(?:r)?',
  ),
);
// The comment form's own lines, wherever they appear.
const COMMENT_FORM = any(
  test(/your email address will not be published|required fields are marked|save my name,? email/iu, 300),
  test(/(?:dirección de )?correo(?: electrónico)? no (?:será|se) publica|campos obligatorios están marcados|guardar mi nombre/iu, 300),
  test(
    label(
      'post(?: a)? comment',
      'publicar(?: comentario)?',
      'submit',
      'enviar',
      'name\\s*\\*?',
      'nombre\\s*\\*?',
      'e-?mail\\s*\\*',
      'correo(?: electrónico)?\\s*\\*',
      'website',
      'sitio web',
      'comment\\s*\\*?',
      'comentario\\s*\\*?',
      'cancel reply',
      'cancelar respuesta',
      'reply',
      'responder',
      'log in to (?:reply|comment)',
      'inicia sesión para (?:responder|comentar)',
    ),
  ),
);

// Newsletter, subscription and paywall prompts in English, Spanish, French, Portuguese, Italian and German.
const SUBSCRIPTION_WORDS =
  /\b(?:newsletters?|boletín|sign up|subscri(?:be|ption|ber)s?|suscr[ií](?:bete|base|pci[oó]n|pciones|birse|ptor(?:es)?)|abonn(?:ez|ement|és?)|assinatura|assine|abbonamento|abbonati|abonnieren|abonnement)\b/iu;
const PAYWALL_WORDS =
  /\b(?:continue reading|keep reading|sigue leyendo|(?:para )?(?:seguir|continuar) leyendo|unlock (?:this|the full) (?:article|story)|free articles?|artículos gratuitos|límite de artículos|already have an account|ya tienes (?:una )?cuenta|create (?:a free |an )?account|crea (?:una|tu) cuenta|regístrate|register (?:now|for free)|exclusiv[eoa] (?:for|to|para) (?:subscribers|members|suscriptores|socios))\b/iu;
const SUBSCRIPTION = any(test(SUBSCRIPTION_WORDS, 320), test(PAYWALL_WORDS, 320));
/** Words of the account and device nag that follows a paywall prompt. */
const ACCOUNT =
  /\b(?:cuenta|contraseña|dispositivo|usuario|premium|account|password|device|log ?in|sign ?in|iniciar sesión|inicia sesión|términos y condiciones|terms and conditions|compte|conta|konto)\b/iu;

// Cookie and consent banners, in any language the project meets, and their buttons.
const COOKIE_NOTICE = any(
  test(/\bcookies?\b.*\b(?:use|uses|utiliza(?:mos)?|usa(?:mos)?|emplea(?:mos)?|accept|acept|consent|experiencia|experience|navega|browsing|policy|política|settings|configura)/iu, 600),
  test(/\b(?:we use|this (?:site|website) uses|utilizamos|usamos|este sitio(?: web)? (?:utiliza|usa))\b.*\bcookies?\b/iu, 600),
  test(/^(?:we value your privacy|valoramos tu privacidad|tu privacidad es importante(?: para nosotros)?|your privacy(?: choices| matters)?)[.:!]?$/iu),
);
const COOKIE_BUTTON = test(
  label(
    'accept(?: all)?(?: cookies)?',
    'aceptar(?: todas?)?(?: las cookies)?(?: y cerrar)?',
    'acepto',
    'i agree',
    'agree',
    'estoy de acuerdo',
    'reject(?: all)?',
    'rechazar(?: todas?)?',
    'decline',
    'manage (?:preferences|options|settings|cookies)',
    'gestionar (?:preferencias|opciones|cookies)',
    'configurar(?: cookies)?',
    'configuración(?: de cookies)?',
    'ajustes(?: de cookies)?',
    'more options',
    'más opciones',
    'ok',
    'entendido',
    'got it',
    'privacy policy',
    'política de privacidad',
    'cookie policy',
    'política de cookies',
    'continue without accepting',
    'continuar sin aceptar',
    'save (?:preferences|settings|choices)',
    'guardar(?: preferencias)?',
  ),
);
const continuesCookies = any(
  COOKIE_BUTTON,
  test(/\b(?:consent|consentimiento|privacy|privacidad|partners|socios|personali[sz]ed|personalizad[ao]s?|legitimate interest|interés legítimo)\b/iu, 300),
);

// Trust and standards lines: "Our Standards: The Thomson Reuters Trust Principles.", "Criterios editoriales".
const STANDARDS = test(
  /^(?:our standards|nuestros (?:estándares|principios)|criterios editoriales|editorial (?:standards|guidelines|policy)|why you can trust us|corrections? policy|política de correcciones)\b|\btrust principles\b/iu,
  200,
);

// Relative timestamps and reading times: "Updated 2 hours ago", "hace 3 horas", "5 min read".
const TIMESTAMP = any(
  test(
    /^(?:(?:updated|actualizado|published|publicado|posted)\s+)?(?:(?:\d+|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago|hace\s+(?:\d+|un[ao]?)\s+(?:minutos?|horas?|días?|semanas?)|just now|ahora mismo)$/iu,
  ),
  test(/^(?:\d+\s*min(?:ute)?s?\s*(?:read|de lectura)|(?:tiempo de )?lectura:?\s*\d+\s*min(?:utos?)?)\.?$/iu),
);

// Wire-service sign-offs and slugs: "The-CNN-Wire", "— Reuters", "(AP)".
const WIRE = test(
  /^(?:(?:the[-\s])?(?:cnn|ap|afp|reuters|bloomberg|efe|dpa|ansa|upi)[-\s]wire|[—–-]\s*(?:reuters|ap|afp|efe|bloomberg)|\((?:reuters|ap|afp|efe)\))$/iu,
);

// Credit lines: "Reporting by A; Editing by B", "Con información de EFE". Kept as the article's credit, not text.
const CREDIT = test(
  /^\(?(?:(?:additional )?reporting|writing|editing|edited|compiled|reportería|edición|con información|con reportería|información) (?:by|de|por) .+$/iu,
  300,
);

// Copyright notices.
const COPYRIGHT = test(/(?:©|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?\d{4}|\ball rights reserved\b|\btodos los derechos reservados\b)/iu, 240);

/** Every rule, checked in this order; the first that matches a line decides its kind. */
const RULES: ChromeRule[] = [
  { kind: 'rule', matches: (line) => RULE.test(line) },
  { kind: 'navigation', matches: test(NAVIGATION) },
  { kind: 'share', matches: SHARE, continues: continuesShare },
  { kind: 'timestamp', matches: TIMESTAMP },
  { kind: 'credit', matches: CREDIT },
  { kind: 'wire', matches: WIRE },
  { kind: 'standards', matches: STANDARDS },
  { kind: 'cookies', matches: any(COOKIE_NOTICE, COOKIE_BUTTON), continues: continuesCookies },
  { kind: 'comments', matches: COMMENT_FORM },
  { kind: 'comments', matches: COMMENTS, endsArticle: true },
  { kind: 'related', matches: RELATED, continues: continuesRelated },
  { kind: 'related', matches: RELATED_INLINE },
  { kind: 'tags', matches: TAGS, continues: any(shortItem(5), (line) => wordCount(line) <= 12 && /[,|·]/u.test(line)) },
  { kind: 'tags', matches: TAGS_INLINE },
  { kind: 'copyright', matches: COPYRIGHT },
  { kind: 'subscription', matches: SUBSCRIPTION, continues: (line) => continuesPaywall(line) },
];

/** The rule a whole line matches, or undefined for article text. */
export function chromeRule(line: string): ChromeRule | undefined {
  return RULES.find((rule) => rule.matches(line));
}

/** Says which kind of furniture a whole line is, or null for article text. */
export function chromeKind(line: string): ChromeKind | null {
  return chromeRule(line)?.kind ?? null;
}

/**
 * Whether a line continues a paywall block that a subscription prompt opened: account and device
 * vocabulary, a question to the reader, or a stray short label ("Flecha").
 */
export function continuesPaywall(line: string): boolean {
  return (
    SUBSCRIPTION_WORDS.test(line) ||
    PAYWALL_WORDS.test(line) ||
    ACCOUNT.test(line) ||
    /^[¿¡]/u.test(line) ||
    (line.endsWith('?') && line.length <= 120) ||
    wordCount(line) <= 4
  );
}

/** A short label with no sentence punctuation, as left at the foot of a page ("News", "Dismiss"). */
export function isStrayLabel(line: string): boolean {
  return wordCount(line) <= 3 && !/[.!?…"”»]$/u.test(line);
}
