/**
 * Leave-one-out, Egger's regression test and funnel-plot coordinates
 * (src/model/meta-analysis), checked against output printed in metafor's own
 * documentation (metafor source, github.com/wviechtb/metafor at 71ae8f5,
 * docs/reference/leave1out.html and docs/reference/regtest.html), on the
 * datasets named there (dat.bcg; dat.egger2001 from the metadat package,
 * data-raw/dat.egger2001.txt). Printed values have 4 decimals, so the
 * tolerance is half a unit in the 4th decimal.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { studentTQuantile } from '../../../src/model/meta-analysis/distributions';
import { logOddsRatio, tableFromArms } from '../../../src/model/meta-analysis/effect-sizes';
import { eggerTest, type EggerTest } from '../../../src/model/meta-analysis/egger-test';
import { fixedEffect } from '../../../src/model/meta-analysis/fixed-effect';
import { heterogeneity } from '../../../src/model/meta-analysis/heterogeneity';
import { funnelPoints, type FunnelPoints } from '../../../src/model/meta-analysis/funnel-points';
import { leaveOneOut } from '../../../src/model/meta-analysis/leave-one-out';
import { randomEffects, type RandomEffectsResult } from '../../../src/model/meta-analysis/random-effects';
import { smallStudyCheckApplies, SMALL_STUDY_CHECK_MIN_STUDIES } from '../../../src/model/meta-analysis/small-study-check';
import type { StudyEffect } from '../../../src/model/meta-analysis/studies';

const reference = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../reference/metafor-reference.json'), 'utf8'));
const bcgData = reference.datasets['bcg-rr'];
/** dat.bcg log risk ratios, escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg), from the metafor reference file. */
const bcg: StudyEffect[] = bcgData.yi.map((yi: number, i: number) => ({ yi, vi: bcgData.vi[i] }));

const HALF_UNIT = 0.00005 + 1e-12;
function close(actual: number, printed: number, what: string): void {
  expect(Math.abs(actual - printed), `${what}: got ${actual}, metafor printed ${printed}`).toBeLessThanOrEqual(HALF_UNIT);
}

