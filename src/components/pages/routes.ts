/**
 * The static paths of the pages that exist once per record, shared by both editions' route files
 * (src/pages/… and src/pages/es/…), so each route file only names its component and its edition.
 */
import type { GetStaticPaths } from 'astro';
import { getSiteData } from '../../data/site.ts';
import { sectionFirstSentence } from '../../lib/share.ts';
import { FIGURE_NAMES } from '../../lib/share.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { FigureName } from '../../lib/share.ts';

/** What a figure's page and its embed are given: the figure and the edition. */
export interface FigurePageProps {
  name: FigureName;
  locale: Locale;
}

/** One page per seed article: /sources/<id>/. */
export const articlePaths = (async () => {
  const { articles } = await getSiteData();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

/** One page per figure: /figures/<name>/, /embed/<name>/. */
export const figurePaths = (() => FIGURE_NAMES.map((name) => ({ params: { name }, props: { name } }))) satisfies GetStaticPaths;

/** One share page per narrative section of an edition: /s/<id>/, its title and first sentence. */
export async function sharePaths(locale: Locale) {
  const { sections, sectionsEs } = await getSiteData();
  return (locale === 'en' ? sections : sectionsEs).map((section) => ({
    params: { id: section.data.slug },
    props: { id: section.data.slug, title: section.data.title, sentence: sectionFirstSentence(section.body ?? '') },
  }));
}
