import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dailyMicrograms } from '../../../src/model/daily-dose';

describe('dailyMicrograms', () => {
  test('converts the doses used in the trial records', () => {
    // Prestwood 2003 (JAMA 290:1042): 0.25 mg/day oral → 250 µg/day.
    expect(dailyMicrograms({ value: 0.25, unit: 'mg/day' })).toBe(250);
    // ULTRA, Ettinger 2004: 0.014 mg/day = 14 µg/day patch.
    expect(dailyMicrograms({ value: 14, unit: 'µg/day' })).toBe(14);
    // A weekly dose is spread over 7 days.
    expect(dailyMicrograms({ value: 7, unit: 'mg/week' })).toBeCloseTo(1000, 10);
  });

  test('rejects units that are not mass per time and non-positive doses', () => {
    expect(() => dailyMicrograms({ value: 1000, unit: 'IU/day' })).toThrow(/Cannot convert a dose in "IU\/day"/);
    expect(() => dailyMicrograms({ value: 0, unit: 'mg/day' })).toThrow(/positive/);
    expect(() => dailyMicrograms({ value: Number.NaN, unit: 'mg/day' })).toThrow(/positive/);
    expect(() => dailyMicrograms({ value: -2, unit: 'mg/day' })).toThrow('Dose must be a positive number, got -2.');
    expect(() => dailyMicrograms({ value: Number.POSITIVE_INFINITY, unit: 'µg/day' })).toThrow('Dose must be a positive number, got Infinity.');
    expect(() => dailyMicrograms({ value: 1, unit: 'mg' })).toThrow('Cannot convert a dose in "mg" to µg/day.');
  });

  test('converts every supported unit', () => {
    // 1 mg = 1000 µg; a weekly dose is divided by 7: 3.5 mg/week = 500 µg/day, 70 µg/week = 10 µg/day.
    expect(dailyMicrograms({ value: 2, unit: 'mg/day' })).toBe(2000);
    expect(dailyMicrograms({ value: 3.5, unit: 'mg/week' })).toBeCloseTo(500, 10);
    expect(dailyMicrograms({ value: 70, unit: 'µg/week' })).toBeCloseTo(10, 10);
  });
});

describe('dailyMicrograms over its whole input domain (fast-check)', () => {
  const positiveDose = fc.double({ min: 1e-6, max: 1e6, noNaN: true });

  test('every positive dose in a mass-per-time unit gives a finite, positive µg/day', () => {
    fc.assert(
      fc.property(positiveDose, fc.constantFrom('mg/day', 'µg/day', 'mg/week', 'µg/week'), (value, unit) => {
        const micrograms = dailyMicrograms({ value, unit });
        return Number.isFinite(micrograms) && micrograms > 0;
      }),
    );
  });

  test('is linear and monotone in the stated dose (unit conversion is a fixed factor)', () => {
    fc.assert(
      fc.property(positiveDose, positiveDose, fc.constantFrom('mg/day', 'µg/day', 'mg/week', 'µg/week'), (a, b, unit) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const ratio = dailyMicrograms({ value: high, unit }) / dailyMicrograms({ value: low, unit });
        return Math.abs(ratio - high / low) <= 1e-9 * (high / low);
      }),
    );
  });

  test('1 mg/week equals 1000/7 µg/day and 1 mg/day equals 1000 µg/day, whatever the scale', () => {
    fc.assert(
      fc.property(positiveDose, (value) => {
        const weekly = dailyMicrograms({ value, unit: 'mg/week' });
        const daily = dailyMicrograms({ value, unit: 'mg/day' });
        return Math.abs(weekly * 7 - daily) <= 1e-9 * daily;
      }),
    );
  });

  test('never returns a number for a non-positive or non-finite dose', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ max: 0 }), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY)), (value) => {
        expect(() => dailyMicrograms({ value, unit: 'mg/day' })).toThrow(/positive/);
      }),
    );
  });
});
