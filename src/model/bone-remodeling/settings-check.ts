import type { EstrogenEffects } from './lemaire-parameters';

/** What each estrogen effect means and its allowed range, for the error messages. */
const EFFECT_RANGES: Record<keyof EstrogenEffects, { max: number; rule: string; meaning: string }> = {
  ranklIncrease: { max: Infinity, rule: 'a finite number ≥ 0', meaning: 'fractional increase of RANKL production at e = 0' },
  opgDecrease: { max: 1, rule: 'a number in [0, 1)', meaning: 'fractional decrease of OPG production at e = 0' },
  osteoclastApoptosisDecrease: { max: 1, rule: 'a number in [0, 1)', meaning: 'fractional decrease of osteoclast apoptosis at e = 0' },
};

/**
 * Throws a RangeError naming the field unless every estrogen effect is a
 * finite number in its range: ranklIncrease ≥ 0, opgDecrease and
 * osteoclastApoptosisDecrease in [0, 1) (a decrease of 1 or more would make
 * OPG production or osteoclast apoptosis zero or negative). Without this, NaN
 * or out-of-range effects silently gave a steady state of C = 1e-12 pM.
 *
 * @example assertEstrogenEffects({ ranklIncrease: 1, opgDecrease: 1.5, osteoclastApoptosisDecrease: 0 }) // RangeError: Estrogen effect opgDecrease must be a number in [0, 1) (…), got 1.5.
 */
export function assertEstrogenEffects(effects: EstrogenEffects): void {
  for (const name of Object.keys(EFFECT_RANGES) as Array<keyof EstrogenEffects>) {
    const { max, rule, meaning } = EFFECT_RANGES[name];
    const value = effects[name];
    if (!(value >= 0 && value < max) || !Number.isFinite(value)) {
      throw new RangeError(`Estrogen effect ${name} must be ${rule} (the ${meaning}), got ${String(value)}.`);
    }
  }
}

/** Constant infusions in pM/day, as Infusions in lemaire-model.ts. */
type InfusionRates = Partial<Record<'pth' | 'opg' | 'rankl', number>>;

/**
 * Throws a RangeError naming the infusion unless each given infusion rate
 * (pth, opg, rankl; pM/day) is a finite number ≥ 0. Missing means 0.
 *
 * @example assertInfusions({ pth: -1 }) // RangeError: Infusion pth must be a finite rate ≥ 0 pM/day (0 = none), got -1.
 */
export function assertInfusions(infusions: InfusionRates): void {
  for (const name of ['pth', 'opg', 'rankl'] as const) {
    const value = infusions[name];
    if (value === undefined) continue;
    if (!(value >= 0) || !Number.isFinite(value)) {
      throw new RangeError(`Infusion ${name} must be a finite rate ≥ 0 pM/day (0 = none), got ${String(value)}.`);
    }
  }
}
