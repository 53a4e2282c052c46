import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { throwIfProblems } from './content-error';
import { checkBuiltLinks } from './links/check-links';
import { loadSiteData } from './site-data';

/**
 * Astro integration that validates references.bib and every trial record
 * before Astro renders anything, so a bad entry fails `astro build` (and the
 * dev server) with file, line, field and a fix, instead of surfacing later
 * as a confusing render error. After the build, it checks every internal
 * link and anchor in the output.
 */
export function strataContentCheck(): AstroIntegration {
  return {
    name: 'strata-content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        loadSiteData(fileURLToPath(config.root));
      },
      // Every internal link and #anchor in the built site must resolve.
      'astro:build:done': ({ dir }) => {
        throwIfProblems(checkBuiltLinks(fileURLToPath(dir)));
      },
    },
  };
}
