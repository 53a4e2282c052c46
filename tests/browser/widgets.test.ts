/**
 * The widget set in chromium: each works by keyboard, announces its result
 * in a polite live region, restores its state from a shared link, and
 * survives hostile link parameters (no console error, no injected element, a
 * visible note naming the ignored parameter).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { open, useBrowser } from './browser';

const browser = useBrowser();

const answerOf = (page: Page, tag: string) => page.locator(`${tag} [data-answer]`);

/** Widget code loads when the widget nears the viewport; wait until its controls are shown. */
async function ready(page: Page, tag: string): Promise<void> {
  await page.locator(tag).scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator(`${tag} [data-controls]`).isVisible()).toBe(true);
}

describe('dose explorer', () => {
  test('restores route and dose from the link', async () => {
    const { page, errors } = await open(browser(), '/tools/dose-explorer/?route=transdermal&dose=50');
    await ready(page, 'dose-explorer');
    await expect.poll(() => page.locator('dose-explorer [data-dose-output]').textContent()).toBe('50 µg/day');
    expect(await page.locator('dose-explorer input[value="transdermal"]').isChecked()).toBe(true);
    // Cooper 1999: +7.3 points at the spine with 50 µg/day vs placebo.
    expect(await answerOf(page, 'dose-explorer').textContent()).toContain('spine +7.3');
    expect(await page.locator('dose-explorer [data-url-note]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('writes its state back to the address as the reader changes it', async () => {
    const { page } = await open(browser(), '/tools/dose-explorer/');
    await ready(page, 'dose-explorer');
    await page.locator('dose-explorer input[type="range"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).search).toBe('?route=oral&dose=0.5');
  });
});

describe('T-score calculator', () => {
  test('computes as the reader types and announces the category', async () => {
    const { page, errors } = await open(browser(), '/tools/t-score/');
    await ready(page, 't-score-calculator');
    const answer = answerOf(page, 't-score-calculator');
    expect(await answer.getAttribute('aria-live')).toBe('polite');
    const bmd = page.locator('t-score-calculator input[name="bmd"]');
    await bmd.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.558');
    // (0.558 − 0.858) / 0.120 = −2.5: osteoporosis (WHO: at or below −2.5).
    await expect.poll(() => answer.textContent()).toContain('T-score −2.5');
    expect(await answer.textContent()).toContain('Osteoporosis');
    await page.keyboard.press('Shift+Tab'); // to the sex radios
    await page.keyboard.press('Shift+Tab'); // to the site radios
    await page.keyboard.press('ArrowRight'); // total hip: (0.558 − 0.942) / 0.122 = −3.1
    await expect.poll(() => answer.textContent()).toContain('T-score −3.1');
    await expect.poll(() => new URL(page.url()).search).toBe('?site=total-hip&sex=female&bmd=0.558');
    expect(errors).toEqual([]);
  });

  test('explains impossible input instead of computing', async () => {
    const { page } = await open(browser(), '/tools/t-score/');
    await ready(page, 't-score-calculator');
    const bmd = page.locator('t-score-calculator input[name="bmd"]');
    await bmd.fill('7');
    await expect.poll(() => page.locator('t-score-calculator [data-error]').textContent()).toMatch(/0\.2.*2/);
    expect(await bmd.getAttribute('aria-invalid')).toBe('true');
  });

  test('restores a shared link', async () => {
    const { page } = await open(browser(), '/tools/t-score/?site=femoral-neck&sex=male&bmd=0.738');
    await ready(page, 't-score-calculator');
    // (0.738 − 0.858) / 0.120 = −1.0: normal (WHO: −1.0 or higher).
    await expect.poll(() => answerOf(page, 't-score-calculator').textContent()).toContain('T-score −1.0');
    expect(await answerOf(page, 't-score-calculator').textContent()).toContain('Normal');
  });
});

describe('absolute-risk icon array', () => {
  test('restores ?baseline=12&rr=0.67&years=5 and describes it in people', async () => {
    const { page, errors } = await open(browser(), '/tools/absolute-risk/?baseline=12&rr=0.67&lo=0.5&hi=0.9&measure=rr&years=5&per=100');
    await ready(page, 'absolute-risk');
    const answer = answerOf(page, 'absolute-risk');
    // RR 0.67 at 12 %: treated risk 8.04 %, so 12 vs 8 of 100 and 4 spared.
    await expect.poll(() => answer.textContent()).toContain('over 5 years');
    expect(await answer.textContent()).toMatch(/without treatment, about 12 would/);
    expect(await answer.textContent()).toMatch(/with treatment, about 8 would: 4 would be spared/);
    expect(await page.locator('absolute-risk svg circle, absolute-risk svg path').count()).toBeGreaterThanOrEqual(100);
    expect(errors).toEqual([]);
  });

  test('changes by keyboard and shows the crossing-null NNT form', async () => {
    const { page } = await open(browser(), '/tools/absolute-risk/');
    await ready(page, 'absolute-risk');
    const hi = page.locator('absolute-risk input[name="hi"]');
    await hi.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1.2');
    await expect.poll(() => answerOf(page, 'absolute-risk').textContent()).toContain('to ∞ to NNTH');
  });
});

describe('remodeling simulator', () => {
  test('moves with the keyboard and announces the new run', async () => {
    const { page, errors } = await open(browser(), '/tools/remodeling/');
    await ready(page, 'remodeling-simulator');
    const slider = page.locator('remodeling-simulator input[type="range"]');
    await slider.focus();
    const answer = answerOf(page, 'remodeling-simulator');
    const before = await answer.textContent();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('remodeling-simulator [data-estrogen-output]').textContent()).toBe('100%');
    // Estrogen stays at 100 %: the replete steady state, so bone volume does not change.
    await expect.poll(() => answer.textContent()).toContain('bone volume 0.0%');
    expect(await answer.textContent()).not.toBe(before);
    expect(await slider.getAttribute('aria-valuetext')).toBe('100% of premenopausal');
    expect(errors).toEqual([]);
  });

  test('restores a shared scenario', async () => {
    const { page } = await open(browser(), '/tools/remodeling/?scenario=constant&estrogen=50');
    await ready(page, 'remodeling-simulator');
    await expect.poll(() => answerOf(page, 'remodeling-simulator').textContent()).toContain('Estrogen stays at 50%');
  });

  test('the Fundamentals page shows the simple building-versus-removing view', async () => {
    const { page } = await open(browser(), '/topics/estrogen-dose/fundamentals/');
    await ready(page, 'remodeling-simulator');
    expect(await answerOf(page, 'remodeling-simulator').textContent()).toMatch(/bone-removing cells are at .* times/);
  });
});

const HOSTILE: Record<string, string[]> = {
  '/tools/dose-explorer/': ['route=%3Cscript%3Ealert(1)%3C%2Fscript%3E&dose=abc', 'route=oral&dose=1e309', 'dose=99999999999999999999999'],
  '/tools/t-score/': ['bmd=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&site=spine', 'bmd=-4&sex=%E2%80%AE%F0%9F%92%A5', 'bmd=NaN'],
  '/tools/absolute-risk/': ['baseline=300&rr=abc', 'rr=%3Csvg%20onload%3Dalert(1)%3E&per=7', 'baseline=1e999&years=-1'],
  '/tools/remodeling/': ['scenario=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&estrogen=12', 'estrogen=101', 'estrogen=%F0%9F%92%A5'],
};

const WIDGET_TAG: Record<string, string> = {
  '/tools/dose-explorer/': 'dose-explorer',
  '/tools/t-score/': 't-score-calculator',
  '/tools/absolute-risk/': 'absolute-risk',
  '/tools/remodeling/': 'remodeling-simulator',
};

/** Elements inside the widget once its code has loaded and shown the controls. */
async function widgetElementCount(page: Page, tag: string): Promise<number> {
  await expect.poll(() => page.locator(`${tag} [data-controls]`).isVisible()).toBe(true);
  return page.locator(`${tag} *`).count();
}

describe.each(Object.entries(HOSTILE))('%s under hostile parameters', (path, queries) => {
  const tag = WIDGET_TAG[path]!;
  test.each(queries)('survives ?%s', async (query) => {
    const clean = await open(browser(), path);
    const elementsBefore = await widgetElementCount(clean.page, tag);
    await clean.page.context().close();
    const { page, errors } = await open(browser(), `${path}?${query}`);
    const note = page.locator('[data-url-note]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/could not be used/);
    expect(await page.locator('img[src="x"], svg[onload], body script:not([src]):not([type$="json"])').count()).toBe(0);
    // The same elements as a clean load: only the note's text was added.
    expect(await widgetElementCount(page, tag)).toBe(elementsBefore);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('forest plot', () => {
  test('without JavaScript shows every pooling method at once', async () => {
    const { page } = await open(browser(), '/tools/forest-plot/', { javaScriptEnabled: false });
    expect(await page.locator('forest-plot [data-chart] svg path.pt-hip').count()).toBe(4);
    expect(await page.locator('forest-plot table tbody tr').count()).toBe(6);
  });

  test('the method toggle works by keyboard and announces the pooled result', async () => {
    const { page, errors } = await open(browser(), '/tools/forest-plot/');
    await ready(page, 'forest-plot');
    const answer = answerOf(page, 'forest-plot');
    expect(await answer.textContent()).toContain('REML: pooled hazard ratio 0.74 (95% CI 0.69 to 0.79');
    await page.locator('forest-plot input[value="REML"]').focus();
    await page.keyboard.press('ArrowRight'); // REML + HKSJ
    // metafor rma(..., test = "knha"): 0.48 to 1.13
    await expect.poll(() => answer.textContent()).toContain('(95% CI 0.48 to 1.13');
    expect(await page.locator('forest-plot [data-chart] svg path.pt-hip').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
