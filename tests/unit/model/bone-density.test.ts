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
  WHO_CATEGORIES,
  YOUNG_ADULT_REFERENCE,
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
