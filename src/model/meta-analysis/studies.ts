/**
 * One study's effect on the analysis scale, in metafor's notation: `yi` is the
 * observed effect (a log risk ratio, log odds ratio, mean difference in the
 * outcome's units, or standardized mean difference) and `vi` its sampling
 * variance (units of `yi` squared).
 */
export interface StudyEffect {
  yi: number;
  vi: number;
}

/**
 * Checks the studies given to a pooling method: at least `minimum` of them,
 * finite effects and positive finite variances. Throws a RangeError naming
 * the first offending study (1-based) otherwise.
 *
 * @example checkStudies([{ yi: 0.2, vi: 0 }], 1, 'Pooling') // throws RangeError: Study 1: sampling variance vi must be positive…
 */
export function checkStudies(studies: readonly StudyEffect[], minimum: number, method: string): void {
  if (studies.length < minimum) {
    throw new RangeError(`${method} needs at least ${minimum} ${minimum === 1 ? 'study' : 'studies'}, got ${studies.length}.`);
  }
  studies.forEach((study, index) => {
    if (!Number.isFinite(study.yi)) throw new RangeError(`Study ${index + 1}: effect yi must be a finite number, got ${study.yi}.`);
    if (!(study.vi > 0) || !Number.isFinite(study.vi)) {
      throw new RangeError(`Study ${index + 1}: sampling variance vi must be positive and finite, got ${study.vi}.`);
    }
  });
}

/**
 * Checks a confidence level given as a fraction, e.g. 0.95.
 *
 * @example checkLevel(95) // throws RangeError
 */
export function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`Confidence level must be a fraction between 0 and 1 (e.g. 0.95), got ${level}.`);
}

/**
 * Inverse-variance weights 1/(vi + τ²), in 1/(units of `yi`)².
 *
 * @example inverseVarianceWeights([{ yi: 0, vi: 0.1 }], 0.15) // [4]
 */
export function inverseVarianceWeights(studies: readonly StudyEffect[], tau2 = 0): number[] {
  return studies.map((study) => 1 / (study.vi + tau2));
}

/**
 * Σ wᵢ·yᵢ / Σ wᵢ, in units of `yi`.
 *
 * @example weightedMean([{ yi: 0, vi: 1 }, { yi: 1, vi: 1 }], [1, 3]) // 0.75
 */
export function weightedMean(studies: readonly StudyEffect[], weights: readonly number[]): number {
  let sum = 0;
  let sumWeights = 0;
  studies.forEach((study, index) => {
    sum += weights[index]! * study.yi;
    sumWeights += weights[index]!;
  });
  return sum / sumWeights;
}

/**
 * Σwᵢ − Σwᵢ²/Σwᵢ for positive weights, in units of the weights: the
 * denominator of the DerSimonian–Laird τ² and of the typical within-study
 * variance, and the trace of P at a given τ². Computed as
 * m·2·Σ_{i<j} uᵢuⱼ / Σuᵢ with uᵢ = wᵢ/m and m = max wᵢ, a sum of positive
 * terms, so it neither cancels to 0 when one weight dominates nor overflows
 * when weights exceed 1e154 (sampling variances below 1e-154).
 *
 * @example weightSpread([1, 1]) // 1 (= 2 − 2/2)
 */
export function weightSpread(weights: readonly number[]): number {
  const max = Math.max(...weights);
  let sum = 0;
  let pairs = 0;
  for (const w of weights) {
    const u = w / max;
    pairs += u * sum; // uᵢ · Σ_{j<i} uⱼ
    // Stryker disable next-line AssignmentOperator: equivalent, subtracting negates both pairs and sum, and only their ratio is used.
    sum += u;
  }
  return (max * 2 * pairs) / sum;
}

/** Typical variances between 2⁻¹⁰⁰ and 2¹⁰⁰ (about 1e-30 to 1e30) are computed as given. */
const SCALE_BAND = 100;

/**
 * Studies whose sampling variances are extreme (below about 1e-30 or above
 * 1e30 on geometric average; an outside check used 1e-150 and 1e150) are
 * rescaled before pooling: yᵢ/c and vᵢ/c² with c a power of two chosen so
 * the geometric-mean variance is about 1. Powers of two scale floating-point
 * arithmetic exactly, and every estimator here is scale-equivariant
 * (estimate and SE scale by c, τ² by c², Q, I², z and p not at all), so the
 * caller multiplies back (by c twice for variances: c² itself may not be
 * representable). Within the band, c is 1 and the studies are returned
 * unchanged, so ordinary data give exactly metafor's numbers.
 *
 * @example rescaleStudies([{ yi: 1e-80, vi: 1e-160 }]).c // 2⁻²⁶⁶, near 1e-80
 */
export function rescaleStudies(studies: readonly StudyEffect[]): { studies: readonly StudyEffect[]; c: number } {
  const meanLog2 = studies.reduce((sum, s) => sum + Math.log2(s.vi), 0) / studies.length;
  // Stryker disable next-line EqualityOperator: equivalent but for REML's threshold semantics at exactly 2^±100, since power-of-two scaling is exact.
  if (Math.abs(meanLog2) <= SCALE_BAND) return { studies, c: 1 };
  const c = 2 ** Math.round(meanLog2 / 2);
  return { studies: studies.map((s) => ({ yi: s.yi / c, vi: s.vi / c / c })), c };
}

/**
 * Weights as percentages of their total, as metafor's weights().
 *
 * @example percentWeights([1, 3]) // [25, 75]
 */
export function percentWeights(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (100 * w) / total);
}