describe('leaveOneOut against metafor leave1out(rma(yi, vi, data=dat)) for dat.bcg (REML, z test), docs/reference/leave1out.html', () => {
  // estimate, se, zval, pval, ci.lb, ci.ub, Q, tau2, I2 — rows "-1" … "-13" as printed.
  const printed = [
    [-0.7071, 0.19, -3.7223, 0.0002, -1.0794, -0.3348, 151.5826, 0.3362, 93.2259],
    [-0.654, 0.1807, -3.6195, 0.0003, -1.0082, -0.2999, 145.3176, 0.2926, 92.254],
    [-0.6856, 0.1857, -3.6916, 0.0002, -1.0495, -0.3216, 150.197, 0.3207, 92.9354],
    [-0.6284, 0.1766, -3.558, 0.0004, -0.9746, -0.2822, 96.5626, 0.2628, 90.4125],
    [-0.7642, 0.1918, -3.9845, 0.0001, -1.1401, -0.3883, 151.32, 0.3278, 92.7634],
    [-0.7109, 0.2003, -3.5499, 0.0004, -1.1034, -0.3184, 128.1867, 0.3596, 90.9118],
    [-0.6552, 0.1805, -3.6307, 0.0003, -1.009, -0.3015, 145.8296, 0.293, 92.2777],
    [-0.7948, 0.1799, -4.4184, 0.0, -1.1473, -0.4422, 67.9858, 0.2732, 87.0314],
    [-0.7412, 0.1967, -3.7686, 0.0002, -1.1267, -0.3557, 152.2051, 0.3495, 93.2133],
    [-0.653, 0.1843, -3.5439, 0.0004, -1.0142, -0.2919, 139.8271, 0.2987, 92.2322],
    [-0.7579, 0.1958, -3.8708, 0.0001, -1.1416, -0.3741, 151.4655, 0.3405, 91.811],
    [-0.7598, 0.1821, -4.1727, 0.0, -1.1167, -0.4029, 150.7868, 0.3082, 92.6782],
    [-0.7775, 0.1855, -4.1908, 0.0, -1.1412, -0.4139, 149.7884, 0.3037, 92.3444],
  ] as const;
  // Computed inside each test (not at collection time) so that mutation testing sees the code run.
  const rows = () => leaveOneOut(bcg, { model: 'random', method: 'REML' });

  test('one row per study, in order, each pooling the other 12', () => {
    expect(rows().map((r) => r.omitted)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(rows().every((r) => r.k === 12)).toBe(true);
  });

  test.each(printed.map((values, i) => [i + 1, values] as const))('row -%i agrees to the printed 4 decimals', (n, values) => {
    const row = rows()[n - 1]!;
    const [estimate, se, zval, pval, lb, ub, q, tau2, i2] = values;
    close(row.estimate, estimate, 'estimate');
    close(row.se, se, 'se');
    close(row.statistic, zval, 'zval');
    close(row.pValue, pval, 'pval');
    close(row.ci[0], lb, 'ci.lb');
    close(row.ci[1], ub, 'ci.ub');
    close(row.q, q, 'Q');
    close(row.tau2, tau2, 'tau2');
    close(row.i2, i2, 'I2');
    expect(row.qPValue).toBeLessThan(1e-4); // printed Qp 0.0000
  });
});

describe('leaveOneOut with the other estimators uses the main analysis settings', () => {
  // Values for dat.bcg computed independently with numpy/scipy (closed-form
  // inverse-variance and DerSimonian–Laird formulas, scipy.stats.t.ppf),
  // not with this code; their Q values equal metafor's printed Q above.
  test('fixed effect, studies 1, 8 and 13 left out', () => {
    const rows = leaveOneOut(bcg, { model: 'fixed' });
    const expected = [
      [0, -0.4279610896418785, 0.04060114593891999, 151.58257274710877],
      [7, -0.7427370630409487, 0.052905153590745546, 67.98581149908509],
      [12, -0.4399940295652972, 0.040972044659416104, 149.7884238254346],
    ] as const;
    for (const [omitted, estimate, se, q] of expected) {
      const row = rows[omitted]!;
      expect(row.estimate).toBeCloseTo(estimate, 12);
      expect(row.se).toBeCloseTo(se, 12);
      expect(row.q).toBeCloseTo(q, 9);
      expect(row.tau2).toBe(0);
      const fit = fixedEffect(bcg.filter((_, i) => i !== omitted));
      expect(row.ci).toEqual(fit.ci);
      expect(row.i2).toBeCloseTo(Math.max(0, (100 * (q - 11)) / q), 9);
    }
  });

  test('DerSimonian–Laird with Hartung–Knapp: t on k − 2 df, studies 1, 8 and 13 left out', () => {
    const rows = leaveOneOut(bcg, { model: 'random', method: 'DL', test: 'knha' });
    const expected = [
      [0, -0.7051251984174509, 0.19336461188479842, -1.1307178396627715, -0.27953255717213027, 0.3121714990406791],
      [7, -0.7900865998537006, 0.18006648990627963, -1.186410271967213, -0.39376292774018823, 0.21088523257487052],
      [12, -0.7789237400570721, 0.18584219242939867, -1.1879596477130732, -0.3698878324010709, 0.31770327992381486],
    ] as const;
    for (const [omitted, estimate, se, lb, ub, tau2] of expected) {
      const row = rows[omitted]!;
      expect(row.estimate).toBeCloseTo(estimate, 10);
      expect(row.se).toBeCloseTo(se, 10);
      expect(row.ci[0]).toBeCloseTo(lb, 9);
      expect(row.ci[1]).toBeCloseTo(ub, 9);
      expect(row.tau2).toBeCloseTo(tau2, 10);
    }
  });

  test('level is passed through', () => {
    const row = leaveOneOut(bcg, { model: 'random', method: 'DL', level: 0.9 })[0]!;
    const fit = randomEffects(bcg.slice(1), { method: 'DL', level: 0.9 });
    expect(row.ci).toEqual(fit.ci);
    expect(row.pValue).toBe(fit.pValue);
  });

  test('fixed effect: level is passed through, and three studies leave heterogeneity defined', () => {
    const three = bcg.slice(0, 3);
    const rows = leaveOneOut(three, { model: 'fixed', level: 0.9 });
    expect(rows[0]!.ci).toEqual(fixedEffect(three.slice(1), { level: 0.9 }).ci);
    expect(rows[0]!.q).toBeCloseTo(heterogeneity(three.slice(1)).q, 12);
    expect(Number.isFinite(rows[2]!.i2)).toBe(true);
  });

  test('two studies, fixed effect: each subset is one study, heterogeneity undefined', () => {
    const rows = leaveOneOut([{ yi: 0.1, vi: 0.04 }, { yi: 0.3, vi: 0.01 }], { model: 'fixed' });
    expect(rows[0]!.estimate).toBe(0.3);
    expect(rows[0]!.se).toBeCloseTo(0.1, 15);
    expect(rows[1]!.estimate).toBe(0.1);
    expect(Number.isNaN(rows[0]!.q) && Number.isNaN(rows[0]!.qPValue) && Number.isNaN(rows[0]!.i2)).toBe(true);
  });

  test('clear errors: unknown model, too few studies, bad study', () => {
    expect(() => leaveOneOut(bcg, undefined as never)).toThrow('Leave-one-out needs the main analysis\'s model: "fixed" or "random", got undefined.');
    expect(() => leaveOneOut(bcg, { model: 'mixed' as 'fixed' })).toThrow('Leave-one-out needs the main analysis\'s model: "fixed" or "random", got "mixed".');
    expect(() => leaveOneOut(bcg.slice(0, 2), { model: 'random' })).toThrow(
      'A leave-one-out analysis (random-effect model) needs at least 3 studies, got 2.',
    );
    expect(() => leaveOneOut(bcg.slice(0, 1), { model: 'fixed' })).toThrow('A leave-one-out analysis (fixed-effect model) needs at least 2 studies, got 1.');
    expect(() => leaveOneOut([...bcg.slice(0, 2), { yi: 0, vi: -1 }], { model: 'fixed' })).toThrow('Study 3: sampling variance vi must be positive');
  });
});

/** dat.egger2001 (metadat data-raw/dat.egger2001.txt): magnesium trials, events ai/n1i (magnesium) and ci/n2i (control). */
const EGGER2001: ReadonlyArray<readonly [string, number, number, number, number]> = [
  ['Morton 1984', 1, 40, 2, 36],
  ['Rasmussen 1986', 9, 135, 23, 135],
  ['Smith 1986', 2, 200, 7, 200],
  ['Abraham 1987', 1, 48, 1, 46],
  ['Feldstedt 1988', 10, 150, 8, 148],
  ['Shechter 1989', 1, 59, 9, 56],
  ['Ceremuzynski 1989', 1, 25, 3, 23],
  ['Bertschat 1989', 0, 22, 1, 21],
  ['Singh 1990', 6, 76, 11, 75],
  ['Pereira 1990', 1, 27, 7, 27],
  ['Shechter 1991', 2, 89, 12, 80],
  ['Golf 1991', 5, 23, 13, 33],
  ['Thogersen 1991', 4, 130, 8, 122],
  ['LIMIT-2 1992', 90, 1159, 118, 1157],
  ['Shechter 1995', 4, 107, 17, 108],
  ['ISIS-4 1995', 2216, 29011, 2103, 29039],
];
/** escalc(measure="OR", ai=ai, n1i=n1i, ci=ci, n2i=n2i, data=dat.egger2001, subset=-16), as in metafor's regtest example. */
const magnesium = EGGER2001.slice(0, 15).map(([, ai, n1, ci, n2]) => logOddsRatio(tableFromArms({ events: ai, total: n1 }, { events: ci, total: n2 })));

describe("eggerTest against metafor regtest(res, model=\"lm\") for dat.egger2001 without ISIS-4, docs/reference/regtest.html", () => {
  let result: EggerTest;
  beforeEach(() => {
    result = eggerTest(magnesium);
  });

  test('printed: t = -3.1783, df = 13, p = 0.0073; limit estimate b = -0.1512 (CI: -0.5130, 0.2106)', () => {
    expect(result.k).toBe(15);
    expect(result.df).toBe(13);
    close(result.t, -3.1783, 't');
    close(result.pValue, 0.0073, 'p');
    close(result.limitEstimate, -0.1512, 'b');
    close(result.limitCi[0], -0.513, 'ci.lb');
    close(result.limitCi[1], 0.2106, 'ci.ub');
  });

  test('intercept and SE (numpy least squares of yi/sei on 1/sei: −1.19242925, SE 0.37517492), t = intercept / SE', () => {
    expect(result.intercept).toBeCloseTo(-1.19242925, 7);
    expect(result.se).toBeCloseTo(0.37517492, 7);
    expect(result.t).toBeCloseTo(result.intercept / result.se, 12);
    expect(result.limitCi[1] - result.limitEstimate).toBeCloseTo(studentTQuantile(0.975, 13) * 0.1674604, 6);
  });

  test('level 0.9: the limit CI is b ± qt(0.95, 13)·SE(b)', () => {
    const narrow = eggerTest(magnesium, { level: 0.9 });
    expect(narrow.limitCi[1] - narrow.limitEstimate).toBeCloseTo(studentTQuantile(0.95, 13) * 0.1674604, 6);
    expect(narrow.limitEstimate - narrow.limitCi[0]).toBeCloseTo(studentTQuantile(0.95, 13) * 0.1674604, 6);
  });

  test('level changes the limit CI only', () => {
    const narrow = eggerTest(magnesium, { level: 0.9 });
    expect(narrow.t).toBe(result.t);
    expect(narrow.limitCi[1] - narrow.limitCi[0]).toBeLessThan(result.limitCi[1] - result.limitCi[0]);
    expect(narrow.level).toBe(0.9);
  });

  test('a symmetric funnel (effects not related to SE) gives an intercept of 0', () => {
    const symmetric = [0.04, 0.09, 0.16, 0.25].flatMap((vi) => [{ yi: 0.2 + Math.sqrt(vi), vi }, { yi: 0.2 - Math.sqrt(vi), vi }]);
    const fit = eggerTest(symmetric);
    expect(fit.intercept).toBeCloseTo(0, 12);
    expect(fit.limitEstimate).toBeCloseTo(0.2, 12);
    expect(fit.pValue).toBeCloseTo(1, 9);
  });

  test('clear errors: fewer than 3 studies, equal precision', () => {
    expect(() => eggerTest(magnesium.slice(0, 2))).toThrow("Egger's regression test needs at least 3 studies, got 2.");
    expect(() => eggerTest([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 }, { yi: 2, vi: 0.1 }])).toThrow(
      "Egger's regression test needs studies of different precision",
    );
    // Precisions equal to 8 digits are rejected; differing in the 6th digit they are not.
    expect(() => eggerTest([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 * (1 + 1e-8) }, { yi: 2, vi: 0.1 }])).toThrow('different precision');
    expect(eggerTest([{ yi: 0, vi: 0.1 }, { yi: 1, vi: 0.1 * (1 + 1e-5) }, { yi: 2, vi: 0.1 }]).df).toBe(1);
    expect(() => eggerTest(magnesium, { level: 95 })).toThrow('Confidence level must be a fraction');
  });
});

