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
