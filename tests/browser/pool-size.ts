/**
 * How many pages the every-page sweep checks at once, each in its own tab of
 * one chromium: `STRATA_BROWSER_POOL`, default 3. Read by PagePool
 * (browser.ts) and by vitest.config.ts as the browser project's
 * `maxConcurrency`, so raising one raises both (a pool larger than vitest's
 * concurrency would leave tabs idle). Three on two cores, because a visit
 * mostly waits (DevTools round trips, animation frames, network quiet): the
 * last idle run spent 1.46 s of tab time a page against about 0.7 s of CPU
 * (README, "Build measurements"). The sweep has no timing-sensitive check.
 */
export const POOL_SIZE = Math.max(1, Number(process.env.STRATA_BROWSER_POOL) || 3);
