/**
 * axe-core on every built page (every per-section print view included), in
 * both colour schemes, in a real browser: one test per page, bounded by
 * PAGE_TIMEOUT, sharing one browser and a small pool of tabs. Each page is
 * loaded and given axe once, then checked in the light scheme and again after
 * switching to dark (prefers-color-scheme applies live, no reload): half the
 * navigations and axe injections of a test per page and scheme. axe reports
 * violations only (`resultTypes`), which spares it collecting every pass.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, builtPages, PAGE_TIMEOUT, PagePool, useBrowser } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Runs axe in the page (after it is injected) and describes each violation in one line. */
async function runAxe(tags: string[]): Promise<string[]> {
  const result = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const pages = builtPages({ allPrintViews: true });

const browser = useBrowser();
// axe is injected as an inline script, which the site's CSP rightly blocks; only this suite bypasses it.
const pool = new PagePool(browser, { bypassCSP: true }, () => undefined);
beforeAll(() => pool.warm());
afterAll(() => pool.close());

test('the site has per-section print views to check', () => {
  expect(pages.filter((p) => p.startsWith('/print/')).length).toBeGreaterThan(100);
});

describe.concurrent('axe-core on every page', () => {
  test.each(pages)(
    '%s has no WCAG 2.2 AA violations in the light or the dark scheme',
    (pagePath) =>
      pool.use(async (page) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(new URL(pagePath, baseUrl()).href, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        const found: Record<string, string[]> = {};
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `${colorScheme} scheme applied`).toBe(colorScheme === 'dark');
          found[colorScheme] = await page.evaluate(runAxe, TAGS);
        }
        expect(found).toEqual({ light: [], dark: [] });
      }),
    PAGE_TIMEOUT,
  );
});
