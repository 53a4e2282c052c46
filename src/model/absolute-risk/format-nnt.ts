import type { NntResult } from './nnt';

/**
 * An NNT result as text: "NNTB 42 (95% CI 22.2 to 333.3)", "NNTH 8 (95% CI 5 to
 * 20)", or, for a CI crossing no effect, "NNTB 10 (95% CI NNTB 4 to ∞ to
 * NNTH 20)" (Altman, BMJ 1998;317:1309). The point estimate is rounded up to
 * the next whole number, the Cochrane convention ("When computing NNTs, the
 * values obtained are by convention always rounded up to the next whole
 * number", Handbook 5.1, §12.5.4 introductory text,
 * https://handbook-5-1.cochrane.org/chapter_12/12_5_4_0_introductory_text.htm); confidence limits keep one decimal
 * (dropped when whole) so rounding cannot move them.
 *
 * @example formatNnt({ kind: 'crosses-null', estimate: { direction: 'benefit', value: 10 }, nntbLimit: 4, nnthLimit: 20 })
 *   // 'NNTB 10 (95% CI NNTB 4 to ∞ to NNTH 20)'
 */
export function formatNnt(result: NntResult): string {
  switch (result.kind) {
    case 'benefit':
      return `NNTB ${point(result.nntb)} (95% CI ${limit(result.ci[0])} to ${limit(result.ci[1])})`;
    case 'harm':
      return `NNTH ${point(result.nnth)} (95% CI ${limit(result.ci[0])} to ${limit(result.ci[1])})`;
    case 'crosses-null': {
      const { direction, value } = result.estimate;
      const head = direction === 'benefit' ? `NNTB ${point(value)}` : direction === 'harm' ? `NNTH ${point(value)}` : 'NNT ∞ (no difference)';
      return `${head} (95% CI NNTB ${limit(result.nntbLimit)} to ∞ to NNTH ${limit(result.nnthLimit)})`;
    }
  }
}

/** Rounded up; the 1e-9 keeps floating-point noise (10.000000000000002) from adding one. */
function point(value: number): string {
  return Number.isFinite(value) ? String(Math.ceil(value - 1e-9)) : '∞';
}

function limit(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '∞';
}
