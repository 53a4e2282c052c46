import { assertPlausibleBmd } from './bmd-input';
import { youngAdultReference, type BoneDensitySite, type Sex } from './reference-data';

/**
 * T-score: how many young-adult standard deviations a BMD lies above (+) or
 * below (−) the young-adult mean, T = (BMD − mean) / SD, against the NHANES III
 * white-female reference of Looker 1998 (see reference-data.ts), which ISCD
 * 2013 prescribes for men as well. Input in g/cm² (Hologic scale); output
 * unitless, unrounded (DXA reports usually show one decimal).
 *
 * Throws a RangeError for a non-finite, non-positive or implausible BMD, or
 * an unknown site or sex.
 *
 * @example tScore(0.858, 'femoral neck', 'female') // 0
 * @example tScore(0.558, 'femoral neck', 'female') // −2.5 (to rounding)
 * @example tScore(0.820, 'total hip', 'male') // (0.820 − 0.942) / 0.122 = −1
 */
export function tScore(bmd: number, site: BoneDensitySite, sex: Sex): number {
  const reference = youngAdultReference(site, sex);
  assertPlausibleBmd(bmd);
  return (bmd - reference.mean) / reference.sd;
}
