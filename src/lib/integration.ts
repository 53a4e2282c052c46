import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { skipAddressChecks } from './content-dir';
import { throwIfProblems } from './content-error';
import { checkAnchors, readAliases, readLock, writeLock } from './links/anchors';
import { checkBuiltLinks, readBuiltSite } from './links/check-links';
import { loadSiteData } from './site-data';

/**
 * Astro integration that validates references.bib and every trial record
 * before Astro renders anything, so a bad entry fails `astro build` (and the
 * dev server) with file, line, field and a fix, instead of surfacing later
 * as a confusing render error. After the build, it checks every internal
 * link and anchor in the output.
 */
export function strataContentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'strata-content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        loadSiteData(root);
      },
      // Every internal link and #anchor must resolve, and no published
      // address may disappear (content/anchors.lock.json).
      'astro:build:done': ({ dir, logger }) => {
        if (skipAddressChecks()) {
          logger.warn('STRATA_SKIP_ADDRESS_CHECKS=1: link and anchor-lock checks skipped (scratch site only).');
          return;
        }
        const pages = readBuiltSite(fileURLToPath(dir));
        const problems = checkBuiltLinks(fileURLToPath(dir), pages);
        const built = new Map([...pages].filter(([path]) => !path.endsWith('.html')).map(([path, page]) => [path, page.sections]));
        const lock = readLock(root);
        if (process.env.STRATA_ANCHORS_UPDATE === '1') {
          const removed = lock ? checkAnchors(built, lock, readAliases(root)).filter((p) => !p.message.includes('not in the anchor lock')) : [];
          throwIfProblems([...problems, ...removed]);
          writeLock(root, built, lock);
          logger.info('content/anchors.lock.json updated: review and commit it.');
          return;
        }
        throwIfProblems([...problems, ...checkAnchors(built, lock, readAliases(root))]);
      },
    },
  };
}
