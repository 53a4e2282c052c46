/**
 * axe-core on every built page (every print view included), in both colour
 * schemes, in a real browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, builtPages, launch, open } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Runs axe in the page (after it is injected) and describes each violation in one line. */
async function runAxe(tags: string[]): Promise<string[]> {
  const result = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
  return result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (colorScheme) => {
  test.each(builtPages())('%s has no WCAG 2.2 AA violations', async (pagePath) => {
    // axe is injected as an inline script, which the site's CSP rightly blocks; only this test bypasses it.
    const { page } = await open(browser, pagePath, { colorScheme, bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(runAxe, TAGS);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  // The per-section print views share one template but not their content
  // (tables, formulas, widgets' print notes), so every one is checked too,
  // in one browser tab to keep the suite fast.
  test('every per-section print view has no WCAG 2.2 AA violations', async () => {
    const context = await browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    const printViews = builtPages({ allPrintViews: true }).filter((p) => p.startsWith('/print/'));
    for (const pagePath of printViews) {
      await page.goto(new URL(pagePath, baseUrl()).href, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(runAxe, TAGS);
      found.push(...violations.map((v) => `${pagePath}: ${v}`));
    }
    await context.close();
    expect(printViews.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  }, 600_000);
});
