import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from './distributions';
import type { PooledEstimate } from './fixed-effect';
import { heterogeneity, type Heterogeneity } from './heterogeneity';
import { checkLevel, checkStudies, inverseVarianceWeights, percentWeights, rescaleStudies, weightedMean, type StudyEffect } from './studies';
import { tau2DerSimonianLaird, tau2Hedges, tau2Reml, type RemlOptions } from './tau-squared';

/** τ² estimators: DerSimonian–Laird, restricted maximum likelihood, Hedges. */
export type Tau2Method = 'DL' | 'REML' | 'HE';

/**
 * Inference for the pooled effect: Wald z with a normal quantile, or the
 * Hartung–Knapp(–Sidik–Jonkman) test with t on k − 1 df (metafor `test`).
 */
export type RandomEffectsTest = 'z' | 'knha';

export interface RandomEffectsOptions {
  /** τ² estimator; default "REML", as metafor's rma(). */
  method?: Tau2Method;
  /** Default "z", as metafor's rma(). */
  test?: RandomEffectsTest;
  /** Confidence level as a fraction; default 0.95. */
  level?: number;
  /** Fisher-scoring controls for REML (metafor's defaults unless given). */
  reml?: RemlOptions;
}

export interface RandomEffectsResult extends PooledEstimate {
  method: Tau2Method;
  test: RandomEffectsTest;
  /** Degrees of freedom of the t distribution for test "knha" (k − 1); undefined for "z". */
  df: number | undefined;
  /** Between-study variance τ², units of `yi` squared. */
  tau2: number;
  /** τ, units of `yi`. */
  tau: number;
  /**
   * Knapp–Hartung scaling factor s² = Σwᵢ(yᵢ − μ̂)²/(k − 1) applied to the
   * variance of the estimate (1 for test "z"). Not truncated at 1, as metafor.
   */
  knhaScale: number;
  /** Q, I², H² with I² and H² from τ² (see heterogeneity()). */
  heterogeneity: Heterogeneity;
  /** Prediction interval for the true effect in a new study, see {@link predictionInterval}. */
  predictionInterval: [number, number];
}

/**
 * Estimates τ² with the named method (see tau-squared.ts). Needs at least 2 studies.
 *
 * @example estimateTau2([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 }, { yi: 0.2, vi: 0.2 }], 'DL') // 0.21
 */
export function estimateTau2(studies: readonly StudyEffect[], method: Tau2Method, reml: RemlOptions = {}): number {
  if (method === 'DL') return tau2DerSimonianLaird(studies);
  if (method === 'REML') return tau2Reml(studies, reml);
  if (method === 'HE') return tau2Hedges(studies);
  throw new RangeError(`Unknown τ² estimator "${String(method)}"; use "DL", "REML" or "HE".`);
}

/**
 * Random-effects meta-analysis of the studies' `yi` (any additive scale):
 * estimate μ̂ = Σwᵢyᵢ/Σwᵢ with wᵢ = 1/(vᵢ + τ̂²) and SE 1/√Σwᵢ
 * (DerSimonian & Laird 1986), matching metafor 3.8's rma(yi, vi, method, test).
 *
 * - test "z": Wald z test, CI μ̂ ± z_{1−α/2}·SE.
 * - test "knha": the Hartung–Knapp / Sidik–Jonkman adjustment (Hartung &
 *   Knapp 2001; Sidik & Jonkman 2002): SE² is multiplied by
 *   s² = Σwᵢ(yᵢ − μ̂)²/(k − 1) — not truncated at 1, as metafor — and the
 *   test and CI use t on k − 1 df. If all effects are identical, s² = 0,
 *   SE = 0 and the CI collapses to the estimate; the p-value is then 0, or
 *   NaN for an estimate of exactly 0 (as metafor).
 *
 * I² and H² come from τ² and the typical within-study variance (Higgins &
 * Thompson 2002), as metafor reports them. Needs at least 2 studies.
 *
 * @example randomEffects([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 }, { yi: 0.2, vi: 0.2 }], { method: 'REML', test: 'knha' }) // estimate 0.4183…, ci [-0.9415…, 1.7781…], tau2 0.1972…
 */
