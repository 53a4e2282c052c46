import { escapeHtml, formatNumber } from '../format';
import { chartSvg } from '../widgets/chart-svg';

export interface ForestRow {
  label: string;
  /** Point estimate on the display scale (e.g. a risk ratio, not its log). */
  estimate: number;
  lower: number;
  upper: number;
  /** Relative weight in the pooled estimate, 0–100 (%). */
  weight?: number;
}

export interface ForestOptions {
  /** `log` for ratios (RR, OR, HR), `linear` for differences. */
  scale: 'log' | 'linear';
  /** The no-effect line: 1 for ratios, 0 for differences. */
  nullValue: number;
  /** Axis label, e.g. "Risk ratio (log scale)". */
  axisLabel: string;
  /** Labels for the two sides of the null line, e.g. ["Favours treatment", "Favours control"]. */
  sides?: [string, string];
  titleId: string;
  decimals?: number;
}

const ROW = 26;
const LABEL_W = 190;
const PLOT_W = 250;
const TEXT_W = 120;
const W = LABEL_W + PLOT_W + TEXT_W;

/**
 * A forest plot as an SVG string: one row per study (square sized by weight,
 * line for its CI), a diamond for each pooled estimate, the null line, and
 * the numbers as text on the right. Pure string building, shared by the
 * build-time render and the browser toggle.
 */
export function forestSvg(studies: readonly ForestRow[], pooled: readonly ForestRow[], options: ForestOptions): string {
  const decimals = options.decimals ?? 2;
  const all = [...studies, ...pooled];
  const t = options.scale === 'log' ? Math.log : (v: number) => v;
  const lows = all.map((r) => t(r.lower)).concat(t(options.nullValue));
  const highs = all.map((r) => t(r.upper)).concat(t(options.nullValue));
  const pad = (Math.max(...highs) - Math.min(...lows)) * 0.06 || 1;
  const min = Math.min(...lows) - pad;
  const max = Math.max(...highs) + pad;
  const x = (v: number) => LABEL_W + ((t(v) - min) / (max - min)) * PLOT_W;
  const top = 30;
  const height = top + (all.length + 2) * ROW + 40;
  const parts: string[] = [];
  parts.push(`<text class="chart-text" x="0" y="18" font-weight="600">Study</text>`);
  parts.push(`<text class="chart-text" x="${W}" y="18" text-anchor="end" font-weight="600">Estimate [95% CI]</text>`);
  const nx = x(options.nullValue);
  parts.push(`<line class="chart-axis" x1="${nx}" x2="${nx}" y1="${top - 6}" y2="${height - 40}"/>`);
  const maxWeight = Math.max(1, ...studies.map((s) => s.weight ?? 1));
  studies.forEach((s, i) => {
    const y = top + i * ROW + ROW / 2;
    const size = 4 + 8 * Math.sqrt((s.weight ?? maxWeight) / maxWeight);
    parts.push(`<text class="chart-text" x="0" y="${y + 4}">${escapeHtml(s.label)}</text>`);
    parts.push(`<line class="chart-axis" x1="${x(s.lower)}" x2="${x(s.upper)}" y1="${y}" y2="${y}"/>`);
    parts.push(`<rect class="pt-spine" x="${x(s.estimate) - size / 2}" y="${y - size / 2}" width="${size}" height="${size}"/>`);
    parts.push(`<text class="chart-text" x="${W}" y="${y + 4}" text-anchor="end">${formatNumber(s.estimate, decimals)} [${formatNumber(s.lower, decimals)}, ${formatNumber(s.upper, decimals)}]</text>`);
  });
  pooled.forEach((p, j) => {
    const y = top + (studies.length + j) * ROW + ROW / 2 + 6;
    const d = `M${x(p.lower)} ${y}L${x(p.estimate)} ${y - 7}L${x(p.upper)} ${y}L${x(p.estimate)} ${y + 7}Z`;
    parts.push(`<text class="chart-text" x="0" y="${y + 4}" font-weight="600">${escapeHtml(p.label)}</text>`);
    parts.push(`<path class="pt-hip" d="${d}"/>`);
    parts.push(`<text class="chart-text" x="${W}" y="${y + 4}" text-anchor="end" font-weight="600">${formatNumber(p.estimate, decimals)} [${formatNumber(p.lower, decimals)}, ${formatNumber(p.upper, decimals)}]</text>`);
  });
  const axisY = height - 34;
  parts.push(`<line class="chart-axis" x1="${LABEL_W}" x2="${LABEL_W + PLOT_W}" y1="${axisY}" y2="${axisY}"/>`);
  for (const tick of ticks(min, max, options.scale)) {
    parts.push(`<line class="chart-axis" x1="${x(tick)}" x2="${x(tick)}" y1="${axisY}" y2="${axisY + 4}"/>`);
    parts.push(`<text class="chart-text" x="${x(tick)}" y="${axisY + 16}" text-anchor="middle">${formatNumber(tick, tick < 1 && options.scale === 'log' ? 2 : 1)}</text>`);
  }
  parts.push(`<text class="chart-text" x="${LABEL_W + PLOT_W / 2}" y="${height - 2}" text-anchor="middle">${escapeHtml(options.axisLabel)}</text>`);
  if (options.sides) {
    parts.push(`<text class="chart-text" x="${nx - 4}" y="${axisY - 6}" text-anchor="end">← ${escapeHtml(options.sides[0])}</text>`);
    parts.push(`<text class="chart-text" x="${nx + 4}" y="${axisY - 6}">${escapeHtml(options.sides[1])} →</text>`);
  }
  return chartSvg(W, height, options.titleId, parts.join(''));
}

/** Tick values inside the transformed range [min, max]. */
function ticks(min: number, max: number, scale: 'log' | 'linear'): number[] {
  if (scale === 'log') {
    const candidates = [0.1, 0.2, 0.25, 0.5, 0.75, 1, 1.5, 2, 4, 5, 10];
    return candidates.filter((c) => Math.log(c) >= min && Math.log(c) <= max);
  }
  const span = max - min;
  const step = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20].find((s) => span / s <= 6) ?? 50;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}
