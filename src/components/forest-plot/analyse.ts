import { pool, poolingOptions, POOLING_METHODS, type PoolingMethod } from '../../model/meta-analysis/pool';
import { studyFromRatioInterval } from '../../model/meta-analysis/from-ratio-interval';
import type { ForestRow } from './forest-svg';

/** The pooled rows the plot shows, in order (src/model/meta-analysis/pool.ts). */
export const METHODS = POOLING_METHODS;
export type { PoolingMethod };

export const METHOD_LABELS: Record<PoolingMethod, string> = {
  FE: 'Fixed effect (inverse variance)',
  DL: 'Random effects, DerSimonian–Laird',
  REML: 'Random effects, REML',
  'REML-HKSJ': 'Random effects, REML with Hartung–Knapp–Sidik–Jonkman',
};

/** Short labels for the plot's pooled rows. */
const METHOD_SHORT: Record<PoolingMethod, string> = { FE: 'Fixed effect', DL: 'RE (DL)', REML: 'RE (REML)', 'REML-HKSJ': 'RE (REML, HKSJ)' };

export interface PooledRow extends ForestRow {
  method: PoolingMethod;
  /** Full method name for text. */
  longLabel: string;
  tau2: number;
  i2: number;
  q: number;
  qP: number;
  pValue: number;
  /** Prediction interval on the ratio scale (random effects only). */
  prediction?: [number, number];
  /** Study weights under this method, percent, in study order. */
  weights: number[];
}

export interface StudyInput {
  label: string;
  estimate: number;
  ci: [number, number];
}

/**
 * Pools ratio estimates on the log scale with each method and returns display
 * rows on the ratio scale. Build-time only: the browser receives the numbers.
 * A single study is shown as reported: weight 100 %, no pooled rows (there is
 * nothing to pool, and heterogeneity needs two studies).
 */
export function analyseRatios(studies: readonly StudyInput[]): { studies: ForestRow[]; pooled: PooledRow[] } {
  const effects = studies.map((s) => studyFromRatioInterval(s.estimate, s.ci));
  if (studies.length === 1) {
    const [only] = studies;
    return { studies: [{ label: only!.label, estimate: only!.estimate, lower: only!.ci[0], upper: only!.ci[1], weight: 100 }], pooled: [] };
  }
  const pooled = METHODS.map((method): PooledRow => {
    const fit = pool(effects, poolingOptions(method));
    const prediction = fit.predictionInterval && studies.length >= 3 ? fit.predictionInterval : undefined;
    return {
      method, label: METHOD_SHORT[method], longLabel: METHOD_LABELS[method], estimate: Math.exp(fit.estimate), lower: Math.exp(fit.ci[0]), upper: Math.exp(fit.ci[1]),
      tau2: fit.tau2, i2: fit.i2, q: fit.q, qP: fit.qPValue, pValue: fit.pValue,
      prediction: prediction ? [Math.exp(prediction[0]), Math.exp(prediction[1])] : undefined,
      weights: fit.weights,
    };
  });
  const rows = studies.map((s, i) => ({ label: s.label, estimate: s.estimate, lower: s.ci[0], upper: s.ci[1], weight: pooled[2]!.weights[i] }));
  return { studies: rows, pooled };
}
