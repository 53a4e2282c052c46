/**
 * The fewest studies for which tests for funnel-plot asymmetry are
 * recommended: 10. With fewer, the tests have too little power to tell
 * chance from real asymmetry (Cochrane Handbook v5.1, §10.4.3.1
 * "Recommendations on testing for funnel plot asymmetry",
 * https://handbook-5-1.cochrane.org/chapter_10/10_4_3_1_recommendations_on_testing_for_funnel_plot_asymmetry.htm).
 */
export const SMALL_STUDY_CHECK_MIN_STUDIES = 10;

/**
 * True when a small-study check (funnel plot, Egger's test) is informative
 * for k pooled studies, i.e. k ≥ 10 (see {@link SMALL_STUDY_CHECK_MIN_STUDIES});
 * with fewer the page should say the check is uninformative. Throws a
 * RangeError unless k is a non-negative whole number.
 *
 * @example smallStudyCheckApplies(9) // false
 * @example smallStudyCheckApplies(10) // true
 */
export function smallStudyCheckApplies(k: number): boolean {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`The number of studies must be a non-negative whole number, got ${k}.`);
  return k >= SMALL_STUDY_CHECK_MIN_STUDIES;
}
