import { chiSquareUpperTail } from './distributions';
import { checkStudies, inverseVarianceWeights, rescaleStudies, weightSpread, weightedMean, type StudyEffect } from './studies';

/** Cochran's Q test of homogeneity. */
export interface CochranQ {
  /** Q = Σ wᵢ(yᵢ − ȳ_FE)², wᵢ = 1/vᵢ (unitless). */
  q: number;
  /** Degrees of freedom, k − 1. */
  df: number;
  /** P(χ²_df > Q). */
  pValue: number;
}

/**
 * Cochran's Q with fixed-effect weights, its k − 1 degrees of freedom and
 * chi-square p-value (Cochran 1954); metafor's QE and QEp, whatever τ²
 * estimator the model uses. Needs at least 2 studies.
 *
 * @example cochranQ([{ yi: 0, vi: 1 }, { yi: 2, vi: 1 }]) // { q: 2, df: 1, pValue: 0.1573… }
 */
export function cochranQ(studies: readonly StudyEffect[]): CochranQ {
  checkStudies(studies, 2, "Cochran's Q");
  const scaled = rescaleStudies(studies).studies; // Q is scale-free
  const weights = inverseVarianceWeights(scaled);
  const mean = weightedMean(scaled, weights);
  const q = Math.max(0, scaled.reduce((sum, study, i) => sum + weights[i]! * (study.yi - mean) ** 2, 0));
  const df = studies.length - 1;
  return { q, df, pValue: chiSquareUpperTail(q, df) };
}

/**
 * The "typical" within-study variance ṽ = (k − 1)·Σwᵢ / [(Σwᵢ)² − Σwᵢ²],
 * wᵢ = 1/vᵢ, in units of `yi` squared (Higgins & Thompson 2002;
 * metafor's `vt`). Needs at least 2 studies.
 *
 * @example typicalWithinStudyVariance([{ yi: 0, vi: 1 }, { yi: 1, vi: 1 }]) // 1
 */
export function typicalWithinStudyVariance(studies: readonly StudyEffect[]): number {
  checkStudies(studies, 2, 'The typical within-study variance');
  const { studies: scaled, c } = rescaleStudies(studies);
  return ((scaled.length - 1) / weightSpread(inverseVarianceWeights(scaled))) * c * c;
}

/** Q test plus the I² and H² statistics. */
export interface Heterogeneity extends CochranQ {
  /** I², percent of total variability due to heterogeneity, 0–100. */
  i2: number;
  /** H², total variability over sampling variability, ≥ 1 for random-effects models. */
  h2: number;
  /** ṽ, see {@link typicalWithinStudyVariance}. */
  typicalVariance: number;
}

/**
 * Heterogeneity statistics as metafor's rma.uni reports them (Higgins &
 * Thompson 2002). Without `tau2` (a fixed-effect model) they come from Q:
 * I² = max(0, (Q − df)/Q)·100 and H² = Q/df. With the model's τ² (a
 * random-effects model, any estimator) they come from τ² and ṽ instead:
 * I² = 100·τ²/(ṽ + τ²) and H² = 1 + τ²/ṽ, so they differ from the Q-based
 * values unless τ² is the DerSimonian–Laird estimate. Needs at least 2 studies.
 *
 * @example heterogeneity([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 }, { yi: 0.2, vi: 0.2 }]) // Q 5.36, I² 62.69 (from Q), H² 2.68
 * @example heterogeneity([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 }, { yi: 0.2, vi: 0.2 }], 0.2) // I² 61.54, H² 2.6 (from τ² = 0.2, ṽ = 0.125)
 */
export function heterogeneity(studies: readonly StudyEffect[], tau2?: number): Heterogeneity {
  const test = cochranQ(studies);
  const typicalVariance = typicalWithinStudyVariance(studies);
  if (tau2 === undefined) {
    return { ...test, i2: Math.max(0, (100 * (test.q - test.df)) / test.q), h2: test.q / test.df, typicalVariance };
  }
  if (!(tau2 >= 0) || !Number.isFinite(tau2)) throw new RangeError(`τ² must be non-negative and finite, got ${tau2}.`);
  return { ...test, i2: (100 * tau2) / (typicalVariance + tau2), h2: tau2 / typicalVariance + 1, typicalVariance };
}
