/**
 * Charts stay readable on a small phone: at 320 × 800 CSS px, every visible
 * `<text>` in an SVG on every page (print views aside: they are for paper)
 * renders at 12 CSS px or more. The rendered size is the computed font size
 * (in the SVG's user units) times the SVG's scale on screen (its screen CTM),
 * not the number in the stylesheet: a 12 px label in a 640-unit viewBox drawn
 * 280 px wide is 5 px on the phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, builtPages, launch, PAGE_TIMEOUT, PagePool } from './browser';

/** The smallest readable chart text, in CSS px as rendered. */
const MIN_PX = 12;

/** In the page: how many visible SVG texts were measured, and each smaller than `min` px as rendered, in one line. */
async function smallChartText(min: number): Promise<{ present: number; measured: number; small: string[] }> {
  const found: string[] = [];
  let measured = 0;
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  // Widgets draw (and may replace their SVG) when they come into view: bring
  // every chart into view first, then measure the SVGs that are there after.
  for (const svg of Array.from(document.querySelectorAll('svg'))) {
    if (!svg.querySelector('text')) continue;
    svg.scrollIntoView({ block: 'center' });
    await frames();
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const svg of Array.from(document.querySelectorAll('svg'))) {
    if (!svg.querySelector('text')) continue;
    svg.scrollIntoView({ block: 'center' });
    await frames();
    for (const text of Array.from(svg.querySelectorAll('text'))) {
      if (!text.textContent?.trim() || !text.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
      const box = text.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const ctm = text.getScreenCTM();
      if (!ctm) continue;
      measured += 1;
      const scale = Math.hypot(ctm.c, ctm.d);
      const rendered = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (rendered < min - 0.01) {
        const chart = svg.closest('[id], figure, [aria-label]');
        const where = chart?.id || chart?.getAttribute('aria-label') || chart?.tagName.toLowerCase() || 'svg';
        found.push(`${where}: "${text.textContent.trim().slice(0, 30)}" at ${rendered.toFixed(1)} px`);
      }
    }
  }
  return { present: document.querySelectorAll('svg text').length, measured, small: found };
}

const pages = builtPages().filter((p) => !p.startsWith('/print/'));
let browser: Browser;
const pool = new PagePool(() => browser, { viewport: { width: 320, height: 800 } }, () => undefined);
beforeAll(async () => {
  browser = await launch();
  await pool.warm();
});
afterAll(async () => {
  await pool.close();
  await browser?.close();
});

describe.concurrent('chart text at 320 px', () => {
  test.each(pages)(
    `%s: every SVG text renders at ${MIN_PX} px or more`,
    (pagePath) =>
      pool.use(async (page) => {
        await page.goto(new URL(pagePath, baseUrl()).href, { waitUntil: 'load' });
        const { present, measured, small } = await page.evaluate(smallChartText, MIN_PX);
        if (present > 0) expect(measured, `${pagePath}: no chart text was measured`).toBeGreaterThan(0);
        expect(small, `${pagePath}: chart text under ${MIN_PX} px`).toEqual([]);
      }),
    PAGE_TIMEOUT,
  );
});
