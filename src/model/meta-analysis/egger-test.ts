import { studentTCdf, studentTQuantile } from './distributions';
import { checkLevel, checkStudies, type StudyEffect } from './studies';

/** Egger's regression test for funnel-plot asymmetry. */
export interface EggerTest {
  /** Number of studies. */
  k: number;
  /**
   * Egger's intercept (the "bias" coefficient), units of `yi` per SE unit:
   * the intercept of the standard normal deviate yᵢ/seᵢ regressed on the
   * precision 1/seᵢ. Equals the slope on seᵢ in metafor's weighted form.
   */
  intercept: number;
  /** Standard error of the intercept. */
  se: number;
  /** t = intercept / se. */
  t: number;
  /** Residual degrees of freedom, k − 2. */
  df: number;
  /** Two-sided p-value of t on `df` degrees of freedom. */
  pValue: number;
  /**
   * The slope on precision: the effect "as seᵢ → 0" (metafor's limit
   * estimate b), units of `yi`, with its t-based CI at `level`.
   */
  limitEstimate: number;
  limitCi: [number, number];
  level: number;
}

/**
 * Egger's regression test (Egger, Davey Smith, Schneider & Minder, BMJ
 * 1997;315:629): ordinary least squares of zᵢ = yᵢ/seᵢ on xᵢ = 1/seᵢ; the
 * intercept measures asymmetry, tested with t on k − 2 df. This is the
 * classical form of metafor's regtest(model = "lm", predictor = "sei")
 * (weighted regression of yᵢ on seᵢ with weights 1/vᵢ and multiplicative
 * dispersion; its test statistic is this intercept's t, its "limit
 * estimate" this slope). Needs at least 3 studies whose variances are not
 * all equal; throws a RangeError otherwise. The test has low power with
 * fewer than 10 studies (Cochrane Handbook v5.1 §10.4.3.1; see smallStudyCheckApplies).
 *
 * @example eggerTest(magnesium) // t −3.1783, df 13, p 0.0073; limit estimate −0.1512 (−0.5130, 0.2106) (metafor docs, regtest on dat.egger2001 without ISIS-4)
 */
export function eggerTest(studies: readonly StudyEffect[], options: { level?: number } = {}): EggerTest {
  const level = options.level ?? 0.95;
  checkLevel(level);
  checkStudies(studies, 3, "Egger's regression test");
  const k = studies.length;
  const x = studies.map((s) => 1 / Math.sqrt(s.vi));
  const z = studies.map((s) => s.yi / Math.sqrt(s.vi));
  const meanX = x.reduce((a, b) => a + b, 0) / k;
  const meanZ = z.reduce((a, b) => a + b, 0) / k;
  let sxx = 0;
  let sxz = 0;
  for (let i = 0; i < k; i++) {
    sxx += (x[i]! - meanX) ** 2;
    sxz += (x[i]! - meanX) * (z[i]! - meanZ);
  }
  // Precisions equal to 7 significant digits leave the slope to rounding noise.
  if (Math.max(...x) - Math.min(...x) <= 1e-7 * meanX) {
    throw new RangeError("Egger's regression test needs studies of different precision: every study has the same sampling variance, so the regression on precision is undefined.");
  }
  const slope = sxz / sxx;
  const intercept = meanZ - slope * meanX;
  let rss = 0;
  for (let i = 0; i < k; i++) rss += (z[i]! - intercept - slope * x[i]!) ** 2;
  const df = k - 2;
  const sigma2 = rss / df;
  const se = Math.sqrt(sigma2 * (1 / k + (meanX * meanX) / sxx));
  const seSlope = Math.sqrt(sigma2 / sxx);
  const t = intercept / se;
  const critical = studentTQuantile(1 - (1 - level) / 2, df);
  return {
    k,
    intercept,
    se,
    t,
    df,
    pValue: Number.isNaN(t) ? Number.NaN : 2 * studentTCdf(Math.abs(t), df, false),
    limitEstimate: slope,
    limitCi: [slope - critical * seSlope, slope + critical * seSlope],
    level,
  };
}
