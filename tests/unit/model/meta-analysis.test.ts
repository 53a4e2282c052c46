/**
 * The meta-analysis model (src/model/meta-analysis) is checked number by
 * number against metafor 3.8-1 on R 4.2.2: tests/reference/metafor-reference.R
 * fits each dataset with real metafor and saves the results in
 * metafor-reference.json next to it. Every model output must agree to 6
 * significant figures (relative error ≤ 5e-7).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  chiSquareUpperTail,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedIncompleteBeta,
  regularizedUpperIncompleteGamma,
  studentTCdf,
  studentTQuantile,
} from '../../../src/model/meta-analysis/distributions';
import {
  hedgesCorrection,
  logOddsRatio,
  logRiskRatio,
  meanDifference,
  standardizedMeanDifference,
  tableFromArms,
  type TwoByTwoTable,
} from '../../../src/model/meta-analysis/effect-sizes';
import { fixedEffect } from '../../../src/model/meta-analysis/fixed-effect';
import { cochranQ, heterogeneity, typicalWithinStudyVariance } from '../../../src/model/meta-analysis/heterogeneity';
import { predictionInterval, randomEffects, type RandomEffectsOptions, type RandomEffectsResult } from '../../../src/model/meta-analysis/random-effects';
import type { StudyEffect } from '../../../src/model/meta-analysis/studies';
import { RemlConvergenceError, tau2DerSimonianLaird, tau2Hedges, tau2Reml, type RemlOptions } from '../../../src/model/meta-analysis/tau-squared';

// ---------------------------------------------------------------- reference

interface Fit {
  call: string;
  k: number;
  estimate: number;
  se: number;
  'ci.lb': number;
  'ci.ub': number;
  test: 'z' | 'knha';
  zval: number;
  ddf: number | null;
  pval: number;
  tau2: number;
  s2w: number;
  QE: number;
  QEp: number;
  I2: number;
  H2: number;
  vt: number;
  weights: number[];
  'pi.lb': number | null;
  'pi.ub': number | null;
  'cr.lb': number;
  'cr.ub': number;
}

interface Dataset {
  description: string;
  escalc: string;
  input: Record<string, (number | string)[]>;
  yi: number[];
  vi: number[];
  fits?: Record<string, Fit>;
  approximate?: { formula: string; yi: number[]; vi: number[] };
}

type Grid = Array<Record<string, number>>;

interface ConvergenceCase {
  description: string;
  yi: number[];
  vi: number[];
  defaultCall: string;
  defaultError: string;
  fit: Fit;
  warnings: string[];
}

interface Reference {
  R: string;
  metafor: string;
  datasets: Record<string, Dataset>;
  convergence: Record<'ll0check' | 'stepadj', ConvergenceCase>;
  distributions: Record<'qnorm' | 'pnorm' | 'pnormUpper' | 'qt' | 'pt' | 'pchisqUpper' | 'lgamma', Grid>;
}

const REFERENCE = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../reference/metafor-reference.json'), 'utf8')) as Reference;

/**
 * Asserts agreement to `digits` significant figures: relative error at most
 * 5·10^−(digits+1) (5e-7 for 6). An expected 0 must be matched within 1e-12.
 */
function expectSignificant(actual: number, expected: number, digits = 6, label = ''): void {
  if (expected === 0) {
    expect(Math.abs(actual), `${label}: expected 0, got ${actual}`).toBeLessThanOrEqual(1e-12);
    return;
  }
  const relative = Math.abs(actual - expected) / Math.abs(expected);
  expect(relative, `${label}: got ${actual}, metafor ${expected}`).toBeLessThanOrEqual(5 * 10 ** -(digits + 1));
}

function expectAllSignificant(actual: readonly number[], expected: readonly number[], digits: number, label: string): void {
  expect(actual.length, `${label}: length`).toBe(expected.length);
  actual.forEach((value, i) => expectSignificant(value, expected[i]!, digits, `${label}[${i + 1}]`));
}

const column = (dataset: Dataset, name: string) => dataset.input[name]!.map(Number);

/** Checks a random-effects fit against every number metafor reported for it. */
function expectMatchesFit(re: RandomEffectsResult, fit: Fit): void {
  expect(re.k).toBe(fit.k);
  expectSignificant(re.tau2, fit.tau2, 6, 'tau2');
  expectSignificant(re.estimate, fit.estimate, 6, 'estimate');
  expectSignificant(re.se, fit.se, 6, 'se');
  expectSignificant(re.ci[0], fit['ci.lb'], 6, 'ci.lb');
  expectSignificant(re.ci[1], fit['ci.ub'], 6, 'ci.ub');
  expectSignificant(re.statistic, fit.zval, 6, fit.test === 'knha' ? 'tval' : 'zval');
  expectSignificant(re.pValue, fit.pval, 6, 'pval');
  expect(re.df ?? null).toBe(fit.ddf);
  expectSignificant(re.knhaScale, fit.s2w, 6, 's2w');
  expectAllSignificant(re.weights, fit.weights, 6, 'weights');
  expectSignificant(re.heterogeneity.q, fit.QE, 6, 'QE');
  expectSignificant(re.heterogeneity.pValue, fit.QEp, 6, 'QEp');
  expectSignificant(re.heterogeneity.i2, fit.I2, 6, 'I2');
  expectSignificant(re.heterogeneity.h2, fit.H2, 6, 'H2');
  expectSignificant(re.heterogeneity.typicalVariance, fit.vt, 6, 'vt');
  expectSignificant(re.predictionInterval[0], fit['pi.lb']!, 6, 'pi.lb (predict)');
  expectSignificant(re.predictionInterval[1], fit['pi.ub']!, 6, 'pi.ub (predict)');
  // predict()'s CI for the mean is the model's CI.
  expectSignificant(re.ci[0], fit['cr.lb'], 6, 'ci.lb (predict)');
  expectSignificant(re.ci[1], fit['cr.ub'], 6, 'ci.ub (predict)');
}

// ---------------------------------------------------------------- datasets

/** The effect sizes our model computes from each dataset's raw input, and the escalc() call they must match. */
const DATASETS: Array<{ id: string; escalc: string; compute: (d: Dataset) => StudyEffect[] }> = [
  {
    id: 'bcg-rr',
    escalc: 'escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)',
    compute: (d) => tables(d, 'tpos', 'tneg', 'cpos', 'cneg').map((t) => logRiskRatio(t)),
  },
  {
    id: 'bcg-or',
    escalc: 'escalc(measure="OR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)',
    compute: (d) => tables(d, 'tpos', 'tneg', 'cpos', 'cneg').map((t) => logOddsRatio(t)),
  },
  {
    id: 'normand-md',
    escalc: 'escalc(measure="MD", m1i=m1i, sd1i=sd1i, n1i=n1i, m2i=m2i, sd2i=sd2i, n2i=n2i, data=dat.normand1999)',
    compute: (d) => arms(d).map(([g1, g2]) => meanDifference(g1, g2)),
  },
  {
    id: 'normand-smd',
    escalc: 'escalc(measure="SMD", m1i=m1i, sd1i=sd1i, n1i=n1i, m2i=m2i, sd2i=sd2i, n2i=n2i, data=dat.normand1999)',
    compute: (d) => arms(d).map(([g1, g2]) => standardizedMeanDifference(g1, g2)),
  },
  {
    id: 'nielweise-rr',
    escalc: 'escalc(measure="RR", ai=ai, n1i=n1i, ci=ci, n2i=n2i, data=dat.nielweise2007)',
    compute: (d) => eventsTotals(d).map((t) => logRiskRatio(t)),
  },
  {
    id: 'nielweise-or',
    escalc: 'escalc(measure="OR", ai=ai, n1i=n1i, ci=ci, n2i=n2i, data=dat.nielweise2007)',
    compute: (d) => eventsTotals(d).map((t) => logOddsRatio(t)),
  },
  {
    id: 'zero-rr',
    escalc: 'escalc(measure="RR", ai=ai, bi=bi, ci=ci, di=di, data=dat.zero)',
    compute: (d) => tables(d, 'ai', 'bi', 'ci', 'di').map((t) => logRiskRatio(t)),
  },
  {
    id: 'zero-or',
    escalc: 'escalc(measure="OR", ai=ai, bi=bi, ci=ci, di=di, data=dat.zero)',
    compute: (d) => tables(d, 'ai', 'bi', 'ci', 'di').map((t) => logOddsRatio(t)),
  },
];

