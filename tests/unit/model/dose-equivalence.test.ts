import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { oralEquivalentDose, oralEquivalentMilligrams, transdermalEquivalentMicrograms } from '../../../src/model/dose-equivalence';

describe('oral ↔ transdermal estradiol equivalence', () => {
  test('reproduces the Australasian Menopause Society dose tiers (AMS guide to MHT/HRT doses, 2023)', () => {
    // "Medium" tier: 2 mg/day oral estradiol alongside 50 µg/day patches.
    expect(transdermalEquivalentMicrograms(2)).toBe(50);
    expect(oralEquivalentMilligrams(50)).toBe(2);
    // "Low" tier: 1 mg/day oral ≈ 25 µg/day patch (same ratio).
    expect(transdermalEquivalentMicrograms(1)).toBe(25);
  });

  test('puts both routes on the oral scale (mg/day)', () => {
    expect(oralEquivalentDose('oral', 250)).toBe(0.25);
    // 50 µg/day transdermal = 2 mg/day oral (AMS medium tier), not 50 / 1000 = 0.05.
    expect(oralEquivalentDose('transdermal', 50)).toBe(2);
    // 100 µg/day patch → 100 / 50 × 2 = 4 mg/day oral-equivalent; 3 mg/day oral → 3 / 2 × 50 = 75 µg/day patch.
    expect(oralEquivalentMilligrams(100)).toBe(4);
    expect(transdermalEquivalentMicrograms(3)).toBe(75);
    // ULTRA's 14 µg/day patch sits at 0.56 mg/day oral-equivalent.
    expect(oralEquivalentDose('transdermal', 14)).toBeCloseTo(0.56, 10);
  });

  test('the two conversions are inverse and increasing (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (a, b) => {
        expect(oralEquivalentMilligrams(transdermalEquivalentMicrograms(a))).toBeCloseTo(a, 9);
        if (a < b) expect(transdermalEquivalentMicrograms(a)).toBeLessThan(transdermalEquivalentMicrograms(b));
      }),
    );
  });

  test('rejects impossible doses', () => {
    expect(() => transdermalEquivalentMicrograms(-1)).toThrow(RangeError);
    expect(() => oralEquivalentMilligrams(0)).toThrow(RangeError);
    expect(() => oralEquivalentMilligrams(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => transdermalEquivalentMicrograms(-1)).toThrow('oral dose (mg/day) must be a positive number, got -1.');
    expect(() => transdermalEquivalentMicrograms(0)).toThrow('oral dose (mg/day) must be a positive number, got 0.');
    expect(() => transdermalEquivalentMicrograms(Number.NaN)).toThrow(/got NaN/);
    expect(() => oralEquivalentMilligrams(Number.POSITIVE_INFINITY)).toThrow('transdermal dose (µg/day) must be a positive number, got Infinity.');
    expect(() => oralEquivalentDose('transdermal', 0)).toThrow(/transdermal dose/);
  });
});
