import { logGamma } from './distributions';
import type { StudyEffect } from './studies';

/**
 * A 2×2 table in metafor's notation: `ai`/`bi` are the events and non-events
 * in group 1 (usually treatment), `ci`/`di` those in group 2 (control).
 * Counts of participants: non-negative integers.
 */
export interface TwoByTwoTable {
  ai: number;
  bi: number;
  ci: number;
  di: number;
}

/** One arm's events and number of participants. */
export interface ArmCounts {
  events: number;
  total: number;
}

/** One arm's outcome summary: mean and standard deviation (outcome units) and size. */
export interface ArmSummary {
  mean: number;
  sd: number;
  n: number;
}

/**
 * When to add a continuity correction to the cells of a 2×2 table, as
 * metafor's escalc `to`: only to tables with a zero cell (`"only0"`, the
 * default), to every table (`"all"`), or never (`"none"`).
 */
export interface ContinuityCorrection {
  /** Amount added to each of the four cells; default 1/2. */
  add?: number;
  to?: 'only0' | 'all' | 'none';
}

/** A log risk ratio or log odds ratio, with whether the correction was added. */
export interface CountEffect extends StudyEffect {
  corrected: boolean;
}

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative whole number of participants, got ${value}.`);
}

/**
 * Builds the 2×2 table from events and totals per arm (group 1, group 2).
 *
 * @example tableFromArms({ events: 4, total: 123 }, { events: 11, total: 139 }) // { ai: 4, bi: 119, ci: 11, di: 128 }
 */
export function tableFromArms(group1: ArmCounts, group2: ArmCounts): TwoByTwoTable {
  for (const [label, arm] of [['Group 1', group1], ['Group 2', group2]] as const) {
    checkCount(`${label} events`, arm.events);
    checkCount(`${label} total`, arm.total);
    if (arm.events > arm.total) throw new RangeError(`${label}: events (${arm.events}) cannot exceed the total (${arm.total}).`);
  }
  return { ai: group1.events, bi: group1.total - group1.events, ci: group2.events, di: group2.total - group2.events };
}

function correctedTable(table: TwoByTwoTable, correction: ContinuityCorrection): { cells: TwoByTwoTable; corrected: boolean } {
  checkCount('ai (group 1 events)', table.ai);
  checkCount('bi (group 1 non-events)', table.bi);
  checkCount('ci (group 2 events)', table.ci);
  checkCount('di (group 2 non-events)', table.di);
  if (table.ai + table.bi === 0) throw new RangeError('Group 1 has no participants (ai + bi = 0).');
  if (table.ci + table.di === 0) throw new RangeError('Group 2 has no participants (ci + di = 0).');
  const add = correction.add ?? 0.5;
  const to = correction.to ?? 'only0';
  if (!(add >= 0) || !Number.isFinite(add)) throw new RangeError(`Continuity correction must be a non-negative number, got ${add}.`);
  const hasZero = table.ai === 0 || table.bi === 0 || table.ci === 0 || table.di === 0;
  const corrected = add > 0 && (to === 'all' || (to === 'only0' && hasZero));
  const cells = corrected ? { ai: table.ai + add, bi: table.bi + add, ci: table.ci + add, di: table.di + add } : { ...table };
  return { cells, corrected };
}

function checkDefined(effect: CountEffect, measure: string): CountEffect {
  if (!Number.isFinite(effect.yi) || !(effect.vi > 0) || !Number.isFinite(effect.vi)) {
    throw new RangeError(`The ${measure} is undefined for this table (a zero cell without a continuity correction, or no variation).`);
  }
  return effect;
}

/**
 * Log risk ratio log[(ai/n1)/(ci/n2)] and its large-sample variance
 * 1/ai − 1/n1 + 1/ci − 1/n2 (delta method; Katz et al. 1978), as metafor's
 * escalc(measure = "RR"). By default 1/2 is added to all four cells of a
 * table with any zero cell, and only then (escalc `add = 1/2, to = "only0"`).
 *
 * @example logRiskRatio({ ai: 4, bi: 119, ci: 11, di: 128 }) // { yi: -0.8893…, vi: 0.3256…, corrected: false }
 */
export function logRiskRatio(table: TwoByTwoTable, correction: ContinuityCorrection = {}): CountEffect {
  const { cells, corrected } = correctedTable(table, correction);
  const n1 = cells.ai + cells.bi;
  const n2 = cells.ci + cells.di;
  return checkDefined(
    { yi: Math.log(cells.ai / n1) - Math.log(cells.ci / n2), vi: 1 / cells.ai - 1 / n1 + 1 / cells.ci - 1 / n2, corrected },
    'log risk ratio',
  );
}

/**
 * Log odds ratio log[(ai·di)/(bi·ci)] and Woolf's variance 1/ai + 1/bi + 1/ci + 1/di
 * (Woolf 1955), as metafor's escalc(measure = "OR"), with the same default
 * continuity correction as {@link logRiskRatio}.
 *
 * @example logOddsRatio({ ai: 4, bi: 119, ci: 11, di: 128 }) // { yi: -0.9387…, vi: 0.3571…, corrected: false }
 */
export function logOddsRatio(table: TwoByTwoTable, correction: ContinuityCorrection = {}): CountEffect {
  const { cells, corrected } = correctedTable(table, correction);
  const p1 = cells.ai / (cells.ai + cells.bi);
  const p2 = cells.ci / (cells.ci + cells.di);
  return checkDefined(
    { yi: Math.log(p1 / (1 - p1)) - Math.log(p2 / (1 - p2)), vi: 1 / cells.ai + 1 / cells.bi + 1 / cells.ci + 1 / cells.di, corrected },
    'log odds ratio',
  );
}

function checkArm(label: string, arm: ArmSummary): void {
  if (!Number.isFinite(arm.mean)) throw new RangeError(`${label}: mean must be a finite number, got ${arm.mean}.`);
  if (!(arm.sd >= 0) || !Number.isFinite(arm.sd)) throw new RangeError(`${label}: standard deviation must be non-negative and finite, got ${arm.sd}.`);
  if (!Number.isInteger(arm.n) || arm.n < 1) throw new RangeError(`${label}: sample size must be a whole number of at least 1, got ${arm.n}.`);
}

/**
 * Raw mean difference m1 − m2 (outcome units) and its variance
 * sd1²/n1 + sd2²/n2 (not assuming equal variances), as metafor's
 * escalc(measure = "MD") with its default vtype = "LS".
 *
 * @example meanDifference({ mean: 55, sd: 47, n: 155 }, { mean: 75, sd: 64, n: 156 }) // { yi: -20, vi: 40.508… }
 */
export function meanDifference(group1: ArmSummary, group2: ArmSummary): StudyEffect {
  checkArm('Group 1', group1);
  checkArm('Group 2', group2);
  const vi = group1.sd ** 2 / group1.n + group2.sd ** 2 / group2.n;
  if (!(vi > 0)) throw new RangeError('Both standard deviations are 0, so the mean difference has no sampling variance.');
  return { yi: group1.mean - group2.mean, vi };
}

/**
 * Hedges' small-sample bias correction J(m) for a standardized mean
 * difference with m degrees of freedom (m = n1 + n2 − 2):
 * exact Γ(m/2) / (√(m/2)·Γ((m − 1)/2)) (Hedges 1981; metafor's
 * escalc "SMD"), or the approximation 1 − 3/(4m − 1) (Hedges 1981).
 *
 * @example hedgesCorrection(10) // 0.9227… (approximate: 0.9231)
 */
export function hedgesCorrection(m: number, method: 'exact' | 'approximate' = 'exact'): number {
  if (!(m > 1) || !Number.isFinite(m)) throw new RangeError(`Hedges' correction needs more than 1 degree of freedom, got ${m}.`);
  if (method === 'approximate') return 1 - 3 / (4 * m - 1);
  return Math.exp(logGamma(m / 2) - 0.5 * Math.log(m / 2) - logGamma((m - 1) / 2));
}

