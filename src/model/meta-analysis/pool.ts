import { fixedEffect, type PooledEstimate } from './fixed-effect';
import { heterogeneity } from './heterogeneity';
import { randomEffects, type RandomEffectsTest, type Tau2Method } from './random-effects';
import type { StudyEffect } from './studies';
import type { RemlOptions } from './tau-squared';

/** Which model pools the studies, with its estimator and test. */
export interface PoolingOptions {
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

/** A pooled estimate from either model with its between-study variance and heterogeneity, on the scale of the studies' `yi`. */
export interface PooledFit extends PooledEstimate {
  /** τ² (0 for the fixed-effect model), units of `yi` squared. */
  tau2: number;
  /** Cochran's Q and its p-value; NaN when only one study is pooled. */
  q: number;
  qPValue: number;
  /** I², percent (τ²-based for "random", Q-based for "fixed", as metafor); NaN when one study is pooled. */
  i2: number;
  /** Prediction interval for a new study's true effect (model "random" only). */
  predictionInterval?: [number, number];
}

/**
 * Pools studies with the model `options` names: fixedEffect() with Cochran's
 * Q and I² for "fixed" (none for a single study), randomEffects() with its
 * τ² method and test for "random". Throws as those do.
 *
 * @example pool(studies, { model: 'random', method: 'REML', test: 'knha' }) // as randomEffects(studies, { method: 'REML', test: 'knha' })
 */
export function pool(studies: readonly StudyEffect[], options: PoolingOptions): PooledFit {
  if (options.model === 'fixed') {
    const fit = fixedEffect(studies, { level: options.level });
    const het = studies.length >= 2 ? heterogeneity(studies) : undefined;
    return { ...fit, tau2: 0, q: het?.q ?? Number.NaN, qPValue: het?.pValue ?? Number.NaN, i2: het?.i2 ?? Number.NaN };
  }
  const fit = randomEffects(studies, { method: options.method, test: options.test, level: options.level, reml: options.reml });
  return {
    k: fit.k,
    estimate: fit.estimate,
    se: fit.se,
    statistic: fit.statistic,
    pValue: fit.pValue,
    ci: fit.ci,
    level: fit.level,
    weights: fit.weights,
    tau2: fit.tau2,
    q: fit.heterogeneity.q,
    qPValue: fit.heterogeneity.pValue,
    i2: fit.heterogeneity.i2,
    predictionInterval: fit.predictionInterval,
  };
}

/** The pooling methods a profile outcome names: fixed effect, DerSimonian–Laird, REML, and REML with Hartung–Knapp–Sidik–Jonkman. */
export const POOLING_METHODS = ['FE', 'DL', 'REML', 'REML-HKSJ'] as const;
export type PoolingMethod = (typeof POOLING_METHODS)[number];

/** The model, τ² estimator and test a named pooling method stands for. */
export function poolingOptions(method: PoolingMethod): PoolingOptions {
  switch (method) {
    case 'FE':
      return { model: 'fixed' };
    case 'DL':
      return { model: 'random', method: 'DL', test: 'z' };
    case 'REML':
      return { model: 'random', method: 'REML', test: 'z' };
    case 'REML-HKSJ':
      return { model: 'random', method: 'REML', test: 'knha' };
  }
}
