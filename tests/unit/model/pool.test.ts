/**
 * pool() and poolingOptions() (src/model/meta-analysis/pool.ts): the one
 * place a pooling method's name becomes an estimator. Each method must give
 * exactly what the estimator it names gives on dat.bcg (metafor reference
 * file), so leave-one-out, the forest plot and the evidence tables agree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixedEffect } from '../../../src/model/meta-analysis/fixed-effect';
import { heterogeneity } from '../../../src/model/meta-analysis/heterogeneity';
import { pool, poolingOptions, POOLING_METHODS } from '../../../src/model/meta-analysis/pool';
import { randomEffects } from '../../../src/model/meta-analysis/random-effects';
import type { StudyEffect } from '../../../src/model/meta-analysis/studies';

const reference = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../reference/metafor-reference.json'), 'utf8'));
const bcgData = reference.datasets['bcg-rr'];
const bcg: StudyEffect[] = bcgData.yi.map((yi: number, i: number) => ({ yi, vi: bcgData.vi[i] }));

describe('poolingOptions', () => {
  test('names each method the estimator and test of its label', () => {
    expect(POOLING_METHODS.map((m) => [m, poolingOptions(m)])).toEqual([
      ['FE', { model: 'fixed' }],
      ['DL', { model: 'random', method: 'DL', test: 'z' }],
      ['REML', { model: 'random', method: 'REML', test: 'z' }],
      ['REML-HKSJ', { model: 'random', method: 'REML', test: 'knha' }],
    ]);
  });
});

describe('pool', () => {
  test('"fixed" is fixedEffect() with Cochran\'s Q and the Q-based I², and τ² 0', () => {
    const fit = pool(bcg, poolingOptions('FE'));
    const het = heterogeneity(bcg);
    expect(fit).toEqual({ ...fixedEffect(bcg), tau2: 0, q: het.q, qPValue: het.pValue, i2: het.i2 });
    expect(fit.predictionInterval).toBeUndefined();
  });

  test('a single study pooled with "fixed" has no heterogeneity (NaN), not a throw', () => {
    const fit = pool(bcg.slice(0, 1), { model: 'fixed' });
    expect(fit.estimate).toBe(bcg[0]!.yi);
    expect([fit.q, fit.qPValue, fit.i2].every(Number.isNaN)).toBe(true);
  });

  test.each(['DL', 'REML', 'REML-HKSJ'] as const)('"%s" is randomEffects() with the same τ² method and test', (method) => {
    const options = poolingOptions(method);
    const fit = pool(bcg, options);
    const re = randomEffects(bcg, { method: options.method, test: options.test });
    expect(fit).toMatchObject({ k: re.k, estimate: re.estimate, se: re.se, statistic: re.statistic, pValue: re.pValue, ci: re.ci, weights: re.weights, tau2: re.tau2 });
    expect(fit).toMatchObject({ q: re.heterogeneity.q, qPValue: re.heterogeneity.pValue, i2: re.heterogeneity.i2, predictionInterval: re.predictionInterval });
  });

  test('the methods differ where they should: DL and REML τ², and HKSJ a wider interval than REML z on dat.bcg', () => {
    const [dl, reml, hksj] = (['DL', 'REML', 'REML-HKSJ'] as const).map((m) => pool(bcg, poolingOptions(m)));
    expect(dl!.tau2).not.toBeCloseTo(reml!.tau2, 3);
    expect(hksj!.estimate).toBe(reml!.estimate);
    expect(hksj!.ci[1] - hksj!.ci[0]).toBeGreaterThan(reml!.ci[1] - reml!.ci[0]);
  });
});
