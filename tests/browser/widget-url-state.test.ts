/**
 * Widgets restore their state from a shared link and survive hostile
 * parameters: no console error, no injected element, a visible note saying
 * which parameter was ignored and why.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, open } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const HOSTILE = [
  'route=%3Cscript%3Ealert(1)%3C%2Fscript%3E&dose=abc',
  'route=oral&dose=1e309',
  'route=transdermal&dose=-50',
  'route=%E2%80%AE%F0%9F%92%A5&dose=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'dose=99999999999999999999999',
];

describe('dose explorer', () => {
  test('restores route and dose from the link', async () => {
    const { page, errors } = await open(browser, '/tools/dose-explorer/?route=transdermal&dose=50');
    await expect.poll(() => page.locator('dose-explorer [data-dose-output]').textContent()).toBe('50 µg/day');
    expect(await page.locator('dose-explorer input[value="transdermal"]').isChecked()).toBe(true);
    expect(await page.locator('dose-explorer [data-answer]').textContent()).toContain('spine +7.3');
    expect(await page.locator('dose-explorer [data-url-note]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('writes its state back to the address as the reader changes it', async () => {
    const { page } = await open(browser, '/tools/dose-explorer/');
    await page.locator('dose-explorer input[type="range"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).search).toBe('?route=oral&dose=0.5');
  });

  test.each(HOSTILE)('survives ?%s', async (query) => {
    const clean = await open(browser, '/tools/dose-explorer/');
    const elementsBefore = await clean.page.evaluate(() => document.querySelectorAll('*').length);
    const { page, errors } = await open(browser, `/tools/dose-explorer/?${query}`);
    const note = page.locator('dose-explorer [data-url-note]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/could not be used/);
    expect(await page.locator('dose-explorer [data-dose-output]').textContent()).toMatch(/^(0\.25 mg\/day|14 µg\/day)$/);
    expect(await page.locator('img[src="x"], dose-explorer script:not([data-dose-data])').count()).toBe(0);
    // The same elements as a clean load: only the note's text was added.
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBe(elementsBefore);
    expect(errors).toEqual([]);
  });
});
