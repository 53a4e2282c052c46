import { defineConfig } from 'vitest/config';

/**
 * Vitest config used only by StrykerJS (`npm run test:mutation`): the model
 * unit tests, without the `unit`/`browser` projects of vitest.config.ts.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/model/**/*.test.ts'],
    environment: 'node',
    // Instrumented code on a busy 2-core machine: the ODE property tests can take several seconds.
    testTimeout: 60_000,
    // Read by tests/unit/model/bone-remodeling.test.ts: fewer cases for the property tests that run whole simulations.
    env: { STRATA_MUTATION: '1' },
  },
});
