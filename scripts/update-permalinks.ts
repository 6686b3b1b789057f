/**
 * Records the permalinks of the last build (dist/, or OUT_DIR) in content/permalinks.json. Run after
 * `npm run build` when a change adds pages or ids: `npm run permalinks:update`. Published ids are never
 * dropped from the manifest; rename one with an alias in content/permalink-aliases.json instead.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBuiltPermalinks } from '../src/integrations/permalinks.ts';
import type { Alias, Manifest } from '../src/lib/permalinks.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const manifestPath = resolve(root, 'content/permalinks.json');
const aliasesPath = resolve(root, 'content/permalink-aliases.json');
const aliases: Alias[] = existsSync(aliasesPath) ? JSON.parse(readFileSync(aliasesPath, 'utf8')) : [];
const previous: Manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
const { ids } = readBuiltPermalinks(outDir, aliases);
const merged: Manifest = {};
for (const page of [...new Set([...Object.keys(previous), ...Object.keys(ids)])].sort()) {
  merged[page] = [...new Set([...(previous[page] ?? []), ...(ids[page] ?? [])])].sort();
}
writeFileSync(manifestPath, JSON.stringify(merged, null, 1) + '\n');
const count = Object.values(merged).flat().length;
console.log(`content/permalinks.json: ${count} permalinks on ${Object.keys(merged).length} pages`);