function tables(d: Dataset, a: string, b: string, c: string, dd: string): TwoByTwoTable[] {
  const [ai, bi, ci, di] = [column(d, a), column(d, b), column(d, c), column(d, dd)];
  return ai.map((_, i) => ({ ai: ai[i]!, bi: bi[i]!, ci: ci[i]!, di: di[i]! }));
}

function eventsTotals(d: Dataset): TwoByTwoTable[] {
  const [ai, n1i, ci, n2i] = [column(d, 'ai'), column(d, 'n1i'), column(d, 'ci'), column(d, 'n2i')];
  return ai.map((_, i) => tableFromArms({ events: ai[i]!, total: n1i[i]! }, { events: ci[i]!, total: n2i[i]! }));
}

function arms(d: Dataset) {
  const get = (name: string) => column(d, name);
  const [m1, sd1, n1, m2, sd2, n2] = ['m1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i'].map(get) as [number[], number[], number[], number[], number[], number[]];
  return m1.map((_, i) => [
    { mean: m1[i]!, sd: sd1[i]!, n: n1[i]! },
    { mean: m2[i]!, sd: sd2[i]!, n: n2[i]! },
  ] as const);
}

/** The rma() fits in the reference, with the option set of our model that must reproduce each. */
const MODELS: Array<{ id: string; call: string; options?: RandomEffectsOptions }> = [
  { id: 'FE', call: 'method="FE"' },
  { id: 'DL', call: 'method="DL"', options: { method: 'DL', test: 'z' } },
  { id: 'REML', call: 'method="REML"', options: { method: 'REML', test: 'z' } },
  { id: 'HE', call: 'method="HE"', options: { method: 'HE', test: 'z' } },
  { id: 'REML-knha', call: 'method="REML", test="knha"', options: { method: 'REML', test: 'knha' } },
  { id: 'DL-knha', call: 'method="DL", test="knha"', options: { method: 'DL', test: 'knha' } },
];

describe(`reference file: metafor ${REFERENCE.metafor}, ${REFERENCE.R}`, () => {
  test('was produced by metafor 3.8-1 and holds every dataset and call this test names', () => {
    expect(REFERENCE.metafor).toBe('3.8.1');
    expect(Object.keys(REFERENCE.datasets).sort()).toEqual(DATASETS.map((d) => d.id).sort());
    for (const { id, escalc } of DATASETS) {
      const dataset = REFERENCE.datasets[id]!;
      expect(dataset.escalc).toBe(escalc);
      for (const model of MODELS) {
        if (dataset.fits) expect(dataset.fits[model.id]!.call).toBe(`rma(yi, vi, data=d, ${model.call})`);
      }
    }
  });
});

for (const { id, escalc, compute } of DATASETS) {
  const dataset = REFERENCE.datasets[id]!;
  describe(`${id}: ${dataset.description}`, () => {
    const studies = compute(dataset);

    test(`yi and vi per study match ${escalc}`, () => {
      expectAllSignificant(
        studies.map((s) => s.yi),
        dataset.yi,
        6,
        'yi',
      );
      expectAllSignificant(
        studies.map((s) => s.vi),
        dataset.vi,
        6,
        'vi',
      );
    });

    for (const model of MODELS) {
      const fit = dataset.fits?.[model.id];
      if (!fit) continue;
      test(`rma(yi, vi, data=${escalc}, ${model.call})`, () => {
        expect(fit.k).toBe(studies.length);
        if (!model.options) {
          // Fixed-effect model: pooled estimate plus the Q-based I² and H².
          const fe = fixedEffect(studies);
          const het = heterogeneity(studies);
          expectSignificant(fe.estimate, fit.estimate, 6, 'estimate');
          expectSignificant(fe.se, fit.se, 6, 'se');
          expectSignificant(fe.ci[0], fit['ci.lb'], 6, 'ci.lb');
          expectSignificant(fe.ci[1], fit['ci.ub'], 6, 'ci.ub');
          expectSignificant(fe.statistic, fit.zval, 6, 'zval');
          expectSignificant(fe.pValue, fit.pval, 6, 'pval');
          expectAllSignificant(fe.weights, fit.weights, 6, 'weights');
          expectSignificant(het.q, fit.QE, 6, 'QE');
          expectSignificant(het.pValue, fit.QEp, 6, 'QEp');
          expectSignificant(het.i2, fit.I2, 6, 'I2');
          expectSignificant(het.h2, fit.H2, 6, 'H2');
          expectSignificant(het.typicalVariance, fit.vt, 6, 'vt');
          expect(fit['pi.lb']).toBeNull(); // predict() gives no prediction interval for a fixed-effect model
          return;
        }
        expectMatchesFit(randomEffects(studies, model.options), fit);
      });
    }
  });
}

