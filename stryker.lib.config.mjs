// @ts-check
/**
 * Mutation testing of the validators in src/lib that decide what may be
 * published: trial records, evidence questions, references.bib entries,
 * reference coverage, certainty labels and the anchor lock. Run with
 * `npm run test:mutation:lib` (about an hour on a shared 2-core machine;
 * incremental afterwards); one group at a time with e.g.
 * `npm run test:mutation:lib -- --mutate 'src/lib/trials/**\/*.ts'`.
 * The HTML report goes to reports/mutation-lib/. Everything else (static
 * mutants ignored, two workers, reporters) is as in stryker.config.mjs.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import model from './stryker.config.mjs';

export default {
  ...model,
  vitest: { configFile: 'vitest.mutation.lib.config.ts' },
  mutate: [
    'src/lib/trials/*.ts',
    'src/lib/evidence/*.ts',
    'src/lib/bib/validate-entries.ts',
    'src/lib/content/certainty-check.ts',
    'src/lib/content/reference-coverage.ts',
    'src/lib/links/anchors.ts',
  ],
  incrementalFile: 'reports/mutation-lib/incremental.json',
  htmlReporter: { fileName: 'reports/mutation-lib/index.html' },
  jsonReporter: { fileName: 'reports/mutation-lib/mutation.json' },
  tempDirName: '.stryker-tmp-lib',
  thresholds: { high: 90, low: 80, break: null },
};
