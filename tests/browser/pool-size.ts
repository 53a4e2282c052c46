/**
 * How many pages the every-page sweep checks at once, each in its own tab of
 * one chromium: `STRATA_BROWSER_POOL`, default 2. Read by PagePool
 * (browser.ts) and by vitest.config.ts as the browser project's
 * `maxConcurrency`, so raising one raises both (a pool larger than vitest's
 * concurrency would leave tabs idle).
 */
export const POOL_SIZE = Math.max(1, Number(process.env.STRATA_BROWSER_POOL) || 2);
