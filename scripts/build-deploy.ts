/**
 * `npm run build:deploy`: the production build for publishing. Refuses to
 * build (exit 1, every problem listed with its fix) unless STRATA_SITE_URL is
 * a real https address and content/site.yaml names the publisher, funding,
 * conflicts of interest and corrections address; then runs `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ContentError } from '../src/lib/content-error';
import { deployProblems } from '../src/lib/site/deploy-checks';

const problems = deployProblems(process.cwd(), process.env.STRATA_SITE_URL);
if (problems.length > 0) {
  console.error(`npm run build:deploy refused to build the site for publication.\n\n${new ContentError(problems).message}`);
  process.exit(1);
}
// Astro's own CLI, resolved from this project (works with or without node_modules/.bin on PATH).
const astroCli = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const result = spawnSync(process.execPath, [astroCli, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