describe('spot checks against numbers printed by metafor (as in its documentation for dat.bcg)', () => {
  const bcg = DATASETS[0]!.compute(REFERENCE.datasets['bcg-rr']!);

  test('rma(yi, vi, data=escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg), method="REML"): estimate −0.7145, tau² 0.3132, I² 92.22 %', () => {
    const re = randomEffects(bcg, { method: 'REML' });
    expect(re.estimate).toBeCloseTo(-0.7145, 4);
    expect(re.se).toBeCloseTo(0.1798, 4);
    expect(re.tau2).toBeCloseTo(0.3132, 4);
    expect(re.heterogeneity.i2).toBeCloseTo(92.22, 2);
    expect(re.heterogeneity.q).toBeCloseTo(152.233, 3);
  });

  test('metafor stops REML at a change of 1e-5: its tau² (0.313243326) is 2e-7 from the exact maximizer (0.313243258)', () => {
    expectSignificant(tau2Reml(bcg), 0.313243325980895, 9, 'default threshold');
    // rma(..., method="REML", control=list(threshold=1e-12)) gives 0.313243258136.
    expectSignificant(tau2Reml(bcg, { threshold: 1e-12, maxIterations: 1000 }), 0.313243258136, 9, 'threshold 1e-12');
  });

  test('nielweise-rr (a double-zero trial kept with 1/2 added): REML τ² truncated to 0, and the Knapp–Hartung factor 0.903 < 1 is not raised to 1', () => {
    const fit = REFERENCE.datasets['nielweise-rr']!.fits!['REML-knha']!;
    expect(fit.tau2).toBe(0);
    expect(fit.s2w).toBeLessThan(1);
    const studies = DATASETS[4]!.compute(REFERENCE.datasets['nielweise-rr']!);
    const re = randomEffects(studies, { method: 'REML', test: 'knha' });
    expect(re.tau2).toBe(0);
    expectSignificant(re.knhaScale, fit.s2w, 6, 's2w');
    expect(re.se).toBeLessThan(fixedEffect(studies).se);
  });

  test('identical effects with test="knha": s² = 0, SE = 0, as rma(yi=c(.5,.5,.5), vi=c(.1,.2,.3), test="knha") (t = Inf, p = 0) and rma(yi=c(0,0,0), …) (t = NaN, p = NaN)', () => {
    const half = randomEffects([0.1, 0.2, 0.3].map((vi) => ({ yi: 0.5, vi })), { test: 'knha' });
    expect(half).toMatchObject({ estimate: 0.5, se: 0, knhaScale: 0, statistic: Infinity, pValue: 0, ci: [0.5, 0.5], predictionInterval: [0.5, 0.5] });
    const zero = randomEffects([0.1, 0.2, 0.3].map((vi) => ({ yi: 0, vi })), { test: 'knha' });
    expect(zero.statistic).toBeNaN();
    expect(zero.pValue).toBeNaN();
    expect(zero.ci).toEqual([0, 0]);
  });

  test('a random-effects I² is based on τ², not Q: REML and DL differ for dat.bcg, and DL equals the Q-based value', () => {
    const q = cochranQ(bcg);
    const qBased = (100 * (q.q - q.df)) / q.q;
    expectSignificant(randomEffects(bcg, { method: 'DL' }).heterogeneity.i2, qBased, 9, 'DL I²');
    expect(Math.abs(randomEffects(bcg, { method: 'REML' }).heterogeneity.i2 - qBased)).toBeGreaterThan(0.1);
  });

  test('predict() on a knha fit uses t with k − 1 = 12 df (not k − 2) and the Knapp–Hartung SE', () => {
    const fit = REFERENCE.datasets['bcg-rr']!.fits!['REML-knha']!;
    const re = randomEffects(bcg, { method: 'REML', test: 'knha' });
    const t12 = studentTQuantile(0.975, 12);
    const [lower, upper] = predictionInterval(re.estimate, re.se, re.tau2, t12);
    expectSignificant(lower, fit['pi.lb']!, 6, 'pi.lb');
    expectSignificant(upper, fit['pi.ub']!, 6, 'pi.ub');
  });
});

describe('REML convergence as metafor: same failures, same remedies', () => {
  const cases: Array<{ id: 'll0check' | 'stepadj'; options: RemlOptions }> = [
    { id: 'll0check', options: { maxIterations: 10000 } },
    { id: 'stepadj', options: { stepAdjustment: 0.5 } },
  ];
  for (const { id, options } of cases) {
    const entry = REFERENCE.convergence[id];
    const studies = entry.yi.map((yi, i) => ({ yi, vi: entry.vi[i]! }));

    test(`${entry.description}: ${entry.defaultCall} fails ("${entry.defaultError}"), and so do we`, () => {
      expect(entry.defaultError).toMatch(/did not converge/);
      expect(() => tau2Reml(studies)).toThrow(RemlConvergenceError);
      expect(() => randomEffects(studies)).toThrow(/did not converge in 100 iterations/);
    });

    test(entry.fit.call, () => {
      expectMatchesFit(randomEffects(studies, { method: 'REML', reml: options }), entry.fit);
    });
  }

  test('the ll0check case ends at τ² = 0 because metafor warned "stuck at a local maximum. Setting tau^2 = 0"', () => {
    expect(REFERENCE.convergence.ll0check.warnings.join(' ')).toMatch(/local maximum/);
    expect(REFERENCE.convergence.ll0check.fit.tau2).toBe(0);
  });
});

describe('escalc details', () => {
  test('the 1/2 correction goes to all four cells of a table with any zero cell, and only those tables (add=1/2, to="only0")', () => {
    const d = REFERENCE.datasets['zero-rr']!;
    const flags = tables(d, 'ai', 'bi', 'ci', 'di').map((t) => logRiskRatio(t).corrected);
    // ai = 0; bi = 0; ci = 0; none; double zero (ai = ci = 0); none.
    expect(flags).toEqual([true, true, true, false, true, false]);
    expect(logRiskRatio({ ai: 0, bi: 10, ci: 0, di: 10 }).yi).toBe(0); // double zero: kept, log(1) after correction
  });

  test('to="all" and to="none" behave as in escalc', () => {
    const table = { ai: 4, bi: 119, ci: 11, di: 128 };
    const all = logOddsRatio(table, { to: 'all' });
    expect(all.corrected).toBe(true);
    expect(all.yi).toBeCloseTo(Math.log((4.5 * 128.5) / (119.5 * 11.5)), 14);
    expect(logOddsRatio(table, { to: 'none' })).toEqual(logOddsRatio(table));
    expect(() => logOddsRatio({ ai: 0, bi: 10, ci: 3, di: 7 }, { to: 'none' })).toThrow(RangeError);
  });

  test("Hedges' g with the approximate correction 1 − 3/(4m − 1) matches the same formula evaluated in R for dat.normand1999", () => {
    const d = REFERENCE.datasets['normand-smd']!;
    const approx = arms(d).map(([g1, g2]) => standardizedMeanDifference(g1, g2, { correction: 'approximate' }));
    expectAllSignificant(
      approx.map((s) => s.yi),
      d.approximate!.yi,
      6,
      'yi',
    );
    expectAllSignificant(
      approx.map((s) => s.vi),
      d.approximate!.vi,
      6,
      'vi',
    );
  });

  test("Hedges' exact correction J(m) = Γ(m/2)/(√(m/2)Γ((m−1)/2)) against hand values, and the approximation is close", () => {
    // J(2) = Γ(1)/(1·Γ(1/2)) = 1/√π; J(3) = Γ(3/2)/(√1.5·Γ(1)) = √π/(2√1.5).
    expect(hedgesCorrection(2)).toBeCloseTo(1 / Math.sqrt(Math.PI), 14);
    expect(hedgesCorrection(3)).toBeCloseTo(Math.sqrt(Math.PI) / (2 * Math.sqrt(1.5)), 14);
    expect(hedgesCorrection(10, 'approximate')).toBeCloseTo(1 - 3 / 39, 15);
    for (const m of [10, 30, 100, 1000]) expect(Math.abs(hedgesCorrection(m) - hedgesCorrection(m, 'approximate'))).toBeLessThan(0.05 / m ** 2); // error O(1/m²)
    const cohen = standardizedMeanDifference({ mean: 1, sd: 2, n: 10 }, { mean: 0, sd: 2, n: 10 }, { correction: 'none' });
    expect(cohen.yi).toBe(0.5);
  });

  test('events/totals and a full 2×2 table give the same effect', () => {
    expect(tableFromArms({ events: 4, total: 123 }, { events: 11, total: 139 })).toEqual({ ai: 4, bi: 119, ci: 11, di: 128 });
  });
});

// ---------------------------------------------------------------- distributions

