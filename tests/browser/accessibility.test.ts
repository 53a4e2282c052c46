/**
 * axe-core on every built page, in both colour schemes, in a real browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, launch, open } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
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
    const violations = await page.evaluate(async (tags) => {
      const result = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }, TAGS);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
