import { assertPlausibleBmd } from './bmd-input';
import { assertSex, assertSite, type BmdReference, type BoneDensitySite, type Sex } from './reference-data';

/** Thrown when a computation needs reference data this project has not verified. */
export class ReferenceDataUnavailableError extends Error {
  override name = 'ReferenceDataUnavailableError';
}

/**
 * Z-score against an age-, sex- (and usually ethnicity-) matched reference
 * supplied by the caller, Z = (BMD − age-matched mean) / age-matched SD.
 * Use it with the reference printed on a DXA report or taken from a verified
 * table. BMD and reference in g/cm²; output unitless.
 *
 * @example zScoreFromReference(0.70, { mean: 0.75, sd: 0.125 }) // −0.4
 */
export function zScoreFromReference(bmd: number, reference: BmdReference): number {
  assertPlausibleBmd(bmd);
  if (!Number.isFinite(reference.mean) || reference.mean <= 0) {
    throw new RangeError(`Reference mean must be a positive number of g/cm², got ${reference.mean}.`);
  }
  if (!Number.isFinite(reference.sd) || reference.sd <= 0) {
    throw new RangeError(`Reference SD must be a positive number of g/cm², got ${reference.sd}.`);
  }
  return (bmd - reference.mean) / reference.sd;
}

/**
 * Z-score from built-in age-band references: out of scope. Looker 1998 gives
 * NHANES III means and SDs by age band, sex and ethnicity, but none of those
 * age-band values could be verified against a source we could read, so none
 * are shipped. The inputs are still checked (RangeError for a bad BMD, site,
 * sex or age) so a caller learns about its own mistakes first; valid inputs
 * always end in a ReferenceDataUnavailableError that says what to do instead.
 *
 * @example zScore(0.70, 'femoral neck', 'female', 62) // throws ReferenceDataUnavailableError
 */
export function zScore(bmd: number, site: BoneDensitySite, sex: Sex, ageYears: number): never {
  assertSite(site);
  assertSex(sex);
  assertPlausibleBmd(bmd);
  if (!Number.isFinite(ageYears) || ageYears < 20 || ageYears > 120) {
    throw new RangeError(`Age must be a number of years between 20 and 120 (NHANES III adult bands start at 20), got ${ageYears}.`);
  }
  throw new ReferenceDataUnavailableError(
    `No verified age-matched reference for a ${sex} aged ${ageYears} at the ${site}: the NHANES III age-band means and SDs ` +
      '(Looker 1998) have not been verified for this site, so Z-scores are out of scope. ' +
      'Use the Z-score on the DXA report, or zScoreFromReference() with a verified age-matched mean and SD.',
  );
}