/** Options for {@link standardizedMeanDifference}. */
export interface SmdOptions {
  /** Small-sample correction: exact gamma-function form (default, as metafor), the approximation, or none (Cohen's d). */
  correction?: 'exact' | 'approximate' | 'none';
}

/**
 * Standardized mean difference (Hedges' g, unitless): J·(m1 − m2)/s_pooled with
 * s_pooled² = [(n1 − 1)sd1² + (n2 − 1)sd2²]/(n1 + n2 − 2), and the
 * large-sample variance 1/n1 + 1/n2 + g²/(2(n1 + n2)) — metafor's
 * escalc(measure = "SMD") with its default vtype = "LS" (Hedges 1981;
 * Hedges & Olkin 1985, ch. 5, with g in place of δ).
 *
 * @example standardizedMeanDifference({ mean: 55, sd: 47, n: 155 }, { mean: 75, sd: 64, n: 156 }) // { yi: -0.3552…, vi: 0.01305… }
 */
export function standardizedMeanDifference(group1: ArmSummary, group2: ArmSummary, options: SmdOptions = {}): StudyEffect {
  checkArm('Group 1', group1);
  checkArm('Group 2', group2);
  const m = group1.n + group2.n - 2;
  if (m < 2) throw new RangeError(`A standardized mean difference needs at least 4 participants in all (n1 + n2 − 2 > 1), got ${group1.n + group2.n}.`);
  const pooledSd = Math.sqrt(((group1.n - 1) * group1.sd ** 2 + (group2.n - 1) * group2.sd ** 2) / m);
  if (!(pooledSd > 0)) throw new RangeError('The pooled standard deviation is 0, so the standardized mean difference is undefined.');
  const correction = options.correction ?? 'exact';
  const j = correction === 'none' ? 1 : hedgesCorrection(m, correction);
  const yi = (j * (group1.mean - group2.mean)) / pooledSd;
  return { yi, vi: 1 / group1.n + 1 / group2.n + yi ** 2 / (2 * (group1.n + group2.n)) };
}
