/**
 * JavaScript size budgets (gzip), measured as bench:size measures them: what
 * chromium downloads at initial load. 3 KB on pages without widgets, 12 KB on
 * pages with one. A deterministic check, not a timing. One test per page,
 * each bounded by PAGE_TIMEOUT; the per-section print views share one
 * template and its scripts, so one of them stands for all.
 */

import { describe, expect, test } from 'vitest';
import { measurePage } from '../../scripts/page-weight.mjs';
import { baseUrl, builtPages, PAGE_TIMEOUT, useBrowser } from './browser';

const browser = useBrowser();

describe.concurrent('every page', () => {
  test.each(builtPages())(
    '%s stays within its JavaScript budget',
    async (pagePath) => {
      // measurePage opens a fresh context: a cold cache is what a first visit downloads.
      const weight = await measurePage(browser(), new URL(pagePath, baseUrl()).href);
      expect(weight.jsGzip, `JS ${weight.jsGzip} B gz over ${weight.jsBudget} B`).toBeLessThanOrEqual(weight.jsBudget);
      // No request leaves the site.
      for (const file of weight.files as Array<{ url: string }>) expect(new URL(file.url).origin).toBe(new URL(baseUrl()).origin);
    },
    PAGE_TIMEOUT,
  );
});
