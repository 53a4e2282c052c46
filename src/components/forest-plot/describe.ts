import { escapeHtml, formatNumber, formatP } from '../format';
import type { PooledRow } from './analyse';

const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${formatP(p)}`);

/** The selected method's pooled result and heterogeneity, as text. */
export function describePooled(row: PooledRow, measure: string, k: number): string {
  const pi = row.prediction ? ` The 95% prediction interval for a new trial is ${formatNumber(row.prediction[0], 2)} to ${formatNumber(row.prediction[1], 2)}.` : k < 3 ? ' With fewer than three studies no prediction interval is given.' : '';
  const tau = row.method === 'FE' ? '' : ` τ² = ${formatNumber(row.tau2, 4)}.`;
  return (
    `<p><strong>${escapeHtml(row.longLabel)}</strong>: pooled ${escapeHtml(measure)} ${formatNumber(row.estimate, 2)} ` +
    `(95% CI ${formatNumber(row.lower, 2)} to ${formatNumber(row.upper, 2)}; ${pText(row.pValue)}), from ${k} studies.` +
    ` Heterogeneity: Q = ${formatNumber(row.q, 2)} (${pText(row.qP)}), I² = ${formatNumber(row.i2, 0)}%.${tau}${pi}</p>`
  );
}

/** The text shown instead of a pooled result when a forest plot has one study. */
export function describeSingleStudy(measure: string): string {
  return `<p>One study only, so nothing is pooled: its ${escapeHtml(measure)} is shown as reported, without a pooled estimate or heterogeneity.</p>`;
}
