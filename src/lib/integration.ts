import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { throwIfProblems } from './content-error';
import { checkCertaintyLabels } from './content/certainty-check';
import { referenceCoverageProblems } from './content/reference-coverage';
import { checkAnchors, readAliases, readLock, writeLock } from './links/anchors';
import { checkBuiltLinks, readBuiltSite } from './links/check-links';
import { buildSearchIndex } from './search/build-search-index';
import { loadSiteData } from './site-data';

/**
 * Astro integration that validates references.bib and every trial record
 * before Astro renders anything, so a bad entry fails `astro build` (and the
 * dev server) with file, line, field and a fix, instead of surfacing later
 * as a confusing render error. After the build, it checks every internal
 * link and anchor in the output, then writes the Pagefind search index.
 */
export function strataContentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'strata-content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        const data = loadSiteData(root);
        // Every references.bib entry is cited or listed as further reading;
        // Intermediate and Academic pages grade their key claims, with citations.
        throwIfProblems([...referenceCoverageProblems(root, data), ...checkCertaintyLabels(root)]);
      },
      // Every internal link and #anchor must resolve, and no published
      // address may disappear (content/anchors.lock.json).
      'astro:build:done': async ({ dir, logger }) => {
        const pages = readBuiltSite(fileURLToPath(dir));
        const problems = checkBuiltLinks(fileURLToPath(dir), pages);
        const built = new Map([...pages].filter(([path]) => !path.endsWith('.html')).map(([path, page]) => [path, page.sections]));
        const lock = readLock(root);
        if (process.env.STRATA_ANCHORS_UPDATE === '1') {
          const removed = lock ? checkAnchors(built, lock, readAliases(root)).filter((p) => !p.message.includes('not in the anchor lock')) : [];
          throwIfProblems([...problems, ...removed]);
          writeLock(root, built, lock);
          logger.info('content/anchors.lock.json updated: review and commit it.');
        } else {
          throwIfProblems([...problems, ...checkAnchors(built, lock, readAliases(root))]);
        }
        const indexed = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index written to pagefind/ (${indexed} pages).`);
      },
    },
  };
}
