// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeHeadingAnchors } from './src/lib/rehypeHeadingAnchors.ts';
import { permalinkGuard } from './src/integrations/permalinks.ts';
import { shareAssets } from './src/integrations/shareAssets.ts';

/**
 * Hosting comes from the environment (see README): SITE_URL is the public origin, BASE_PATH the sub-path
 * the site is served from. OUT_DIR and CACHE_DIR let tests and the benchmark build side by side.
 */
const site = process.env.SITE_URL?.trim() || 'http://localhost:4321';
// Printed URLs (page footers, the briefing's "Full explainer" line) can only come from SITE_URL: say so once
// when a production build has none. `npm start` sets it to the address it serves.
if (!process.env.SITE_URL?.trim() && process.argv.includes('build') && !process.env.VITEST) {
  console.warn(`SITE_URL is not set: printed and shared URLs will point at ${site}. Set SITE_URL to the public origin.`);
}
const base = process.env.BASE_PATH?.trim() || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Two editions (issue #16): English at the root, Spanish under /es/ (src/i18n/locales.ts).
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  outDir: process.env.OUT_DIR?.trim() || './dist',
  cacheDir: process.env.CACHE_DIR?.trim() || './node_modules/.astro',
  // Four pages at a time: the Open Graph cards are rendered by sharp off the main thread, so page rendering
  // and card rendering overlap on both cores (27.8 ms per article at 1,000 articles, against 33.6 with 2).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  integrations: [
    mdx(),
    // Figure SVG/PNG downloads and share cards from the built figure pages, and dist/_headers (framing rules).
    shareAssets(),
    permalinkGuard({
      manifest: process.env.PERMALINK_MANIFEST?.trim() || './content/permalinks.json',
      aliases: process.env.PERMALINK_ALIASES?.trim() || './content/permalink-aliases.json',
    }),
  ],
  markdown: { rehypePlugins: [rehypeHeadingAnchors] },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: scripts and styles only from this site or with the
  // hashes Astro computes at build time; never 'unsafe-inline'. The one style attribute (the print
  // footer's page URL) is allowed by its own hash ('unsafe-hashes' applies to hashed attributes only).
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: ["'self'", "'unsafe-hashes'"] },
    },
  },
  server: { host: '127.0.0.1' },
  vite: { build: { assetsInlineLimit: 0 } },
});
