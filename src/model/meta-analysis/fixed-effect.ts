import { normalCdf, normalQuantile } from './distributions';
import { checkLevel, checkStudies, inverseVarianceWeights, percentWeights, rescaleStudies, weightedMean, type StudyEffect } from './studies';

/** A pooled effect with its inference, on the scale of the studies' `yi`. */
export interface PooledEstimate {
  /** Number of studies. */
  k: number;
  estimate: number;
  /** Standard error of the estimate. */
  se: number;
  /** Wald statistic estimate/se: z, or t for the Knapp–Hartung test. */
  statistic: number;
  /** Two-sided p-value for estimate = 0. */
  pValue: number;
  /** Confidence interval [lower, upper] at `level`. */
  ci: [number, number];
  /** Confidence level as a fraction, e.g. 0.95. */
  level: number;
  /** Each study's share of the total weight, percent (metafor's weights()). */
  weights: number[];
}

/**
 * Fixed-effect (common-effect) inverse-variance pooling: estimate Σwᵢyᵢ/Σwᵢ
 * with wᵢ = 1/vᵢ, SE 1/√Σwᵢ, Wald z test and normal-quantile CI
 * (Hedges & Olkin 1985, ch. 4; metafor rma(method = "FE")). Needs one study
 * or more. `level` is a fraction (default 0.95).
 *
 * @example fixedEffect([{ yi: 0.1, vi: 0.04 }, { yi: 0.3, vi: 0.01 }]) // estimate 0.26, se 0.0894…
 */
export function fixedEffect(studies: readonly StudyEffect[], options: { level?: number } = {}): PooledEstimate {
  const level = options.level ?? 0.95;
  checkLevel(level);
  checkStudies(studies, 1, 'A fixed-effect meta-analysis');
  // Extreme variances are rescaled by a power of two c (exact) and scaled back.
  const { studies: scaled, c } = rescaleStudies(studies);
  const weights = inverseVarianceWeights(scaled);
  const estimate = weightedMean(scaled, weights) * c;
  const se = c / Math.sqrt(weights.reduce((sum, w) => sum + w, 0));
  const statistic = estimate / se;
  const critical = -normalQuantile((1 - level) / 2);
  return {
    k: studies.length,
    estimate,
    se,
    statistic,
    pValue: 2 * normalCdf(Math.abs(statistic), false),
    ci: [estimate - critical * se, estimate + critical * se],
    level,
    weights: percentWeights(weights),
  };
}
