/** A dose as trial records state it. */
export interface StatedDose {
  value: number;
  unit: string;
}

const MICROGRAMS_PER_DAY: Record<string, number> = {
  'mg/day': 1000,
  'µg/day': 1,
  'mg/week': 1000 / 7,
  'µg/week': 1 / 7,
};

/**
 * Converts a stated estradiol dose to micrograms per day (µg/day).
 * Throws for units that are not a mass per time (e.g. IU) or unknown units.
 *
 * @example dailyMicrograms({ value: 0.25, unit: 'mg/day' }) // 250
 */
export function dailyMicrograms(dose: StatedDose): number {
  const factor = MICROGRAMS_PER_DAY[dose.unit];
  if (factor === undefined) throw new RangeError(`Cannot convert a dose in "${dose.unit}" to µg/day.`);
  if (!(dose.value > 0) || !Number.isFinite(dose.value)) throw new RangeError(`Dose must be a positive number, got ${dose.value}.`);
  return dose.value * factor;
}
