/**
 * Number needed to treat, from an absolute risk difference (treated minus
 * control, fractions) and its 95 % CI, for an adverse outcome such as a
 * fracture: fewer events is benefit, more is harm.
 *
 * - Benefit (whole CI at or below 0): NNTB = 1/|RD|; CI [1/|lower|, 1/|upper|],
 *   the upper limit ∞ when the CI reaches 0.
 * - Harm (whole CI at or above 0): NNTH = 1/RD; CI [1/upper, 1/lower].
 * - CI strictly containing 0: the NNT interval runs from NNTB 1/|lower|
 *   through ∞ to NNTH 1/upper, and is reported as "NNTB X to ∞ to NNTH Y"
 *   (Altman DG. Confidence intervals for the number needed to treat. BMJ
 *   1998;317:1309–12; Cochrane Handbook 5.1, §12.5.4.5: "The confidence
 *   interval for the NNT will include a 'discontinuity'").
 *
 * Values are unrounded; Cochrane rounds an NNT up to the next whole number
 * for display (see format-nnt.ts).
 */
export type NntResult =
  | {
      kind: 'benefit';
      /** Number needed to treat to benefit one more person; ∞ when RD = 0. */
      nntb: number;
      /** [most favourable, least favourable]; the second may be ∞. */
      ci: [number, number];
    }
  | {
      kind: 'harm';
      /** Number needed to treat to harm one more person; ∞ when RD = 0. */
      nnth: number;
      /** [most harmful, least harmful]; the second may be ∞. */
      ci: [number, number];
    }
  | {
      kind: 'crosses-null';
      /** The point estimate: its direction ('none' when RD = 0) and value (∞ then). */
      estimate: { direction: 'benefit' | 'harm' | 'none'; value: number };
      /** NNTB at the benefit end of the interval (1/|lower RD|). */
      nntbLimit: number;
      /** NNTH at the harm end of the interval (1/upper RD). */
      nnthLimit: number;
    };

/**
 * NNT (benefit or harm) with its CI from a risk difference and CI, as
 * described on NntResult. Throws a RangeError for non-finite input, a
 * difference outside [−1, 1], or a CI that is not lower < upper around the
 * estimate.
 *
 * @example numberNeededToTreat(-0.1, [-0.25, 0.05]) // { kind: 'crosses-null', estimate: { direction: 'benefit', value: 10 }, nntbLimit: 4, nnthLimit: 20 }
 * @example numberNeededToTreat(-0.024, [-0.045, -0.003]) // { kind: 'benefit', nntb: 41.67, ci: [22.2, 333.3] }
 */
export function numberNeededToTreat(riskDifference: number, ci: readonly [number, number]): NntResult {
  const [lower, upper] = ci;
  for (const [value, name] of [
    [riskDifference, 'risk difference'],
    [lower, 'lower confidence limit'],
    [upper, 'upper confidence limit'],
  ] as const) {
    if (!Number.isFinite(value) || value < -1 || value > 1) {
      throw new RangeError(`The ${name} must be a finite risk difference between −1 and 1 (fractions, treated minus control), got ${String(value)}.`);
    }
  }
  if (!(lower < upper)) throw new RangeError(`Confidence interval [${lower}, ${upper}] of the risk difference must have lower < upper.`);
  if (!(lower <= riskDifference && riskDifference <= upper)) {
    throw new RangeError(`Confidence interval [${lower}, ${upper}] does not contain the risk difference ${riskDifference}: lower ≤ estimate ≤ upper must hold.`);
  }
  const inverse = (d: number) => 1 / Math.abs(d); // 1/0 = ∞: an RD of 0 is an infinite NNT
  if (lower < 0 && upper > 0) {
    const direction = riskDifference < 0 ? 'benefit' : riskDifference > 0 ? 'harm' : 'none';
    return { kind: 'crosses-null', estimate: { direction, value: inverse(riskDifference) }, nntbLimit: inverse(lower), nnthLimit: inverse(upper) };
  }
  if (upper <= 0) return { kind: 'benefit', nntb: inverse(riskDifference), ci: [inverse(lower), inverse(upper)] };
  return { kind: 'harm', nnth: inverse(riskDifference), ci: [inverse(upper), inverse(lower)] };
}
