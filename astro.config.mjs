// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdownProcessor } from './src/lib/markdown/pipeline.ts';
import { strata } from './src/lib/integrations/index.ts';
import { announceLocalOrigin, resolveOrigin } from './src/lib/site/origin.ts';

const root = new URL('.', import.meta.url).pathname;

// Without STRATA_SITE_URL the build is a local preview: links and QR codes use
// the address `npm start` serves. `npm run build:deploy` refuses that (README, "Deploying").
const origin = resolveOrigin(process.env.STRATA_SITE_URL);
announceLocalOrigin(origin);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: origin.url,
  output: 'static',
  // Env overrides for scratch builds (npm run bench:build); defaults unchanged.
  ...(process.env.STRATA_OUT_DIR ? { outDir: process.env.STRATA_OUT_DIR } : {}),
  ...(process.env.STRATA_CACHE_DIR ? { cacheDir: process.env.STRATA_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  // Stylesheets go into each page as <style> (hashed into its CSP by strata:security):
  // the site's CSS is about 3.6 KB gzipped, so a separate file would only add a
  // render-blocking request before first paint (README, "Build measurements").
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7's default Markdown processor (Sätteri) skips remark/rehype plugins;
  // the unified processor runs them for .md and .mdx alike.
  markdown: {
    processor: markdownProcessor(root),
  },
  // Strata's passes (validation, addresses, search, security), in the order
  // they run; see src/lib/integrations/index.ts for why that order.
  integrations: [...strata(), mdx(), sitemap()],
  devToolbar: { enabled: false },
  // Incremental builds: a page whose getStaticPaths() `cacheKey` (src/lib/build/cache-keys.ts)
  // and module graph are unchanged is copied from the cache (cacheDir/dist/) instead of
  // rendered. `astro build --force` renders everything. See README, "Incremental builds".
  experimental: { incrementalBuild: true },
  // Always emit scripts as files (never inline), so they are cached across
  // pages, measured as JavaScript, and allowed by a strict script-src later.
  vite: { build: { assetsInlineLimit: 0 } },
});
