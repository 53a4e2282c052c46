import { defineConfig } from 'vitest/config';

/**
 * Vitest config used only by StrykerJS for the publishing validators
 * (`npm run test:mutation:lib`, stryker.lib.config.mjs): the unit tests that
 * exercise trial, evidence, bibliography, reference-coverage, certainty and
 * anchor-lock validation.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/bad-input.test.ts', 'tests/unit/content-rules.test.ts', 'tests/unit/anchor-lock.test.ts', 'tests/unit/validators/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
