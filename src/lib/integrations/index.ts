import type { AstroIntegration } from 'astro';
import { strataAddresses } from './addresses';
import { strataSearch } from './search';
import { strataSecurity } from './security';
import { strataValidation, type BuildRun } from './validation';

/**
 * Strata's build, as named Astro integrations in the order they run (the way
 * Starlight composes its sub-integrations). Astro runs each hook for each
 * integration in list order and waits for one before starting the next, so
 * this order is the order of the passes:
 *
 * 1. `strata:validation` (before rendering): content, references and trial
 *    records are checked first, so bad input fails in seconds with its file
 *    and line, before any page is rendered; it also empties dist/.
 * 2. `strata:addresses` (after rendering): links, anchors and the anchor lock.
 *    It runs first after rendering because a broken address fails the build,
 *    and there is no point indexing or securing a site that will be thrown away.
 * 3. `strata:search`: the Pagefind index of the checked pages. It reads the
 *    pages and writes only dist/pagefind/, so it does not change what the
 *    security pass hashes.
 * 4. `strata:security`: the last pass that rewrites HTML. It hashes each
 *    page's inline scripts and styles as they will be served, so nothing may
 *    change a page after it.
 * 5. `strata:completed`: marks the build as complete; only then does dist/
 *    survive the end of the process (a failure in any pass above leaves no
 *    dist/ that looks like a good build).
 *
 * `@astrojs/mdx` and `@astrojs/sitemap` come after these in astro.config.mjs;
 * the sitemap writes XML only.
 */
export function strata(): AstroIntegration[] {
  const run: BuildRun = { completed: false };
  return [strataValidation(run), strataAddresses(), strataSearch(), strataSecurity(), strataCompleted(run)];
}

/** Marks the build complete once every post-build pass before it has passed. */
function strataCompleted(run: BuildRun): AstroIntegration {
  return {
    name: 'strata:completed',
    hooks: {
      'astro:build:done': () => {
        run.completed = true;
      },
    },
  };
}
