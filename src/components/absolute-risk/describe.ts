import { formatNnt } from '../../model/absolute-risk/format-nnt';
import { iconArrayCounts, type IconArrayCounts } from '../../model/absolute-risk/icon-array';
import { numberNeededToTreat } from '../../model/absolute-risk/nnt';
import type { RelativeEffect } from '../../model/absolute-risk/relative-effect';
import { absoluteEffect } from '../../model/absolute-risk/risk-difference';
import { escapeHtml, formatNumber } from '../format';

export interface RiskInput {
  /** Baseline risk over the horizon, percent (0–100). */
  baselinePercent: number;
  effect: RelativeEffect;
  years: number;
  /** Icons drawn: 100 or 1000 people. */
  per: 100 | 1000;
  /** What the event is, e.g. "a hip fracture". */
  eventName: string;
}

export type RiskResult = { ok: true; counts: IconArrayCounts; html: string } | { ok: false; message: string };

/**
 * The absolute-risk picture in words: out of N people like this, how many
 * have the event with and without treatment, how many are spared (or harmed),
 * the risk difference with its CI and the NNT (Altman's form when the CI
 * crosses no effect). The same text is the chart's text equivalent.
 */
export function describeRisk(input: RiskInput): RiskResult {
  try {
    const p0 = input.baselinePercent / 100;
    const effect = absoluteEffect(p0, input.effect);
    const counts = iconArrayCounts(p0, effect.treatedRisk, input.per);
    const nnt = numberNeededToTreat(effect.riskDifference, effect.riskDifferenceCi);
    const n = input.per;
    const event = escapeHtml(input.eventName);
    const per = (p: number) => formatNumber(p * n, 0);
    const changed =
      counts.prevented > 0 ? `${counts.prevented} would be spared ${event}` : counts.caused > 0 ? `${counts.caused} more would have ${event}` : 'the number would not change';
    const signed = (d: number) => (Math.abs(d) < 0.05 ? 'no difference' : d < 0 ? `${formatNumber(-d, 1)} fewer` : `${formatNumber(d, 1)} more`);
    const ciText = `from ${signed(effect.riskDifferenceCi[0] * n)} to ${signed(effect.riskDifferenceCi[1] * n)}`;
    const html =
      `<p>Out of <strong>${n}</strong> people like this, over ${formatNumber(input.years, 0)} years:</p>` +
      `<ul><li>without treatment, about <strong>${per(p0)}</strong> would have ${event};</li>` +
      `<li>with treatment, about <strong>${per(effect.treatedRisk)}</strong> would: ${changed}.</li></ul>` +
      `<p>The 95% confidence interval runs ${ciText} per ${n}${effect.upperLimitCapped ? ' (the upper limit was capped at 100%)' : ''}. ${escapeHtml(formatNnt(nnt))}.</p>`;
    return { ok: true, counts, html };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