export function randomEffects(studies: readonly StudyEffect[], options: RandomEffectsOptions = {}): RandomEffectsResult {
  const method = options.method ?? 'REML';
  const test = options.test ?? 'z';
  const level = options.level ?? 0.95;
  checkLevel(level);
  if (test !== 'z' && test !== 'knha') throw new RangeError(`Unknown test "${String(test)}"; use "z" or "knha".`);
  checkStudies(studies, 2, 'A random-effects meta-analysis');

  // Extreme variances (outside about 1e-30…1e30) are rescaled by a power of
  // two c, which is exact, and every output is scaled back: estimates by c,
  // variances by c², test statistics, weights and I² not at all.
  const { studies: scaled, c } = rescaleStudies(studies);
  const k = scaled.length;
  const tau2 = estimateTau2(scaled, method, options.reml);
  const weights = inverseVarianceWeights(scaled, tau2);
  const sumWeights = weights.reduce((s, w) => s + w, 0);
  const estimate = weightedMean(scaled, weights);

  let knhaScale = 1;
  if (test === 'knha') {
    const rss = scaled.reduce((sum, study, i) => sum + weights[i]! * (study.yi - estimate) ** 2, 0);
    knhaScale = rss <= Number.EPSILON ? 0 : rss / (k - 1); // metafor: s2w = 0 when RSS ≤ .Machine$double.eps
  }
  const se = Math.sqrt(knhaScale / sumWeights);
  const statistic = estimate / se;
  const df = test === 'knha' ? k - 1 : undefined;
  const alpha = 1 - level;
  const critical = df === undefined ? -normalQuantile(alpha / 2) : -studentTQuantile(alpha / 2, df);
  // With test "knha" and identical effects, s² = 0 and so SE = 0: metafor then reports t = ±Inf, p = 0,
  // or, for an estimate of exactly 0, t = NaN and p = NaN. So do we.
  let pValue = Number.NaN;
  if (!Number.isNaN(statistic)) {
    pValue = 2 * (df === undefined ? normalCdf(Math.abs(statistic), false) : studentTCdf(Math.abs(statistic), df, false));
  }
  const het = heterogeneity(scaled, tau2);
  const prediction = predictionInterval(estimate, se, tau2, critical);

  return {
    k,
    method,
    test,
    estimate: estimate * c,
    se: se * c,
    statistic,
    df,
    pValue,
    ci: [(estimate - critical * se) * c, (estimate + critical * se) * c],
    level,
    weights: percentWeights(weights),
    tau2: tau2 * c * c,
    tau: Math.sqrt(tau2) * c,
    knhaScale,
    heterogeneity: { ...het, typicalVariance: het.typicalVariance * c * c },
    predictionInterval: [prediction[0] * c, prediction[1] * c],
  };
}

/**
 * Prediction interval for the true effect in a new study:
 * μ̂ ± c·√(SE² + τ²), where c is the critical value the model's CI used —
 * z_{1−α/2} for test "z", t_{k−1, 1−α/2} for test "knha" with the
 * Knapp–Hartung SE. This is what metafor 3.8's predict() returns by default;
 * note it is not the k − 2 df interval of Higgins, Thompson & Spiegelhalter
 * (2009), which metafor only gives with predict(pi.type = "riley").
 *
 * @example predictionInterval(-0.7145, 0.1798, 0.3132, 1.959964) // [-1.8666…, 0.4376…]
 */
export function predictionInterval(estimate: number, se: number, tau2: number, critical: number): [number, number] {
  if (!Number.isFinite(estimate)) throw new RangeError(`Estimate must be finite, got ${estimate}.`);
  if (!(se >= 0) || !Number.isFinite(se)) throw new RangeError(`Standard error must be non-negative and finite, got ${se}.`);
  if (!(tau2 >= 0) || !Number.isFinite(tau2)) throw new RangeError(`τ² must be non-negative and finite, got ${tau2}.`);
  if (!(critical > 0) || !Number.isFinite(critical)) throw new RangeError(`Critical value must be positive and finite, got ${critical}.`);
  const half = critical * Math.sqrt(se * se + tau2);
  return [estimate - half, estimate + half];
}
