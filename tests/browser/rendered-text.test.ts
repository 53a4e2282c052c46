/**
 * What a reader sees of the text on every page: no words run together by
 * inline markup (see run-together.ts for the rule and its allow list).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, builtPages, launch, PAGE_TIMEOUT, PagePool } from './browser';
import { findRunTogether } from './run-together';

let browser: Browser;
const pool = new PagePool(() => browser, {}, () => undefined);
beforeAll(async () => {
  browser = await launch();
  await pool.warm();
});
afterAll(async () => {
  await pool.close();
  await browser?.close();
});

describe.concurrent('words run together', () => {
  test.each(builtPages())(
    '%s has a space wherever one element\'s text meets the next',
    (pagePath) =>
      pool.use(async (page) => {
        await page.goto(new URL(pagePath, baseUrl()).href, { waitUntil: 'load' });
        const problems = await page.evaluate(findRunTogether);
        expect(problems, `${pagePath}: words run together`).toEqual([]);
      }),
    PAGE_TIMEOUT,
  );
});
