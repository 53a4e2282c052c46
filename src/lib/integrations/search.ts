import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/build-search-index';

/** The search pass, after rendering: writes the Pagefind index to dist/pagefind/. */
export function strataSearch(): AstroIntegration {
  return {
    name: 'strata:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const indexed = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index written to pagefind/ (${indexed} pages).`);
      },
    },
  };
}
