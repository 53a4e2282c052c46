import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { skipAddressChecks } from './content-dir';
import { throwIfProblems } from './content-error';
import { parseRecordChecks } from './content/parse-record-checks';
import { checkAnchors, readAliases, readLock, writeLock } from './links/anchors';
import { checkBuiltLinks, readBuiltSite } from './links/check-links';
import { buildSearchIndex } from './search/build-search-index';
import { applySecurity } from './security/apply-security';
import { loadSiteData } from './site-data';

/**
 * Astro integration that validates references.bib and every trial record
 * before Astro renders anything, so a bad entry fails `astro build` (and the
 * dev server) with file, line, field and a fix, instead of surfacing later
 * as a confusing render error. After the build, it checks every internal
 * link and anchor in the output, then writes the Pagefind search index and secures every page
 * (Content-Security-Policy meta, `_headers`, `.htaccess`).
 */
/**
 * Every internal link and #anchor resolves, and no locked address has
 * disappeared (content/anchors.lock.json); with STRATA_ANCHORS_UPDATE=1 new
 * addresses are written to the lock instead.
 */
function checkAddresses(root: string, dist: string, logger: { info(message: string): void }): void {
  const pages = readBuiltSite(dist);
  const problems = checkBuiltLinks(dist, pages);
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
}

export function strataContentCheck(): AstroIntegration {
  let root = process.cwd();
  let completed = false;
  return {
    name: 'strata-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') {
          // A failed build must never leave a dist/ that looks like a good one:
          // start from nothing, and remove whatever exists if the process ends
          // before the last check below has passed.
          const outDir = fileURLToPath(config.outDir);
          rmSync(outDir, { recursive: true, force: true });
          process.once('exit', () => {
            if (!completed) rmSync(outDir, { recursive: true, force: true });
          });
        }
        // Content checks run on the build's one parse of each article (see parseRecordChecks).
        updateConfig({ vite: { plugins: [parseRecordChecks(root)] } });
        // references.bib, trials and evidence fail fast, before anything compiles.
        loadSiteData(root);
      },
      // Every internal link and #anchor must resolve, and no published
      // address may disappear (content/anchors.lock.json).
      'astro:build:done': async ({ dir, logger }) => {
        if (skipAddressChecks()) {
          logger.warn('STRATA_SKIP_ADDRESS_CHECKS=1: link and anchor-lock checks skipped (scratch site only).');
        } else {
          checkAddresses(root, fileURLToPath(dir), logger);
        }
        const indexed = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index written to pagefind/ (${indexed} pages).`);
        const secured = applySecurity(fileURLToPath(dir));
        logger.info(`Content-Security-Policy added to ${secured.pages} pages; headers written to _headers and .htaccess.`);
        completed = true;
      },
    },
  };
}
