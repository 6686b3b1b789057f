/**
 * Patterns for publisher "chrome": the navigation, paywall, newsletter, recommendation, wire and copyright
 * lines that a copied web page carries around the article. They describe kinds of chrome, not the lines
 * of any one seed, so that articles from other outlets come out clean too.
 */

/** Lines made only of rules and separators: "_", "-----", "* * *". */
const RULE = /^[\s_\-–—=*·•~.|/\\]+$/u;

/** Whole-line navigation and page furniture, in English and Spanish. */
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'skip to (?:main )?content',
      'saltar al contenido(?: principal)?',
      'leave a (?:reply|comment)',
      'deja (?:un|tu) comentario',
      'dismiss',
      'close',
      'cerrar',
      'menu',
      'search',
      'more information',
      'more info',
      'más información',
      'archived in',
      'archivado en',
      'most (?:viewed|read|popular|shared)',
      'lo más (?:visto|leído)',
      'más leídas?',
      '(?:latest|breaking|top) (?:news|stories)',
      'últimas noticias',
      'news',
      'noticias',
      'advertisement',
      'publicidad',
      'sponsored(?: content)?',
      'comments?',
      'comentarios',
      'share(?: this(?: article| story)?)?(?: on \\w+)?',
      'compartir',
      'print',
      'imprimir',
      'tweet',
      'follow us(?: on .*)?',
      'related(?: (?:articles|stories|content|coverage))?',
      'recommended(?: for you)?',
      'recomendaciones(?: .*)?',
      'you (?:may|might) also like',
      'read (?:more|next|also)(?::.*)?',
      'lee también(?::.*)?',
      'more (?:from|stories|on this story)(?: .*)?',
      'tags?:.*',
      'topics?:.*',
      'flecha',
      'arrow',
    ].join('|') +
    ')[.:!]?$',
  'iu',
);

/** Newsletter and subscription prompts in English, Spanish, French, Portuguese, Italian and German. */
const SUBSCRIPTION =
  /\b(?:newsletters?|boletín|sign up|subscri(?:be|ption|ber)s?|suscr[ií](?:bete|pci[oó]n|pciones|birse|ptor)|abonn(?:ez|ement)|assinatura|assine|abbonamento|abbonati|abonnieren|abonnement)\b/iu;

/** Words of the account and device nag that follows a paywall prompt. */
const ACCOUNT =
  /\b(?:cuenta|contraseña|dispositivo|usuario|premium|account|password|device|log ?in|sign ?in|iniciar sesión|inicia sesión|términos y condiciones|terms and conditions|compte|conta|konto)\b/iu;

/** Copyright notices. */
const COPYRIGHT = /(?:©|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?\d{4}|\ball rights reserved\b|\btodos los derechos reservados\b)/iu;

/** Wire-service sign-offs and slugs: "The-CNN-Wire", "— Reuters", "(AP)". */
const WIRE =
  /^(?:(?:the[-\s])?(?:cnn|ap|afp|reuters|bloomberg|efe|dpa|ansa|upi)[-\s]wire|[—–-]\s*(?:reuters|ap|afp|efe|bloomberg)|\((?:reuters|ap|afp|efe)\)|(?:reporting|writing|editing) by .+)$/iu;

export type ChromeKind = 'rule' | 'furniture' | 'subscription' | 'copyright' | 'wire';

/** Says which kind of chrome a whole line is, or null for article text. */
export function chromeKind(line: string): ChromeKind | null {
  if (RULE.test(line)) return 'rule';
  if (FURNITURE.test(line)) return 'furniture';
  if (WIRE.test(line)) return 'wire';
  if (COPYRIGHT.test(line) && line.length <= 240) return 'copyright';
  // A prompt is short; a long paragraph that mentions subscriptions is more likely reporting.
  if (SUBSCRIPTION.test(line) && line.length <= 320) return 'subscription';
  return null;
}

/**
 * Whether a line continues a paywall block that a subscription prompt opened: account and device
 * vocabulary, a question to the reader, or a stray short label ("Flecha").
 */
export function continuesPaywall(line: string): boolean {
  return (
    SUBSCRIPTION.test(line) ||
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

export function wordCount(line: string): number {
  return line.split(/\s+/u).filter(Boolean).length;
}
