/**
 * Widgets with typed numbers fail clearly and read a decimal comma: an
 * invalid value withdraws the previous result (answer emptied, chart greyed
 * and hidden from assistive technology), marks the field invalid and says
 * what to fix in an alert that screen readers announce; "0,65" reads as 0.65
 * and "−1,5" as −1.5. The widgets with free numeric fields are the T-score
 * calculator and the absolute-risk icon array (the others use sliders and
 * radio buttons, which cannot hold an invalid value).
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, open } from './browser';

const browser = useBrowser();

/** Widget code loads when the widget nears the viewport; wait until its controls are shown. */
async function ready(page: Page, tag: string): Promise<void> {
  await page.locator(tag).scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator(`${tag} [data-controls]`).isVisible()).toBe(true);
}

/** Replaces a field's text the way a reader does: select all, type. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('Control+A');
  if (text === '') await field.press('Backspace');
  else await field.pressSequentially(text);
}

/** The state a reader and a screen reader meet after an invalid value. */
async function expectWithdrawn(page: Page, tag: string, field: Locator, message: RegExp): Promise<void> {
  const error = page.locator(`${tag} [data-error]`);
  await expect.poll(() => error.textContent()).toMatch(message);
  expect(await error.isVisible()).toBe(true);
  expect(await error.getAttribute('role'), 'the error is announced').toBe('alert');
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(((await page.locator(`${tag} [data-answer]`).textContent()) ?? '').trim(), 'the previous answer is gone').toBe('');
  const chart = page.locator(`${tag} [data-chart]`);
  expect(await chart.getAttribute('data-stale')).toBe('');
  expect(await chart.getAttribute('aria-hidden')).toBe('true');
  expect(Number(await chart.evaluate((el) => getComputedStyle(el).opacity)), 'the chart is visibly greyed').toBeLessThan(0.5);
}

describe('T-score calculator', () => {
  test('reads a decimal comma', async () => {
    const { page, errors } = await open(browser(), '/tools/t-score/');
    await ready(page, 't-score-calculator');
    await typeInto(page.locator('t-score-calculator input[name="bmd"]'), '0,558');
    // (0.558 − 0.858) / 0.120 = −2.5 at the femoral neck.
    await expect.poll(() => page.locator('t-score-calculator [data-answer]').textContent()).toContain('T-score −2.5');
    await expect.poll(() => new URL(page.url()).searchParams.get('bmd')).toBe('0.558');
    expect(errors).toEqual([]);
  });

  test('an invalid value withdraws the previous result and says what to fix; fixing it brings the result back', async () => {
    const { page, errors } = await open(browser(), '/tools/t-score/');
    await ready(page, 't-score-calculator');
    const bmd = page.locator('t-score-calculator input[name="bmd"]');
    const answer = page.locator('t-score-calculator [data-answer]');
    await typeInto(bmd, '0.738');
    await expect.poll(() => answer.textContent()).toContain('T-score −1.0');

    await typeInto(bmd, '0.7x');
    await expectWithdrawn(page, 't-score-calculator', bmd, /Your BMD is "0\.7x", not a number\. Type a number, with a point or a comma .* 0\.712 or 0,712/);

    // A typographic minus and a decimal comma are read as −1.5, which the model rejects with its range.
    await typeInto(bmd, '−1,5');
    await expectWithdrawn(page, 't-score-calculator', bmd, /BMD must be positive \(plausible range .*\), got -1\.5/);

    await typeInto(bmd, '');
    await expectWithdrawn(page, 't-score-calculator', bmd, /Your BMD is empty\./);

    await typeInto(bmd, '0,738');
    await expect.poll(() => answer.textContent()).toContain('T-score −1.0');
    expect(await page.locator('t-score-calculator [data-error]').textContent()).toBe('');
    expect(await bmd.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('t-score-calculator [data-chart]').getAttribute('data-stale')).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('absolute-risk icon array', () => {
  const URL_STATE = '/tools/absolute-risk/?baseline=12&rr=0.67&lo=0.5&hi=0.9&measure=rr&years=5&per=100';

  test('reads a decimal comma in every field', async () => {
    const { page, errors } = await open(browser(), URL_STATE);
    await ready(page, 'absolute-risk');
    await typeInto(page.locator('absolute-risk input[name="baseline"]'), '20,5');
    await typeInto(page.locator('absolute-risk input[name="rr"]'), '0,5');
    // RR 0.5 at 20.5 %: 20.5 vs 10.25 of 100, about 10 spared.
    await expect.poll(() => page.locator('absolute-risk [data-answer]').textContent()).toMatch(/without treatment, about 21 would/);
    await expect.poll(() => new URL(page.url()).searchParams.get('baseline')).toBe('20.5');
    expect(new URL(page.url()).searchParams.get('rr')).toBe('0.5');
    expect(errors).toEqual([]);
  });

  test('an invalid value withdraws the previous result, names the field and says what to fix', async () => {
    const { page, errors } = await open(browser(), URL_STATE);
    await ready(page, 'absolute-risk');
    await expect.poll(() => page.locator('absolute-risk [data-answer]').textContent()).toMatch(/about 12 would/);
    const lower = page.locator('absolute-risk input[name="lo"]');
    await typeInto(lower, '0..5');
    await expectWithdrawn(page, 'absolute-risk', lower, /The lower limit is "0\.\.5", not a number\. Type a number/);
    expect(await page.locator('absolute-risk input[name="rr"]').getAttribute('aria-invalid'), 'only the bad field is marked').toBeNull();

    await typeInto(lower, '0,5');
    await expect.poll(() => page.locator('absolute-risk [data-answer]').textContent()).toMatch(/about 12 would/);
    expect(await lower.getAttribute('aria-invalid')).toBeNull();

    // "−1,5" is read as −1.5: a number, so the message is the model's, not "not a number".
    const estimate = page.locator('absolute-risk input[name="rr"]');
    await typeInto(estimate, '−1,5');
    const error = page.locator('absolute-risk [data-error]');
    await expect.poll(() => error.textContent()).not.toBe('');
    expect(await error.textContent()).not.toMatch(/not a number/);
    expect(((await page.locator('absolute-risk [data-answer]').textContent()) ?? '').trim()).toBe('');
    expect(errors).toEqual([]);
  });
});
