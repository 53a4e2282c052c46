/**
 * `npm run build:deploy`: the production build for publishing. Refuses to
 * build (exit 1, every problem listed with its fix) unless STRATA_SITE_URL is
 * a real https address and content/site.yaml names the publisher, funding,
 * conflicts of interest and corrections address; then runs `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { ContentError } from '../src/lib/content-error';
import { deployProblems } from '../src/lib/site/deploy-checks';

const problems = deployProblems(process.cwd(), process.env.STRATA_SITE_URL);
if (problems.length > 0) {
  console.error(`npm run build:deploy refused to build the site for publication.\n\n${new ContentError(problems).message}`);
  process.exit(1);
}
const result = spawnSync('astro', ['build', ...process.argv.slice(2)], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
