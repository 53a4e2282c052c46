import path from 'node:path';

/**
 * The folder authors' content is read from: `content/` under the project
 * root, or `STRATA_CONTENT_DIR` (absolute, or relative to the root) when set,
 * e.g. by `npm run bench:build`, which builds a scratch site from `.bench/`.
 * Every reader of content (the collections, trials, evidence, glossary, the
 * anchor lock and aliases) goes through this one helper.
 */
export function contentDir(root: string = process.cwd()): string {
  const override = process.env.STRATA_CONTENT_DIR;
  return override ? path.resolve(root, override) : path.join(root, 'content');
}

/**
 * `STRATA_SKIP_ADDRESS_CHECKS=1` skips the post-build anchor-lock and
 * internal-link checks. Only for scratch sites (the build benchmark), whose
 * generated pages are not published and so have no lock.
 */
export function skipAddressChecks(): boolean {
  return process.env.STRATA_SKIP_ADDRESS_CHECKS === '1';
}
