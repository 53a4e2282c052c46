import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMdxSyntax } from '../markdown/mdx-syntax-check';
import { throwIfProblems } from '../content-error';
import { checkCertaintyLabels } from '../content/certainty-check';
import { referenceCoverageProblems } from '../content/reference-coverage';
import { loadSiteData } from '../site-data';

/** State shared by the passes of one build (see ./index.ts). */
export interface BuildRun {
  /** Set by the last post-build pass once every check has passed. */
  completed: boolean;
}

/** Vite plugin: every .mdx file passes Strata's MDX syntax check before it is compiled. */
function mdxSyntaxCheck(root: string) {
  return {
    name: 'strata-mdx-syntax-check',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      // Only the module of the file itself: query ids (?astroContentCollectionEntry…) are stubs.
      if (id.includes('?') || !id.endsWith('.mdx')) return null;
      checkMdxSyntax(code, path.relative(root, id));
      return null;
    },
  };
}

/**
 * Astro integration that validates references.bib and every trial record
 * before Astro renders anything, so a bad entry fails `astro build` (and the
 * dev server) with file, line, field and a fix, instead of surfacing later
 * as a confusing render error. Every .mdx file also passes the MDX syntax
 * check, and site-wide content rules are checked. It guards the output too: a
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
        updateConfig({ vite: { plugins: [mdxSyntaxCheck(root)] } });
        const data = loadSiteData(root);
        // Every references.bib entry is cited or listed as further reading;
        // Intermediate and Academic pages grade their key claims, with citations.
        throwIfProblems([...referenceCoverageProblems(root, data), ...checkCertaintyLabels(root)]);
      },
    },
  };
}