describe('distributions against published tables', () => {
  test('normal quantiles (Abramowitz & Stegun 1964, table 26.5): z.975 = 1.959964, z.995 = 2.575829, z.95 = 1.644854', () => {
    expectSignificant(normalQuantile(0.975), 1.959964, 6, 'z.975');
    expectSignificant(normalQuantile(0.995), 2.575829, 6, 'z.995');
    expectSignificant(normalQuantile(0.95), 1.644854, 6, 'z.95');
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  test('Student t quantiles (A&S table 26.10; any t table): t.975 with 1, 4, 12, 30 df = 12.7062, 2.776445, 2.178813, 2.042272', () => {
    expectSignificant(studentTQuantile(0.975, 1), 12.7062, 6, 'df 1');
    expectSignificant(studentTQuantile(0.975, 4), 2.776445, 6, 'df 4');
    expectSignificant(studentTQuantile(0.975, 12), 2.178813, 6, 'df 12');
    expectSignificant(studentTQuantile(0.975, 30), 2.042272, 6, 'df 30');
    expectSignificant(studentTQuantile(0.995, 10), 3.169273, 6, 't.995, 10 df');
    expectSignificant(studentTQuantile(0.025, 4), -2.776445, 6, 'lower tail, 4 df');
  });

  test('chi-square upper-tail points (A&S table 26.8): P(χ²₁ > 3.8414588) = 0.05, P(χ²₁₀ > 18.307038) = 0.05, P(χ²₁₂ > 26.216967) = 0.01', () => {
    expectSignificant(chiSquareUpperTail(3.8414588, 1), 0.05, 6, 'df 1');
    expectSignificant(chiSquareUpperTail(18.307038, 10), 0.05, 6, 'df 10');
    expectSignificant(chiSquareUpperTail(26.216967, 12), 0.01, 6, 'df 12');
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });

  test('closed forms: Φ(0) = 1/2, Q(1, x) = e^−x, I_x(1, 1) = x, log Γ(1/2) = log √π', () => {
    expect(normalCdf(0)).toBe(0.5);
    expectSignificant(regularizedUpperIncompleteGamma(1, 2), Math.exp(-2), 14, 'Q(1, 2)');
    expectSignificant(regularizedIncompleteBeta(0.3, 1, 1), 0.3, 14, 'I(0.3; 1, 1)');
    expectSignificant(logGamma(0.5), 0.5 * Math.log(Math.PI), 14, 'lgamma(1/2)');
  });
});

describe(`distributions against R (${REFERENCE.R}, stats package), relative error ≤ 5e-11`, () => {
  const D = REFERENCE.distributions;
  test('qnorm(p)', () => D.qnorm.forEach(({ p, value }) => expectSignificant(normalQuantile(p!), value!, 10, `qnorm(${p})`)));
  test('pnorm(x)', () => D.pnorm.forEach(({ x, value }) => expectSignificant(normalCdf(x!), value!, 10, `pnorm(${x})`)));
  test('pnorm(x, lower.tail=FALSE)', () => D.pnormUpper.forEach(({ x, value }) => expectSignificant(normalCdf(x!, false), value!, 10, `pnorm(${x}, lower.tail=FALSE)`)));
  test('qt(p, df)', () => D.qt.forEach(({ p, df, value }) => expectSignificant(studentTQuantile(p!, df!), value!, 10, `qt(${p}, ${df})`)));
  test('pt(q, df)', () => D.pt.forEach(({ q, df, value }) => expectSignificant(studentTCdf(q!, df!), value!, 10, `pt(${q}, ${df})`)));
  test('pchisq(q, df, lower.tail=FALSE)', () =>
    D.pchisqUpper.forEach(({ q, df, value }) => expectSignificant(chiSquareUpperTail(q!, df!), value!, 10, `pchisq(${q}, ${df}, lower.tail=FALSE)`)));
  test('lgamma(x)', () => D.lgamma.forEach(({ x, value }) => expectSignificant(logGamma(x!), value!, 10, `lgamma(${x})`)));
});

describe('distribution properties', () => {
  test('normalQuantile inverts normalCdf (lower tail, where Φ(x) carries full relative precision)', () => {
    fc.assert(
      fc.property(fc.double({ min: -37, max: 0.5, noNaN: true }), (x) => {
        expect(Math.abs(normalQuantile(normalCdf(x)) - x)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(x)));
      }),
    );
  });

  test('studentTQuantile inverts studentTCdf', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), fc.double({ min: 0.5, max: 500, noNaN: true }), (p, df) => {
        const t = studentTQuantile(p, df);
        expect(Math.abs(studentTCdf(t, df) - p)).toBeLessThanOrEqual(1e-12 + 1e-10 * Math.min(p, 1 - p));
      }),
    );
  });

  test('the t distribution approaches the normal as df grows', () => {
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(normalQuantile(0.975), 6);
  });
});

// ---------------------------------------------------------------- properties

const studyArbitrary = fc.record({
  yi: fc.double({ min: -5, max: 5, noNaN: true }),
  vi: fc.double({ min: 1e-3, max: 10, noNaN: true }),
});
const studiesArbitrary = fc.array(studyArbitrary, { minLength: 2, maxLength: 25 });

/**
 * metafor's REML Fisher scoring fails on a few generated datasets (as it
 * does in R); there, apply the remedy metafor's error message points to.
 */
function fitWithRemedy(studies: readonly StudyEffect[], options: RandomEffectsOptions = {}): RandomEffectsResult {
  try {
    return randomEffects(studies, options);
  } catch (error) {
    if (!(error instanceof RemlConvergenceError)) throw error;
    return randomEffects(studies, { ...options, reml: { stepAdjustment: 0.5, maxIterations: 10_000 } });
  }
}

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

