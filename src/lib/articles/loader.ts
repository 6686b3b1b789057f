/**
 * The articles collection's content loader: every `*.txt` in the seeds folder becomes an entry whose
 * `rendered.html` is built from text nodes only. Dropping a file into the folder adds an article.
 */
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseSeed, type ParsedArticle } from './parse.ts';
import { SeedError, SeedErrors } from './normalise.ts';
import { renderArticleBody } from './render.ts';

export interface SeedLoaderOptions {
  /** The seeds folder, relative to the project root. */
  directory: string;
}

export function seedLoader({ directory }: SeedLoaderOptions): Loader {
  return {
    name: 'seed-loader',
    async load({ config, store, parseData, generateDigest, logger }) {
      const folder = resolve(fileURLToPath(config.root), directory);
      const files = (await readdir(folder)).filter((name) => name.toLowerCase().endsWith('.txt')).sort();
      store.clear();
      const fileBySlug = new Map<string, string>();
      // Every bad seed is reported, one line each, before the build stops: an editor who added several
      // files fixes them in one go.
      const bad: SeedError[] = [];
      for (const file of files) {
        const bytes = await readFile(resolve(folder, file));
        let article: ParsedArticle;
        try {
          article = parseSeed(bytes, file, `${directory.replace(/\/$/, '')}/${file}`);
        } catch (error) {
          // By name, not instanceof: the content layer may load normalise.ts as a second module instance.
          if (!(error instanceof Error) || error.name !== 'SeedError') throw error;
          bad.push(error as SeedError);
          continue;
        }
        const earlier = fileBySlug.get(article.slug);
        if (earlier !== undefined) {
          bad.push(
            new SeedError(
              `${directory.replace(/\/$/, '')}/${file}`,
              `its page would be /sources/${article.slug}/, the same as ${earlier}'s: rename one of the two files`,
            ),
          );
          continue;
        }
        fileBySlug.set(article.slug, file);
        const { html, headings } = renderArticleBody(article);
        const data = await parseData({ id: article.slug, data: article });
        store.set({ id: article.slug, data, rendered: { html, metadata: { headings } }, digest: generateDigest(bytes.toString('base64')) });
      }
      if (bad.length === 1) throw bad[0];
      if (bad.length > 1) throw new SeedErrors(bad);
      logger.info(`${files.length} articles from ${directory}`);
    },
  };
}
