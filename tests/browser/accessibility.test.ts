/**
 * axe-core on every built page (every per-section print view included), in
 * both colour schemes, in a real browser: one test per page and scheme, each
 * bounded by PAGE_TIMEOUT, sharing one browser and a small pool of tabs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, builtPages, launch, PAGE_TIMEOUT, PagePool } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Runs axe in the page (after it is injected) and describes each violation in one line. */
async function runAxe(tags: string[]): Promise<string[]> {
  const result = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
  return result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const pages = builtPages({ allPrintViews: true });

let browser: Browser;
// axe is injected as an inline script, which the site's CSP rightly blocks; only this suite bypasses it.
const pool = new PagePool(() => browser, { bypassCSP: true }, () => undefined);
beforeAll(async () => {
  browser = await launch();
  await pool.warm();
});
afterAll(async () => {
  await pool.close();
  await browser?.close();
});

test('the site has per-section print views to check', () => {
  expect(pages.filter((p) => p.startsWith('/print/')).length).toBeGreaterThan(100);
});

describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (colorScheme) => {
  describe.concurrent('every page', () => {
    test.each(pages)(
      '%s has no WCAG 2.2 AA violations',
      (pagePath) =>
        pool.use(async (page) => {
          await page.emulateMedia({ colorScheme });
          await page.goto(new URL(pagePath, baseUrl()).href, { waitUntil: 'load' });
          await page.addScriptTag({ content: axeSource });
          const violations = await page.evaluate(runAxe, TAGS);
          expect(violations).toEqual([]);
        }),
      PAGE_TIMEOUT,
    );
  });
});
