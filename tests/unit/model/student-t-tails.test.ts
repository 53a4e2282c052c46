/**
 * Student-t quantile in the far tails at small df (an outside check found the
 * stated precision lost there: qt(1e-10, 2) was off in the 8th digit,
 * qt(1e-20, 2) came out −Infinity, qt(1e-100, 3) was wrong by a factor of
 * 10⁴). Reference values: the exact quantiles computed with mpmath 1.3 at 50
 * significant digits (findroot on ½·I_x(ν/2, ½) = p, x = ν/(ν + t²), with
 * mpmath's regularized betainc), rounded here to 17 digits. These are the
 * values R's qt(p, df) is meant to return; R itself was not available here.
 */
import { describe, expect, test } from 'vitest';
import { studentTCdf, studentTQuantile } from '../../../src/model/meta-analysis/distributions';

const REFERENCE: ReadonlyArray<readonly [p: number, df: number, quantile: number]> = [
  [1e-10, 1, -3183098861.8379067153],
  [1e-10, 2, -70710.678108048150722],
  [1e-20, 2, -7071067811.8654752439],
  [1e-10, 3, -2225.7692846830932198],
  [1e-100, 3, -2.2257698238224420358e33],
  [1e-300, 3, -1.0331108360446529096e100],
  [1e-10, 4, -416.17514032960412732],
  [1e-15, 5, -1568.3911928228773658],
  [1e-12, 1.5, -52194694.273446353902],
  [1e-50, 4, -4161791450287.8172133],
  [1e-30, 7, -38786.258324742301003],
  [1e-5, 3, -47.927728375933924183],
  [1e-3, 3, -10.21453185240738655],
  // p = 0.999999 as a double: upper tail 1.00000000002875566e-6 (mpmath on that exact binary value).
  [0.999999, 2, 707.10572051576712459],
];

describe('studentTQuantile keeps about 1e-13 relative precision in the far tails at small df', () => {
  test.each(REFERENCE)('qt(%s, %s) = %s', (p, df, quantile) => {
    const got = studentTQuantile(p, df);
    expect(Math.abs(got - quantile) / Math.abs(quantile)).toBeLessThan(1e-13);
  });

  test('the quantile inverts the distribution function far into the tail (round trip to 1e-13)', () => {
    for (const df of [2.5, 3, 4, 6, 9]) {
      for (const p of [1e-6, 1e-12, 1e-40, 1e-120]) {
        const t = studentTQuantile(p, df);
        expect(Math.abs(studentTCdf(t, df) - p) / p).toBeLessThan(1e-12);
      }
    }
  });

  test('the distribution function keeps its precision for |t| up to 1e150 (it works with √ν/t, not t²)', () => {
    // P(T > t) for df = 1 is atan(1/t)/π ≈ 1/(π t).
    expect(studentTCdf(1e150, 1, false) * Math.PI * 1e150).toBeCloseTo(1, 12);
    expect(studentTCdf(-1e150, 1) * Math.PI * 1e150).toBeCloseTo(1, 12);
    expect(studentTCdf(1e150, 1)).toBe(1);
  });
});
