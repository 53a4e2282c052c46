import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { skipAddressChecks } from '../content-dir';
import { throwIfProblems } from '../content-error';
import { checkAnchors, readAliases, readLock, writeLock } from '../links/anchors';
import { checkBuiltLinks, readBuiltSite } from '../links/check-links';

/**
 * Every internal link and #anchor resolves, and no locked address has
 * disappeared (content/anchors.lock.json); with STRATA_ANCHORS_UPDATE=1 new
 * addresses are written to the lock instead.
 */
function checkAddresses(root: string, dist: string, logger: { info(message: string): void }): void {
  const site = readBuiltSite(dist);
  const problems = checkBuiltLinks(dist, site);
  const built = site.sections;
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

/**
 * The address pass, after rendering: every internal link and #anchor in the
 * built site must resolve, and no published address may disappear
 * (content/anchors.lock.json). `STRATA_SKIP_ADDRESS_CHECKS=1` skips it for
 * scratch sites.
 */
export function strataAddresses(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'strata:addresses',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (skipAddressChecks()) {
          logger.warn('STRATA_SKIP_ADDRESS_CHECKS=1: link and anchor-lock checks skipped (scratch site only).');
          return;
        }
        checkAddresses(root, fileURLToPath(dir), logger);
      },
    },
  };
}
