/**
 * Risks in this module are probabilities over a stated horizon (for example
 * 10-year fracture risk), written as fractions: 0.2 means 20 %. A value
 * above 1 is taken as a unit slip, and the error says so.
 */

/**
 * Throws a RangeError unless `risk` is a fraction strictly between 0 and 1.
 * `name` is used in the message.
 *
 * @example assertBaselineRisk(0.2) // passes
 * @example assertBaselineRisk(20) // RangeError: … pass 0.2 for 20 %
 */
export function assertBaselineRisk(risk: number, name = 'Baseline risk'): void {
  if (!Number.isFinite(risk)) {
    throw new RangeError(`${name} must be a finite fraction between 0 and 1, got ${String(risk)}.`);
  }
  if (risk > 1 && risk < 100) {
    throw new RangeError(`${name} must be a fraction between 0 and 1, got ${risk}. Risks are fractions here: pass ${risk / 100} for ${risk} %.`);
  }
  if (!(risk > 0 && risk < 1)) {
    throw new RangeError(`${name} must be strictly between 0 and 1 (a probability over the horizon, e.g. 0.2 for 20 %), got ${risk}.`);
  }
}
