import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { intervalFromStandardError, Z_95 } from '../../../src/model/normal-interval';

describe('intervalFromStandardError', () => {
  test('uses the 97.5th percentile of the standard normal distribution', () => {
    // Φ⁻¹(0.975) = 1.959963985 (Abramowitz & Stegun 1964, table 26.5; R: qnorm(0.975)).
    expect(Z_95).toBeCloseTo(1.959963985, 9);
  });

  test("reproduces the interval for Cooper 1999's 25 µg/day arm computed by hand", () => {
    // Cooper et al., Osteoporos Int 1999;9:358: spine +4.7 ± 0.7 (SEM) vs placebo.
    // 4.7 ± 1.959964 × 0.7 = 3.328025 to 6.071975.
    const [low, high] = intervalFromStandardError(4.7, 0.7);
    expect(low).toBeCloseTo(3.328025, 6);
    expect(high).toBeCloseTo(6.071975, 6);
  });

  test('rejects a non-positive standard error', () => {
    expect(() => intervalFromStandardError(1, 0)).toThrow('Standard error must be positive, got 0.');
    expect(() => intervalFromStandardError(1, -0.5)).toThrow('Standard error must be positive, got -0.5.');
    expect(() => intervalFromStandardError(1, Number.NaN)).toThrow(/got NaN/);
  });

  test('takes another critical value when given: 2 ± 1 × 0.5 = [1.5, 2.5]', () => {
    expect(intervalFromStandardError(2, 0.5, 1)).toEqual([1.5, 2.5]);
  });
});

describe('intervalFromStandardError over its input domain (fast-check)', () => {
  const estimate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const standardError = fc.double({ min: 1e-9, max: 1e6, noNaN: true });

  test('the interval is finite, ordered, contains the estimate and is centred on it', () => {
    fc.assert(
      fc.property(estimate, standardError, (e, se) => {
        const [lower, upper] = intervalFromStandardError(e, se);
        const tolerance = 1e-9 * (Math.abs(e) + upper - lower);
        return Number.isFinite(lower) && Number.isFinite(upper) && lower < upper && lower <= e && e <= upper && Math.abs((lower + upper) / 2 - e) <= tolerance;
      }),
    );
  });

  test('its width is 2·z·SE, so it widens monotonically with the standard error', () => {
    fc.assert(
      fc.property(estimate, standardError, standardError, (e, a, b) => {
        const width = (se: number) => {
          const [lower, upper] = intervalFromStandardError(e, se);
          return upper - lower;
        };
        const [small, large] = a <= b ? [a, b] : [b, a];
        return width(small) <= width(large) * (1 + 1e-12) && Math.abs(width(large) - 2 * Z_95 * large) <= 1e-9 * (Math.abs(e) + width(large));
      }),
    );
  });

  test('rejects a standard error that is zero, negative or not a number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ max: 0 }), fc.constant(Number.NaN)), (se) => {
        expect(() => intervalFromStandardError(1, se)).toThrow(/Standard error must be positive/);
      }),
    );
  });
});
