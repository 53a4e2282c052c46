/**
 * Issue 15's "no new layout shift" on phones. Article pages at 390 px scored
 * CLS 0.037 on 15 of 39 plain visits (measured 5 Dec 2026 with a
 * PerformanceObserver): the theme toggle was rendered `hidden` and shown by
 * theme.ts after first paint, so the wrapped site header grew by one row (36 px)
 * and pushed the whole page down. Now CSS shows the toggle from the first
 * paint when scripts run and hides it only under `@media (scripting: none)`.
 * The first test is deterministic: the header must be as tall before any
 * script has run (scripts blocked, scripting still on) as after theme.ts has run.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, useBrowser } from './browser';

const browser = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const PAGES = ['/topics/bone-hormones/fundamentals/', '/topics/men-osteoporosis-testosterone/academic/', '/topics/hormone-therapy-prevention/intermediate/'];

async function headerHeight(b: Browser, url: string, options: { blockScripts?: boolean; javaScriptEnabled?: boolean }) {
  const context = await b.newContext({ ...PHONE, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  if (options.blockScripts) await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.goto(new URL(url, baseUrl()).href, { waitUntil: 'load' });
  if (!options.blockScripts && options.javaScriptEnabled !== false) await page.waitForFunction(() => document.querySelector('[data-theme-toggle]')?.hasAttribute('aria-label'));
  const result = {
    height: await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height),
    toggleVisible: await page.locator('[data-theme-toggle]').isVisible(),
  };
  await context.close();
  return result;
}

describe('the site header does not grow when scripts start (phone, 390 px)', () => {
  test.each(PAGES)('%s: same header height before and after theme.ts runs; no toggle without JavaScript', async (url) => {
    const before = await headerHeight(browser(), url, { blockScripts: true });
    const after = await headerHeight(browser(), url, {});
    expect(before.toggleVisible).toBe(true);
    expect(after.toggleVisible).toBe(true);
    expect(before.height).toBe(after.height);
    const off = await headerHeight(browser(), url, { javaScriptEnabled: false });
    expect(off.toggleVisible).toBe(false);
  });

  test.each(PAGES)('%s: a plain visit has no layout shift', async (url) => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL(url, baseUrl()).href, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('[data-theme-toggle]')?.hasAttribute('aria-label'));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.001);
    await context.close();
  });
});
