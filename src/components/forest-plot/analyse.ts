import { fixedEffect } from '../../model/meta-analysis/fixed-effect';
import { heterogeneity } from '../../model/meta-analysis/heterogeneity';
import { randomEffects } from '../../model/meta-analysis/random-effects';
import { studyFromRatioInterval } from '../../model/meta-analysis/from-ratio-interval';
import type { ForestRow } from './forest-svg';

export const METHODS = ['FE', 'DL', 'REML', 'REML-HKSJ'] as const;
export type PoolingMethod = (typeof METHODS)[number];

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
  const fe = fixedEffect(effects);
  const exp = (v: number) => Math.exp(v);
  const pooled: PooledRow[] = [];
  const heterogeneityFe = heterogeneity(effects);
  pooled.push({
    method: 'FE', label: METHOD_SHORT.FE, longLabel: METHOD_LABELS.FE, estimate: exp(fe.estimate), lower: exp(fe.ci[0]), upper: exp(fe.ci[1]),
    tau2: 0, i2: heterogeneityFe.i2, q: heterogeneityFe.q, qP: heterogeneityFe.pValue, pValue: fe.pValue, weights: fe.weights,
  });
  for (const [method, options] of [
    ['DL', { method: 'DL', test: 'z' }],
    ['REML', { method: 'REML', test: 'z' }],
    ['REML-HKSJ', { method: 'REML', test: 'knha' }],
  ] as const) {
    const re = randomEffects(effects, options);
    pooled.push({
      method, label: METHOD_SHORT[method], longLabel: METHOD_LABELS[method], estimate: exp(re.estimate), lower: exp(re.ci[0]), upper: exp(re.ci[1]),
      tau2: re.tau2, i2: re.heterogeneity.i2, q: re.heterogeneity.q, qP: re.heterogeneity.pValue, pValue: re.pValue,
      prediction: studies.length >= 3 ? [exp(re.predictionInterval[0]), exp(re.predictionInterval[1])] : undefined,
      weights: re.weights,
    });
  }
  const rows = studies.map((s, i) => ({ label: s.label, estimate: s.estimate, lower: s.ci[0], upper: s.ci[1], weight: pooled[2]!.weights[i] }));
  return { studies: rows, pooled };
}
