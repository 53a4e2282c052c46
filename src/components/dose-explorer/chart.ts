import type { DoseResponsePoint } from '../../model/dose-response';
import { escapeHtml, formatDailyDose, formatSigned } from '../format';
import { chartSvg } from '../widgets/chart-svg';

/** Plot geometry, in SVG user units. */
const W = 560;
const H = 300;
const M = { left: 52, right: 16, top: 16, bottom: 46 };
const X_MIN = 0.1;
const X_MAX = 4;
const X_TICKS = [0.1, 0.25, 0.5, 1, 2, 4];

const SITE_CLASS: Record<string, string> = { 'lumbar spine': 'pt-spine', 'total hip': 'pt-hip', 'femoral neck': 'pt-neck' };

const x = (mg: number) => M.left + ((Math.log10(mg) - Math.log10(X_MIN)) / (Math.log10(X_MAX) - Math.log10(X_MIN))) * (W - M.left - M.right);

function marker(site: string, cx: number, cy: number, cls: string, title: string): string {
  const t = `<title>${escapeHtml(title)}</title>`;
  if (site === 'total hip') return `<rect class="${cls}" x="${cx - 5}" y="${cy - 5}" width="10" height="10">${t}</rect>`;
  if (site === 'femoral neck') return `<path class="${cls}" d="M${cx} ${cy - 6}L${cx + 6} ${cy + 5}H${cx - 6}Z">${t}</path>`;
  return `<circle class="${cls}" cx="${cx}" cy="${cy}" r="5.5">${t}</circle>`;
}

/**
 * The dose explorer's chart as an SVG string: BMD difference from placebo
 * (percentage points, y) against oral-equivalent estradiol dose (mg/day, log
 * x), one marker per trial arm and site with its 95 % CI where available.
 * Tablets are filled markers, patches hollow ones.
 * `selectedMg` (oral-equivalent) draws a guide line; points at the selected
 * route and dose are emphasised. Shared by the build-time render and the
 * browser so both draw the same picture.
 */
export function doseChartSvg(points: readonly DoseResponsePoint[], selected: { route: string; microgramsPerDay: number; oralEquivalentMg: number }, titleId: string): string {
  const highs = points.map((p) => p.ci?.[1] ?? p.difference);
  const lows = points.map((p) => p.ci?.[0] ?? p.difference);
  const yMax = Math.ceil(Math.max(4, ...highs) + 0.5);
  const yMin = Math.floor(Math.min(-1, ...lows));
  const y = (v: number) => M.top + ((yMax - v) / (yMax - yMin)) * (H - M.top - M.bottom);
  const parts: string[] = [];
  for (let v = yMin; v <= yMax; v += yMax - yMin > 8 ? 2 : 1) {
    parts.push(`<line class="chart-grid" x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}"/>`);
    parts.push(`<text class="chart-text" x="${M.left - 6}" y="${y(v) + 4}" text-anchor="end">${formatSigned(v, 0)}</text>`);
  }
  parts.push(`<line class="chart-axis" x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}"/>`);
  for (const tick of X_TICKS) {
    parts.push(`<line class="chart-axis" x1="${x(tick)}" x2="${x(tick)}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}"/>`);
    parts.push(`<text class="chart-text" x="${x(tick)}" y="${H - M.bottom + 18}" text-anchor="middle">${tick}</text>`);
  }
  parts.push(`<text class="chart-text" x="${(M.left + W - M.right) / 2}" y="${H - 6}" text-anchor="middle">Oral-equivalent estradiol dose, mg/day (log scale)</text>`);
  parts.push(`<text class="chart-text" transform="translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">BMD vs placebo, % points</text>`);
  const sx = x(Math.min(X_MAX, Math.max(X_MIN, selected.oralEquivalentMg)));
  parts.push(`<line class="chart-axis" stroke-dasharray="4 4" x1="${sx}" x2="${sx}" y1="${M.top}" y2="${H - M.bottom}"/>`);
  const offsets: Record<string, number> = { 'lumbar spine': -7, 'total hip': 0, 'femoral neck': 7 };
  for (const p of points) {
    const isSelected = p.route === selected.route && Math.abs(p.microgramsPerDay - selected.microgramsPerDay) < 1e-6;
    const cls = `${SITE_CLASS[p.site] ?? 'pt-spine'}${p.route === 'transdermal' ? ' pt-patch' : ''}${isSelected ? ' pt-selected' : ' pt-dim'}`;
    const cx = x(p.oralEquivalentMgPerDay) + (offsets[p.site] ?? 0);
    if (p.ci) parts.push(`<line class="${cls}" x1="${cx}" x2="${cx}" y1="${y(p.ci[0])}" y2="${y(p.ci[1])}" stroke-width="2"/>`);
    const label = `${p.trialName}: ${formatDailyDose(p.microgramsPerDay, p.route)} ${p.route}, ${p.site} ${formatSigned(p.difference)} points vs placebo at ${p.years} y`;
    parts.push(marker(p.site, cx, y(p.difference), cls, label));
  }
  return chartSvg(W, H, titleId, parts.join(''));
}
