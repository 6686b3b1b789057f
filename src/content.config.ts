/**
 * Every collection the site is built from. Seed articles come from `seeds/` through a custom loader; the
 * research data and the narrative live in `content/`. The schemas are plain Zod modules in `src/schemas/`,
 * so tests validate `content/` with exactly the rules the build uses.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { seedLoader } from './lib/articles/loader.ts';
import { contentDirectory, seedsDirectory } from './lib/env.ts';
import {
  articleMetaSchema,
  articleSchema,
  citationSchema,
  correctionSchema,
  eventSchema,
  figureSchema,
  sectionSchema,
  seizureSchema,
  strikeSchema,
} from './schemas/index.ts';

// CONTENT_DIR: a folder of research-data YAML other than content/, for build tests (the narrative has EXPLAINER_DIR).
const data = contentDirectory();

export const collections = {
  articles: defineCollection({ loader: seedLoader({ directory: seedsDirectory() }), schema: articleSchema }),
  articleMeta: defineCollection({ loader: file(`${data}/article-meta.yaml`), schema: articleMetaSchema }),
  events: defineCollection({ loader: file(`${data}/events.yaml`), schema: eventSchema }),
  figures: defineCollection({ loader: file(`${data}/figures.yaml`), schema: figureSchema }),
  seizures: defineCollection({ loader: file(`${data}/seizures.yaml`), schema: seizureSchema }),
  strikes: defineCollection({ loader: file(`${data}/strikes.yaml`), schema: strikeSchema }),
  citations: defineCollection({ loader: file(`${data}/citations.yaml`), schema: citationSchema }),
  corrections: defineCollection({ loader: file(`${data}/corrections.yaml`), schema: correctionSchema }),
  // EXPLAINER_DIR: a folder of narrative sections other than content/explainer, for build tests.
  sections: defineCollection({ loader: glob({ pattern: '*.mdx', base: process.env.EXPLAINER_DIR?.trim() || 'content/explainer' }), schema: sectionSchema }),
  // The Spanish edition's narrative (same schema, slugs, paragraphs and Cite ids); EXPLAINER_ES_DIR for build tests.
  sectionsEs: defineCollection({ loader: glob({ pattern: '*.mdx', base: process.env.EXPLAINER_ES_DIR?.trim() || 'content/explainer-es' }), schema: sectionSchema }),
};
