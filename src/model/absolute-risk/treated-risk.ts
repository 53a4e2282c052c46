import { assertBaselineRisk } from './risk-input';
import { assertRatio, type RelativeMeasure } from './relative-effect';

/**
 * The risk over the same horizon with treatment, from the baseline (control)
 * risk p0 and a ratio, without validation or capping:
 * - risk ratio: p1 = RR · p0 (Cochrane Handbook 5.1, §12.5.4.2, "Computing
 *   absolute risk reduction or NNT from a risk ratio",
 *   https://handbook-5-1.cochrane.org/chapter_12/12_5_4_2_computing_absolute_risk_reduction_or_nnt_from_a_risk.htm;
 *   may exceed 1);
 * - odds ratio: p1 = OR · p0 / (1 − p0 + OR · p0) (same, §12.5.4.3,
 *   https://handbook-5-1.cochrane.org/chapter_12/12_5_4_3_computing_absolute_risk_reduction_or_nnt_from_an_odds.htm);
 * - hazard ratio: p1 = 1 − (1 − p0)^HR, from S1(t) = S0(t)^HR under
 *   proportional hazards (Altman DG, Andersen PK. Calculating the number
 *   needed to treat for trials where the outcome is time to an event. BMJ
 *   1999;319:1492, https://www.bmj.com/content/319/7223/1492, whose NNT is
 *   1 / [S0(t)^HR − S0(t)]; that formula is restated at
 *   https://www.medicalalgorithms.com/number-needed-to-treat-using-the-hazard-ratio).
 * Risks are fractions (0.2 = 20 %). A ratio of exactly 1 returns the baseline
 * risk itself, so "no effect" is exactly no difference despite rounding.
 *
 * @example impliedRisk(0.3, 'risk ratio', 0.92) // 0.276
 * @example impliedRisk(0.2, 'hazard ratio', 1) // 0.2
 */
export function impliedRisk(baselineRisk: number, measure: RelativeMeasure, ratio: number): number {
  if (ratio === 1) return baselineRisk;
  switch (measure) {
    case 'risk ratio':
      return ratio * baselineRisk;
    case 'odds ratio':
      return (ratio * baselineRisk) / (1 - baselineRisk + ratio * baselineRisk);
    case 'hazard ratio':
      // −expm1(HR · log1p(−p0)) = 1 − (1 − p0)^HR, accurate for small risks.
      return -Math.expm1(ratio * Math.log1p(-baselineRisk));
  }
}

/**
 * Risk with treatment (fraction over the same horizon as the baseline risk),
 * validated: throws a RangeError for a baseline risk outside (0, 1), a ratio
 * ≤ 0 or not finite, or a risk ratio so large that RR · p0 > 1 (a risk ratio
 * cannot apply unchanged at that baseline risk; use the hazard or odds ratio
 * if the paper reports one). Sources as for impliedRisk.
 *
 * @example riskWithTreatment(0.3, 'risk ratio', 0.92) // 0.276
 * @example riskWithTreatment(0.2, 'hazard ratio', 0.6) // 1 − 0.8^0.6 ≈ 0.1253
 */
export function riskWithTreatment(baselineRisk: number, measure: RelativeMeasure, ratio: number): number {
  assertBaselineRisk(baselineRisk);
  assertRatio(measure, ratio);
  const risk = impliedRisk(baselineRisk, measure, ratio);
  if (risk > 1) {
    throw new RangeError(
      `A ${measure} of ${ratio} at a baseline risk of ${baselineRisk} implies a risk of ${risk} with treatment, above 1 (certainty). ` +
        `A risk ratio can apply at this baseline only up to 1/${baselineRisk} = ${1 / baselineRisk}.`,
    );
  }
  return risk;
}
