/**
 * Relative effect measures the module converts, named as in the trial
 * vocabulary (src/lib/trials/vocabulary.ts).
 */
export const RELATIVE_MEASURES = ['risk ratio', 'hazard ratio', 'odds ratio'] as const;
export type RelativeMeasure = (typeof RELATIVE_MEASURES)[number];

/** A ratio estimate (treated vs control) with its 95 % confidence interval. Unitless, > 0. */
export interface RelativeEffect {
  measure: RelativeMeasure;
  estimate: number;
  /** 95 % CI, lower < upper, containing the estimate. */
  ci: readonly [number, number];
}

/**
 * Throws a RangeError unless `measure` is known and `ratio` is a finite
 * number above 0.
 *
 * @example assertRatio('risk ratio', 0.8) // passes
 */
export function assertRatio(measure: RelativeMeasure, ratio: number, what = 'estimate'): void {
  if (!(RELATIVE_MEASURES as readonly string[]).includes(measure)) {
    throw new RangeError(`Unknown relative measure "${measure}": supported are ${RELATIVE_MEASURES.map((m) => `"${m}"`).join(', ')}.`);
  }
  if (!Number.isFinite(ratio) || ratio <= 0) {
    throw new RangeError(`A ${measure} ${what} must be a finite number above 0, got ${String(ratio)}.`);
  }
}

/**
 * Throws a RangeError unless the effect is a valid ratio with a CI that has
 * lower < upper and contains the estimate (lower ≤ estimate ≤ upper).
 *
 * @example assertRelativeEffect({ measure: 'hazard ratio', estimate: 0.6, ci: [0.45, 0.8] }) // passes
 */
export function assertRelativeEffect(effect: RelativeEffect): void {
  assertRatio(effect.measure, effect.estimate);
  const [lower, upper] = effect.ci ?? [];
  assertRatio(effect.measure, lower as number, 'lower confidence limit');
  assertRatio(effect.measure, upper as number, 'upper confidence limit');
  if (!(lower! < upper!)) {
    throw new RangeError(`Confidence interval [${lower}, ${upper}] of the ${effect.measure} must have lower < upper.`);
  }
  if (!(lower! <= effect.estimate && effect.estimate <= upper!)) {
    throw new RangeError(
      `Confidence interval [${lower}, ${upper}] does not contain the ${effect.measure} estimate ${effect.estimate}: lower ≤ estimate ≤ upper must hold.`,
    );
  }
}
