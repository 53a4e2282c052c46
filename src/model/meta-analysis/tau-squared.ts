import { checkStudies, inverseVarianceWeights, rescaleStudies, weightSpread, weightedMean, type StudyEffect } from './studies';

/**
 * DerSimonian–Laird method-of-moments estimate of the between-study variance
 * τ² (units of `yi` squared): (Q − (k − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ) with wᵢ = 1/vᵢ,
 * truncated at 0 (DerSimonian & Laird 1986; metafor rma(method = "DL")).
 * Needs at least 2 studies. Extreme variances are rescaled (see
 * rescaleStudies) and the denominator is computed without cancellation (see
 * weightSpread), so τ² stays correct for variances from 1e-300 to 1e300.
 *
 * @example tau2DerSimonianLaird([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 }]) // 0.4
 */
export function tau2DerSimonianLaird(studies: readonly StudyEffect[]): number {
  checkStudies(studies, 2, 'The DerSimonian–Laird estimator');
  const { studies: scaled, c } = rescaleStudies(studies);
  const weights = inverseVarianceWeights(scaled);
  const mean = weightedMean(scaled, weights);
  const q = scaled.reduce((sum, study, i) => sum + weights[i]! * (study.yi - mean) ** 2, 0);
  return Math.max(0, (q - (scaled.length - 1)) / weightSpread(weights)) * c * c;
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
  const { studies: scaled, c } = rescaleStudies(studies);
  return Math.max(0, hedgesUntruncated(scaled)) * c * c;
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
 * Extreme inputs stay correct where metafor's absolute threshold would not:
 * variances outside about 1e-30…1e30 are rescaled first (rescaleStudies, so
 * `threshold` then applies to τ²/c²), iterations also stop at a change of
 * 1e-10·τ² (below metafor's threshold unless τ² > 1e5), and the step is
 * computed with normalized weights (see fisherStep).
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

  // Extreme variances are rescaled by a power of two (exact); τ² is scaled back at the end.
  const { studies: scaled, c } = rescaleStudies(studies);
  // metafor works with the mean-centred effects (which leaves P·y unchanged).
  const k = scaled.length;
  const centre = scaled.reduce((sum, study) => sum + study.yi, 0) / k;
  const centred = scaled.map((study) => ({ yi: study.yi - centre, vi: study.vi }));
  const minVariance = Math.min(...centred.map((study) => study.vi));

  let tau2 = Math.max(0, hedgesUntruncated(centred));
  let change = threshold + 1;
  let iterations = 0;
  // Besides metafor's absolute threshold, stop at a change of 1e-10 relative:
  // when τ² is huge the absolute threshold is below its floating-point resolution.
  while (change > Math.max(threshold, 1e-10 * tau2)) {
    iterations += 1;
    const previous = tau2;
    let step = fisherStep(centred, tau2, minVariance) * stepAdjustment;
    if (Number.isNaN(step)) step = 0;
    if (!Number.isFinite(step)) throw new RemlConvergenceError(`REML Fisher scoring broke down: infinite step at τ² = ${tau2 * c * c}.`);
    while (tau2 + step < 0) step /= 2; // ends: repeated halving reaches −0
    tau2 += step;
    change = Math.abs(previous - tau2);
    if (iterations > maxIterations) {
      throw new RemlConvergenceError(
        `REML Fisher scoring did not converge in ${maxIterations} iterations (τ² = ${tau2 * c * c}); try more iterations or stepAdjustment: 0.5, as metafor advises.`,
      );
    }
  }

  // metafor's ll0check: prefer τ² = 0 when the likelihood is clearly higher there.
  const tolerance = 2 ** -13; // .Machine$double.eps^0.25
  if (tau2 > threshold && remlLogLikelihood(centred, 0) - remlLogLikelihood(centred, tau2) > tolerance) tau2 = 0;
  return Math.max(0, tau2) * c * c;
}

/**
 * One Fisher-scoring step (y′PPy − tr P)/tr(PP) at τ², with P = W − w·wᵀ/Σw.
 * Computed with the weights divided by their maximum m = 1/(min vᵢ + τ²):
 * y′PPy = m²A, tr P = m·B, tr(PP) = m²C, so the step is (A − B/m)/C, free
 * of overflow for tiny variances and of cancellation when one weight dominates
 * (diagonal of P: uᵢ·Σ_{j≠i}uⱼ/Σu, with the sums of the others taken directly).
 */
function fisherStep(centred: readonly StudyEffect[], tau2: number, minVariance: number): number {
  const inverseMax = minVariance + tau2; // 1/m
  const u = centred.map((study) => inverseMax / (study.vi + tau2));
  const sum = u.reduce((s, x) => s + x, 0);
  const mean = centred.reduce((s, study, i) => s + u[i]! * study.yi, 0) / sum;
  const prefix: number[] = [];
  let running = 0;
  for (const x of u) {
    prefix.push(running);
    running += x;
  }
  let suffix = 0;
  const others: number[] = new Array<number>(u.length);
  for (let i = u.length - 1; i >= 0; i--) {
    others[i] = prefix[i]! + suffix;
    suffix += u[i]!;
  }
  let a = 0;
  let c = 0;
  for (let i = 0; i < u.length; i++) {
    a += (u[i]! * (centred[i]!.yi - mean)) ** 2;
    c += ((u[i]! * others[i]!) / sum) ** 2;
    for (let j = 0; j < u.length; j++) if (j !== i) c += ((u[i]! * u[j]!) / sum) ** 2;
  }
  const b = weightSpread(u);
  return (a - b * inverseMax) / c;
}
