/**
 * absoluteEffectPer1000 (src/model/meta-analysis/absolute-effect-per-1000.ts)
 * against the worked examples of the Cochrane Handbook v5.1 and properties
 * every Summary-of-Findings conversion must have.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { absoluteEffect } from '../../../src/model/absolute-risk/risk-difference';
import { absoluteEffectPer1000 } from '../../../src/model/meta-analysis/absolute-effect-per-1000';

describe('Cochrane Handbook v5.1 worked examples', () => {
  test('§12.5.4.2: RR 0.92 at an assumed control risk of 0.3 (300 per 1000) is "24 fewer per 1000"', () => {
    // https://handbook-5-1.cochrane.org/chapter_12/12_5_4_2_computing_absolute_risk_reduction_or_nnt_from_a_risk.htm
    const result = absoluteEffectPer1000({ baselineRisk: 0.3, relative: { estimate: 0.92, lower: 0.85, upper: 0.99, measure: 'RR' } });
    expect(result.riskWithout).toBeCloseTo(300, 10);
    expect(result.riskWith).toBeCloseTo(276, 10);
    expect(Math.round(result.difference)).toBe(-24);
    expect(result.riskWithCi[0]).toBeCloseTo(255, 10);
    expect(result.riskWithCi[1]).toBeCloseTo(297, 10);
    expect(result.differenceCi[0]).toBeCloseTo(-45, 10);
    expect(result.differenceCi[1]).toBeCloseTo(-3, 10);
    expect(result.upperLimitCapped).toBe(false);
  });

  test('§12.5.4.3: OR 0.73 at an assumed control risk of 0.3 is "62 fewer per 1000"', () => {
    // https://handbook-5-1.cochrane.org/chapter_12/12_5_4_3_computing_absolute_risk_reduction_or_nnt_from_an_odds.htm
    const result = absoluteEffectPer1000({ baselineRisk: 0.3, relative: { estimate: 0.73, lower: 0.6, upper: 0.9, measure: 'OR' } });
    expect(Math.round(result.difference)).toBe(-62);
    // OR·ACR/(1 − ACR + OR·ACR) at each limit.
    expect(result.riskWithCi[0]).toBeCloseTo((1000 * 0.6 * 0.3) / (1 - 0.3 + 0.6 * 0.3), 10);
    expect(result.riskWithCi[1]).toBeCloseTo((1000 * 0.9 * 0.3) / (1 - 0.3 + 0.9 * 0.3), 10);
  });

  test('HR: 1 − (1 − ACR)^HR (proportional hazards), e.g. HR 0.6 at 0.2 → 125.31 per 1000', () => {
    const result = absoluteEffectPer1000({ baselineRisk: 0.2, relative: { estimate: 0.6, lower: 0.4, upper: 0.9, measure: 'HR' } });
    expect(result.riskWith).toBeCloseTo(1000 * (1 - 0.8 ** 0.6), 10);
    expect(result.riskWith).toBeCloseTo(125.31, 2); // 1000·(1 − 0.8^0.6) = 1000·(1 − 0.874690)
    expect(result.riskWithCi[0]).toBeCloseTo(1000 * (1 - 0.8 ** 0.4), 10);
    expect(result.riskWithCi[1]).toBeCloseTo(1000 * (1 - 0.8 ** 0.9), 10);
  });

  test('a risk ratio upper limit above 1/ACR is capped at 1000 and flagged', () => {
    const result = absoluteEffectPer1000({ baselineRisk: 0.5, relative: { estimate: 1.5, lower: 1.1, upper: 2.5, measure: 'RR' } });
    expect(result.riskWithCi[1]).toBe(1000);
    expect(result.differenceCi[1]).toBe(500);
    expect(result.upperLimitCapped).toBe(true);
  });
});

const measure = fc.constantFrom('RR' as const, 'OR' as const, 'HR' as const);
const baseline = fc.double({ min: 0.001, max: 0.5, noNaN: true });

describe('Statistical considerations in Summary-of-findings tables, Cochrane Handbook v5.1 §11.5.5', () => {
  // Version 6 carries this section in chapter 14 (§14.1.5); the values below were read on the v5.1 page,
  // http://handbook-5-1.cochrane.org/chapter_11/11_5_5_statistical_considerations_in_summary_of_findings.htm:
  // a risk ratio of 0.75 takes a control group risk of 80% to 60% (20 percentage points fewer)
  // and one of 20% to 15% (5 points fewer).
  test.each([
    [0.8, 600, -200],
    [0.2, 150, -50],
  ])('RR 0.75 at a control risk of %s: %s per 1000 with the intervention, %s per 1000', (baselineRisk, riskWith, difference) => {
    const result = absoluteEffectPer1000({ baselineRisk, relative: { estimate: 0.75, lower: 0.6, upper: 0.9, measure: 'RR' } });
    expect(result.riskWith).toBeCloseTo(riskWith, 10);
    expect(result.difference).toBeCloseTo(difference, 10);
  });
});

describe('absoluteEffectPer1000 is absoluteEffect() (src/model/absolute-risk/risk-difference.ts) per 1000', () => {
  test('every field is the risk-difference module\'s value × 1000, for each measure', () => {
    fc.assert(
      fc.property(measure, baseline, fc.double({ min: 0.2, max: 1.2, noNaN: true }), (m, p0, x) => {
        const names = { RR: 'risk ratio', OR: 'odds ratio', HR: 'hazard ratio' } as const;
        const ci: [number, number] = [x / 2, Math.min(x * 1.5, 1.99)];
        const per1000 = absoluteEffectPer1000({ baselineRisk: p0, relative: { estimate: x, lower: ci[0], upper: ci[1], measure: m } });
        const effect = absoluteEffect(p0, { measure: names[m], estimate: x, ci });
        expect(per1000.riskWithout).toBeCloseTo(1000 * effect.baselineRisk, 9);
        expect(per1000.riskWith).toBeCloseTo(1000 * effect.treatedRisk, 9);
        expect(per1000.difference).toBeCloseTo(1000 * effect.riskDifference, 9);
        expect(per1000.differenceCi[0]).toBeCloseTo(1000 * effect.riskDifferenceCi[0], 9);
        expect(per1000.differenceCi[1]).toBeCloseTo(1000 * effect.riskDifferenceCi[1], 9);
        expect(per1000.upperLimitCapped).toBe(effect.upperLimitCapped);
      }),
    );
  });
});

const ratio = fc.double({ min: 0.05, max: 1.9, noNaN: true });

describe('properties (fast-check)', () => {
  test('a ratio of 1 gives a difference of exactly 0 and risk with = risk without', () => {
    fc.assert(
      fc.property(baseline, measure, (p0, m) => {
        const r = absoluteEffectPer1000({ baselineRisk: p0, relative: { estimate: 1, lower: 0.5, upper: 1.5, measure: m } });
        expect(r.difference).toBe(0);
        expect(r.riskWith).toBe(r.riskWithout);
        expect(r.differenceCi[0]).toBeLessThan(0);
        expect(r.differenceCi[1]).toBeGreaterThan(0);
      }),
    );
  });

  test('monotone in the ratio: the CI limits bracket the estimate, and a larger ratio never lowers the risk', () => {
    fc.assert(
      fc.property(baseline, measure, ratio, ratio, (p0, m, a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        fc.pre(hi - lo > 1e-6);
        const mid = (lo + hi) / 2;
        const r = absoluteEffectPer1000({ baselineRisk: p0, relative: { estimate: mid, lower: lo, upper: hi, measure: m } });
        expect(r.riskWithCi[0]).toBeLessThanOrEqual(r.riskWith);
        expect(r.riskWith).toBeLessThanOrEqual(r.riskWithCi[1]);
        expect(r.differenceCi[0]).toBeLessThanOrEqual(r.difference);
        expect(r.difference).toBeLessThanOrEqual(r.differenceCi[1]);
        expect(Math.sign(r.difference)).toBe(Math.sign(mid - 1));
      }),
    );
  });

  test('difference = risk with − risk without; everything stays within 0–1000 per 1000', () => {
    fc.assert(
      fc.property(baseline, measure, ratio, (p0, m, x) => {
        const r = absoluteEffectPer1000({ baselineRisk: p0, relative: { estimate: x, lower: x / 2, upper: Math.min(x * 1.5, 1.99), measure: m } });
        expect(r.difference).toBeCloseTo(r.riskWith - r.riskWithout, 9);
        expect(r.riskWithout).toBeCloseTo(1000 * p0, 9);
        for (const v of [r.riskWith, ...r.riskWithCi]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1000);
        }
      }),
    );
  });

  test('for a rare outcome the three measures agree (OR ≈ HR ≈ RR when ACR → 0)', () => {
    fc.assert(
      fc.property(ratio, (x) => {
        const at = (m: 'RR' | 'OR' | 'HR') => absoluteEffectPer1000({ baselineRisk: 1e-4, relative: { estimate: x, lower: x / 2, upper: x * 2, measure: m } }).riskWith;
        expect(Math.abs(at('OR') - at('RR'))).toBeLessThan(0.0005 * Math.max(1, x));
        expect(Math.abs(at('HR') - at('RR'))).toBeLessThan(0.0005 * Math.max(1, x));
      }),
    );
  });
});

describe('bad input gets a clear error', () => {
  test('unknown measure', () => {
    expect(() => absoluteEffectPer1000({ baselineRisk: 0.1, relative: { estimate: 1, lower: 0.5, upper: 2, measure: 'RD' as 'RR' } })).toThrow(
      'The relative effect\'s measure must be "RR", "OR" or "HR", got "RD".',
    );
    expect(() => absoluteEffectPer1000({ baselineRisk: 0.1 } as never)).toThrow('got undefined');
  });
  test('baseline risk given as a percentage', () => {
    expect(() => absoluteEffectPer1000({ baselineRisk: 30, relative: { estimate: 0.9, lower: 0.8, upper: 1, measure: 'RR' } })).toThrow('pass 0.3 for 30 %');
  });
  test('estimate outside its CI, and a risk ratio impossible at this baseline', () => {
    expect(() => absoluteEffectPer1000({ baselineRisk: 0.1, relative: { estimate: 0.5, lower: 0.6, upper: 0.9, measure: 'HR' } })).toThrow('does not contain');
    expect(() => absoluteEffectPer1000({ baselineRisk: 0.6, relative: { estimate: 2, lower: 1.5, upper: 2.5, measure: 'RR' } })).toThrow('above 1 (certainty)');
  });
});
