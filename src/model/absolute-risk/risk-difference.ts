import { assertBaselineRisk } from './risk-input';
import { assertRelativeEffect, type RelativeEffect } from './relative-effect';
import { impliedRisk, riskWithTreatment } from './treated-risk';

/** A relative effect translated to absolute risks at one baseline risk. All values are fractions over the baseline's horizon. */
export interface AbsoluteEffect {
  /** Risk without treatment (the assumed control risk), as given. */
  baselineRisk: number;
  /** Risk with treatment at the point estimate of the ratio. */
  treatedRisk: number;
  /** Risks with treatment at the ratio's confidence limits, [lower, upper]. */
  treatedRiskCi: [number, number];
  /**
   * Absolute risk difference, treated minus control (p1 − p0). Negative means
   * fewer events with treatment (an absolute risk reduction, ARR = −value);
   * positive means more (an absolute risk increase, ARI).
   */
  riskDifference: number;
  /** 95 % CI of the risk difference, [lower, upper]. */
  riskDifferenceCi: [number, number];
  /**
   * True when the upper limit of a risk ratio implied a risk above 1 at this
   * baseline and was capped at 1 (the point estimate itself never is: that
   * throws). The capped limit understates the uncertainty; say so.
   */
  upperLimitCapped: boolean;
}

/**
 * Translates a risk, hazard or odds ratio with its 95 % CI into risks with
 * treatment and an absolute risk difference with CI, at a fixed baseline
 * risk: the formulas of treated-risk.ts are applied to the estimate and to
 * each confidence limit (Cochrane Handbook 5.1, §12.5.4.5 "Computing
 * confidence limits", after Altman 1998,
 * https://handbook-5-1.cochrane.org/chapter_12/12_5_4_5_computing_confidence_limits.htm).
 * That CI ignores uncertainty in the
 * baseline risk itself, as the Handbook notes. Since each conversion is
 * increasing in the ratio, lower limits map to lower limits.
 *
 * Input: baseline risk as a fraction in (0, 1); ratio > 0 with lower < upper
 * and lower ≤ estimate ≤ upper. Throws a RangeError otherwise, or when a risk
 * ratio's point estimate implies a risk above 1.
 *
 * @example absoluteEffect(0.3, { measure: 'risk ratio', estimate: 0.92, ci: [0.85, 0.99] })
 *   // riskDifference −0.024 (24 fewer per 1000), riskDifferenceCi [−0.045, −0.003]
 */
export function absoluteEffect(baselineRisk: number, effect: RelativeEffect): AbsoluteEffect {
  assertBaselineRisk(baselineRisk);
  assertRelativeEffect(effect);
  const treatedRisk = riskWithTreatment(baselineRisk, effect.measure, effect.estimate);
  // Each conversion is increasing in the ratio, so lower ≤ treated ≤ upper holds exactly; in floating point a
  // limit within an ulp of the estimate can land an ulp on the wrong side (odds ratio 49.99999999999991 in
  // [0.02, 49.999999999999915] at risk 0.186, found by the property test), so the limits are kept around it.
  const lower = Math.min(impliedRisk(baselineRisk, effect.measure, effect.ci[0]), treatedRisk);
  const rawUpper = impliedRisk(baselineRisk, effect.measure, effect.ci[1]);
  const upperLimitCapped = rawUpper > 1;
  const upper = Math.max(Math.min(rawUpper, 1), treatedRisk);
  return {
    baselineRisk,
    treatedRisk,
    treatedRiskCi: [lower, upper],
    riskDifference: treatedRisk - baselineRisk,
    riskDifferenceCi: [lower - baselineRisk, upper - baselineRisk],
    upperLimitCapped,
  };
}
