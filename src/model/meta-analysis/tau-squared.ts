import { checkStudies, inverseVarianceWeights, weightedMean, type StudyEffect } from './studies';

/**
 * DerSimonian–Laird method-of-moments estimate of the between-study variance
 * τ² (units of `yi` squared): (Q − (k − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ) with wᵢ = 1/vᵢ,
 * truncated at 0 (DerSimonian & Laird 1986; metafor rma(method = "DL")).
 * Needs at least 2 studies.
 *
 * @example tau2DerSimonianLaird([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 }]) // 0.4
 */
export function tau2DerSimonianLaird(studies: readonly StudyEffect[]): number {
  checkStudies(studies, 2, 'The DerSimonian–Laird estimator');
  const weights = inverseVarianceWeights(studies);
  const mean = weightedMean(studies, weights);
  const q = studies.reduce((sum, study, i) => sum + weights[i]! * (study.yi - mean) ** 2, 0);
  const sum = weights.reduce((s, w) => s + w, 0);
  const sumSquares = weights.reduce((s, w) => s + w * w, 0);
  return Math.max(0, (q - (studies.length - 1)) / (sum - sumSquares / sum));
}

/**
 * Hedges' unweighted method-of-moments estimate of τ²:
 * [Σ(yᵢ − ȳ)² − (1 − 1/k)Σvᵢ] / (k − 1), truncated at 0 (Hedges 1983;
 * metafor rma(method = "HE")). It is also the starting value of metafor's
 * REML iterations. Needs at least 2 studies.
 *
 * @example tau2Hedges([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 }]) // 0.4
 */
export function tau2Hedges(studies: readonly StudyEffect[]): number {
  checkStudies(studies, 2, "Hedges' estimator");
  return Math.max(0, hedgesUntruncated(studies));
}

function hedgesUntruncated(studies: readonly StudyEffect[]): number {
  const k = studies.length;
  const mean = studies.reduce((sum, study) => sum + study.yi, 0) / k;
  const rss = studies.reduce((sum, study) => sum + (study.yi - mean) ** 2, 0);
  const sumVariances = studies.reduce((sum, study) => sum + study.vi, 0);
  return (rss - (sumVariances - sumVariances / k)) / (k - 1);
}

/** Options for {@link tau2Reml}; the defaults are metafor's rma() control defaults. */
export interface RemlOptions {
  /** Stop when τ² changes by no more than this between iterations; default 1e-5 (metafor `threshold`). */
  threshold?: number;
  /** Give up (throw) after this many iterations; default 100 (metafor `maxiter`). */
  maxIterations?: number;
  /** Multiplies every Fisher-scoring step; default 1 (metafor `stepadj`). 0.5 tames oscillation. */
  stepAdjustment?: number;
}

/**
 * Thrown when REML Fisher scoring does not converge — where metafor stops
 * with "Fisher scoring algorithm did not converge". Its remedies apply: more
 * iterations (`maxIterations`) or a smaller step (`stepAdjustment: 0.5`).
 */
export class RemlConvergenceError extends Error {
  override name = 'RemlConvergenceError';
}

/** Restricted log-likelihood of τ² for the intercept-only model, without its constant. */
function remlLogLikelihood(centred: readonly StudyEffect[], tau2: number): number {
  const weights = inverseVarianceWeights(centred, tau2);
  const mean = weightedMean(centred, weights);
  let value = 0;
  let sum = 0;
  centred.forEach((study, i) => {
    value -= 0.5 * Math.log(study.vi + tau2) + 0.5 * weights[i]! * (study.yi - mean) ** 2;
    sum += weights[i]!;
  });
  return value - 0.5 * Math.log(sum);
}

/**
 * Restricted maximum-likelihood (REML) estimate of τ² (units of `yi` squared)
 * by Fisher scoring, replicating metafor's rma(method = "REML") step for step
 * (Viechtbauer 2005): start at max(0, Hedges' estimate); update
 * τ² += (y′PPy − tr P)/tr(PP), halving any step that would go below 0; stop
 * when the change is ≤ `threshold`; then, as metafor's `ll0check`, use 0 if
 * the restricted likelihood is higher there (by more than 2⁻¹³) and τ² >
 * `threshold`. Throws a {@link RemlConvergenceError} if it does not converge
 * (on the same data as metafor does). Needs at least 2 studies.
 *
 * Because metafor stops at a change of 1e-5, its τ² can differ from the exact
 * maximizer in the 7th significant figure; the defaults reproduce metafor's
 * number, a smaller `threshold` the exact maximizer.
 *
 * @example tau2Reml([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 }]) // 0.4
 */
export function tau2Reml(studies: readonly StudyEffect[], options: RemlOptions = {}): number {
  checkStudies(studies, 2, 'The REML estimator');
  const threshold = options.threshold ?? 1e-5;
  const maxIterations = options.maxIterations ?? 100;
  const stepAdjustment = options.stepAdjustment ?? 1;
  if (!(threshold > 0)) throw new RangeError(`REML threshold must be positive, got ${threshold}.`);
  if (!(maxIterations >= 1)) throw new RangeError(`REML maxIterations must be at least 1, got ${maxIterations}.`);
  if (!(stepAdjustment > 0) || !Number.isFinite(stepAdjustment)) throw new RangeError(`REML stepAdjustment must be positive, got ${stepAdjustment}.`);

  // metafor works with the mean-centred effects (which leaves P·y unchanged).
  const k = studies.length;
  const centre = studies.reduce((sum, study) => sum + study.yi, 0) / k;
  const centred = studies.map((study) => ({ yi: study.yi - centre, vi: study.vi }));

  let tau2 = Math.max(0, hedgesUntruncated(centred));
  let change = threshold + 1;
  let iterations = 0;
  while (change > threshold) {
    iterations += 1;
    const previous = tau2;
    const weights = inverseVarianceWeights(centred, tau2);
    const sum = weights.reduce((s, w) => s + w, 0);
    const mean = weightedMean(centred, weights);
    // P = W − w·wᵀ/Σw; Py = W(y − μ̂).
    let yPPy = 0;
    let traceP = 0;
    let tracePP = 0;
    for (let i = 0; i < k; i++) {
      const wi = weights[i]!;
      yPPy += (wi * (centred[i]!.yi - mean)) ** 2;
      traceP += wi - (wi * wi) / sum;
      for (let j = 0; j < k; j++) {
        const pij = (i === j ? wi : 0) - (wi * weights[j]!) / sum;
        tracePP += pij * pij;
      }
    }
    let step = ((yPPy - traceP) / tracePP) * stepAdjustment;
    if (Number.isNaN(step)) step = 0;
    if (!Number.isFinite(step)) throw new RemlConvergenceError(`REML Fisher scoring broke down: infinite step at τ² = ${tau2}.`);
    while (tau2 + step < 0) step /= 2; // ends: repeated halving reaches −0
    tau2 += step;
    change = Math.abs(previous - tau2);
    if (iterations > maxIterations) {
      throw new RemlConvergenceError(
        `REML Fisher scoring did not converge in ${maxIterations} iterations (τ² = ${tau2}); try more iterations or stepAdjustment: 0.5, as metafor advises.`,
      );
    }
  }

  // metafor's ll0check: prefer τ² = 0 when the likelihood is clearly higher there.
  const tolerance = 2 ** -13; // .Machine$double.eps^0.25
  if (tau2 > threshold && remlLogLikelihood(centred, 0) - remlLogLikelihood(centred, tau2) > tolerance) tau2 = 0;
  return Math.max(0, tau2);
}
