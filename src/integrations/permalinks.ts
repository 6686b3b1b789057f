/**
 * An Astro integration that keeps published permalinks working. After every build it applies the aliases in
 * content/permalink-aliases.json to the pages, then checks the built pages against the committed manifest
 * content/permalinks.json: a published id that is gone fails the build with one line naming it.
 * `npm run permalinks:update` records new ids in the manifest.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { allIds, applyAliases, missingPermalinks, permalinkIds, type Alias, type Manifest } from '../lib/permalinks.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

/** Site path ("/sources/x/") of an HTML file in the output folder. */
const sitePath = (outDir: string, file: string) =>
  '/' + relative(outDir, file).split(sep).join('/').replace(/index\.html$/, '').replace(/\.html$/, '/');

/** Reads the built pages' permalink ids, after applying aliases (written back to the files). */
export function readBuiltPermalinks(outDir: string, aliases: readonly Alias[]): { ids: Manifest; present: Map<string, Set<string>> } {
  const ids: Manifest = {};
  const present = new Map<string, Set<string>>();
  for (const file of htmlFiles(outDir).sort()) {
    const page = sitePath(outDir, file);
    const html = readFileSync(file, 'utf8');
    const pageAliases = aliases.filter((alias) => alias.page === page);
    const aliased = pageAliases.length > 0 ? applyAliases(html, pageAliases) : html;
    if (aliased !== html) writeFileSync(file, aliased);
    ids[page] = permalinkIds(html);
    present.set(page, allIds(aliased));
  }
  return { ids, present };
}

export function permalinkGuard(paths: { manifest: string; aliases: string }): AstroIntegration {
  const options = { ...paths };
  return {
    name: 'permalink-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Paths are relative to the project root, wherever the build runs from.
        options.manifest = fileURLToPath(new URL(paths.manifest, config.root));
        options.aliases = fileURLToPath(new URL(paths.aliases, config.root));
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const aliases: Alias[] = existsSync(options.aliases) ? JSON.parse(readFileSync(options.aliases, 'utf8')) : [];
        const { present } = readBuiltPermalinks(outDir, aliases);
        if (!existsSync(options.manifest)) {
          logger.warn(`no permalink manifest at ${options.manifest}: run npm run permalinks:update`);
          return;
        }
        const manifest: Manifest = JSON.parse(readFileSync(options.manifest, 'utf8'));
        // A published page is a permalink too, even with no ids of its own (a section's share page /s/<id>/).
        const gonePages = Object.keys(manifest).filter((page) => !present.has(page) && manifest[page]!.length === 0).map((page) => `${page} (the page is gone)`);
        const missing = [...gonePages, ...missingPermalinks(manifest, present)];
        if (missing.length > 0) {
          throw new Error(
            `Permalink check failed: ${missing.length} published permalink(s) gone, e.g. ${missing.slice(0, 5).join(', ')}; restore them or add an alias in content/permalink-aliases.json`,
          );
        }
        logger.info(`${Object.values(manifest).flat().length} published permalinks all resolve`);
      },
    },
  };
}
