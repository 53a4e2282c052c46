import { fixedEffect } from './fixed-effect';
import { heterogeneity } from './heterogeneity';
import { randomEffects, type RandomEffectsTest, type Tau2Method } from './random-effects';
import { checkStudies, type StudyEffect } from './studies';
import type { RemlOptions } from './tau-squared';

/** How the main analysis pooled the studies; leave-one-out re-pools each subset the same way. */
export interface LeaveOneOutOptions {
  /** "fixed" (inverse-variance common effect) or "random" (see randomEffects). */
  model: 'fixed' | 'random';
  /** τ² estimator for model "random"; default "REML", as randomEffects(). */
  method?: Tau2Method;
  /** "z" or "knha" (Hartung–Knapp) for model "random"; default "z". */
  test?: RandomEffectsTest;
  /** Confidence level as a fraction; default 0.95. */
  level?: number;
  /** REML controls, as randomEffects(). */
  reml?: RemlOptions;
}

/** The pooled result without one study, on the scale of the studies' `yi`. */
export interface LeaveOneOutRow {
  /** 0-based index of the study left out. */
  omitted: number;
  /** Number of studies pooled (k − 1). */
  k: number;
  estimate: number;
  se: number;
  /** z, or t on k − 2 df for test "knha". */
  statistic: number;
  pValue: number;
  ci: [number, number];
  /** τ² of the subset (0 for the fixed-effect model), units of `yi` squared. */
  tau2: number;
  /** Cochran's Q of the subset and its p-value; NaN when only one study remains. */
  q: number;
  qPValue: number;
  /** I² of the subset, percent (τ²-based for "random", Q-based for "fixed", as metafor); NaN when one study remains. */
  i2: number;
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
    const subset = studies.filter((__, index) => index !== omitted);
    if (model === 'fixed') {
      const fit = fixedEffect(subset, { level: options.level });
      const het = subset.length >= 2 ? heterogeneity(subset) : undefined;
      return {
        omitted,
        k: fit.k,
        estimate: fit.estimate,
        se: fit.se,
        statistic: fit.statistic,
        pValue: fit.pValue,
        ci: fit.ci,
        tau2: 0,
        q: het?.q ?? Number.NaN,
        qPValue: het?.pValue ?? Number.NaN,
        i2: het?.i2 ?? Number.NaN,
      };
    }
    const fit = randomEffects(subset, { method: options.method, test: options.test, level: options.level, reml: options.reml });
    return {
      omitted,
      k: fit.k,
      estimate: fit.estimate,
      se: fit.se,
      statistic: fit.statistic,
      pValue: fit.pValue,
      ci: fit.ci,
      tau2: fit.tau2,
      q: fit.heterogeneity.q,
      qPValue: fit.heterogeneity.pValue,
      i2: fit.heterogeneity.i2,
    };
  });
}
