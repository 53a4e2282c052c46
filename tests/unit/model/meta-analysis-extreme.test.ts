/**
 * Random-effects pooling with extreme sampling variances (an outside check
 * used variances below 1e-150 and above 1e150): before the fix, τ²(DL) came
 * out 0 with I² NaN or 100 %, REML stopped at its starting value or failed to
 * converge. Every estimator is scale-equivariant (yᵢ → c·yᵢ, vᵢ → c²·vᵢ
 * scales the estimate and SE by c, τ² by c², and leaves Q, I², z and p
 * unchanged), so a rescaled dataset must give the rescaled answer; and a
 * dataset mixing extreme and ordinary variances must match an independent
 * 800-digit computation (mpmath 1.3: the textbook DL formula and REML Fisher
 * scoring iterated to a change below 1e-40, on dat.bcg with study 1's, or
 * studies 1 and 2's, variance replaced).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixedEffect } from '../../../src/model/meta-analysis/fixed-effect';
import { randomEffects, type RandomEffectsResult } from '../../../src/model/meta-analysis/random-effects';
import type { StudyEffect } from '../../../src/model/meta-analysis/studies';
import { tau2DerSimonianLaird, tau2Hedges, tau2Reml } from '../../../src/model/meta-analysis/tau-squared';
import { typicalWithinStudyVariance } from '../../../src/model/meta-analysis/heterogeneity';

const reference = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../reference/metafor-reference.json'), 'utf8'));
const data = reference.datasets['bcg-rr'];
const bcg: StudyEffect[] = data.yi.map((yi: number, i: number) => ({ yi, vi: data.vi[i] }));

function relative(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('scale equivariance: dat.bcg with yi·c and vi·c² (vi from about 1e-302 to 1e298)', () => {
  const scales = [1e-76, 1e-80, 1e-150, 1e76, 1e80, 1e149];
  const settings = [
    { method: 'DL', test: 'z', tolerance: 1e-12 },
    { method: 'HE', test: 'knha', tolerance: 1e-12 },
    // REML stops at a τ² change of 1e-5 (metafor's threshold), which on the rescaled data is a relative criterion: agreement to 1e-6.
    { method: 'REML', test: 'z', tolerance: 1e-6 },
    { method: 'REML', test: 'knha', tolerance: 1e-6 },
  ] as const;
  for (const { method, test: kind, tolerance } of settings) {
    const unit = randomEffects(bcg, { method, test: kind });
    test.each(scales)(`${method}, test ${kind}: c = %s`, (c) => {
      const scaled = bcg.map((s) => ({ yi: s.yi * c, vi: s.vi * c * c }));
      const fit: RandomEffectsResult = randomEffects(scaled, { method, test: kind });
      expect(relative(fit.estimate / c, unit.estimate)).toBeLessThan(tolerance);
      expect(relative(fit.se / c, unit.se)).toBeLessThan(tolerance);
      expect(relative(fit.tau2 / c / c, unit.tau2)).toBeLessThan(tolerance);
      expect(relative(fit.ci[0] / c, unit.ci[0])).toBeLessThan(tolerance);
      expect(relative(fit.predictionInterval[1] / c, unit.predictionInterval[1])).toBeLessThan(tolerance);
      expect(relative(fit.heterogeneity.i2, unit.heterogeneity.i2)).toBeLessThan(tolerance);
      expect(relative(fit.heterogeneity.typicalVariance / c / c, unit.heterogeneity.typicalVariance)).toBeLessThan(1e-12);
      expect(relative(fit.heterogeneity.q, unit.heterogeneity.q)).toBeLessThan(1e-12);
      expect(relative(fit.pValue, unit.pValue)).toBeLessThan(tolerance * 10);
      expect(fit.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    });
  }

  test.each(scales)('fixed effect and the τ² estimators alone: c = %s', (c) => {
    const scaled = bcg.map((s) => ({ yi: s.yi * c, vi: s.vi * c * c }));
    const unit = fixedEffect(bcg);
    const fit = fixedEffect(scaled);
    expect(relative(fit.estimate / c, unit.estimate)).toBeLessThan(1e-12);
    expect(relative(fit.se / c, unit.se)).toBeLessThan(1e-12);
    expect(fit.pValue / unit.pValue).toBeCloseTo(1, 9);
    expect(relative(tau2DerSimonianLaird(scaled) / c / c, tau2DerSimonianLaird(bcg))).toBeLessThan(1e-12);
    expect(relative(tau2Hedges(scaled) / c / c, tau2Hedges(bcg))).toBeLessThan(1e-12);
    expect(relative(tau2Reml(scaled) / c / c, tau2Reml(bcg))).toBeLessThan(1e-6);
    expect(relative(typicalWithinStudyVariance(scaled) / c / c, typicalWithinStudyVariance(bcg))).toBeLessThan(1e-12);
  });

  test('ordinary data are computed as given (metafor\'s default-threshold REML τ² unchanged)', () => {
    expect(relative(tau2Reml(bcg), 0.313243325980895)).toBeLessThan(5e-9);
  });
});

describe('extreme and ordinary variances mixed: against an 800-digit reference (mpmath)', () => {
  const cases = [
    {
      name: 'study 1 vi = 1e-160',
      studies: bcg.map((s, i) => (i === 0 ? { ...s, vi: 1e-160 } : s)),
      dl: [0.22146968294216429, -0.714985079303122, 0.1518424048534503],
      reml: [0.29609628483723738, -0.72202907577115403, 0.17115136733207183],
      q: 280.70001876420363,
    },
    {
      name: 'study 1 vi = 1e160',
      studies: bcg.map((s, i) => (i === 0 ? { ...s, vi: 1e160 } : s)),
      dl: [0.30995094287258115, -0.70493081680060315, 0.18371072180999845],
      reml: [0.33615670180362879, -0.70708378469925832, 0.18996101452886822],
      q: 151.58257274710882,
    },
    {
      name: 'study 1 vi = 1e-160 and study 2 vi = 1e160',
      studies: bcg.map((s, i) => (i === 0 ? { ...s, vi: 1e-160 } : i === 1 ? { ...s, vi: 1e160 } : s)),
      dl: [0.22129203100761224, -0.66391054561809387, 0.15618103153181238],
      reml: [0.27788531017627927, -0.66654854103507762, 0.17181492962485627],
      q: 278.2099332075738,
    },
  ];
  test.each(cases)('$name', ({ studies, dl, reml, q }) => {
    const fitDl = randomEffects(studies, { method: 'DL' });
    expect(relative(fitDl.tau2, dl[0]!)).toBeLessThan(1e-12);
    expect(relative(fitDl.estimate, dl[1]!)).toBeLessThan(1e-12);
    expect(relative(fitDl.se, dl[2]!)).toBeLessThan(1e-12);
    expect(relative(fitDl.heterogeneity.q, q)).toBeLessThan(1e-12);
    expect(fitDl.heterogeneity.i2).toBeGreaterThan(0);
    expect(fitDl.heterogeneity.i2).toBeLessThan(100);
    // REML: metafor's absolute threshold 1e-5 on τ² ≈ 0.3 limits agreement to about 1e-6.
    const fitReml = randomEffects(studies, { method: 'REML' });
    expect(Math.abs(fitReml.tau2 - reml[0]!)).toBeLessThan(1e-5); // the threshold itself
    expect(relative(fitReml.estimate, reml[1]!)).toBeLessThan(1e-5);
    expect(relative(fitReml.se, reml[2]!)).toBeLessThan(1e-5);
    const tight = tau2Reml(studies, { threshold: 1e-14, maxIterations: 1000 });
    expect(relative(tight, reml[0]!)).toBeLessThan(1e-10);
  });
});
