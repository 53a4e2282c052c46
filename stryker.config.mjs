// @ts-check
/**
 * Mutation testing of the pure model code (src/model) with StrykerJS.
 * Run with `npm run test:mutation`; the HTML report goes to reports/mutation/.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/model/**/*.ts',
    // Pure re-export barrels: no code to mutate.
    '!src/model/**/index.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants: the Cody/AS 241 coefficient
  // tables, the Runge–Kutta tableau, the Lemaire parameters, explanation
  // texts) need the whole suite per mutant: ~20 % of the mutants but about
  // half of the run time on a 2-core machine. They are reported as ignored.
  ignoreStatic: true,
  // Reuse earlier results for unchanged code and tests (reports/mutation/incremental.json);
  // `npm run test:mutation -- --force` reruns everything.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  // The machine is shared: two workers at most.
  concurrency: 2,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
