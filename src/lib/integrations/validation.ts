import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clearStaleContentStore } from '../build/content-store-guard';
import { topicProblems } from '../content/load-topics';
import { parseRecordChecks } from '../content/parse-record-checks';
import { throwIfProblems } from '../content-error';
import { loadSiteData } from '../site-data';
import { siteIdentity } from '../site/site-config';

/** State shared by the passes of one build (see ./index.ts). */
export interface BuildRun {
  /** Set by the last post-build pass once every check has passed. */
  completed: boolean;
}

/**
 * Astro integration that validates references.bib and every trial record
 * before Astro renders anything, so a bad entry fails `astro build` (and the
 * dev server) with file, line, field and a fix, instead of surfacing later
 * as a confusing render error. Site-wide content rules are checked over the
 * build's one parse of each article (src/lib/content/parse-record-checks.ts). It guards the output too: a
 * build starts from an empty dist/ and removes it again on exit unless
 * `run.completed` was set by the last post-build pass (./index.ts).
 */
export function strataValidation(run: BuildRun): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'strata:validation',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Entries parsed by an older schema must not survive into this build or dev session.
        clearStaleContentStore(root, fileURLToPath(config.cacheDir));
        if (command === 'build') {
          // A failed build must never leave a dist/ that looks like a good one:
          // start from nothing, and remove whatever exists if the process ends
          // before the last check below has passed. Incremental builds rely on
          // this too: skipped pages are restored from the cache's raw copy, so
          // each post-build pass sees every page once, as rendered (README,
          // "Incremental builds").
          const outDir = fileURLToPath(config.outDir);
          rmSync(outDir, { recursive: true, force: true });
          process.once('exit', () => {
            if (!run.completed) rmSync(outDir, { recursive: true, force: true });
          });
        }
        // Content checks run on the build's one parse of each article (see parseRecordChecks).
        updateConfig({ vite: { plugins: [parseRecordChecks(root)] } });
        // references.bib, trials and evidence fail fast, before anything compiles.
        loadSiteData(root);
        // Topic records (group, related) and glossary related links, with file, line and allowed values.
        throwIfProblems(topicProblems(root));
        siteIdentity(root);
      },
    },
  };
}
