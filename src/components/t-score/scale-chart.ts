import { formatNumber } from '../format';
import { chartSvg } from '../widgets/chart-svg';

const X0 = 20;
const W = 520;
const T_MIN = -4.5;
const T_MAX = 2.5;
const x = (t: number) => X0 + ((Math.min(T_MAX, Math.max(T_MIN, t)) - T_MIN) / (T_MAX - T_MIN)) * (W - 2 * X0);

/**
 * A number line from T = −4.5 to +2.5 with the WHO bands shaded and a marker
 * at the reader's T-score, as an SVG string (build time and browser alike).
 */
export function tScoreScaleSvg(t: number | undefined, titleId: string): string {
  const band = (from: number, to: number, cls: string, label: string) =>
    `<rect class="${cls}" x="${x(from)}" y="20" width="${x(to) - x(from)}" height="18"/><text class="chart-text" x="${(x(from) + x(to)) / 2}" y="14" text-anchor="middle">${label}</text>`;
  const ticks = [-4, -3, -2.5, -2, -1, 0, 1, 2]
    .map((v) => `<line class="chart-axis" x1="${x(v)}" x2="${x(v)}" y1="38" y2="44"/><text class="chart-text" x="${x(v)}" y="57" text-anchor="middle">${formatNumber(v, v % 1 ? 1 : 0)}</text>`)
    .join('');
  const marker = t === undefined ? '' : `<path class="t-marker" d="M${x(t)} 40l-7 -22h14z"/>`;
  return chartSvg(
    W,
    64,
    titleId,
    band(T_MIN, -2.5, 'band-osteoporosis', 'Osteoporosis') + band(-2.5, -1, 'band-osteopenia', 'Low bone mass') + band(-1, T_MAX, 'band-normal', 'Normal') + ticks + marker,
  );
}
