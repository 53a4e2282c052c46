import { normalQuantile } from './distributions';
import type { StudyEffect } from './studies';

/**
 * A study's log ratio and its sampling variance recovered from a reported
 * ratio (RR, HR or OR) and its confidence interval: yi = ln(estimate),
 * SE = (ln upper − ln lower) / (2·z_{1−α/2}), vi = SE². This is the standard
 * back-calculation for reports that give only a ratio and its CI (Cochrane
 * Handbook, §6.3.2 "Obtaining standard errors from confidence intervals and
 * P values: ratio measures"; Altman & Bland, BMJ 2011;343:d2090).
 *
 * Throws a RangeError unless 0 < lower ≤ estimate ≤ upper and lower < upper.
 *
 * @example studyFromRatioInterval(0.76, [0.69, 0.83]) // { yi: −0.2744, vi: 0.002230… }
 */
export function studyFromRatioInterval(estimate: number, ci: readonly [number, number], level = 0.95): StudyEffect {
  const [lower, upper] = ci;
  if (!(lower > 0 && lower < upper && lower <= estimate && estimate <= upper) || !Number.isFinite(upper)) {
    throw new RangeError(`A ratio's interval must satisfy 0 < lower ≤ estimate ≤ upper; got ${estimate} [${lower}, ${upper}].`);
  }
  const z = -normalQuantile((1 - level) / 2);
  const se = (Math.log(upper) - Math.log(lower)) / (2 * z);
  return { yi: Math.log(estimate), vi: se * se };
}
