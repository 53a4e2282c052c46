/**
 * JavaScript size budgets (gzip), measured as bench:size measures them
 * (scripts/page-weight.mjs): what chromium downloads at initial load, before
 * any widget is scrolled into view. 3 KB on pages without widgets, 12 KB on
 * pages with one. A deterministic byte count, not a timing.
 */
import { gzipSync } from 'node:zlib';
import { BUDGETS, resourceKind } from '../../../../scripts/page-weight.mjs';
import type { PageCheck } from '../visit';

/** Gzip size by URL: the same chunks load on many pages. */
const gzipped = new Map<string, number>();

export const jsBudget: PageCheck = {
  name: 'js-budget',
  phase: 'loaded',
  async run({ page, responses }) {
    let js = 0;
    const files: string[] = [];
    for (const response of responses) {
      if (response.status() >= 300) continue;
      if (resourceKind(response.url(), response.headers()['content-type'] ?? '') !== 'js') continue;
      if (!gzipped.has(response.url())) gzipped.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
      js += gzipped.get(response.url())!;
      files.push(new URL(response.url()).pathname);
    }
    const hasWidget = await page.evaluate(() => document.querySelector('.widget') !== null);
    const budget = hasWidget ? BUDGETS.jsWithWidgets : BUDGETS.jsWithoutWidgets;
    return js <= budget ? [] : [`JS ${js} B gz over its ${budget} B budget (${hasWidget ? 'with' : 'without'} widgets): ${files.join(', ')}`];
  },
};
