import { absoluteEffect } from '../absolute-risk/risk-difference';
import type { RelativeMeasure } from '../absolute-risk/relative-effect';

/** Abbreviations used in Summary-of-Findings tables, and the absolute-risk module's names for them. */
const MEASURES: Record<'RR' | 'OR' | 'HR', RelativeMeasure> = { RR: 'risk ratio', OR: 'odds ratio', HR: 'hazard ratio' };

/** Input: an assumed comparator risk and a pooled relative effect with its 95 % CI. */
export interface AbsoluteEffectInput {
  /** Assumed comparator (control) risk over the table's time frame, a fraction in (0, 1): 0.03 = 30 per 1000. */
  baselineRisk: number;
  relative: { estimate: number; lower: number; upper: number; measure: 'RR' | 'OR' | 'HR' };
}

/**
 * Anticipated absolute effects per 1000 people, as in the two "anticipated
 * absolute effects" columns of a GRADE Summary-of-Findings table. All values
 * are numbers of people per 1000 over the baseline risk's time frame, not
 * rounded (round for display; GRADEpro shows whole numbers).
 */
export interface AbsoluteEffectPer1000 {
  /** Risk without the intervention: baseline × 1000. */
  riskWithout: number;
  /** Risk with the intervention at the relative estimate, and at its CI limits. */
  riskWith: number;
  riskWithCi: [number, number];
  /** Difference, risk with − risk without: negative = fewer events per 1000; with its CI [lower, upper]. */
  difference: number;
  differenceCi: [number, number];
  /** True when a risk ratio's upper limit implied a risk above 1 and was capped at 1000 per 1000. */
  upperLimitCapped: boolean;
}

/**
 * Converts a relative effect (RR, OR or HR with 95 % CI) and an assumed
 * comparator risk (ACR) into absolute effects per 1000, with the Cochrane
 * Handbook's formulas applied to the estimate and to each CI limit
 * (Handbook v5.1 §12.5.4.2 RR, §12.5.4.3 OR, §12.5.4.5 confidence limits):
 * RR: ACR·RR; OR: OR·ACR/(1 − ACR + OR·ACR); HR: 1 − (1 − ACR)^HR
 * (proportional hazards; Altman & Andersen, BMJ 1999;319:1492). The CI
 * ignores uncertainty in the baseline risk, as the Handbook notes. Delegates
 * to absoluteEffect() in src/model/absolute-risk.
 *
 * Throws a RangeError for a baseline risk outside (0, 1), an unknown measure,
 * a ratio ≤ 0, lower ≥ upper, an estimate outside its CI, or a risk ratio
 * whose estimate implies a risk above 1.
 *
 * @example absoluteEffectPer1000({ baselineRisk: 0.3, relative: { estimate: 0.92, lower: 0.85, upper: 0.99, measure: 'RR' } })
 *   // riskWithout 300, riskWith 276, difference −24 (Handbook v5.1 §12.5.4.2: "24 fewer per 1000"), differenceCi [−45, −3]
 */
export function absoluteEffectPer1000(input: AbsoluteEffectInput): AbsoluteEffectPer1000 {
  const relative = input.relative;
  if (!relative || !Object.hasOwn(MEASURES, relative.measure)) {
    throw new RangeError(`The relative effect's measure must be "RR", "OR" or "HR", got ${JSON.stringify(relative?.measure)}.`);
  }
  const effect = absoluteEffect(input.baselineRisk, { measure: MEASURES[relative.measure], estimate: relative.estimate, ci: [relative.lower, relative.upper] });
  return {
    riskWithout: 1000 * effect.baselineRisk,
    riskWith: 1000 * effect.treatedRisk,
    riskWithCi: [1000 * effect.treatedRiskCi[0], 1000 * effect.treatedRiskCi[1]],
    difference: 1000 * effect.riskDifference,
    differenceCi: [1000 * effect.riskDifferenceCi[0], 1000 * effect.riskDifferenceCi[1]],
    upperLimitCapped: effect.upperLimitCapped,
  };
}
