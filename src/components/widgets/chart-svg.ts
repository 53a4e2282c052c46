import { escapeHtml } from '../format';

/**
 * A chart's `<svg>` element around `body`: its viewBox (`width` × `height`
 * units), its title, and `--chart-w` set to the viewBox width in CSS px. In a
 * `.chart-scroll` region global.css makes that the chart's minimum width, so
 * one unit is never drawn smaller than one CSS px and 12-unit chart text
 * stays at least 12 px on a phone (the region scrolls sideways instead).
 * The one place a chart's minimum width comes from, for every widget.
 */
export function chartSvg(width: number, height: number, titleId: string, body: string): string {
  return `<svg viewBox="0 0 ${width} ${height}" style="--chart-w:${width}px" role="img" aria-labelledby="${escapeHtml(titleId)}" focusable="false">${body}</svg>`;
}
