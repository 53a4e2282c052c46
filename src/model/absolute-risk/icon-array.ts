import { largestRemainder } from './largest-remainder';
import { assertBaselineRisk } from './risk-input';

/**
 * Counts for an icon array of `total` people (same shape as the renderer's
 * IconCounts in src/components/absolute-risk/icon-array.ts). At most one of
 * `prevented` and `caused` is non-zero. The four always add up to `total`.
 */
export interface IconArrayCounts {
  /** Have the event with or without treatment: min(p0, p1) · total. */
  eventAnyway: number;
  /** Event avoided thanks to treatment: (p0 − p1) · total when p1 < p0. */
  prevented: number;
  /** Extra event caused by treatment: (p1 − p0) · total when p1 > p0. */
  caused: number;
  /** No event either way: (1 − max(p0, p1)) · total. */
  noEvent: number;
}

/** Icon-array sizes the site draws. */
export const ICON_ARRAY_TOTALS = [100, 1000] as const;

/**
 * Splits `total` people (100 or 1000) into those who would have the event
 * anyway, those spared it (or harmed) by treatment, and those with no event,
 * from the risks without (p0) and with (p1) treatment, as fractions over the
 * same horizon. Whole people are apportioned by the largest-remainder method
 * (largest-remainder.ts), so the counts always add up to exactly `total`;
 * ties in the remainders go to the groups in the order eventAnyway,
 * prevented/caused, noEvent.
 *
 * p0 must lie in (0, 1) and p1 in [0, 1]; throws a RangeError otherwise.
 *
 * @example iconArrayCounts(0.3, 0.276, 1000) // { eventAnyway: 276, prevented: 24, caused: 0, noEvent: 700 }
 * @example iconArrayCounts(0.125, 0.075, 100) // { eventAnyway: 8, prevented: 5, caused: 0, noEvent: 87 }
 */
export function iconArrayCounts(baselineRisk: number, treatedRisk: number, total: (typeof ICON_ARRAY_TOTALS)[number]): IconArrayCounts {
  assertBaselineRisk(baselineRisk);
  if (!Number.isFinite(treatedRisk) || treatedRisk < 0 || treatedRisk > 1) {
    throw new RangeError(`Risk with treatment must be a fraction between 0 and 1, got ${String(treatedRisk)}.`);
  }
  if (!(ICON_ARRAY_TOTALS as readonly number[]).includes(total)) {
    throw new RangeError(`An icon array shows ${ICON_ARRAY_TOTALS.join(' or ')} people, got ${total}.`);
  }
  const low = Math.min(baselineRisk, treatedRisk);
  const high = Math.max(baselineRisk, treatedRisk);
  const [eventAnyway, changed, noEvent] = largestRemainder([low, high - low, 1 - high], total) as [number, number, number];
  return {
    eventAnyway,
    // Stryker disable next-line EqualityOperator: equivalent, with equal risks `changed` is 0 (a zero share gets no unit).
    prevented: treatedRisk < baselineRisk ? changed : 0,
    // Stryker disable next-line EqualityOperator: equivalent, as above.
    caused: treatedRisk > baselineRisk ? changed : 0,
    noEvent,
  };
}
