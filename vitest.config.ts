import { defineConfig } from 'vitest/config';
import { POOL_SIZE } from './tests/browser/pool-size';

/**
 * Three suites: `unit` (model, validation, Markdown pipeline; no build needed),
 * `build` (real `astro build` runs of scratch copies with bad input: the build
 * fails with a clear message and leaves no dist/), and `browser` (built site in
 * Debian's chromium via playwright-core).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Compiles every article once and caches the parse records that the
          // files checking the real content read (tests/helpers/site-records.ts).
          globalSetup: ['tests/unit/global-setup.ts'],
          // Tests that compile articles with the production MDX processor
          // take seconds each; the bound is generous, not a speed target.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // expect.poll waits on a state (a section scrolled into place, a live
          // region's text) and returns as soon as it holds; its 1 s default
          // failed such waits on a loaded 2-core machine. The bound only
          // matters when the state never comes.
          expect: { poll: { timeout: 10_000 } },
          // Per-page tests run one per tab of PagePool (tests/browser/browser.ts), POOL_SIZE at a time.
          maxConcurrency: POOL_SIZE,
          fileParallelism: false,
        },
      },
    ],
  },
});
