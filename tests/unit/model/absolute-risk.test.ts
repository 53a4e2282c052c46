/**
 * Absolute risks, NNT and icon-array counts from relative effects, checked
 * against published worked examples (Cochrane Handbook 5.1 §12.5.4; Altman,
 * BMJ 1998;317:1309; Barrowman, CMAJ 2002;166:1676) and hand arithmetic.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  absoluteEffect,
  formatNnt,
  iconArrayCounts,
  impliedRisk,
  assertRelativeEffect,
  largestRemainder,
  numberNeededToTreat,
  riskWithTreatment,
  type RelativeMeasure,
} from '../../../src/model/absolute-risk';

const risk = fc.double({ min: 1e-4, max: 1 - 1e-4, noNaN: true });
const ratio = fc.double({ min: 0.02, max: 50, noNaN: true });

describe('published worked examples', () => {
  test('Cochrane Handbook 5.1 §12.5.4.2: RR 0.92 at ACR 0.3 is 24 fewer per 1000, NNT 42', () => {
    expect(riskWithTreatment(0.3, 'risk ratio', 0.92)).toBeCloseTo(0.276, 12);
    const effect = absoluteEffect(0.3, { measure: 'risk ratio', estimate: 0.92, ci: [0.85, 0.99] });
    expect(Math.round(effect.riskDifference * 1000)).toBe(-24);
    const nnt = numberNeededToTreat(effect.riskDifference, effect.riskDifferenceCi);
    expect(nnt.kind).toBe('benefit');
    // 1 / 0.024 = 41.7, rounded up by convention to 42. CI by hand: 0.3 × (0.85, 0.99) − 0.3 = (−0.045, −0.003) → 22.2 to 333.3.
    expect(formatNnt(nnt)).toBe('NNTB 42 (95% CI 22.2 to 333.3)');
  });

  test('Cochrane Handbook 5.1 §12.5.4.3: OR 0.73 at ACR 0.3 is 62 fewer per 1000, NNT 17', () => {
    // 0.73 × 0.3 / (1 − 0.3 + 0.73 × 0.3) = 0.219 / 0.919 = 0.2383.
    expect(riskWithTreatment(0.3, 'odds ratio', 0.73)).toBeCloseTo(0.23830, 5);
    const effect = absoluteEffect(0.3, { measure: 'odds ratio', estimate: 0.73, ci: [0.6, 0.9] });
    expect(Math.round(effect.riskDifference * 1000)).toBe(-62);
    expect(formatNnt(numberNeededToTreat(effect.riskDifference, effect.riskDifferenceCi))).toMatch(/^NNTB 17 /);
  });

  test('Altman 1998: an ARR of 10 % with CI −5 % to 25 % is "NNTB 4 to ∞ to NNTH 20"', () => {
    // Interval as restated by Newcombe (BMJ rapid response to Altman 1998); Altman's figure 1 is
    // captioned "95% confidence interval for NNT=10". Risk differences here are treated − control.
    const nnt = numberNeededToTreat(-0.1, [-0.25, 0.05]);
    expect(nnt).toEqual({ kind: 'crosses-null', estimate: { direction: 'benefit', value: 10 }, nntbLimit: 4, nnthLimit: 20 });
    expect(formatNnt(nnt)).toBe('NNTB 10 (95% CI NNTB 4 to ∞ to NNTH 20)');
  });

  test('Barrowman 2002 (CMAJ 166:1676): ARR 16.6 % (0.9 % to 32.2 %) → NNT ≈ 6, CI 3.1 to 111.1', () => {
    const nnt = numberNeededToTreat(-0.166, [-0.322, -0.009]);
    if (nnt.kind !== 'benefit') throw new Error(`expected benefit, got ${nnt.kind}`);
    expect(nnt.nntb).toBeCloseTo(6.02, 2);
    expect(nnt.ci[0]).toBeCloseTo(3.1, 1);
    expect(nnt.ci[1]).toBeCloseTo(111.1, 1);
  });
});

describe('hazard ratios (proportional hazards: S1 = S0^HR; Altman & Andersen, BMJ 1999;319:1492)', () => {
  test('hand-computed: 10-year risk 0.2, HR 0.6 (0.45 to 0.8)', () => {
    // 1 − 0.8^0.6 = 1 − exp(0.6 × ln 0.8) = 1 − 0.874690 = 0.125310.
    const effect = absoluteEffect(0.2, { measure: 'hazard ratio', estimate: 0.6, ci: [0.45, 0.8] });
    expect(effect.treatedRisk).toBeCloseTo(0.12531, 5);
    // 1 − 0.8^0.45 = 0.095538; 1 − 0.8^0.8 = 0.163488.
    expect(effect.treatedRiskCi[0]).toBeCloseTo(0.095538, 5);
    expect(effect.treatedRiskCi[1]).toBeCloseTo(0.163488, 5);
    // Altman & Andersen: NNT = 1 / (S_c^h − S_c) = 1 / (0.874690 − 0.8) = 13.39.
    const nnt = numberNeededToTreat(effect.riskDifference, effect.riskDifferenceCi);
    if (nnt.kind !== 'benefit') throw new Error(`expected benefit, got ${nnt.kind}`);
    expect(nnt.nntb).toBeCloseTo(1 / (0.8 ** 0.6 - 0.8), 10);
    expect(nnt.nntb).toBeCloseTo(13.389, 3);
  });

  test('for a rare event the hazard ratio behaves like a risk ratio', () => {
    expect(riskWithTreatment(0.001, 'hazard ratio', 0.5)).toBeCloseTo(0.0005, 6);
  });
});

describe('harm and capping', () => {
  test('hand-computed harm: RR 1.5 (1.2 to 1.9) at baseline 0.1 → 5 more per 100, NNTH 20 (11.1 to 50)', () => {
    const effect = absoluteEffect(0.1, { measure: 'risk ratio', estimate: 1.5, ci: [1.2, 1.9] });
    expect(effect.riskDifference).toBeCloseTo(0.05, 12);
    const nnt = numberNeededToTreat(effect.riskDifference, effect.riskDifferenceCi);
    if (nnt.kind !== 'harm') throw new Error(`expected harm, got ${nnt.kind}`);
    expect(nnt.nnth).toBeCloseTo(20, 9);
    expect(nnt.ci[0]).toBeCloseTo(1 / 0.09, 9);
    expect(nnt.ci[1]).toBeCloseTo(50, 9);
    expect(formatNnt(nnt)).toBe('NNTH 20 (95% CI 11.1 to 50)');
  });

  test('an upper risk-ratio limit implying a risk above 1 is capped at 1 and flagged', () => {
    const effect = absoluteEffect(0.5, { measure: 'risk ratio', estimate: 1.5, ci: [0.9, 2.5] });
    expect(effect.treatedRiskCi).toEqual([0.45, 1]);
    expect(effect.upperLimitCapped).toBe(true);
    expect(absoluteEffect(0.2, { measure: 'risk ratio', estimate: 1.5, ci: [0.9, 2.5] }).upperLimitCapped).toBe(false);
  });

  test('a CI touching no effect gives an infinite NNT limit, not a crossing', () => {
    expect(numberNeededToTreat(-0.05, [-0.1, 0])).toEqual({ kind: 'benefit', nntb: 20, ci: [10, Infinity] });
    expect(formatNnt(numberNeededToTreat(-0.05, [-0.1, 0]))).toBe('NNTB 20 (95% CI 10 to ∞)');
  });
});

describe('errors for impossible input', () => {
  const rr = (estimate: number, ci: [number, number]) => ({ measure: 'risk ratio' as const, estimate, ci });

  test('baseline risk must be a fraction strictly between 0 and 1', () => {
    for (const bad of [0, 1, -0.1, 1.5, 100, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => absoluteEffect(bad, rr(0.8, [0.6, 1]))).toThrow(RangeError);
    }
    expect(() => riskWithTreatment(20, 'risk ratio', 0.8)).toThrow(/pass 0\.2 for 20 %/);
  });

  test('ratios must be finite and above 0', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => riskWithTreatment(0.2, 'risk ratio', bad)).toThrow(RangeError);
      expect(() => absoluteEffect(0.2, rr(0.8, [bad, 1.2]))).toThrow(RangeError);
    }
    expect(() => riskWithTreatment(0.2, 'rate ratio' as RelativeMeasure, 0.8)).toThrow(/Unknown relative measure/);
  });

  test('the CI must contain the estimate and run from lower to upper', () => {
    expect(() => absoluteEffect(0.2, rr(0.5, [0.6, 0.9]))).toThrow(/does not contain the risk ratio estimate 0\.5/);
    expect(() => absoluteEffect(0.2, rr(0.8, [0.9, 0.7]))).toThrow(/lower < upper/);
    expect(() => numberNeededToTreat(-0.3, [-0.2, 0.1])).toThrow(/does not contain/);
    expect(() => numberNeededToTreat(Number.NaN, [-0.2, 0.1])).toThrow(RangeError);
  });

  test('a risk-ratio point estimate implying a risk above 1 is an error', () => {
    expect(() => riskWithTreatment(0.6, 'risk ratio', 2)).toThrow(/above 1/);
    expect(() => absoluteEffect(0.6, rr(2, [1.5, 2.5]))).toThrow(/above 1/);
  });

  test('icon arrays take 100 or 1000 people and risks in range', () => {
    expect(() => iconArrayCounts(0.2, 0.1, 50 as 100)).toThrow(/100 or 1000/);
    expect(() => iconArrayCounts(0.2, 1.1, 100)).toThrow(RangeError);
    expect(() => iconArrayCounts(0, 0.1, 100)).toThrow(RangeError);
  });
});

describe('icon-array counts (largest remainder)', () => {
  test('Cochrane example per 1000 and per 100', () => {
    expect(iconArrayCounts(0.3, 0.276, 1000)).toEqual({ eventAnyway: 276, prevented: 24, caused: 0, noEvent: 700 });
    // Quotas 27.6, 2.4, 70: floors add to 99, the spare person goes to the largest remainder (0.6).
    expect(iconArrayCounts(0.3, 0.276, 100)).toEqual({ eventAnyway: 28, prevented: 2, caused: 0, noEvent: 70 });
  });

  test('harm is drawn as caused events; equal risks change nobody', () => {
    expect(iconArrayCounts(0.1, 0.15, 100)).toEqual({ eventAnyway: 10, prevented: 0, caused: 5, noEvent: 85 });
    expect(iconArrayCounts(0.2, 0.2, 1000)).toEqual({ eventAnyway: 200, prevented: 0, caused: 0, noEvent: 800 });
  });

  test('largest remainder: ties go to the earlier part, zero shares stay zero', () => {
    // 0.125 − 0.075 is 0.04999999999999999 in floating point; quotas are rounded before comparing.
    expect(iconArrayCounts(0.125, 0.075, 100)).toEqual({ eventAnyway: 8, prevented: 5, caused: 0, noEvent: 87 });
    expect(largestRemainder([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(largestRemainder([1, 0, 2], 10)).toEqual([3, 0, 7]);
    expect(() => largestRemainder([0, 0], 10)).toThrow(RangeError);
  });

  test('counts always add up to the total and stay within one of their exact share (property)', () => {
    fc.assert(
      fc.property(risk, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(100 as const, 1000 as const), (p0, p1, total) => {
        const c = iconArrayCounts(p0, p1, total);
        expect(c.eventAnyway + c.prevented + c.caused + c.noEvent).toBe(total);
        for (const n of Object.values(c)) expect(Number.isInteger(n) && n >= 0).toBe(true);
        expect(Math.abs(c.eventAnyway - Math.min(p0, p1) * total)).toBeLessThan(1);
        expect(Math.abs(c.prevented + c.caused - Math.abs(p1 - p0) * total)).toBeLessThan(1);
        expect(c.prevented === 0 || c.caused === 0).toBe(true);
      }),
    );
  });
});

describe('properties', () => {
  test('risk with treatment is increasing in the ratio, for every measure', () => {
    fc.assert(
      fc.property(risk, ratio, ratio, fc.constantFrom<RelativeMeasure>('risk ratio', 'hazard ratio', 'odds ratio'), (p0, a, b, measure) => {
        fc.pre(a < b);
        expect(impliedRisk(p0, measure, a)).toBeLessThanOrEqual(impliedRisk(p0, measure, b));
      }),
    );
  });

  test('risk ratio: treated risk is RR · p0, strictly increasing while it stays ≤ 1', () => {
    fc.assert(
      fc.property(risk, ratio, ratio, (p0, a, b) => {
        fc.pre(a < b && b * p0 <= 1 && b - a > 1e-9);
        expect(riskWithTreatment(p0, 'risk ratio', a)).toBeLessThan(riskWithTreatment(p0, 'risk ratio', b));
      }),
    );
  });

  test('a ratio of 1 gives no difference and an infinite NNT, whatever the CI', () => {
    fc.assert(
      fc.property(risk, fc.double({ min: 0.1, max: 0.99, noNaN: true }), fc.double({ min: 1.01, max: 10, noNaN: true }), fc.constantFrom<RelativeMeasure>('risk ratio', 'hazard ratio', 'odds ratio'), (p0, low, high, measure) => {
        fc.pre(high * p0 <= 1);
        const effect = absoluteEffect(p0, { measure, estimate: 1, ci: [low, high] });
        expect(effect.riskDifference).toBeCloseTo(0, 12);
        const nnt = numberNeededToTreat(effect.riskDifference, effect.riskDifferenceCi);
        expect(nnt.kind).toBe('crosses-null');
        if (nnt.kind === 'crosses-null') expect(nnt.estimate).toEqual({ direction: 'none', value: Infinity });
      }),
    );
  });

  test('a limit within an ulp of the estimate still brackets it (counterexample fast-check found, seed -13641690)', () => {
    const effect = absoluteEffect(0.18584946434465527, { measure: 'odds ratio', estimate: 49.99999999999991, ci: [0.02, 49.999999999999915] });
    expect(effect.riskDifferenceCi[0]).toBeLessThanOrEqual(effect.riskDifference);
    expect(effect.riskDifference).toBeLessThanOrEqual(effect.riskDifferenceCi[1]);
    expect(() => numberNeededToTreat(effect.riskDifference, effect.riskDifferenceCi)).not.toThrow();
  });

  test('when the CI does not cross no effect, it contains the NNT; when it does, the limits are on both sides', () => {
    fc.assert(
      fc.property(risk, ratio, ratio, ratio, fc.constantFrom<RelativeMeasure>('risk ratio', 'hazard ratio', 'odds ratio'), (p0, x, y, z, measure) => {
        const [low, estimate, high] = [x, y, z].sort((a, b) => a - b) as [number, number, number];
        fc.pre(low < high && (measure !== 'risk ratio' || estimate * p0 <= 1));
        const effect = absoluteEffect(p0, { measure, estimate, ci: [low, high] });
        fc.pre(effect.riskDifferenceCi[0] < effect.riskDifferenceCi[1]);
        const nnt = numberNeededToTreat(effect.riskDifference, effect.riskDifferenceCi);
        if (nnt.kind === 'benefit') {
          expect(nnt.ci[0]).toBeLessThanOrEqual(nnt.nntb);
          expect(nnt.nntb).toBeLessThanOrEqual(nnt.ci[1]);
        } else if (nnt.kind === 'harm') {
          expect(nnt.ci[0]).toBeLessThanOrEqual(nnt.nnth);
          expect(nnt.nnth).toBeLessThanOrEqual(nnt.ci[1]);
        } else {
          expect(effect.riskDifferenceCi[0]).toBeLessThan(0);
          expect(effect.riskDifferenceCi[1]).toBeGreaterThan(0);
          expect(nnt.nntbLimit).toBeGreaterThanOrEqual(1);
          expect(nnt.nnthLimit).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});

describe('NNT text for every kind of result (Altman 1998 format; hand arithmetic)', () => {
  test('harm estimate with a CI crossing no effect: RD +0.05 (−0.1 to 0.2) → NNTH 20, limits NNTB 10 and NNTH 5', () => {
    const nnt = numberNeededToTreat(0.05, [-0.1, 0.2]);
    expect(nnt).toEqual({ kind: 'crosses-null', estimate: { direction: 'harm', value: 20 }, nntbLimit: 10, nnthLimit: 5 });
    expect(formatNnt(nnt)).toBe('NNTH 20 (95% CI NNTB 10 to ∞ to NNTH 5)');
  });

  test('no difference at all: RD 0 (−0.1 to 0.2) → NNT ∞', () => {
    expect(formatNnt(numberNeededToTreat(0, [-0.1, 0.2]))).toBe('NNT ∞ (no difference) (95% CI NNTB 10 to ∞ to NNTH 5)');
  });

  test('an RD of 0 at the end of a one-sided CI is an infinite NNTB or NNTH', () => {
    // RD 0 with CI (−0.1, 0): benefit side, NNTB = 1/0 = ∞, CI 1/0.1 = 10 to ∞.
    expect(numberNeededToTreat(0, [-0.1, 0])).toEqual({ kind: 'benefit', nntb: Infinity, ci: [10, Infinity] });
    expect(formatNnt(numberNeededToTreat(0, [-0.1, 0]))).toBe('NNTB ∞ (95% CI 10 to ∞)');
    // RD 0 with CI (0, 0.25): harm side, NNTH ∞, CI 1/0.25 = 4 to ∞.
    expect(numberNeededToTreat(0, [0, 0.25])).toEqual({ kind: 'harm', nnth: Infinity, ci: [4, Infinity] });
    expect(formatNnt(numberNeededToTreat(0, [0, 0.25]))).toBe('NNTH ∞ (95% CI 4 to ∞)');
  });

  test('floating-point noise does not add one to a whole NNT', () => {
    // 0.2 − 0.3 is −0.09999999999999998 in floating point, so 1/|RD| = 10.000000000000002; the NNT is 10, not 11.
    const rd = 0.2 - 0.3;
    expect(1 / Math.abs(rd)).toBeGreaterThan(10);
    expect(formatNnt(numberNeededToTreat(rd, [-0.2, -0.05]))).toBe('NNTB 10 (95% CI 5 to 20)');
    // A genuine fraction is still rounded up: 1/0.15 = 6.67 → 7.
    expect(formatNnt(numberNeededToTreat(-0.15, [-0.2, -0.05]))).toBe('NNTB 7 (95% CI 5 to 20)');
  });

  test('confidence limits keep one decimal: 1/0.03 = 33.33 → 33.3, 1/0.07 = 14.29 → 14.3', () => {
    expect(formatNnt(numberNeededToTreat(0.05, [0.03, 0.07]))).toBe('NNTH 20 (95% CI 14.3 to 33.3)');
  });
});

describe('more errors for impossible input, with their messages', () => {
  test('NNT: risk differences outside [−1, 1], a reversed CI', () => {
    expect(() => numberNeededToTreat(-1.2, [-1.5, 0.1])).toThrow(
      'The risk difference must be a finite risk difference between −1 and 1 (fractions, treated minus control), got -1.2.',
    );
    expect(() => numberNeededToTreat(0.1, [-0.1, 1.5])).toThrow(/The upper confidence limit must be .* got 1\.5\./);
    expect(() => numberNeededToTreat(0.1, [Number.NaN, 0.2])).toThrow(/The lower confidence limit must be .* got NaN\./);
    // The limits ±1 themselves are allowed: RD −1 means everyone spared, NNTB 1.
    expect(numberNeededToTreat(-1, [-1, -0.5])).toEqual({ kind: 'benefit', nntb: 1, ci: [1, 2] });
    expect(numberNeededToTreat(1, [0.5, 1])).toEqual({ kind: 'harm', nnth: 1, ci: [1, 2] });
    expect(() => numberNeededToTreat(0.1, [0.2, 0.1])).toThrow('Confidence interval [0.2, 0.1] of the risk difference must have lower < upper.');
    expect(() => numberNeededToTreat(0.1, [0.1, 0.1])).toThrow(/must have lower < upper/);
    expect(() => numberNeededToTreat(0.3, [0.1, 0.2])).toThrow(
      'Confidence interval [0.1, 0.2] does not contain the risk difference 0.3: lower ≤ estimate ≤ upper must hold.',
    );
    // An estimate on a limit is inside the interval.
    expect(numberNeededToTreat(-0.1, [-0.1, -0.05]).kind).toBe('benefit');
    expect(numberNeededToTreat(-0.05, [-0.1, -0.05]).kind).toBe('benefit');
  });

  test('relative effects: a missing CI, an unknown measure, and limits that are not above 0', () => {
    expect(() => assertRelativeEffect({ measure: 'risk ratio', estimate: 0.8, ci: undefined as unknown as [number, number] })).toThrow(
      'A risk ratio lower confidence limit must be a finite number above 0, got undefined.',
    );
    expect(() => assertRelativeEffect({ measure: 'rate ratio' as RelativeMeasure, estimate: 0.8, ci: [0.5, 1] })).toThrow(
      'Unknown relative measure "rate ratio": supported are "risk ratio", "hazard ratio", "odds ratio".',
    );
    expect(() => assertRelativeEffect({ measure: 'odds ratio', estimate: 0.8, ci: [0.5, 0] })).toThrow('A odds ratio upper confidence limit must be a finite number above 0, got 0.');
    expect(() => assertRelativeEffect({ measure: 'hazard ratio', estimate: 0.8, ci: [0.9, 0.7] })).toThrow(
      'Confidence interval [0.9, 0.7] of the hazard ratio must have lower < upper.',
    );
    expect(() => assertRelativeEffect({ measure: 'hazard ratio', estimate: 0.8, ci: [0.8, 0.8] })).toThrow(/must have lower < upper/);
    expect(() => assertRelativeEffect({ measure: 'hazard ratio', estimate: 0.95, ci: [0.7, 0.9] })).toThrow(
      'Confidence interval [0.7, 0.9] does not contain the hazard ratio estimate 0.95: lower ≤ estimate ≤ upper must hold.',
    );
    // Estimates on either limit are inside.
    expect(() => assertRelativeEffect({ measure: 'hazard ratio', estimate: 0.7, ci: [0.7, 0.9] })).not.toThrow();
    expect(() => assertRelativeEffect({ measure: 'hazard ratio', estimate: 0.9, ci: [0.7, 0.9] })).not.toThrow();
    expect(() => riskWithTreatment(0.2, 'risk ratio', -1)).toThrow('A risk ratio estimate must be a finite number above 0, got -1.');
  });

  test('baseline risks: the messages say what was wrong', () => {
    expect(() => riskWithTreatment(Number.NaN, 'risk ratio', 0.8)).toThrow('Baseline risk must be a finite fraction between 0 and 1, got NaN.');
    expect(() => riskWithTreatment(Number.POSITIVE_INFINITY, 'risk ratio', 0.8)).toThrow(/must be a finite fraction between 0 and 1, got Infinity\./);
    // 20 is taken as a percentage: 20 / 100 = 0.2.
    expect(() => riskWithTreatment(20, 'risk ratio', 0.8)).toThrow('Baseline risk must be a fraction between 0 and 1, got 20. Risks are fractions here: pass 0.2 for 20 %.');
    // 100 and above, and 1 itself, are not read as percentages.
    expect(() => riskWithTreatment(100, 'risk ratio', 0.8)).toThrow(
      'Baseline risk must be strictly between 0 and 1 (a probability over the horizon, e.g. 0.2 for 20 %), got 100.',
    );
    expect(() => riskWithTreatment(1, 'risk ratio', 0.8)).toThrow(/strictly between 0 and 1 .* got 1\./);
    expect(() => riskWithTreatment(0, 'risk ratio', 0.8)).toThrow(/strictly between 0 and 1 .* got 0\./);
    // 1.5 is between 1 and 100: a percentage slip, 1.5 / 100 = 0.015.
    expect(() => riskWithTreatment(1.5, 'risk ratio', 0.8)).toThrow(/pass 0\.015 for 1\.5 %/);
  });

  test('a risk ratio too large for the baseline: the message gives the largest possible ratio', () => {
    // RR 2 at 0.6 → 1.2; the largest RR at 0.6 is 1/0.6 = 1.6667.
    expect(() => riskWithTreatment(0.6, 'risk ratio', 2)).toThrow(
      'A risk ratio of 2 at a baseline risk of 0.6 implies a risk of 1.2 with treatment, above 1 (certainty). A risk ratio can apply at this baseline only up to 1/0.6 = 1.6666666666666667.',
    );
    // Exactly 1 is allowed: RR 2 at 0.5 → 1.
    expect(riskWithTreatment(0.5, 'risk ratio', 2)).toBe(1);
  });

  test('icon arrays: the risk with treatment may be 0 or 1, not outside', () => {
    expect(() => iconArrayCounts(0.2, 1.1, 100)).toThrow('Risk with treatment must be a fraction between 0 and 1, got 1.1.');
    expect(() => iconArrayCounts(0.2, -0.1, 100)).toThrow('Risk with treatment must be a fraction between 0 and 1, got -0.1.');
    expect(() => iconArrayCounts(0.2, Number.NaN, 100)).toThrow('Risk with treatment must be a fraction between 0 and 1, got NaN.');
    expect(() => iconArrayCounts(0.2, '0.1' as unknown as number, 100)).toThrow('Risk with treatment must be a fraction between 0 and 1, got 0.1.');
    expect(() => iconArrayCounts(0.2, 0.1, 50 as 100)).toThrow('An icon array shows 100 or 1000 people, got 50.');
    // p0 0.2, p1 1: 20 have the event anyway, 80 more are caused, nobody is spared it.
    expect(iconArrayCounts(0.2, 1, 100)).toEqual({ eventAnyway: 20, prevented: 0, caused: 80, noEvent: 0 });
    // p1 0: all 20 events are prevented.
    expect(iconArrayCounts(0.2, 0, 100)).toEqual({ eventAnyway: 0, prevented: 20, caused: 0, noEvent: 80 });
  });

  test('largest remainder: invalid totals and shares', () => {
    expect(() => largestRemainder([1, 2], -1)).toThrow('Total must be a non-negative integer, got -1.');
    expect(() => largestRemainder([1, 2], 2.5)).toThrow('Total must be a non-negative integer, got 2.5.');
    expect(() => largestRemainder([], 10)).toThrow('At least one share is needed.');
    expect(() => largestRemainder([1, -1], 10)).toThrow('Shares must be finite and non-negative, got -1.');
    expect(() => largestRemainder([1, Number.NaN], 10)).toThrow('Shares must be finite and non-negative, got NaN.');
    expect(() => largestRemainder([1, Number.POSITIVE_INFINITY], 10)).toThrow('Shares must be finite and non-negative, got Infinity.');
    expect(() => largestRemainder([1, '2' as unknown as number], 10)).toThrow('Shares must be finite and non-negative, got 2.');
    expect(() => largestRemainder([0, 0], 10)).toThrow('Shares must not all be zero.');
    // A total of 0 gives all zeros.
    expect(largestRemainder([1, 2], 0)).toEqual([0, 0]);
  });

  test('largest remainder: the Hamilton method by hand', () => {
    // Quotas 2/7·10 = 2.857, 2/7·10 = 2.857, 3/7·10 = 4.286: floors 2, 2, 4 (8); the two spare units go to the largest remainders 0.857, 0.857.
    expect(largestRemainder([2, 2, 3], 10)).toEqual([3, 3, 4]);
    // Quotas 0.4, 0.4, 0.2 of 1: one unit, tie between the first two → the first.
    expect(largestRemainder([2, 2, 1], 1)).toEqual([1, 0, 0]);
    // Quotas 1.2, 1.7, 2.1: floors 1, 1, 2; one unit, largest remainder 0.7 → the second part.
    expect(largestRemainder([1.2, 1.7, 2.1], 5)).toEqual([1, 2, 2]);
    // Quotas 0.3, 0.3, 0.4 of 1 with a later larger remainder: the unit goes to the third part.
    expect(largestRemainder([3, 3, 4], 1)).toEqual([0, 0, 1]);
    // Five units over three parts with remainders 0.6, 0.6, 0.8 from quotas 1.6, 1.6, 1.8: floors 1, 1, 1, two units left → third, then first.
    expect(largestRemainder([1.6, 1.6, 1.8], 5)).toEqual([2, 1, 2]);
  });
});

describe('order of checks and boundaries', () => {
  test('an invalid estimate is reported as such, before the CI is compared with it', () => {
    expect(() => assertRelativeEffect({ measure: 'risk ratio', estimate: -1, ci: [0.5, 1] })).toThrow('A risk ratio estimate must be a finite number above 0, got -1.');
    expect(() => assertRelativeEffect({ measure: 'risk ratio', estimate: Number.NaN, ci: [0.5, 1] })).toThrow('A risk ratio estimate must be a finite number above 0, got NaN.');
  });

  test('absoluteEffect checks the baseline risk before the effect', () => {
    expect(() => absoluteEffect(20, { measure: 'risk ratio', estimate: 0.5, ci: [0.6, 0.9] })).toThrow(/pass 0\.2 for 20 %/);
  });

  test('an upper limit implying a risk of exactly 1 is not capped', () => {
    // 0.5 × 2 = 1 exactly: a certainty, but not above it.
    const effect = absoluteEffect(0.5, { measure: 'risk ratio', estimate: 1.5, ci: [0.9, 2] });
    expect(effect.treatedRiskCi).toEqual([0.45, 1]);
    expect(effect.upperLimitCapped).toBe(false);
  });

  test('a ratio of exactly 1 returns the baseline risk itself, for every measure (documented on impliedRisk)', () => {
    // 1 − (1 − 0.061)^1 computed as −expm1(log1p(−0.061)) is 0.06099999999999999, one ulp off; the shortcut avoids that.
    for (const measure of ['risk ratio', 'odds ratio', 'hazard ratio'] as const) {
      for (const p0 of [0.061, 0.116, 0.118, 0.3]) expect(impliedRisk(p0, measure, 1)).toBe(p0);
    }
  });
});
