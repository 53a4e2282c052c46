import { pool, type PoolingOptions, type PooledFit } from './pool';
import { checkStudies, type StudyEffect } from './studies';

/** How the main analysis pooled the studies; leave-one-out re-pools each subset the same way. */
export type LeaveOneOutOptions = PoolingOptions;

/**
 * The pooled result without one study, on the scale of the studies' `yi`:
 * k is k − 1; `statistic` is z, or t on k − 2 df for test "knha"; τ² is 0
 * for the fixed-effect model; Q, its p-value and I² are NaN when only one
 * study remains.
 */
export interface LeaveOneOutRow extends Pick<PooledFit, 'k' | 'estimate' | 'se' | 'statistic' | 'pValue' | 'ci' | 'tau2' | 'q' | 'qPValue' | 'i2'> {
  /** 0-based index of the study left out. */
  omitted: number;
}

/**
 * Leave-one-out sensitivity analysis: re-pools the studies k times, each time
 * omitting one, with the same estimator as the main analysis (fixed effect,
 * or random effects with the same τ² method and test, Hartung–Knapp
 * included). Reproduces metafor's leave1out() for rma.uni models
 * (Viechtbauer 2010, J Stat Softw 36(3); metafor reference "leave1out").
 *
 * Needs at least 2 studies for the fixed-effect model and 3 for random
 * effects (each subset must still be a meta-analysis); throws a RangeError
 * otherwise, or for invalid studies.
 *
 * @example leaveOneOut(bcg, { model: 'random', method: 'REML' })[0] // omitted 0, estimate −0.7071, ci [−1.0794, −0.3348] (metafor docs, dat.bcg)
 */
export function leaveOneOut(studies: readonly StudyEffect[], options: LeaveOneOutOptions): LeaveOneOutRow[] {
  const model = options?.model;
  if (model !== 'fixed' && model !== 'random') {
    throw new RangeError(`Leave-one-out needs the main analysis's model: "fixed" or "random", got ${JSON.stringify(model)}.`);
  }
  const minimum = model === 'fixed' ? 2 : 3;
  checkStudies(studies, minimum, `A leave-one-out analysis (${model === 'fixed' ? 'fixed' : 'random'}-effect model)`);
  return studies.map((_, omitted) => {
    const { k, estimate, se, statistic, pValue, ci, tau2, q, qPValue, i2 } = pool(studies.filter((__, index) => index !== omitted), options);
    return { omitted, k, estimate, se, statistic, pValue, ci, tau2, q, qPValue, i2 };
  });
}
