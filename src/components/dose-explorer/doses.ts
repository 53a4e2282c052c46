import type { EstradiolRoute } from '../../model/dose-equivalence';

/**
 * Doses the explorer's slider steps through, µg/day: the strengths of common
 * estradiol tablets and patches plus every dose a trial tested, so readers
 * can also see where the evidence stops.
 */
export function doseSteps(route: EstradiolRoute, tested: readonly number[]): number[] {
  const common = route === 'oral' ? [250, 500, 1000, 2000] : [14, 25, 37.5, 50, 75, 100];
  return [...new Set([...common, ...tested])].sort((a, b) => a - b);
}
