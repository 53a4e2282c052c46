import { defineConfig } from 'vitest/config';

/**
 * Vitest config used only by StrykerJS for the publishing validators
 * (`npm run test:mutation:lib`, stryker.lib.config.mjs): the unit tests that
 * exercise trial, evidence, bibliography, reference-coverage, certainty and
 * anchor-lock validation. The bad-input catalogue (tests/unit/bad-input.test.ts)
 * is left out: it parses the whole references.bib on import, once per mutant,
 * which makes a run take hours on a shared 2-core machine; the validator tests
 * in tests/unit/validators pin the same messages on small inline records.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/validators/**/*.test.ts', 'tests/unit/content-rules.test.ts', 'tests/unit/anchor-lock.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
