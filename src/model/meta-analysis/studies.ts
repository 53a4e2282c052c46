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
 * Weights as percentages of their total, as metafor's weights().
 *
 * @example percentWeights([1, 3]) // [25, 75]
 */
export function percentWeights(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (100 * w) / total);
}
