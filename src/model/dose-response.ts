import { dailyMicrograms, type StatedDose } from './daily-dose';
import { oralEquivalentDose, type EstradiolRoute } from './dose-equivalence';
import { intervalFromStandardError } from './normal-interval';

/** BMD sites the dose–response summary covers. */
export const DOSE_RESPONSE_SITES = ['lumbar spine', 'total hip', 'femoral neck'] as const;
export type DoseResponseSite = (typeof DOSE_RESPONSE_SITES)[number];

/** The parts of a trial record the dose–response summary reads. */
export interface DoseTrial {
  id: string;
  citation: string;
  name: string;
  design: { placeboControlled: boolean };
  arms: ReadonlyArray<{ id: string; label: string; intervention: string; dose?: StatedDose; route: string }>;
  outcomes: ReadonlyArray<{
    site: string;
    effect: string;
    arm: string;
    versus?: string;
    estimate: number;
    ci?: readonly [number, number];
    se?: number;
    timepoint: { value: number; unit: string };
  }>;
}

/** One trial arm's BMD effect versus placebo at one site. */
export interface DoseResponsePoint {
  trialId: string;
  citation: string;
  trialName: string;
  armLabel: string;
  route: EstradiolRoute;
  /** Daily estradiol dose, µg/day. */
  microgramsPerDay: number;
  /** Oral-equivalent dose, mg/day (see dose-equivalence.ts). */
  oralEquivalentMgPerDay: number;
  site: DoseResponseSite;
  /** Time from randomization to measurement, years. */
  years: number;
  /** Mean BMD change minus placebo's, percentage points. */
  difference: number;
  /** 95 % CI of the difference, percentage points, when one is available. */
  ci?: [number, number];
  /** Where the CI came from: the paper, or estimate ± 1.96·SE from a reported SE. */
  ciSource: 'reported' | 'from standard error' | 'not reported';
  /** Whether the paper reported the difference or we subtracted arm means. */
  derivation: 'reported' | 'arm means subtracted';
}

const ESTRADIOL = new Set(['estradiol', 'estradiol + progestogen']);

function routeOf(route: string): EstradiolRoute | undefined {
  if (route === 'oral') return 'oral';
  if (route.startsWith('transdermal')) return 'transdermal';
  return undefined;
}

/** Converts a timepoint to years (weeks: 365.25/7 per year). */
export function yearsOf(timepoint: { value: number; unit: string }): number {
  if (timepoint.unit === 'years') return timepoint.value;
  if (timepoint.unit === 'months') return timepoint.value / 12;
  if (timepoint.unit === 'weeks') return (timepoint.value * 7) / 365.25;
  throw new RangeError(`Unknown time unit "${timepoint.unit}".`);
}

/**
 * Builds the dose–response summary from trial records: for each estradiol arm
 * of each placebo-controlled trial and each BMD site, the difference from
 * placebo at the last reported timepoint. A reported difference is preferred;
 * otherwise, when both arms' mean changes are reported at the same timepoint,
 * their difference is used and marked as derived (with no CI, since the
 * covariance is unknown).
 */
export function doseResponsePoints(trials: Iterable<DoseTrial>): DoseResponsePoint[] {
  const points: DoseResponsePoint[] = [];
  for (const trial of trials) {
    if (!trial.design.placeboControlled) continue;
    const placebo = trial.arms.find((a) => a.intervention === 'placebo');
    if (!placebo) continue;
    for (const arm of trial.arms) {
      const route = routeOf(arm.route);
      if (!ESTRADIOL.has(arm.intervention) || !arm.dose || !route) continue;
      const microgramsPerDay = dailyMicrograms(arm.dose);
      for (const site of DOSE_RESPONSE_SITES) {
        const point = pointFor(trial, arm.id, placebo.id, site);
        if (!point) continue;
        points.push({
          trialId: trial.id,
          citation: trial.citation,
          trialName: trial.name,
          armLabel: arm.label,
          route,
          microgramsPerDay,
          oralEquivalentMgPerDay: oralEquivalentDose(route, microgramsPerDay),
          site,
          ...point,
        });
      }
    }
  }
  return points.sort((a, b) => a.oralEquivalentMgPerDay - b.oralEquivalentMgPerDay || a.trialId.localeCompare(b.trialId));
}

function pointFor(
  trial: DoseTrial,
  armId: string,
  placeboId: string,
  site: DoseResponseSite,
): Pick<DoseResponsePoint, 'years' | 'difference' | 'ci' | 'ciSource' | 'derivation'> | undefined {
  const atSite = trial.outcomes.filter((o) => o.site === site);
  const latest = <T extends { timepoint: { value: number; unit: string } }>(list: T[]) =>
    list.sort((a, b) => yearsOf(b.timepoint) - yearsOf(a.timepoint))[0];
  const reported = latest(atSite.filter((o) => o.effect === 'mean percent change difference' && o.arm === armId && o.versus === placeboId));
  if (reported) {
    const ci = reported.ci ? ([reported.ci[0], reported.ci[1]] as [number, number]) : reported.se ? intervalFromStandardError(reported.estimate, reported.se) : undefined;
    return {
      years: yearsOf(reported.timepoint),
      difference: reported.estimate,
      ci,
      ciSource: reported.ci ? 'reported' : reported.se ? 'from standard error' : 'not reported',
      derivation: 'reported',
    };
  }
  const within = atSite.filter((o) => o.effect === 'mean percent change');
  const active = latest(within.filter((o) => o.arm === armId));
  const control = active && within.find((o) => o.arm === placeboId && yearsOf(o.timepoint) === yearsOf(active.timepoint));
  if (!active || !control) return undefined;
  return {
    years: yearsOf(active.timepoint),
    difference: Math.round((active.estimate - control.estimate) * 1000) / 1000,
    ciSource: 'not reported',
    derivation: 'arm means subtracted',
  };
}

/** The distinct doses tested for each route, ascending, µg/day. */
export function testedDoses(points: readonly DoseResponsePoint[]): Record<EstradiolRoute, number[]> {
  const collect = (route: EstradiolRoute) =>
    [...new Set(points.filter((p) => p.route === route).map((p) => p.microgramsPerDay))].sort((a, b) => a - b);
  return { oral: collect('oral'), transdermal: collect('transdermal') };
}

/** What the trials say about one route and dose at one site. */
export interface DoseAnswer {
  /** Trial results at exactly this dose and route. */
  tested: DoseResponsePoint[];
  /** When none: the nearest tested doses below and above on the same route. */
  nearestBelow?: DoseResponsePoint;
  nearestAbove?: DoseResponsePoint;
}

/**
 * Looks up the trial evidence for a route and daily dose (µg/day) at a site.
 * Doses match when within 0.5 % of each other (rounding in unit conversion).
 */
export function evidenceAtDose(points: readonly DoseResponsePoint[], route: EstradiolRoute, microgramsPerDay: number, site: DoseResponseSite): DoseAnswer {
  const candidates = points.filter((p) => p.route === route && p.site === site);
  const same = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(a, b);
  const tested = candidates.filter((p) => same(p.microgramsPerDay, microgramsPerDay));
  if (tested.length > 0) return { tested };
  // Stryker disable next-line EqualityOperator: equivalent, a dose equal to the query would have been returned as tested above.
  const below = candidates.filter((p) => p.microgramsPerDay < microgramsPerDay).at(-1);
  // Stryker disable next-line EqualityOperator: equivalent, as above.
  const above = candidates.find((p) => p.microgramsPerDay > microgramsPerDay);
  return { tested, nearestBelow: below, nearestAbove: above };
}
