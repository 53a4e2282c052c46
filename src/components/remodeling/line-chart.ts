import { escapeHtml, formatNumber } from '../format';
import { chartSvg } from '../widgets/chart-svg';

export interface Series {
  label: string;
  values: ArrayLike<number>;
  /** CSS class for the stroke colour. */
  cls: string;
  /** SVG stroke-dasharray, so series differ by more than colour. */
  dash?: string;
}

export interface LineChartOptions {
  x: ArrayLike<number>;
  xLabel: string;
  yLabel: string;
  /** Reference line (e.g. 0 % or 1×). */
  reference?: number;
  titleId: string;
  /** Decimals of the y tick labels. */
  decimals?: number;
}

const W = 560;
const H = 220;
const M = { left: 52, right: 112, top: 12, bottom: 40 };

function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

/**
 * A small multi-line chart as an SVG string, each line labelled at its end
 * (no legend to look up) and drawn with its own dash pattern.
 */
export function lineChartSvg(series: readonly Series[], options: LineChartOptions): string {
  const xs = options.x;
  const n = xs.length;
  const xMin = xs[0] ?? 0;
  const xMax = xs[n - 1] ?? 1;
  let lo = options.reference ?? Infinity;
  let hi = options.reference ?? -Infinity;
  for (const s of series) for (let i = 0; i < s.values.length; i++) (lo = Math.min(lo, s.values[i]!)), (hi = Math.max(hi, s.values[i]!));
  if (hi - lo < 1e-9) (lo -= 1), (hi += 1);
  const step = niceStep(hi - lo);
  const yMin = Math.floor(lo / step) * step;
  const yMax = Math.ceil(hi / step) * step;
  const px = (v: number) => M.left + ((v - xMin) / (xMax - xMin || 1)) * (W - M.left - M.right);
  const py = (v: number) => M.top + ((yMax - v) / (yMax - yMin || 1)) * (H - M.top - M.bottom);
  const parts: string[] = [];
  for (let v = yMin; v <= yMax + step / 2; v += step) {
    parts.push(`<line class="chart-grid" x1="${M.left}" x2="${W - M.right}" y1="${py(v)}" y2="${py(v)}"/>`);
    parts.push(`<text class="chart-text" x="${M.left - 6}" y="${py(v) + 4}" text-anchor="end">${formatNumber(v, options.decimals ?? 0)}</text>`);
  }
  if (options.reference !== undefined) {
    parts.push(`<line class="chart-axis" x1="${M.left}" x2="${W - M.right}" y1="${py(options.reference)}" y2="${py(options.reference)}"/>`);
  }
  for (let t = Math.ceil(xMin); t <= xMax; t += xMax - xMin > 12 ? 5 : 2) {
    parts.push(`<text class="chart-text" x="${px(t)}" y="${H - M.bottom + 16}" text-anchor="middle">${t}</text>`);
  }
  parts.push(`<text class="chart-text" x="${(M.left + W - M.right) / 2}" y="${H - 6}" text-anchor="middle">${escapeHtml(options.xLabel)}</text>`);
  parts.push(`<text class="chart-text" transform="translate(12 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(options.yLabel)}</text>`);
  for (const s of series) {
    let d = '';
    for (let i = 0; i < n; i++) d += `${i ? 'L' : 'M'}${px(xs[i]!).toFixed(1)} ${py(s.values[i]!).toFixed(1)}`;
    parts.push(`<path class="line ${s.cls}" d="${d}" fill="none" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
  }
  // End labels, nudged apart so close lines stay readable (at least 14 units).
  const labels = series.map((s) => ({ text: s.label, y: py(s.values[n - 1] ?? 0) + 4 })).sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) labels[i]!.y = Math.max(labels[i]!.y, labels[i - 1]!.y + 14);
  for (const label of labels) parts.push(`<text class="chart-text" x="${W - M.right + 6}" y="${label.y}">${escapeHtml(label.text)}</text>`);
  return chartSvg(W, H, options.titleId, parts.join(''));
}
