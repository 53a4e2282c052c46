/**
 * Number formatting shared by build-time rendering and widgets, so a value
 * reads the same everywhere. Negative numbers use the true minus sign (U+2212).
 */

const MINUS = '\u2212';

/** Signed value with fixed decimals: `+2.8`, `−0.8`, `0.0`. */
export function formatSigned(value: number, decimals = 1): string {
  const rounded = value.toFixed(decimals);
  if (Number(rounded) === 0) return (0).toFixed(decimals);
  return value > 0 ? `+${rounded}` : `${MINUS}${rounded.slice(1)}`;
}

/** Unsigned value with fixed decimals and a true minus sign. */
export function formatNumber(value: number, decimals = 1): string {
  const rounded = value.toFixed(decimals);
  return rounded.startsWith('-') ? `${MINUS}${rounded.slice(1)}` : rounded;
}

/** A confidence interval as `1.2 to 3.4` (words avoid minus/dash confusion). */
export function formatInterval([low, high]: readonly [number, number], decimals = 1): string {
  return `${formatNumber(low, decimals)} to ${formatNumber(high, decimals)}`;
}

/** A p-value as reported: `0.008`, `< 0.001`. */
export function formatP(p: number | string): string {
  if (typeof p === 'string') return p.replace(/^([<>≤])\s?/, '$1 ');
  return p < 0.001 ? '< 0.001' : p.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
}

/** A daily estradiol dose in its usual unit: `0.25 mg/day` (oral) or `14 µg/day` (patch). */
export function formatDailyDose(microgramsPerDay: number, route: 'oral' | 'transdermal'): string {
  if (route === 'oral') return `${trim(microgramsPerDay / 1000)} mg/day`;
  return `${trim(microgramsPerDay)} µg/day`;
}

function trim(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** Escapes text for safe insertion into HTML or SVG markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