describe('funnelPoints as metafor funnel(res, yaxis="sei"): refline ± qnorm(0.975)·SE, SE from 0 to max(sei) (R/funnel.rma.r)', () => {
  let fit: RandomEffectsResult;
  let funnel: FunnelPoints;
  beforeEach(() => {
    fit = randomEffects(bcg, { method: 'REML' });
    funnel = funnelPoints(bcg, fit);
  });

  test('one point per study at (yi, √vi); centre at the pooled estimate', () => {
    expect(funnel.centre).toBe(fit.estimate);
    expect(funnel.points).toHaveLength(13);
    funnel.points.forEach((p, i) => {
      expect(p.yi).toBe(bcg[i]!.yi);
      expect(p.se).toBeCloseTo(Math.sqrt(bcg[i]!.vi), 15);
    });
    expect(funnel.maxSe).toBe(Math.max(...funnel.points.map((p) => p.se)));
  });

  test('pseudo-95 % limits: apex at the estimate, base at ±1.959964·maxSe', () => {
    expect(funnel.z).toBeCloseTo(1.959963984540054, 14);
    expect(funnel.limits.apex).toEqual({ se: 0, lower: fit.estimate, upper: fit.estimate });
    expect(funnel.limits.base.se).toBe(funnel.maxSe);
    expect(funnel.limits.base.lower).toBeCloseTo(fit.estimate - 1.959963984540054 * funnel.maxSe, 14);
    expect(funnel.limits.base.upper).toBeCloseTo(fit.estimate + 1.959963984540054 * funnel.maxSe, 14);
  });

  test('a number works as the pooled estimate, and the doc example holds', () => {
    const small = funnelPoints([{ yi: 0.1, vi: 0.04 }, { yi: 0.3, vi: 0.01 }], 0.26);
    expect(small.maxSe).toBeCloseTo(0.2, 15);
    expect(small.limits.base.lower).toBeCloseTo(-0.132, 3);
    expect(small.limits.base.upper).toBeCloseTo(0.652, 3);
    expect(funnelPoints(bcg, fit.estimate, { level: 0.9 }).z).toBeCloseTo(1.644853626951472, 14);
  });

  test('clear errors', () => {
    expect(() => funnelPoints(bcg, Number.NaN)).toThrow("A funnel plot needs the pooled estimate as a finite number on the studies' scale, got NaN.");
    expect(() => funnelPoints([], 0)).toThrow('A funnel plot needs at least 1 study, got 0.');
    expect(() => funnelPoints(bcg, { estimate: Number.POSITIVE_INFINITY })).toThrow('got Infinity.');
    expect(() => funnelPoints(bcg, {} as never)).toThrow('got undefined.');
    expect(() => funnelPoints(bcg, 0, { level: 95 })).toThrow('Confidence level must be a fraction');
  });
});

describe('smallStudyCheckApplies: k ≥ 10 (Cochrane Handbook v5.1 §10.4.3.1)', () => {
  test('the threshold is 10', () => {
    expect(SMALL_STUDY_CHECK_MIN_STUDIES).toBe(10);
    expect([0, 2, 9, 10, 11, 13].map(smallStudyCheckApplies)).toEqual([false, false, false, true, true, true]);
  });
  test('rejects a count that is not a whole number', () => {
    expect(() => smallStudyCheckApplies(9.5)).toThrow('The number of studies must be a non-negative whole number, got 9.5.');
    expect(() => smallStudyCheckApplies(-1)).toThrow('got -1');
  });
});