describe('model properties (fast-check)', () => {
  test('the pooled fixed-effect estimate lies between the smallest and largest yi', () => {
    fc.assert(
      fc.property(studiesArbitrary, (studies) => {
        const { estimate } = fixedEffect(studies);
        const ys = studies.map((s) => s.yi);
        const slack = 1e-12 * Math.max(1, ...ys.map(Math.abs));
        expect(estimate).toBeGreaterThanOrEqual(Math.min(...ys) - slack);
        expect(estimate).toBeLessThanOrEqual(Math.max(...ys) + slack);
      }),
    );
  });

  test('τ² ≥ 0 for every estimator', () => {
    fc.assert(
      fc.property(studiesArbitrary, (studies) => {
        expect(tau2DerSimonianLaird(studies)).toBeGreaterThanOrEqual(0);
        expect(fitWithRemedy(studies, { method: 'REML' }).tau2).toBeGreaterThanOrEqual(0);
        expect(tau2Hedges(studies)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test('I² is in [0, 100] and H² ≥ 1 for random-effects models, I² in [0, 100] for the fixed-effect one', () => {
    fc.assert(
      fc.property(studiesArbitrary, fc.constantFrom<'DL' | 'REML' | 'HE'>('DL', 'REML', 'HE'), (studies, method) => {
        const { i2, h2 } = fitWithRemedy(studies, { method }).heterogeneity;
        expect(i2).toBeGreaterThanOrEqual(0);
        expect(i2).toBeLessThanOrEqual(100);
        expect(h2).toBeGreaterThanOrEqual(1);
        const fe = heterogeneity(studies);
        expect(fe.i2).toBeGreaterThanOrEqual(0);
        expect(fe.i2).toBeLessThanOrEqual(100);
      }),
    );
  });

  test('every CI contains its estimate, and the prediction interval contains the CI', () => {
    fc.assert(
      fc.property(studiesArbitrary, fc.constantFrom<'z' | 'knha'>('z', 'knha'), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (studies, test, level) => {
        const fe = fixedEffect(studies, { level });
        expect(fe.ci[0]).toBeLessThanOrEqual(fe.estimate);
        expect(fe.ci[1]).toBeGreaterThanOrEqual(fe.estimate);
        const re = fitWithRemedy(studies, { test, level });
        expect(re.ci[0]).toBeLessThanOrEqual(re.estimate);
        expect(re.ci[1]).toBeGreaterThanOrEqual(re.estimate);
        expect(re.predictionInterval[0]).toBeLessThanOrEqual(re.ci[0]);
        expect(re.predictionInterval[1]).toBeGreaterThanOrEqual(re.ci[1]);
      }),
    );
  });

  test('Knapp–Hartung and z intervals are centred on the same estimate', () => {
    fc.assert(
      fc.property(studiesArbitrary, fc.constantFrom<'DL' | 'REML'>('DL', 'REML'), (studies, method) => {
        const z = fitWithRemedy(studies, { method, test: 'z' });
        const knha = fitWithRemedy(studies, { method, test: 'knha' });
        expect(knha.estimate).toBe(z.estimate);
        expect(close((z.ci[0] + z.ci[1]) / 2, z.estimate)).toBe(true);
        expect(close((knha.ci[0] + knha.ci[1]) / 2, z.estimate)).toBe(true);
      }),
    );
  });

  test('permuting the studies does not change the results', () => {
    const withPermutation = studiesArbitrary.chain((studies) =>
      fc.shuffledSubarray(studies, { minLength: studies.length, maxLength: studies.length }).map((shuffled) => [studies, shuffled] as const),
    );
    fc.assert(
      fc.property(withPermutation, fc.constantFrom<'DL' | 'REML'>('DL', 'REML'), fc.constantFrom<'z' | 'knha'>('z', 'knha'), ([studies, shuffled], method, test) => {
        const a = fitWithRemedy(studies, { method, test });
        const b = fitWithRemedy(shuffled, { method, test });
        for (const key of ['estimate', 'se', 'tau2', 'pValue'] as const) expect(close(b[key], a[key]), key).toBe(true);
        expect(close(b.ci[0], a.ci[0]) && close(b.ci[1], a.ci[1])).toBe(true);
        expect(close(b.heterogeneity.q, a.heterogeneity.q) && close(b.heterogeneity.i2, a.heterogeneity.i2)).toBe(true);
        expect(close(fixedEffect(shuffled).estimate, fixedEffect(studies).estimate)).toBe(true);
      }),
    );
  });

  test('with identical effects there is no heterogeneity: Q = 0, τ² = 0, I² = 0', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.array(fc.double({ min: 1e-3, max: 10, noNaN: true }), { minLength: 2, maxLength: 10 }), (y, variances) => {
        const studies = variances.map((vi) => ({ yi: y, vi }));
        expect(cochranQ(studies).q).toBeLessThan(1e-9);
        expect(tau2Reml(studies)).toBe(0);
        expect(tau2DerSimonianLaird(studies)).toBe(0);
        expect(heterogeneity(studies).i2).toBe(0);
      }),
    );
  });
});

// ---------------------------------------------------------------- validation

describe('impossible input is rejected with a RangeError', () => {
  test('2×2 tables: negative or fractional counts, empty arms, events above the total', () => {
    expect(() => logRiskRatio({ ai: -1, bi: 10, ci: 3, di: 7 })).toThrow(/ai .*non-negative whole number/);
    expect(() => logOddsRatio({ ai: 1.5, bi: 10, ci: 3, di: 7 })).toThrow(RangeError);
    expect(() => logRiskRatio({ ai: 0, bi: 0, ci: 3, di: 7 })).toThrow(/Group 1 has no participants/);
    expect(() => tableFromArms({ events: 12, total: 10 }, { events: 1, total: 10 })).toThrow(/events \(12\) cannot exceed the total \(10\)/);
    expect(() => tableFromArms({ events: Number.NaN, total: 10 }, { events: 1, total: 10 })).toThrow(RangeError);
    expect(() => logRiskRatio({ ai: 1, bi: 1, ci: 1, di: 1 }, { add: -0.5 })).toThrow(/non-negative/);
  });

  test('means and SDs: negative SD, zero sizes, NaN, too few participants for an SMD, zero variance', () => {
    const ok = { mean: 1, sd: 1, n: 10 };
    expect(() => meanDifference({ mean: 1, sd: -1, n: 10 }, ok)).toThrow(/standard deviation/);
    expect(() => meanDifference({ mean: 1, sd: 1, n: 0 }, ok)).toThrow(/sample size/);
    expect(() => meanDifference({ mean: Number.NaN, sd: 1, n: 5 }, ok)).toThrow(/mean/);
    expect(() => meanDifference({ mean: 1, sd: 0, n: 5 }, { mean: 2, sd: 0, n: 5 })).toThrow(/no sampling variance/);
    expect(() => standardizedMeanDifference({ mean: 1, sd: 1, n: 1 }, { mean: 2, sd: 1, n: 2 })).toThrow(/at least 4 participants/);
    expect(() => standardizedMeanDifference({ mean: 1, sd: 0, n: 5 }, { mean: 2, sd: 0, n: 5 })).toThrow(/pooled standard deviation is 0/);
    expect(() => hedgesCorrection(1)).toThrow(RangeError);
  });

  test('studies: non-positive or NaN variance, NaN effect, too few studies, bad level', () => {
    const one = [{ yi: 0.1, vi: 0.1 }];
    expect(() => fixedEffect([])).toThrow(/at least 1 study/);
    expect(fixedEffect(one).estimate).toBe(0.1);
    expect(() => randomEffects(one)).toThrow(/at least 2 studies, got 1/);
    expect(() => cochranQ(one)).toThrow(/at least 2 studies/);
    expect(() => tau2Reml(one)).toThrow(RangeError);
    expect(() => tau2DerSimonianLaird(one)).toThrow(RangeError);
    expect(() => typicalWithinStudyVariance(one)).toThrow(RangeError);
    expect(() => fixedEffect([{ yi: 0.1, vi: 0 }, { yi: 0.2, vi: 0.1 }])).toThrow(/Study 1: sampling variance vi must be positive/);
    expect(() => randomEffects([{ yi: 0.1, vi: 0.1 }, { yi: 0.2, vi: -1 }])).toThrow(/Study 2/);
    expect(() => randomEffects([{ yi: Number.NaN, vi: 0.1 }, { yi: 0.2, vi: 0.1 }])).toThrow(/Study 1: effect yi/);
    expect(() => fixedEffect([{ yi: 0.1, vi: Number.NaN }])).toThrow(RangeError);
    expect(() => fixedEffect(one, { level: 95 })).toThrow(/fraction/);
    expect(() => randomEffects([...one, ...one], { method: 'PM' as 'DL' })).toThrow(/Unknown τ² estimator/);
    expect(() => heterogeneity([...one, ...one], -0.1)).toThrow(/τ²/);
    expect(() => predictionInterval(0, 0.1, 0.2, 0)).toThrow(RangeError);
    expect(() => tau2Reml([...one, { yi: 0.3, vi: 0.1 }], { stepAdjustment: 0 })).toThrow(/stepAdjustment/);
  });

  test('distributions: probabilities outside [0, 1], non-positive df, NaN', () => {
    expect(() => normalQuantile(1.2)).toThrow(/between 0 and 1/);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(/Degrees of freedom/);
    expect(() => studentTCdf(Number.NaN, 3)).toThrow(RangeError);
    expect(() => chiSquareUpperTail(2, -1)).toThrow(RangeError);
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe('error messages say which input is wrong and quote it', () => {
  const two = [
    { yi: 0.1, vi: 0.1 },
    { yi: 0.3, vi: 0.2 },
  ];

  test('2×2 tables and arms', () => {
    expect(() => logRiskRatio({ ai: 3, bi: 7, ci: 0, di: 0 })).toThrow('Group 2 has no participants (ci + di = 0).');
    expect(() => logRiskRatio({ ai: 0, bi: 0, ci: 3, di: 7 })).toThrow('Group 1 has no participants (ai + bi = 0).');
    expect(() => logOddsRatio({ ai: 1, bi: 2.5, ci: 3, di: 7 })).toThrow('bi (group 1 non-events) must be a non-negative whole number of participants, got 2.5.');
    expect(() => logOddsRatio({ ai: 1, bi: 2, ci: -3, di: 7 })).toThrow('ci (group 2 events) must be a non-negative whole number of participants, got -3.');
    expect(() => logOddsRatio({ ai: 1, bi: 2, ci: 3, di: Number.NaN })).toThrow('di (group 2 non-events) must be a non-negative whole number of participants, got NaN.');
    expect(() => tableFromArms({ events: 1, total: 10 }, { events: 11, total: 10 })).toThrow('Group 2: events (11) cannot exceed the total (10).');
    expect(() => tableFromArms({ events: 1, total: -10 }, { events: 1, total: 10 })).toThrow('Group 1 total must be a non-negative whole number of participants, got -10.');
    expect(() => tableFromArms({ events: 1, total: 10 }, { events: 0.5, total: 10 })).toThrow('Group 2 events must be a non-negative whole number of participants, got 0.5.');
    // 3/10 vs 1/10: ai 3, bi 7, ci 1, di 9; events equal to the total are allowed.
    expect(tableFromArms({ events: 3, total: 10 }, { events: 1, total: 10 })).toEqual({ ai: 3, bi: 7, ci: 1, di: 9 });
    expect(tableFromArms({ events: 10, total: 10 }, { events: 0, total: 10 })).toEqual({ ai: 10, bi: 0, ci: 0, di: 10 });
    expect(() => logRiskRatio({ ai: 1, bi: 1, ci: 1, di: 1 }, { add: Number.POSITIVE_INFINITY })).toThrow('Continuity correction must be a non-negative number, got Infinity.');
    expect(() => logRiskRatio({ ai: 0, bi: 10, ci: 0, di: 10 }, { to: 'none' })).toThrow(
      'The log risk ratio is undefined for this table (a zero cell without a continuity correction, or no variation).',
    );
    expect(() => logOddsRatio({ ai: 0, bi: 10, ci: 1, di: 10 }, { add: 0 })).toThrow(/The log odds ratio is undefined for this table/);
  });

  test('means, SDs and sizes', () => {
    const ok = { mean: 1, sd: 1, n: 10 };
    expect(() => meanDifference(ok, { mean: Number.POSITIVE_INFINITY, sd: 1, n: 5 })).toThrow('Group 2: mean must be a finite number, got Infinity.');
    expect(() => meanDifference({ mean: 1, sd: Number.NaN, n: 5 }, ok)).toThrow('Group 1: standard deviation must be non-negative and finite, got NaN.');
    expect(() => meanDifference({ mean: 1, sd: Number.POSITIVE_INFINITY, n: 5 }, ok)).toThrow(/Group 1: standard deviation must be non-negative and finite, got Infinity\./);
    expect(() => meanDifference(ok, { mean: 1, sd: 1, n: 2.5 })).toThrow('Group 2: sample size must be a whole number of at least 1, got 2.5.');
    expect(() => meanDifference(ok, { mean: 1, sd: 1, n: 0 })).toThrow('Group 2: sample size must be a whole number of at least 1, got 0.');
    // One arm of size 1 is allowed for a mean difference: vi = 1²/10 + 2²/1 = 4.1.
    expect(meanDifference(ok, { mean: 3, sd: 2, n: 1 })).toEqual({ yi: -2, vi: 4.1 });
    // A zero SD in one arm only still leaves a variance: 0 + 1²/10 = 0.1.
    expect(meanDifference({ mean: 2, sd: 0, n: 5 }, ok).vi).toBeCloseTo(0.1, 15);
    expect(() => meanDifference({ mean: 1, sd: 0, n: 5 }, { mean: 2, sd: 0, n: 5 })).toThrow(
      'Both standard deviations are 0, so the mean difference has no sampling variance.',
    );
    expect(() => standardizedMeanDifference({ mean: Number.NaN, sd: 1, n: 5 }, ok)).toThrow('Group 1: mean must be a finite number, got NaN.');
    expect(() => standardizedMeanDifference(ok, { mean: 1, sd: -1, n: 5 })).toThrow('Group 2: standard deviation must be non-negative and finite, got -1.');
    expect(() => standardizedMeanDifference({ mean: 1, sd: 1, n: 2 }, { mean: 2, sd: 1, n: 1 })).toThrow(
      'A standardized mean difference needs at least 4 participants in all (n1 + n2 − 2 > 1), got 3.',
    );
    expect(() => standardizedMeanDifference({ mean: 1, sd: 0, n: 5 }, { mean: 2, sd: 0, n: 5 })).toThrow(
      'The pooled standard deviation is 0, so the standardized mean difference is undefined.',
    );
    expect(() => hedgesCorrection(1)).toThrow("Hedges' correction needs more than 1 degree of freedom, got 1.");
    expect(() => hedgesCorrection(Number.POSITIVE_INFINITY)).toThrow("Hedges' correction needs more than 1 degree of freedom, got Infinity.");
  });

  test('standardized mean difference by hand (Hedges & Olkin 1985; metafor escalc "SMD")', () => {
    // n 2 + 2: m = 2, pooled SD = √((1·1² + 1·1²)/2) = 1; Cohen's d = (3 − 1)/1 = 2.
    // Approximate J = 1 − 3/(4·2 − 1) = 4/7; exact J(2) = Γ(1)/(√1·Γ(1/2)) = 1/√π.
    const a = { mean: 3, sd: 1, n: 2 };
    const b = { mean: 1, sd: 1, n: 2 };
    expect(standardizedMeanDifference(a, b, { correction: 'none' }).yi).toBe(2);
    expect(standardizedMeanDifference(a, b, { correction: 'approximate' }).yi).toBeCloseTo(8 / 7, 14);
    expect(standardizedMeanDifference(a, b).yi).toBeCloseTo(2 / Math.sqrt(Math.PI), 14);
    // vi = 1/n1 + 1/n2 + d²/(2(n1 + n2)) = 1/2 + 1/2 + 4/8 = 1.5 for d = 2.
    expect(standardizedMeanDifference(a, b, { correction: 'none' }).vi).toBeCloseTo(1.5, 14);
    // Unequal arms weight the SDs by n − 1: √((2·2² + 1·1²)/3) = √3; d = 2/√3.
    expect(standardizedMeanDifference({ mean: 3, sd: 2, n: 3 }, b, { correction: 'none' }).yi).toBeCloseTo(2 / Math.sqrt(3), 14);
  });

  test('log risk and odds ratios by hand (Deeks & Higgins; metafor escalc "RR", "OR")', () => {
    // 2/10 vs 4/10: ln RR = ln(0.2/0.4) = −ln 2; var = 1/2 − 1/10 + 1/4 − 1/10 = 0.55.
    const rr = logRiskRatio({ ai: 2, bi: 8, ci: 4, di: 6 });
    expect(rr.yi).toBeCloseTo(-Math.log(2), 14);
    expect(rr.vi).toBeCloseTo(0.55, 14);
    expect(rr.corrected).toBe(false);
    // Unequal arms 2/5 vs 4/20: ln RR = ln(0.4/0.2) = ln 2; var = 1/2 − 1/5 + 1/4 − 1/20 = 0.5.
    const unequal = logRiskRatio({ ai: 2, bi: 3, ci: 4, di: 16 });
    expect(unequal.yi).toBeCloseTo(Math.log(2), 14);
    expect(unequal.vi).toBeCloseTo(0.5, 14);
    // ln OR = ln((2/8)/(4/6)) = ln(0.375); var = 1/2 + 1/8 + 1/4 + 1/6 = 1.041667.
    const or = logOddsRatio({ ai: 2, bi: 8, ci: 4, di: 6 });
    expect(or.yi).toBeCloseTo(Math.log(0.375), 14);
    expect(or.vi).toBeCloseTo(1.0416666666666667, 14);
    // With a zero cell, 1/2 is added to every cell: OR = (0.5·6.5)/(10.5·4.5) = 3.25/47.25.
    const zero = logOddsRatio({ ai: 0, bi: 10, ci: 4, di: 6 });
    expect(zero.corrected).toBe(true);
    expect(zero.yi).toBeCloseTo(Math.log(3.25 / 47.25), 14);
    // to: 'all' with add 1: cells 3, 9, 7, 7, OR (3·7)/(9·7) = 1/3; to: 'only0' without a zero cell adds nothing.
    expect(logOddsRatio({ ai: 2, bi: 8, ci: 6, di: 6 }, { add: 1, to: 'all' }).yi).toBeCloseTo(Math.log(1 / 3), 14);
    expect(logOddsRatio({ ai: 2, bi: 8, ci: 6, di: 6 }, { add: 1 }).corrected).toBe(false);
    // A zero in any one cell triggers the correction (to="only0").
    for (const table of [{ ai: 0, bi: 8, ci: 4, di: 6 }, { ai: 2, bi: 0, ci: 4, di: 6 }, { ai: 2, bi: 8, ci: 0, di: 6 }, { ai: 2, bi: 8, ci: 4, di: 0 }]) {
      expect(logOddsRatio(table).corrected).toBe(true);
    }
    // Everyone has the event in both groups and no correction: ln RR = ln 1 − ln 1 = 0 but var = 1/10 − 1/10 + 1/10 − 1/10 = 0, undefined.
    expect(() => logRiskRatio({ ai: 10, bi: 0, ci: 10, di: 0 }, { to: 'none' })).toThrow(/The log risk ratio is undefined for this table/);
    // add 0 is no correction even for 'all'.
    expect(logOddsRatio({ ai: 2, bi: 8, ci: 6, di: 6 }, { add: 0, to: 'all' }).corrected).toBe(false);
  });

  test('studies, levels and τ² options', () => {
    expect(() => fixedEffect([{ yi: 0.1, vi: Number.POSITIVE_INFINITY }])).toThrow('Study 1: sampling variance vi must be positive and finite, got Infinity.');
    expect(() => fixedEffect([...two, { yi: Number.POSITIVE_INFINITY, vi: 0.1 }])).toThrow('Study 3: effect yi must be a finite number, got Infinity.');
    expect(() => fixedEffect([])).toThrow('A fixed-effect meta-analysis needs at least 1 study, got 0.');
    expect(() => randomEffects(two.slice(0, 1))).toThrow('A random-effects meta-analysis needs at least 2 studies, got 1.');
    expect(() => fixedEffect(two, { level: 1 })).toThrow('Confidence level must be a fraction between 0 and 1 (e.g. 0.95), got 1.');
    expect(() => randomEffects(two, { level: 0 })).toThrow('Confidence level must be a fraction between 0 and 1 (e.g. 0.95), got 0.');
    expect(() => randomEffects(two, { test: 't' as 'z' })).toThrow('Unknown test "t"; use "z" or "knha".');
    expect(() => randomEffects(two, { method: 'PM' as 'DL' })).toThrow('Unknown τ² estimator "PM"; use "DL", "REML" or "HE".');
    expect(() => tau2Reml(two, { threshold: 0 })).toThrow('REML threshold must be positive, got 0.');
    expect(() => tau2Reml(two, { maxIterations: 0 })).toThrow('REML maxIterations must be at least 1, got 0.');
    expect(() => tau2Reml(two, { stepAdjustment: Number.POSITIVE_INFINITY })).toThrow('REML stepAdjustment must be positive, got Infinity.');
    expect(() => tau2Hedges(two.slice(0, 1))).toThrow("Hedges' estimator needs at least 2 studies, got 1.");
    expect(() => heterogeneity(two, Number.POSITIVE_INFINITY)).toThrow('τ² must be non-negative and finite, got Infinity.');
  });

  test('prediction intervals', () => {
    expect(() => predictionInterval(Number.NaN, 0.1, 0.2, 1.96)).toThrow('Estimate must be finite, got NaN.');
    expect(() => predictionInterval(0, -0.1, 0.2, 1.96)).toThrow('Standard error must be non-negative and finite, got -0.1.');
    expect(() => predictionInterval(0, Number.POSITIVE_INFINITY, 0.2, 1.96)).toThrow('Standard error must be non-negative and finite, got Infinity.');
    expect(() => predictionInterval(0, 0.1, -0.2, 1.96)).toThrow('τ² must be non-negative and finite, got -0.2.');
    expect(() => predictionInterval(0, 0.1, Number.POSITIVE_INFINITY, 1.96)).toThrow('τ² must be non-negative and finite, got Infinity.');
    expect(() => predictionInterval(0, 0.1, 0.2, Number.POSITIVE_INFINITY)).toThrow('Critical value must be positive and finite, got Infinity.');
    // 1 ± 2·√(0.3² + 0.4²) = 1 ± 2·0.5 = [0, 2]; SE and τ² may be 0.
    expect(predictionInterval(1, 0.3, 0.16, 2)).toEqual([0, 2]);
    expect(predictionInterval(1, 0, 0, 2)).toEqual([1, 1]);
  });

  test('distributions', () => {
    expect(() => normalCdf(Number.NaN)).toThrow('x must be a number, got NaN.');
    expect(() => studentTCdf(Number.NaN, 3)).toThrow('t must be a number, got NaN.');
    expect(() => chiSquareUpperTail(Number.NaN, 3)).toThrow('x must be a number, got NaN.');
    expect(() => normalQuantile(-0.1)).toThrow('Probability must be between 0 and 1, got -0.1.');
    expect(() => studentTQuantile(1.1, 3)).toThrow('Probability must be between 0 and 1, got 1.1.');
    expect(() => studentTCdf(1, Number.POSITIVE_INFINITY)).toThrow('Degrees of freedom must be positive and finite, got Infinity.');
    expect(() => chiSquareUpperTail(1, 0)).toThrow('Degrees of freedom must be positive and finite, got 0.');
    expect(() => logGamma(-1)).toThrow('logGamma needs a positive finite argument, got -1.');
    expect(() => logGamma(Number.POSITIVE_INFINITY)).toThrow('logGamma needs a positive finite argument, got Infinity.');
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow('x must be between 0 and 1, got 1.5.');
    expect(() => regularizedIncompleteBeta(-0.5, 1, 1)).toThrow('x must be between 0 and 1, got -0.5.');
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow('Shape parameters must be positive and finite, got a = 0, b = 1.');
    expect(() => regularizedIncompleteBeta(0.5, 1, 0)).toThrow('Shape parameters must be positive and finite, got a = 1, b = 0.');
    expect(() => regularizedIncompleteBeta(0.5, Number.POSITIVE_INFINITY, 1)).toThrow(/got a = Infinity, b = 1\./);
    expect(() => regularizedIncompleteBeta(0.5, 1, Number.POSITIVE_INFINITY)).toThrow(/got a = 1, b = Infinity\./);
    expect(() => regularizedUpperIncompleteGamma(0, 1)).toThrow('Shape parameter must be positive and finite, got 0.');
    expect(() => regularizedUpperIncompleteGamma(Number.POSITIVE_INFINITY, 1)).toThrow('Shape parameter must be positive and finite, got Infinity.');
    expect(() => regularizedUpperIncompleteGamma(1, -1)).toThrow('x must be non-negative, got -1.');
  });

  test('distribution limits (closed forms)', () => {
    // Quantiles at 0 and 1 are ∓∞; Φ⁻¹(1/2) = 0 and the t median is 0.
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(0, 5)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(1, 5)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(0.5, 5)).toBe(0);
    expect(studentTCdf(Number.POSITIVE_INFINITY, 3)).toBe(1);
    expect(studentTCdf(Number.POSITIVE_INFINITY, 3, false)).toBe(0);
    expect(studentTCdf(Number.NEGATIVE_INFINITY, 3)).toBe(0);
    expect(studentTCdf(Number.NEGATIVE_INFINITY, 3, false)).toBe(1);
    // Q(a, 0) = 1 and Q(a, ∞) = 0; I_0 = 0 and I_1 = 1.
    expect(regularizedUpperIncompleteGamma(2, 0)).toBe(1);
    expect(regularizedUpperIncompleteGamma(2, Number.POSITIVE_INFINITY)).toBe(0);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    // Φ far out: 0 and 1 beyond |x| = 50 (the double-precision limit); the t CDF is symmetric: F(−t) = 1 − F(t).
    expect(normalCdf(-60)).toBe(0);
    expect(normalCdf(60)).toBe(1);
    expect(normalCdf(60, false)).toBe(0);
    // Cauchy (t with 1 df): F(1) = 1/2 + atan(1)/π = 3/4; t with 2 df: F(t) = 1/2 + t/(2√(2 + t²)), F(1) = 1/2 + 1/(2√3).
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 14);
    expect(studentTCdf(-1, 1)).toBeCloseTo(0.25, 14);
    expect(studentTCdf(1, 2)).toBeCloseTo(0.5 + 1 / (2 * Math.sqrt(3)), 14);
    expect(studentTQuantile(0.75, 1)).toBeCloseTo(1, 13);
    expect(studentTQuantile(0.25, 1)).toBeCloseTo(-1, 13);
    expect(studentTQuantile(0.5 + 1 / (2 * Math.sqrt(3)), 2)).toBeCloseTo(1, 13);
    expect(studentTQuantile(0.5 - 1 / (2 * Math.sqrt(3)), 2)).toBeCloseTo(-1, 13);
    // Q(1/2, x) = erfc(√x), and for df = 2 the chi-square tail is e^(−x/2): P(χ²₂ > 2) = e^−1.
    expect(chiSquareUpperTail(2, 2)).toBeCloseTo(Math.exp(-1), 13);
    expect(chiSquareUpperTail(-1, 2)).toBe(1);
    // I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b (A&S 26.5.2-style closed forms).
    expect(regularizedIncompleteBeta(0.3, 3, 1)).toBeCloseTo(0.027, 14);
    expect(regularizedIncompleteBeta(0.9, 1, 2)).toBeCloseTo(0.99, 14);
    expect(regularizedIncompleteBeta(0.1, 1, 2)).toBeCloseTo(0.19, 14);
  });
});

describe('estimator details', () => {
  const one = [{ yi: 0.1, vi: 0.1 }];

  test('each estimator names itself when given too few studies', () => {
    expect(() => cochranQ(one)).toThrow("Cochran's Q needs at least 2 studies, got 1.");
    expect(() => typicalWithinStudyVariance(one)).toThrow('The typical within-study variance needs at least 2 studies, got 1.');
    expect(() => tau2DerSimonianLaird(one)).toThrow('The DerSimonian–Laird estimator needs at least 2 studies, got 1.');
    expect(() => tau2Reml(one)).toThrow('The REML estimator needs at least 2 studies, got 1.');
  });

  test('REML on identical effects converges in one iteration, so maxIterations 1 is enough', () => {
    // yᵢ all equal: y′PPy = 0, so every Fisher step is negative; from the start τ² = max(0, Hedges) = 0 it is halved to −0,
    // the change is 0 and τ² = 0 after the first iteration. (With y′Py = 0 the restricted likelihood falls as τ² grows, so 0 is
    // the constrained maximum; the metafor fit of these data in the knha test above has prediction interval [0.5, 0.5], i.e. τ² = 0.)
    const identical = [0.1, 0.2, 0.3].map((vi) => ({ yi: 0.5, vi }));
    expect(tau2Reml(identical, { maxIterations: 1 })).toBe(0);
    expect(tau2Reml(identical)).toBe(0);
  });

  test('REML convergence errors are named RemlConvergenceError', () => {
    let error: unknown;
    try {
      tau2Reml(
        [
          { yi: 0, vi: 0.1 },
          { yi: 1, vi: 0.2 },
          { yi: 3, vi: 0.05 },
        ],
        { maxIterations: 1, threshold: 1e-300 },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RemlConvergenceError);
    expect((error as Error).name).toBe('RemlConvergenceError');
    expect((error as Error).message).toMatch(/^REML Fisher scoring did not converge in 1 iterations \(τ² = .*\); try more iterations or stepAdjustment: 0\.5, as metafor advises\.$/);
  });

  test('Knapp–Hartung: an RSS at or below machine epsilon is treated as 0, as metafor (s2w = 0 when RSS ≤ .Machine$double.eps)', () => {
    // Effects 1e-9 apart: RSS ≈ Σwᵢ(1e-9)² ≈ 1e-17 < 2.2e-16, so s² = 0, SE = 0 and the CI collapses to the estimate.
    const nearlyIdentical = [
      { yi: 0.5, vi: 0.1 },
      { yi: 0.5 + 1e-9, vi: 0.2 },
      { yi: 0.5, vi: 0.3 },
    ];
    const fit = randomEffects(nearlyIdentical, { method: 'DL', test: 'knha' });
    expect(fit.knhaScale).toBe(0);
    expect(fit.se).toBe(0);
    expect(fit.ci[0]).toBe(fit.estimate);
    expect(fit.ci[1]).toBe(fit.estimate);
  });
});
