/** WHO 1994 densitometric categories (ISCD also calls the middle one "low bone mass"). */
export const WHO_CATEGORIES = ['normal', 'osteopenia', 'osteoporosis'] as const;
export type WhoCategory = (typeof WHO_CATEGORIES)[number];

/** T-score at or above which BMD is normal (WHO 1994). */
export const NORMAL_AT_OR_ABOVE = -1;
/** T-score at or below which BMD is in the osteoporosis range (WHO 1994). */
export const OSTEOPOROSIS_AT_OR_BELOW = -2.5;

/**
 * Tolerance at the two cut-offs, so a BMD exactly at a cut-off, which
 * floating-point arithmetic may return as −2.4999999999999996, is classified
 * as the definition intends. Far below the 0.1 resolution of DXA reports.
 */
const EPSILON = 1e-9;

/**
 * WHO category of a T-score (WHO Technical Report Series 843, 1994):
 * normal T ≥ −1.0; osteopenia (low bone mass) −2.5 < T < −1.0; osteoporosis
 * T ≤ −2.5. Both boundaries are inclusive in the direction shown: −1.0 is
 * normal and −2.5 is osteoporosis. Seen: "Osteoporosis was defined as a
 * decrease in BMD … equal to or greater than 2.5 standard deviations (SD)
 * below the average value for young healthy women (a T-score of ≤ –2.5 SD)"
 * (Taylor & Francis book chapter, https://www.taylorfrancis.com/books/9780203007402/chapters/10.1201/b14631-19);
 * "Normal T score at or above −1.0 … Osteoporosis T score at or less than
 * −2.5" (WHO definitions, appendix 1 of a BMJ Sexual & Reproductive Health
 * article, srh.bmj.com). Some papers write "more than 2.5 SD below" (e.g.
 * Looker 1997, NHANES III prevalence); the T ≤ −2.5 form is the one used in
 * practice and here. Applies to postmenopausal
 * women and men aged 50 and over (ISCD 2005 Official Positions, J Clin
 * Densitom 2006;9:22–30); severe ("established") osteoporosis additionally
 * requires a fragility fracture, which a T-score alone cannot show.
 *
 * Input unitless; throws a RangeError for a non-finite T-score.
 *
 * @example whoCategory(-1.0) // 'normal'
 * @example whoCategory(-1.8) // 'osteopenia'
 * @example whoCategory(-2.5) // 'osteoporosis'
 */
export function whoCategory(tScore: number): WhoCategory {
  if (!Number.isFinite(tScore)) {
    throw new RangeError(`T-score must be a finite number (typically between −5 and +5), got ${String(tScore)}.`);
  }
  if (tScore <= OSTEOPOROSIS_AT_OR_BELOW + EPSILON) return 'osteoporosis';
  if (tScore >= NORMAL_AT_OR_ABOVE - EPSILON) return 'normal';
  return 'osteopenia';
}
