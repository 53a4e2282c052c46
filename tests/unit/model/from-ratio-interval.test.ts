/**
 * Back-calculation of a log ratio and its variance from a reported ratio and
 * CI (Cochrane Handbook §6.3.2; Altman & Bland, BMJ 2011;343:d2090: SE =
 * (ln upper − ln lower) / (2 × 1.96) for a 95 % CI). Expected values are hand
 * calculations, shown next to each.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { studyFromRatioInterval } from '../../../src/model/meta-analysis/from-ratio-interval';

describe('studyFromRatioInterval', () => {
  test('WHI E+P hip fracture HR 0.76 (0.69 to 0.83): yi = ln 0.76, SE = (ln 0.83 − ln 0.69) / (2 × 1.959964)', () => {
    const { yi, vi } = studyFromRatioInterval(0.76, [0.69, 0.83]);
    // ln 0.76 = −0.274437; ln 0.83 − ln 0.69 = −0.186330 + 0.371064 = 0.184734; / 3.919928 = 0.0471270.
    expect(yi).toBeCloseTo(-0.274437, 6);
    expect(Math.sqrt(vi)).toBeCloseTo(0.047127, 6);
  });

  test('a symmetric interval on the log scale: e^(±1.959964·0.1) around 1 gives yi = 0, SE = 0.1', () => {
    const half = Math.exp(1.959963984540054 * 0.1);
    const { yi, vi } = studyFromRatioInterval(1, [1 / half, half]);
    expect(yi).toBe(0);
    expect(vi).toBeCloseTo(0.01, 12);
  });

  test('other confidence levels use their own z: a 90 % CI (z = 1.644854, A&S table 26.5) e^(±1.644854·0.2) gives SE 0.2', () => {
    const half = Math.exp(1.6448536269514722 * 0.2);
    expect(studyFromRatioInterval(2, [2 / half, 2 * half], 0.9).vi).toBeCloseTo(0.04, 12);
  });

  test('an estimate on either limit is allowed', () => {
    expect(studyFromRatioInterval(0.5, [0.5, 2]).yi).toBeCloseTo(Math.log(0.5), 15);
    expect(studyFromRatioInterval(2, [0.5, 2]).yi).toBeCloseTo(Math.log(2), 15);
  });

  test('the variance grows with the width of the interval (property)', () => {
    const limit = fc.double({ min: 0.01, max: 100, noNaN: true });
    fc.assert(
      fc.property(limit, limit, fc.double({ min: 1.01, max: 3, noNaN: true }), (a, b, widen) => {
        fc.pre(a * 1.0001 < b);
        const estimate = Math.sqrt(a * b);
        expect(studyFromRatioInterval(estimate, [a / widen, b * widen]).vi).toBeGreaterThan(studyFromRatioInterval(estimate, [a, b]).vi);
      }),
    );
  });

  test('rejects intervals that are not 0 < lower ≤ estimate ≤ upper with lower < upper, quoting the input', () => {
    const message = (estimate: number, lower: number, upper: number) =>
      `A ratio's interval must satisfy 0 < lower ≤ estimate ≤ upper; got ${estimate} [${lower}, ${upper}].`;
    for (const [estimate, lower, upper] of [
      [0.9, 0.5, 0.8], // estimate above the interval
      [0.4, 0.5, 0.8], // estimate below it
      [0.5, 0, 0.8], // lower limit 0
      [0.5, -0.1, 0.8], // negative lower limit
      [0.5, 0.5, 0.5], // empty interval
      [0.6, 0.8, 0.5], // limits reversed
      [0.5, 0.4, Number.POSITIVE_INFINITY], // infinite upper limit
      [Number.NaN, 0.4, 0.8],
    ] as const) {
      expect(() => studyFromRatioInterval(estimate, [lower, upper])).toThrow(message(estimate, lower, upper));
    }
  });
});
