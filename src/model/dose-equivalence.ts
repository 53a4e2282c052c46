/**
 * Oral ↔ transdermal 17β-estradiol equivalence.
 *
 * Oral estradiol passes through the liver first (first-pass metabolism, much
 * of it converted to estrone), so a patch needs a far smaller daily mass to
 * give similar serum estradiol [Kuhl 2005, Climacteric 8 Suppl 1:3–63].
 *
 * There is no single agreed conversion. The Australasian Menopause Society
 * dose guide (2023) places a 50 µg/day patch in the same "medium dose" tier
 * as 2 mg/day oral estradiol and 1 mg/day oral in the "low" tier; other
 * sources use 1 mg oral ≈ 50 µg, which we could not trace to a primary
 * guideline. The model therefore uses the AMS tiering as its central value
 * and always reports the conversion as approximate.
 */

/** Oral mg/day treated as equivalent to 50 µg/day transdermal (AMS 2023 "medium" tier). */
export const ORAL_MG_PER_50_UG_TRANSDERMAL = 2;

/** Routes that bypass first-pass hepatic metabolism. */
export type EstradiolRoute = 'oral' | 'transdermal';

/**
 * Approximate transdermal dose (µg/day) matching an oral dose (mg/day).
 *
 * @example transdermalEquivalentMicrograms(2) // 50
 */
export function transdermalEquivalentMicrograms(oralMgPerDay: number): number {
  assertPositive(oralMgPerDay, 'oral dose (mg/day)');
  return (oralMgPerDay / ORAL_MG_PER_50_UG_TRANSDERMAL) * 50;
}

/**
 * Approximate oral dose (mg/day) matching a transdermal dose (µg/day).
 *
 * @example oralEquivalentMilligrams(25) // 1
 */
export function oralEquivalentMilligrams(transdermalMicrogramsPerDay: number): number {
  assertPositive(transdermalMicrogramsPerDay, 'transdermal dose (µg/day)');
  return (transdermalMicrogramsPerDay / 50) * ORAL_MG_PER_50_UG_TRANSDERMAL;
}

/**
 * A route-independent dose scale: the oral-equivalent dose in mg/day, so
 * trials of patches and tablets can share one axis. Input in µg/day.
 *
 * @example oralEquivalentDose('transdermal', 14) // 0.56
 */
export function oralEquivalentDose(route: EstradiolRoute, microgramsPerDay: number): number {
  return route === 'oral' ? microgramsPerDay / 1000 : oralEquivalentMilligrams(microgramsPerDay);
}

function assertPositive(value: number, name: string): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number, got ${value}.`);
}
