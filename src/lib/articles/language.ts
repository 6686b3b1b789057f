/**
 * Tells whether an article is in English or Spanish by counting common function words.
 *
 * A stop-word score rather than a language-identification library: it needs no dependency, gives the same
 * answer on every machine and every build, and English and Spanish are the only two languages the
 * project's sources are written in. When the text is too short, or the two scores are too close, the
 * answer is 'und' (undetermined) rather than a guess.
 */

export type ArticleLanguage = 'en' | 'es' | 'und';

// Frequent words of each language that are rare in the other. Shared or ambiguous words ("a", "no",
// "me", "he", "son", "sin") are left out so that names and quotations move the score as little as possible.
const STOP_WORDS: Record<'en' | 'es', ReadonlySet<string>> = {
  en: new Set(
    'the and of to in is that for on with was were said it its by as at from his her has have had are be been will would this which who not but or an they their there after than also about into over'.split(' '),
  ),
  es: new Set(
    'el la los las del que y en un una por con para es se su sus al lo como más pero fue ha han este esta estos estas dijo ser sobre entre también desde hasta cuando donde muy según porque ya ni le les'.split(' '),
  ),
};

/** Fewer matching words than this is too little text to tell. */
const MIN_HITS = 8;
/** The winning language must hold at least this share of the matching words. */
const MIN_SHARE = 0.75;

export interface LanguageScore {
  language: ArticleLanguage;
  en: number;
  es: number;
}

/** Scores a text and names its language: 'en', 'es', or 'und' when unsure. */
export function detectLanguage(text: string): LanguageScore {
  const words = text.toLocaleLowerCase('es').match(/\p{L}+/gu) ?? [];
  let en = 0;
  let es = 0;
  for (const word of words) {
    if (STOP_WORDS.en.has(word)) en += 1;
    else if (STOP_WORDS.es.has(word)) es += 1;
  }
  const hits = en + es;
  const language: ArticleLanguage = hits < MIN_HITS ? 'und' : en / hits >= MIN_SHARE ? 'en' : es / hits >= MIN_SHARE ? 'es' : 'und';
  return { language, en, es };
}

/** The language's name for readers, in English like the rest of the site. */
export const LANGUAGE_NAMES: Record<ArticleLanguage, string> = {
  en: 'English',
  es: 'Spanish',
  und: 'language undetermined',
};

/** The value for an HTML `lang` attribute: the code, or "" (unknown, per the HTML standard) for 'und'. */
export const htmlLang = (language: ArticleLanguage): string => (language === 'und' ? '' : language);
