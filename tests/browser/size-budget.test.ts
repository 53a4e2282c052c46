/**
 * JavaScript size budgets (gzip), measured as bench:size measures them: what
 * chromium downloads at initial load. 3 KB on pages without widgets, 12 KB on
 * pages with one. A deterministic check, not a timing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { measurePage } from '../../scripts/page-weight.mjs';
import { baseUrl, builtPages, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

test.each(builtPages())('%s stays within its JavaScript budget', async (pagePath) => {
  const weight = await measurePage(browser, new URL(pagePath, baseUrl()).href);
  expect(weight.jsGzip, `JS ${weight.jsGzip} B gz over ${weight.jsBudget} B`).toBeLessThanOrEqual(weight.jsBudget);
  // No request leaves the site.
  for (const file of weight.files as Array<{ url: string }>) expect(new URL(file.url).origin).toBe(new URL(baseUrl()).origin);
});
