/** Two-sided 95 % standard-normal quantile, Φ⁻¹(0.975) (Abramowitz & Stegun, table 26.5). */
export const Z_95 = 1.959963984540054;

/**
 * Normal-approximation confidence interval from an estimate and its standard
 * error: estimate ± z·SE. Used when a paper reports mean ± SE, not a CI.
 *
 * @example intervalFromStandardError(4.7, 0.7) // [3.328…, 6.071…]
 */
export function intervalFromStandardError(estimate: number, standardError: number, z: number = Z_95): [number, number] {
  if (!(standardError > 0)) throw new RangeError(`Standard error must be positive, got ${standardError}.`);
  return [estimate - z * standardError, estimate + z * standardError];
}
