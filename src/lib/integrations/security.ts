import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { applySecurity } from '../security/apply-security';

/**
 * The security pass, after rendering: puts each page's Content-Security-Policy
 * into the page as a `<meta>` and writes the site's headers to `_headers` and
 * `.htaccess`.
 */
export function strataSecurity(): AstroIntegration {
  return {
    name: 'strata:security',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const secured = applySecurity(fileURLToPath(dir));
        logger.info(`Content-Security-Policy added to ${secured.pages} pages; headers written to _headers and .htaccess.`);
      },
    },
  };
}
