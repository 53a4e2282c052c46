/**
 * A small phone (320 × 800 CSS px; the runner resizes the loaded page, and
 * media queries and the charts' viewBox scaling follow a resize as they
 * follow a load: no widget sizes itself from a measured width):
 *   - no page scrolls sideways;
 *   - every visible `<text>` in an SVG (print views aside: they are for
 *     paper) renders at 12 CSS px or more. The rendered size is the computed
 *     font size (in the SVG's user units) times the SVG's scale on screen (its
 *     screen CTM), not the number in the stylesheet: a 12 px label in a
 *     640-unit viewBox drawn 280 px wide is 5 px on the phone.
 */
import type { PageCheck } from '../visit';

/** The smallest readable chart text, in CSS px as rendered. */
const MIN_PX = 12;

export const noSidewaysScroll: PageCheck = {
  name: 'sideways-scroll',
  phase: 'narrow',
  async run({ page }) {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    return width <= 320 ? [] : [`${width} px wide at 320 px: the page scrolls sideways`];
  },
};

/** In the page: how many visible SVG texts were measured, and each smaller than `min` px as rendered, in one line. */
function smallChartText(min: number): { present: number; measured: number; small: string[] } {
  const small: string[] = [];
  let measured = 0;
  for (const svg of Array.from(document.querySelectorAll('svg'))) {
    for (const text of Array.from(svg.querySelectorAll('text'))) {
      if (!text.textContent?.trim() || !text.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
      const box = text.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const ctm = text.getScreenCTM();
      if (!ctm) continue;
      measured += 1;
      const rendered = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.c, ctm.d);
      if (rendered < min - 0.01) {
        const chart = svg.closest('[id], figure, [aria-label]');
        const where = chart?.id || chart?.getAttribute('aria-label') || chart?.tagName.toLowerCase() || 'svg';
        small.push(`${where}: "${text.textContent.trim().slice(0, 30)}" at ${rendered.toFixed(1)} px`);
      }
    }
  }
  return { present: document.querySelectorAll('svg text').length, measured, small };
}

export const chartText: PageCheck = {
  name: 'chart-text',
  phase: 'narrow',
  applies: (_path, kind) => kind !== 'print',
  async run({ page }) {
    // Every widget was drawn in the `widgets` phase; its SVG scales with the
    // width, so the scale is read here with no scrolling (the screen CTM does
    // not depend on the scroll position).
    const { present, measured, small } = await page.evaluate(smallChartText, MIN_PX);
    const problems = small.map((s) => `chart text under ${MIN_PX} px: ${s}`);
    if (present > 0 && measured === 0) problems.push('the page has chart text but none was measured');
    return problems;
  },
};
