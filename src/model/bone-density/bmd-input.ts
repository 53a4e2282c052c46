/**
 * Plausible range for an adult areal BMD at the hip, g/cm². Values outside it
 * are almost certainly a unit slip (mg/cm², a T-score typed as BMD, a
 * percentage) rather than a measurement: they sit more than 5 SD below or
 * about 9 SD above the young-adult femoral neck mean (0.858, SD 0.120).
 */
export const PLAUSIBLE_BMD: Readonly<{ min: number; max: number }> = { min: 0.2, max: 2.0 };

/**
 * Throws a RangeError, saying what is wrong and the plausible range, unless
 * `bmd` is a finite number of g/cm² within PLAUSIBLE_BMD.
 *
 * @example assertPlausibleBmd(0.7) // passes
 * @example assertPlausibleBmd(700) // RangeError: … expected g/cm² between 0.2 and 2 …
 */
export function assertPlausibleBmd(bmd: number): void {
  const range = `between ${PLAUSIBLE_BMD.min} and ${PLAUSIBLE_BMD.max} g/cm²`;
  if (!Number.isFinite(bmd)) {
    throw new RangeError(`BMD must be a finite number of g/cm² (plausible range ${range}), got ${String(bmd)}.`);
  }
  if (bmd <= 0) throw new RangeError(`BMD must be positive (plausible range ${range}), got ${bmd} g/cm².`);
  if (bmd < PLAUSIBLE_BMD.min || bmd > PLAUSIBLE_BMD.max) {
    throw new RangeError(`BMD ${bmd} g/cm² is outside the plausible adult range, ${range}. Check the unit (g/cm², not mg/cm²) and that a T-score was not entered as a BMD.`);
  }
}
