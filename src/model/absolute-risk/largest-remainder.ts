/**
 * Splits a whole number `total` into integer counts proportional to `shares`
 * that always add up to exactly `total`, by the largest-remainder (Hamilton)
 * method: each part gets the whole-number part of its quota
 * share/Σshares × total, and the units left over go one each to the parts
 * with the largest fractional remainders. Ties go to the earlier part, so the
 * result is deterministic. Quotas are first rounded to 9 decimal places so
 * that floating-point noise (29.999999999999996 for an exact 30) cannot
 * decide a tie. A part whose share is 0 always gets 0.
 *
 * Shares must be finite and ≥ 0 with a positive sum; total a non-negative
 * integer. Throws a RangeError otherwise.
 *
 * @example largestRemainder([0.125, 0.05, 0.825], 100) // [13, 5, 82]: quotas 12.5, 5, 82.5; one unit left, tie → first
 */
export function largestRemainder(shares: readonly number[], total: number): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`Total must be a non-negative integer, got ${total}.`);
  if (shares.length === 0) throw new RangeError('At least one share is needed.');
  for (const share of shares) {
    if (!Number.isFinite(share) || share < 0) {
      throw new RangeError(`Shares must be finite and non-negative, got ${String(share)}.`);
    }
  }
  const sum = shares.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new RangeError('Shares must not all be zero.');
  const quotas = shares.map((share) => Math.round((share / sum) * total * 1e9) / 1e9);
  const counts = quotas.map(Math.floor);
  // Σ floor(quota) ≤ Σ quota = total, so `left` is between 0 and the number of parts with a remainder.
  let left = total - counts.reduce((a, b) => a + b, 0);
  const remainders = quotas.map((quota, index) => ({ index, remainder: quota - Math.floor(quota) }));
  // A part with no share never gets a unit. (Its remainder is 0 and `left` is below the number of positive remainders,
  // so the loop below cannot reach it anyway; the filter states the guarantee.)
  // Stryker disable next-line MethodExpression,ConditionalExpression,EqualityOperator: equivalent, see the comment above.
  const withShare = remainders.filter(({ index }) => shares[index]! > 0);
  const order = withShare.sort(
    (a, b) =>
      b.remainder - a.remainder ||
      // Stryker disable next-line ArithmeticOperator: equivalent, V8's sort only compares an element with an earlier one here, so a.index + b.index and a.index − b.index are both > 0.
      a.index - b.index,
  );
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k]!.index]! += 1;
  return counts;
}
