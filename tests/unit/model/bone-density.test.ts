/**
 * T-scores against the NHANES III young-adult reference (Looker, Osteoporos
 * Int 1998;8:468) and the WHO 1994 categories. Provenance of every constant is
 * in src/model/bone-density/reference-data.ts and who-category.ts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  BONE_DENSITY_SITES,
  CATEGORY_EXPLANATIONS,
  ReferenceDataUnavailableError,
  SEXES,
  NORMAL_AT_OR_ABOVE,
  OSTEOPOROSIS_AT_OR_BELOW,
  WHO_CATEGORIES,
  YOUNG_ADULT_REFERENCE,
  youngAdultReference,
  type WhoCategory,
  explainCategory,
  tScore,
  whoCategory,
  zScore,
  zScoreFromReference,
  type BoneDensitySite,
  type Sex,
} from '../../../src/model/bone-density';
import { LEVELS } from '../../../src/lib/content/levels';

const rank = (t: number) => WHO_CATEGORIES.indexOf(whoCategory(t));

describe('young-adult reference (NHANES III non-Hispanic white women aged 20–29, Looker 1998)', () => {
  test('holds the verified means and SDs, g/cm²', () => {
    expect(YOUNG_ADULT_REFERENCE['femoral neck']).toEqual({ mean: 0.858, sd: 0.12 });
    expect(YOUNG_ADULT_REFERENCE['total hip']).toEqual({ mean: 0.942, sd: 0.122 });
  });
});

describe('tScore', () => {
  test('a BMD equal to the young-adult mean gives T = 0, for every site and sex', () => {
    for (const site of BONE_DENSITY_SITES) {
      for (const sex of SEXES) expect(tScore(YOUNG_ADULT_REFERENCE[site].mean, site, sex)).toBe(0);
    }
  });

  test('mean − 2.5 SD gives −2.5 and osteoporosis; mean − 1 SD gives −1 and normal', () => {
    // Femoral neck: 0.858 − 2.5 × 0.120 = 0.558 g/cm²; total hip: 0.942 − 2.5 × 0.122 = 0.637 g/cm².
    expect(tScore(0.558, 'femoral neck', 'female')).toBeCloseTo(-2.5, 12);
    expect(whoCategory(tScore(0.558, 'femoral neck', 'female'))).toBe('osteoporosis');
    expect(tScore(0.637, 'total hip', 'female')).toBeCloseTo(-2.5, 12);
    expect(whoCategory(tScore(0.637, 'total hip', 'female'))).toBe('osteoporosis');
    // 0.858 − 0.120 = 0.738; 0.942 − 0.122 = 0.820.
    expect(tScore(0.738, 'femoral neck', 'female')).toBeCloseTo(-1, 12);
    expect(whoCategory(tScore(0.738, 'femoral neck', 'female'))).toBe('normal');
    expect(whoCategory(tScore(0.82, 'total hip', 'female'))).toBe('normal');
  });

  test('worked example computed by hand: femoral neck 0.53 g/cm² → T = −0.328 / 0.120 = −2.733', () => {
    expect(tScore(0.53, 'femoral neck', 'female')).toBeCloseTo(-2.7333, 4);
    // Total hip 0.75 g/cm²: (0.75 − 0.942) / 0.122 = −1.5738 → osteopenia.
    expect(tScore(0.75, 'total hip', 'female')).toBeCloseTo(-1.5738, 4);
    expect(whoCategory(tScore(0.75, 'total hip', 'female'))).toBe('osteopenia');
  });

  test('men are scored against the same white-female reference (ISCD 2013)', () => {
    for (const site of BONE_DENSITY_SITES) expect(tScore(0.7, site, 'male')).toBe(tScore(0.7, site, 'female'));
  });

  test('rejects impossible or implausible BMD with the plausible range in the message', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0.5, 0.1, 2.5, 858]) {
      expect(() => tScore(bad, 'femoral neck', 'female')).toThrow(RangeError);
      expect(() => tScore(bad, 'femoral neck', 'female')).toThrow(/between 0\.2 and 2 g\/cm²/);
    }
    expect(() => tScore(858, 'femoral neck', 'female')).toThrow(/mg\/cm²/);
  });

  test('rejects unknown sites and sexes, naming the supported values', () => {
    expect(() => tScore(0.8, 'lumbar spine' as BoneDensitySite, 'female')).toThrow(RangeError);
    expect(() => tScore(0.8, 'lumbar spine' as BoneDensitySite, 'female')).toThrow(/"femoral neck" and "total hip"/);
    expect(() => tScore(0.8, 'femoral neck', 'other' as Sex)).toThrow(/"female" and "male"/);
  });

  test('is strictly increasing in BMD (property)', () => {
    // Strict for BMDs at least 1e-12 g/cm² apart (neighbouring doubles can round to the same T-score), never decreasing otherwise.
    const bmd = fc.double({ min: 0.2, max: 2, noNaN: true });
    fc.assert(
      fc.property(bmd, bmd, fc.constantFrom(...BONE_DENSITY_SITES), fc.constantFrom(...SEXES), (a, b, site, sex) => {
        fc.pre(a <= b);
        expect(tScore(a, site, sex)).toBeLessThanOrEqual(tScore(b, site, sex));
        if (b - a >= 1e-12) expect(tScore(a, site, sex)).toBeLessThan(tScore(b, site, sex));
      }),
    );
  });
});

describe('whoCategory (WHO 1994: normal ≥ −1.0, osteopenia between, osteoporosis ≤ −2.5)', () => {
  test('boundaries belong to the category the definition gives them', () => {
    expect(whoCategory(0)).toBe('normal');
    expect(whoCategory(-1)).toBe('normal');
    expect(whoCategory(-1.000001)).toBe('osteopenia');
    expect(whoCategory(-2.499999)).toBe('osteopenia');
    expect(whoCategory(-2.5)).toBe('osteoporosis');
    expect(whoCategory(-2.500001)).toBe('osteoporosis');
    expect(whoCategory(-4.2)).toBe('osteoporosis');
    expect(whoCategory(2.1)).toBe('normal');
  });

  test('rejects a non-finite T-score', () => {
    expect(() => whoCategory(Number.NaN)).toThrow(RangeError);
    expect(() => whoCategory(Number.NEGATIVE_INFINITY)).toThrow(/finite/);
  });

  test('is monotone: a higher T-score never has a worse category (property)', () => {
    const t = fc.double({ min: -8, max: 8, noNaN: true });
    fc.assert(fc.property(t, t, (a, b) => (a <= b ? rank(a) >= rank(b) : rank(a) <= rank(b))));
  });

  test('the category of a BMD is monotone in BMD (property)', () => {
    const bmd = fc.double({ min: 0.2, max: 2, noNaN: true });
    fc.assert(
      fc.property(bmd, bmd, fc.constantFrom(...BONE_DENSITY_SITES), (a, b, site) => {
        fc.pre(a <= b);
        expect(rank(tScore(a, site, 'female'))).toBeGreaterThanOrEqual(rank(tScore(b, site, 'female')));
      }),
    );
  });
});

describe('Z-scores', () => {
  test('from a caller-supplied age-matched reference: (0.70 − 0.75) / 0.125 = −0.4', () => {
    expect(zScoreFromReference(0.7, { mean: 0.75, sd: 0.125 })).toBeCloseTo(-0.4, 12);
    expect(() => zScoreFromReference(0.7, { mean: 0.75, sd: 0 })).toThrow(RangeError);
    expect(() => zScoreFromReference(0.7, { mean: Number.NaN, sd: 0.1 })).toThrow(RangeError);
  });

  test('built-in age bands are out of scope: valid input explains why, invalid input is reported first', () => {
    expect(() => zScore(0.7, 'femoral neck', 'female', 62)).toThrow(ReferenceDataUnavailableError);
    expect(() => zScore(0.7, 'femoral neck', 'female', 62)).toThrow(/zScoreFromReference/);
    expect(() => zScore(0.7, 'femoral neck', 'female', 12)).toThrow(RangeError);
    expect(() => zScore(7, 'femoral neck', 'female', 62)).toThrow(RangeError);
    expect(() => zScore(0.7, 'spine' as BoneDensitySite, 'female', 62)).toThrow(RangeError);
  });
});

describe('category explanations', () => {
  test('exist for every category at every reading level', () => {
    for (const category of WHO_CATEGORIES) {
      for (const level of LEVELS) expect(explainCategory(category, level).length).toBeGreaterThan(40);
    }
  });

  test('the fundamentals text avoids unexplained statistics jargon', () => {
    for (const category of WHO_CATEGORIES) {
      expect(CATEGORY_EXPLANATIONS[category].fundamentals).not.toMatch(/standard deviation|T-score|SD\b/);
    }
  });

  test('the intermediate and academic texts state the cut-offs', () => {
    expect(explainCategory('normal', 'intermediate')).toMatch(/−1\.0/);
    expect(explainCategory('osteoporosis', 'intermediate')).toMatch(/−2\.5/);
    expect(explainCategory('osteopenia', 'academic')).toMatch(/−2\.5 < T < −1\.0/);
  });
});

describe('error messages and edge cases', () => {
  const range = 'between 0.2 and 2 g/cm²';

  test('BMD: each kind of mistake has its own message', () => {
    expect(() => tScore(Number.NaN, 'femoral neck', 'female')).toThrow(`BMD must be a finite number of g/cm² (plausible range ${range}), got NaN.`);
    expect(() => tScore('0.7' as unknown as number, 'femoral neck', 'female')).toThrow(`BMD must be a finite number of g/cm² (plausible range ${range}), got 0.7.`);
    expect(() => tScore(0, 'femoral neck', 'female')).toThrow(`BMD must be positive (plausible range ${range}), got 0 g/cm².`);
    expect(() => tScore(-0.5, 'total hip', 'male')).toThrow(`BMD must be positive (plausible range ${range}), got -0.5 g/cm².`);
    expect(() => tScore(0.19, 'femoral neck', 'female')).toThrow(
      `BMD 0.19 g/cm² is outside the plausible adult range, ${range}. Check the unit (g/cm², not mg/cm²) and that a T-score was not entered as a BMD.`,
    );
    // The limits themselves are plausible: (0.2 − 0.858)/0.12 = −5.483, (2 − 0.858)/0.12 = 9.517.
    expect(tScore(0.2, 'femoral neck', 'female')).toBeCloseTo(-5.4833, 4);
    expect(tScore(2, 'femoral neck', 'female')).toBeCloseTo(9.5167, 4);
  });

  test('sites and sexes: the full message', () => {
    expect(() => youngAdultReference('lumbar spine' as BoneDensitySite, 'female')).toThrow(
      'Unknown BMD site "lumbar spine": supported sites are "femoral neck" and "total hip" (the hip regions with a verified NHANES III reference; lumbar spine references are manufacturer-specific).',
    );
    expect(() => youngAdultReference('femoral neck', 'other' as Sex)).toThrow('Unknown sex "other": supported values are "female" and "male".');
    // Both sexes get the female reference (ISCD 2013).
    expect(youngAdultReference('total hip', 'male')).toEqual({ mean: 0.942, sd: 0.122 });
  });

  test('WHO cut-offs are −1 and −2.5, with a tolerance of 1e-9 for floating-point noise', () => {
    expect([NORMAL_AT_OR_ABOVE, OSTEOPOROSIS_AT_OR_BELOW]).toEqual([-1, -2.5]);
    // Within 1e-9 of a cut-off counts as on it; 2e-9 away does not.
    expect(whoCategory(-2.5 + 1e-9)).toBe('osteoporosis');
    expect(whoCategory(-2.5 + 2e-9)).toBe('osteopenia');
    expect(whoCategory(-1 - 1e-9)).toBe('normal');
    expect(whoCategory(-1 - 2e-9)).toBe('osteopenia');
    expect(() => whoCategory(Number.POSITIVE_INFINITY)).toThrow('T-score must be a finite number (typically between −5 and +5), got Infinity.');
    expect(() => whoCategory('-3' as unknown as number)).toThrow(/got -3\./);
  });

  test('Z-scores from a reference: the BMD and the reference are checked, with messages', () => {
    expect(() => zScoreFromReference(700, { mean: 0.75, sd: 0.125 })).toThrow(/BMD 700 g\/cm² is outside the plausible adult range/);
    expect(() => zScoreFromReference(0.7, { mean: 0, sd: 0.1 })).toThrow('Reference mean must be a positive number of g/cm², got 0.');
    expect(() => zScoreFromReference(0.7, { mean: Number.POSITIVE_INFINITY, sd: 0.1 })).toThrow('Reference mean must be a positive number of g/cm², got Infinity.');
    expect(() => zScoreFromReference(0.7, { mean: 0.75, sd: -0.1 })).toThrow('Reference SD must be a positive number of g/cm², got -0.1.');
    expect(() => zScoreFromReference(0.7, { mean: 0.75, sd: Number.NaN })).toThrow('Reference SD must be a positive number of g/cm², got NaN.');
    // (0.9 − 0.75)/0.1 = 1.5.
    expect(zScoreFromReference(0.9, { mean: 0.75, sd: 0.1 })).toBeCloseTo(1.5, 12);
  });

  test('Z-scores from built-in age bands: input errors first, then a named error that says what to do', () => {
    expect(() => zScore(0.7, 'femoral neck', 'other' as Sex, 62)).toThrow(/Unknown sex "other"/);
    expect(() => zScore(0.1, 'femoral neck', 'female', 62)).toThrow(/outside the plausible adult range/);
    for (const age of [19, 121, Number.NaN]) {
      expect(() => zScore(0.7, 'femoral neck', 'female', age)).toThrow(
        `Age must be a number of years between 20 and 120 (NHANES III adult bands start at 20), got ${age}.`,
      );
    }
    for (const age of [20, 120]) expect(() => zScore(0.7, 'total hip', 'male', age)).toThrow(ReferenceDataUnavailableError);
    let error: unknown;
    try {
      zScore(0.7, 'total hip', 'male', 62);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReferenceDataUnavailableError);
    expect((error as Error).name).toBe('ReferenceDataUnavailableError');
    expect((error as Error).message).toBe(
      'No verified age-matched reference for a male aged 62 at the total hip: the NHANES III age-band means and SDs (Looker 1998) have not been verified for this site, so Z-scores are out of scope. ' +
        'Use the Z-score on the DXA report, or zScoreFromReference() with a verified age-matched mean and SD.',
    );
  });

  test('explanations: unknown categories or levels are an error, not undefined', () => {
    expect(() => explainCategory('severe' as WhoCategory, 'fundamentals')).toThrow('No explanation for category "severe" at level "fundamentals".');
    expect(() => explainCategory('normal', 'expert' as (typeof LEVELS)[number])).toThrow('No explanation for category "normal" at level "expert".');
    expect(explainCategory('osteoporosis', 'fundamentals')).toBe(CATEGORY_EXPLANATIONS.osteoporosis.fundamentals);
  });
});
